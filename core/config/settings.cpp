// The settings machinery: lookup, text ↔ value, per-setting checks and applying what a person
// typed (cascades first). The declarations themselves are in settings_table*.cpp.
#include "api/settings.h"

#include "api/error.h"
#include "config/setting_declarations.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace ganlab {
namespace {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

std::optional<std::int64_t> parseWhole(const std::string& text) {
    if (text.empty())
        return std::nullopt;
    char* end = nullptr;
    errno = 0;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (*end != '\0' || errno == ERANGE)
        return std::nullopt;
    return v;
}

std::optional<double> parseReal(const std::string& text) {
    if (text.empty())
        return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (*end != '\0' || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::string choiceList(const Setting& s) {
    std::string out;
    for (const auto& c : s.choices())
        out += (out.empty() ? "" : ", ") + c.value;
    return out;
}

std::optional<Message> checkRange(const Setting& s, double v) {
    if (!s.range)
        return std::nullopt;
    const auto& r = *s.range;
    if (s.zeroMeans && v == 0)
        return std::nullopt;
    const bool low = r.minOpen ? v <= r.min : v < r.min;
    const bool high = r.maxOpen ? v >= r.max : v > r.max;
    if (!low && !high)
        return std::nullopt;
    const auto lo = messageArg(r.min), hi = messageArg(r.max), got = messageArg(v);
    if (s.zeroMeans)
        return message(MessageCode::SettingZeroOrRange, s.zeroMeans, lo, hi, got);
    if (r.max == std::numeric_limits<double>::max())
        return r.minOpen ? message(MessageCode::SettingAbove, lo, got)
                         : message(MessageCode::SettingAtLeast, lo, got);
    if (r.minOpen && r.maxOpen)
        return message(MessageCode::SettingOpenRange, lo, hi, got);
    if (r.minOpen)
        return message(MessageCode::SettingLowerOpenRange, lo, hi, got);
    if (r.maxOpen)
        return message(MessageCode::SettingUpperOpenRange, lo, hi, got);
    return message(MessageCode::SettingRange, lo, hi, got);
}

} // namespace

const std::vector<Setting>& settings() {
    static const std::vector<Setting> table = [] {
        std::vector<Setting> all;
        for (auto part : {dataSourceSettings, dataSubsetSettings, modelChoiceSettings,
                          modelShapeSettings, transferSettings, augmentSettings,
                          regulariserSettings, optimiserSettings, scheduleSettings, outputSettings,
                          evaluationSettings, healthSettings, computeSettings}) {
            auto more = part();
            all.insert(all.end(), std::make_move_iterator(more.begin()),
                       std::make_move_iterator(more.end()));
        }
        return all;
    }();
    return table;
}

const Setting& findSetting(std::string_view key) {
    for (const auto& s : settings())
        if (s.key == key)
            return s;
    std::string keys;
    for (const auto& s : settings())
        keys += (keys.empty() ? "" : ", ") + s.key;
    throw Error(ErrorKind::Usage, {}, message(MessageCode::UnknownName, "setting", key, keys));
}

const Setting* settingForOption(std::string_view option) {
    for (const auto& s : settings())
        if (!s.option.empty() && s.option == option)
            return &s;
    return nullptr;
}

std::variant<SettingValue, Message> parseSettingText(const Setting& s, std::string_view raw) {
    const std::string text = trimmed(raw);
    const bool none = s.emptyMeans && text == "none";
    switch (s.type) {
    case SettingType::Flag:
        if (text == "true" || text == "1" || text == "yes" || text == "on")
            return SettingValue(true);
        if (text == "false" || text == "0" || text == "no" || text == "off")
            return SettingValue(false);
        return message(MessageCode::SettingNotFlag, text);
    case SettingType::Integer:
        if (const auto v = parseWhole(text))
            return SettingValue(*v);
        return message(MessageCode::SettingNotWhole, text);
    case SettingType::Real:
        if (const auto v = parseReal(text))
            return SettingValue(*v);
        return message(MessageCode::SettingNotNumber, text);
    case SettingType::Text:
    case SettingType::Choice:
        return SettingValue(none ? std::string() : text);
    case SettingType::TextList:
        return SettingValue(none ? std::vector<std::string>{} : splitCommas(text));
    case SettingType::IntegerList: {
        std::vector<std::int64_t> out;
        for (const auto& item : none ? std::vector<std::string>{} : splitCommas(text)) {
            const auto v = parseWhole(item);
            if (!v)
                return message(MessageCode::SettingNotWhole, item);
            out.push_back(*v);
        }
        return SettingValue(out);
    }
    }
    return message(MessageCode::SettingNotNumber, text);
}

std::vector<std::string> splitCommas(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = std::min(text.find(',', start), text.size());
        if (auto item = trimmed(text.substr(start, comma - start)); !item.empty())
            out.push_back(std::move(item));
        start = comma + 1;
    }
    return out;
}

std::string joinCommas(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ",") + item;
    return out;
}

std::string settingText(const Setting& s, const SettingValue& value) {
    auto join = [](const auto& items, auto convert) {
        std::string out;
        for (const auto& item : items) {
            if (!out.empty())
                out += ',';
            out += convert(item);
        }
        return out;
    };
    switch (s.type) {
    case SettingType::Flag:
        return std::get<bool>(value) ? "true" : "false";
    case SettingType::Integer:
        return std::to_string(std::get<std::int64_t>(value));
    case SettingType::Real:
        return messageArg(std::get<double>(value));
    case SettingType::Text:
    case SettingType::Choice:
        return std::get<std::string>(value);
    case SettingType::TextList:
        return joinCommas(std::get<std::vector<std::string>>(value));
    case SettingType::IntegerList:
        return join(std::get<std::vector<std::int64_t>>(value),
                    [](auto v) { return std::to_string(v); });
    }
    return {};
}

namespace {

// Well-formed UTF-8 (no overlong forms, surrogates or code points above U+10FFFF): what a JSON
// file can hold. A path's bytes need not be; such a path cannot be a setting.
bool isUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const int extra = c < 0x80                 ? 0
                          : c >= 0xc2 && c <= 0xdf ? 1
                          : (c & 0xf0) == 0xe0     ? 2
                          : c >= 0xf0 && c <= 0xf4 ? 3
                                                   : -1;
        if (extra < 0 || i + extra >= text.size() + (extra == 0))
            return false;
        std::uint32_t cp = extra == 0 ? c : c & (0x3f >> extra);
        for (int k = 1; k <= extra; ++k) {
            const auto b = static_cast<unsigned char>(text[i + k]);
            if ((b & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (b & 0x3f);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
            (extra == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
        i += extra + 1;
    }
    return true;
}

} // namespace

std::optional<Message> checkValueRange(const Setting& s, const SettingValue& value) {
    if (const auto* text = std::get_if<std::string>(&value); text && !isUtf8(*text))
        return message(MessageCode::SettingNotUtf8);
    if (const auto* texts = std::get_if<std::vector<std::string>>(&value))
        for (const auto& t : *texts)
            if (!isUtf8(t))
                return message(MessageCode::SettingNotUtf8);
    if (const auto* i = std::get_if<std::int64_t>(&value))
        if (auto m = checkRange(s, double(*i)))
            return m;
    if (const auto* d = std::get_if<double>(&value))
        if (auto m = checkRange(s, *d))
            return m;
    if (const auto* list = std::get_if<std::vector<std::int64_t>>(&value)) {
        if (s.listSize && list->size() != s.listSize)
            return message(MessageCode::SettingListSize, s.listSize, list->size());
        for (auto v : *list)
            if (auto m = checkRange(s, double(v)))
                return m;
    }
    return std::nullopt;
}

std::optional<Message> checkSetting(const Setting& s, const TrainConfig& config) {
    const SettingValue value = s.get(config);
    if (auto m = checkValueRange(s, value))
        return m;
    if (s.type == SettingType::Choice) {
        const auto v = std::get<std::string>(value);
        const auto choices = s.choices();
        if (std::none_of(choices.begin(), choices.end(), [&](auto& c) { return c.value == v; }))
            return message(MessageCode::SettingChoice, choiceList(s), v);
    }
    return s.check ? s.check(config) : std::nullopt;
}

std::optional<Message> applySetting(TrainConfig& config, const Setting& s,
                                    const SettingValue& value) {
    if (auto m = checkValueRange(s, value)) // before a value its field cannot hold is narrowed
        return m;
    if (auto m = s.set(config, value))
        return m;
    if (s.cascade)
        s.cascade(config);
    return std::nullopt;
}

std::vector<Problem>
applySettingTexts(TrainConfig& config,
                  const std::vector<std::pair<std::string, std::string>>& given) {
    std::vector<Problem> problems;
    std::vector<std::pair<const Setting*, SettingValue>> parsed;
    for (const auto& [key, text] : given) {
        const Setting& s = findSetting(key);
        auto v = parseSettingText(s, text);
        if (auto* m = std::get_if<Message>(&v))
            problems.push_back({key, *m});
        else
            parsed.emplace_back(&s, std::get<SettingValue>(v));
    }
    // Cascades in table order (a preset before a model before the rest), then every other value
    // on top of what they set.
    for (const auto& s : settings())
        for (const auto& [setting, value] : parsed)
            if (setting == &s && s.cascade)
                if (auto m = applySetting(config, s, value))
                    problems.push_back({s.key, *m});
    for (const auto& [setting, value] : parsed)
        if (!setting->cascade)
            if (auto m = applySetting(config, *setting, value))
                problems.push_back({setting->key, *m});
    return problems;
}

std::vector<Problem> validateConfig(const TrainConfig& config) {
    std::vector<Problem> problems;
    for (const auto& s : settings())
        if (s.appliesToConfig(config))
            if (auto m = checkSetting(s, config))
                problems.push_back({s.key, *m});
    for (auto& p : crossSettingProblems(config))
        problems.push_back(std::move(p));
    return problems;
}

std::vector<Problem> validateEvalSettings(const EvalSettings& eval) {
    TrainConfig config;
    config.eval = eval;
    std::vector<Problem> problems;
    for (const auto& s : settings())
        if (s.group == SettingGroup::Evaluation)
            if (auto m = checkSetting(s, config))
                problems.push_back({s.key, *m});
    return problems;
}

} // namespace ganlab
