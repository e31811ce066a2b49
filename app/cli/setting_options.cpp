// SettingOptions: CLI11 options generated from the settings table.
#include "cli/setting_options.h"

#include "api/error.h"

#include <algorithm>

namespace ganlab::cli {
namespace {

std::string groupTitle(SettingGroup group) {
    return settingGroupTitle(group);
}

std::string choicesText(const Setting& s) {
    if (!s.choices)
        return {};
    std::string out;
    for (const auto& c : s.choices())
        out += (out.empty() ? "" : " | ") + c.value;
    return out;
}

} // namespace

std::string settingHelp(const Setting& s) {
    std::string h = s.help;
    if (s.zeroMeans)
        h += std::string("; 0 = ") + s.zeroMeans;
    if (s.emptyMeans)
        h += std::string("; none = ") + s.emptyMeans;
    if (const auto choices = choicesText(s); !choices.empty() && s.key != "preset")
        h += (s.type == SettingType::Choice ? "; one of: " : "; e.g. ") + choices;
    if (s.appliesTo)
        h += std::string(" [") + s.appliesTo + "]";
    return h;
}

std::string optionProblemText(const Problem& p) {
    std::string name = p.setting;
    for (const auto& s : settings())
        if (s.key == p.setting && !s.option.empty())
            name = "--" + s.option;
    return (name.empty() ? "" : name + ": ") + p.message.text();
}

void SettingOptions::declare(CLI::App& app) {
    for (const auto& s : settings()) {
        if (s.option.empty())
            continue;
        const std::string key = s.key;
        CLI::Option* option = nullptr;
        if (s.type == SettingType::Flag) {
            option = app.add_flag_function(
                "--" + s.option, [this, key](std::int64_t) { m_values.emplace_back(key, "true"); },
                settingHelp(s) + " (--no-" + s.option + ": off)");
            app.add_flag_function(
                   "--no-" + s.option,
                   [this, key](std::int64_t) { m_values.emplace_back(key, "false"); })
                ->group(""); // hidden: said on the positive flag's line
        } else {
            option = app.add_option_function<std::string>(
                "--" + s.option,
                [this, key](const std::string& v) { m_values.emplace_back(key, v); },
                settingHelp(s));
            option->type_name(s.valueName);
        }
        option->group(groupTitle(s.group));
    }
    for (const auto& shorthand : settingShorthands()) {
        const SettingShorthand* sh = &shorthand;
        app.add_option_function<std::string>(
               "--" + shorthand.option,
               [this, sh](const std::string& v) { m_shorthands.emplace_back(sh, v); },
               shorthand.help)
            ->type_name(shorthand.valueName)
            ->group(groupTitle(shorthand.group));
    }
}

bool SettingOptions::given(std::string_view key) const {
    return std::any_of(m_values.begin(), m_values.end(), [&](auto& v) { return v.first == key; });
}

std::string SettingOptions::text(std::string_view key) const {
    for (const auto& [k, v] : m_values)
        if (k == key)
            return v;
    return {};
}

void SettingOptions::applyTo(TrainConfig& config) const {
    std::vector<Problem> problems = applySettingTexts(config, m_values);
    for (const auto& [shorthand, text] : m_shorthands)
        if (auto m = shorthand->apply(config, text))
            problems.push_back({{}, plainText("--" + shorthand->option + ": " + m->text())});
    for (auto& p : validateConfig(config)) // what else the given values make unusable
        if (std::none_of(problems.begin(), problems.end(),
                         [&](const Problem& q) { return q.setting == p.setting; }))
            problems.push_back(std::move(p));
    if (!problems.empty())
        throw Error(ErrorKind::Usage, {}, message(MessageCode::InvalidConfiguration), problems);
}

} // namespace ganlab::cli
