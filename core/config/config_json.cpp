// config.json, generated from the settings table: one key per setting, in the setting's type.
#include "api/error.h"
#include "api/settings.h"
#include "util/text_file.h"

#include <nlohmann/json.hpp>

namespace ganlab {
namespace {

using nlohmann::json;

json toJsonValue(const SettingValue& value) {
    return std::visit([](const auto& v) { return json(v); }, value);
}

const char* jsonTypeName(SettingType type) {
    switch (type) {
    case SettingType::Flag:
        return "true or false";
    case SettingType::Integer:
        return "a whole number";
    case SettingType::Real:
        return "a number";
    case SettingType::Text:
    case SettingType::Choice:
        return "a string";
    case SettingType::TextList:
        return "a list of strings";
    case SettingType::IntegerList:
        return "a list of whole numbers";
    }
    return "";
}

// The JSON value in the setting's type; nothing when it has another type.
std::optional<SettingValue> fromJsonValue(const Setting& s, const json& v) {
    switch (s.type) {
    case SettingType::Flag:
        return v.is_boolean() ? std::optional<SettingValue>(v.get<bool>()) : std::nullopt;
    case SettingType::Integer:
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(INT64_MAX))
            return std::nullopt;
        return v.is_number_integer() ? std::optional<SettingValue>(v.get<std::int64_t>())
                                     : std::nullopt;
    case SettingType::Real:
        return v.is_number() ? std::optional<SettingValue>(v.get<double>()) : std::nullopt;
    case SettingType::Text:
    case SettingType::Choice:
        return v.is_string() ? std::optional<SettingValue>(v.get<std::string>()) : std::nullopt;
    case SettingType::TextList:
        if (!v.is_array() ||
            !std::all_of(v.begin(), v.end(), [](auto& x) { return x.is_string(); }))
            return std::nullopt;
        return v.get<std::vector<std::string>>();
    case SettingType::IntegerList:
        if (!v.is_array() ||
            !std::all_of(v.begin(), v.end(), [](auto& x) { return x.is_number_integer(); }))
            return std::nullopt;
        return v.get<std::vector<std::int64_t>>();
    }
    return std::nullopt;
}

} // namespace

std::string toJson(const TrainConfig& config) {
    json j = json::object();
    for (const auto& s : settings())
        j[s.key] = toJsonValue(s.get(config));
    return j.dump(2, ' ', false, json::error_handler_t::replace); // validated: never replaces
}

TrainConfig trainConfigFromJson(const std::string& text, const std::string& sourceName) {
    TrainConfig config;
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception& e) {
        throw Error(ErrorKind::Data, sourceName,
                    message(MessageCode::InvalidJson, "config JSON", jsonErrorText(e)));
    }
    if (!j.is_object())
        throw Error(ErrorKind::Data, sourceName, message(MessageCode::NotAJsonObject, "config"));
    std::vector<Problem> problems;
    for (const auto& s : settings()) {
        auto it = j.find(s.key);
        bool former = false;
        if ((it == j.end() || it->is_null()) && !s.formerKey.empty()) {
            it = j.find(s.formerKey);
            former = true;
        }
        if (it == j.end() || it->is_null())
            continue;
        auto value = fromJsonValue(s, *it);
        if (value && former && s.fromFormer)
            value = s.fromFormer(*value);
        if (!value)
            problems.push_back(
                {s.key, message(MessageCode::SettingWrongJsonType, jsonTypeName(s.type))});
        else if (auto m = s.set(config, *value))
            problems.push_back({s.key, *m});
    }
    if (!problems.empty())
        throw Error(ErrorKind::Data, sourceName, message(MessageCode::InvalidConfiguration),
                    problems);
    return config;
}

} // namespace ganlab
