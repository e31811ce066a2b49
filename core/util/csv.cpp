// CSV fields: quoting, numbers and parsing.
#include "util/csv.h"

#include <cmath>
#include <cstdio>

namespace ganlab {

std::string csvText(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

std::string csvNumber(double value) {
    if (!std::isfinite(value))
        return {};
    char text[32];
    std::snprintf(text, sizeof text, "%.8g", value);
    return text;
}

std::vector<std::string> parseCsvLine(std::string_view line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            fields.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.emplace_back();
        } else if (c != '\r' || quoted) {
            fields.back() += c;
        }
    }
    return fields;
}

} // namespace ganlab
