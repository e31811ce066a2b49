// Message texts: the catalog's English templates and how their arguments are filled in.
#include "api/message.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace ganlab {
namespace {

constexpr std::array kTemplates = {
#define GANLAB_MESSAGE(code, text) text,
#include "api/message_catalog.h"
#undef GANLAB_MESSAGE
};

} // namespace

const char* messageTemplate(MessageCode code) {
    const auto index = static_cast<std::size_t>(code);
    return index < kTemplates.size() ? kTemplates[index] : "%1";
}

std::string fillTemplate(std::string_view tmpl, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(tmpl.size() + 16);
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        const char next = i + 1 < tmpl.size() ? tmpl[i + 1] : '\0';
        if (tmpl[i] == '%' && next >= '1' && next <= '9') {
            const auto arg = static_cast<std::size_t>(next - '1');
            out += arg < args.size() ? args[arg] : std::string();
            ++i;
        } else {
            out += tmpl[i];
        }
    }
    return out;
}

std::string Message::text() const {
    return fillTemplate(messageTemplate(code), args);
}

std::string messageArg(double value) {
    if (std::isfinite(value) && value == std::round(value) && std::abs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

std::string problemsText(const std::vector<Problem>& problems) {
    std::string out;
    for (const auto& p : problems)
        out += (out.empty() ? "" : "; ") + (p.setting.empty() ? "" : p.setting + ": ") +
               p.message.text();
    return out;
}

} // namespace ganlab
