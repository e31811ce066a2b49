// The vocabulary of the settings table: typed constructors bound to a TrainConfig field, and a
// fluent Decl that adds the option, label, help, range, relevance, checks and cascades.
#pragma once

#include "api/settings.h"

#include <array>
#include <limits>
#include <type_traits>

namespace ganlab {

// A TrainConfig field, as a function from a config to the field: GANLAB_FIELD(eval.samples).
template <typename T> using Field = T& (*)(TrainConfig&);
#define GANLAB_FIELD(member)                                                                       \
    +[](TrainConfig & c) -> auto& {                                                                \
        return c.member;                                                                           \
    }

inline constexpr double kNoMax = std::numeric_limits<double>::max();

class Decl {
public:
    explicit Decl(Setting s)
        : m_s(std::move(s)) {}
    Decl& cli(std::string option, const char* valueName = "") {
        m_s.option = std::move(option);
        m_s.valueName = valueName;
        return *this;
    }
    Decl& group(SettingGroup g) {
        m_s.group = g;
        return *this;
    }
    Decl& label(const char* text) {
        m_s.label = text;
        return *this;
    }
    Decl& help(const char* text) {
        m_s.help = text;
        return *this;
    }
    // [min, max]; open ends exclude the bound.
    Decl& range(double min, double max, bool minOpen = false, bool maxOpen = false) {
        m_s.range = SettingRange{min, max, minOpen, maxOpen};
        return *this;
    }
    Decl& atLeast(double min) { return range(min, kNoMax); }
    Decl& unit(const char* text) {
        m_s.unit = text;
        return *this;
    }
    Decl& zeroMeans(const char* meaning) {
        m_s.zeroMeans = meaning;
        return *this;
    }
    Decl& emptyMeans(const char* meaning) {
        m_s.emptyMeans = meaning;
        return *this;
    }
    Decl& choices(std::function<std::vector<SettingChoice>()> list) {
        m_s.choices = std::move(list);
        return *this;
    }
    Decl& onlyFor(std::function<bool(const TrainConfig&)> applies, const char* appliesTo) {
        m_s.applies = std::move(applies);
        m_s.appliesTo = appliesTo;
        return *this;
    }
    Decl& check(std::function<std::optional<Message>(const TrainConfig&)> fn) {
        m_s.check = std::move(fn);
        return *this;
    }
    Decl& cascade(std::function<void(TrainConfig&)> fn) {
        m_s.cascade = std::move(fn);
        return *this;
    }
    Decl& formerKey(std::string key,
                    std::function<SettingValue(const SettingValue&)> convert = nullptr) {
        m_s.formerKey = std::move(key);
        m_s.fromFormer = std::move(convert);
        return *this;
    }
    Decl& notInForm() {
        m_s.inForm = false;
        return *this;
    }
    operator Setting() const { return m_s; }

private:
    Setting m_s;
};

Decl flagSetting(std::string key, Field<bool> field);
Decl realSetting(std::string key, Field<double> field);
Decl textSetting(std::string key, Field<std::string> field);
Decl textListSetting(std::string key, Field<std::vector<std::string>> field);
Decl integerListSetting(std::string key, Field<std::vector<int>> field);
Decl integerArraySetting(std::string key, Field<std::array<int, 3>> field);
// A feature network spec for a use, stored typed.
Decl featureSetting(std::string key, Field<FeatureSpec> field, FeatureUse use);

// Whole numbers of any integer field, refusing values its type cannot hold.
template <typename T> Decl integerSetting(std::string key, Field<T> field) {
    Setting s;
    s.key = std::move(key);
    s.type = SettingType::Integer;
    s.get = [field](const TrainConfig& c) {
        return SettingValue(static_cast<std::int64_t>(field(const_cast<TrainConfig&>(c))));
    };
    s.set = [field](TrainConfig& c, const SettingValue& v) -> std::optional<Message> {
        const auto x = std::get<std::int64_t>(v);
        using L = std::numeric_limits<T>;
        const bool fits = std::is_unsigned_v<T> ? x >= 0
                                                : x >= static_cast<std::int64_t>(L::min()) &&
                                                      x <= static_cast<std::int64_t>(L::max());
        if (!fits)
            return message(MessageCode::SettingRange, messageArg(double(L::min())),
                           messageArg(double(L::max())), x);
        field(c) = static_cast<T>(x);
        return std::nullopt;
    };
    return Decl(std::move(s));
}

// One word of a closed set, stored as an enum: {{Enum::A, "a", label, help}, …}; `legacy` lists
// older spellings that files may still hold (value → what it means now).
template <typename E> struct ChoiceOf {
    E value;
    const char* word;
    const char* label;
    const char* help;
};
template <typename E>
Decl choiceSetting(std::string key, Field<E> field, std::vector<ChoiceOf<E>> table,
                   std::vector<std::pair<std::string, E>> legacy = {}) {
    Setting s;
    s.key = std::move(key);
    s.type = SettingType::Choice;
    s.choices = [table] {
        std::vector<SettingChoice> out;
        for (const auto& c : table)
            out.push_back({c.word, c.label, c.help});
        return out;
    };
    s.get = [field, table](const TrainConfig& c) {
        for (const auto& t : table)
            if (t.value == field(const_cast<TrainConfig&>(c)))
                return SettingValue(std::string(t.word));
        return SettingValue(std::string());
    };
    s.set = [field, table, legacy](TrainConfig& c,
                                   const SettingValue& v) -> std::optional<Message> {
        const auto& word = std::get<std::string>(v);
        for (const auto& t : table)
            if (word == t.word) {
                field(c) = t.value;
                return std::nullopt;
            }
        for (const auto& [old, value] : legacy)
            if (word == old) {
                field(c) = value;
                return std::nullopt;
            }
        std::string words;
        for (const auto& t : table)
            words += (words.empty() ? "" : ", ") + std::string(t.word);
        return message(MessageCode::SettingChoice, words, word);
    };
    return Decl(std::move(s));
}

// "a, b,,c" → {a, b, c} (items trimmed, empty ones dropped), and back with plain commas.
std::vector<std::string> splitCommas(std::string_view text);
std::string joinCommas(const std::vector<std::string>& items);

// A word from a registry (model, loss, preset), stored as text; checked against the registry.
Decl registryChoiceSetting(std::string key, Field<std::string> field,
                           std::function<std::vector<SettingChoice>()> choices);

// The table in the form's order, by group and theme (settings_data.cpp, settings_model.cpp,
// settings_families.cpp, settings_training.cpp), and the rules between settings
// (config_rules.cpp).
std::vector<Setting> dataSourceSettings();
std::vector<Setting> dataSubsetSettings();
std::vector<Setting> modelChoiceSettings();
std::vector<Setting> modelShapeSettings();
std::vector<Setting> transferSettings();
std::vector<Setting> augmentSettings();
std::vector<Setting> regulariserSettings();
std::vector<Setting> optimiserSettings();
std::vector<Setting> scheduleSettings();
std::vector<Setting> outputSettings();
std::vector<Setting> evaluationSettings();
std::vector<Setting> healthSettings();
std::vector<Setting> computeSettings();
std::vector<Problem> crossSettingProblems(const TrainConfig& config);
// What settings apply to: a growing model family, a loss with a gradient penalty.
bool modelIsProgressive(const TrainConfig& config);
bool lossHasGradientPenalty(const TrainConfig& config);

} // namespace ganlab
