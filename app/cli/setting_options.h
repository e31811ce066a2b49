// SettingOptions: ganlab-cli's options for a run's settings, generated from the settings table
// (api/settings.h) — one option per setting with its help, grouped as in the window's form, plus
// the table's shorthands — and what the person gave, applied onto a config with its cascades.
#pragma once

#include "api/settings.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace ganlab::cli {

class SettingOptions {
public:
    // Declares every setting that has an option, and every shorthand, on `app`.
    void declare(CLI::App& app);
    bool given(std::string_view key) const;
    std::string text(std::string_view key) const; // what was given ("" when not)
    // Applies what was given onto `config` (a preset, then a model, cascade first); throws Error
    // (ErrorKind::Usage) with a Problem per option that did not parse or set.
    void applyTo(TrainConfig& config) const;

private:
    std::vector<std::pair<std::string, std::string>> m_values; // key → text, as given
    std::vector<std::pair<const SettingShorthand*, std::string>> m_shorthands;
};

// The help line of a setting: its help, what 0 or "none" means, choices and what it applies to.
std::string settingHelp(const Setting& setting);
// "--lr-g: must be above 0 and below 1, not 5" — a problem as the command line names it.
std::string optionProblemText(const Problem& problem);

} // namespace ganlab::cli
