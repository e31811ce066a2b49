// Setting: the one description of each setting of a run — config key, type, default (the
// TrainConfig's), range or choices, the models it applies to, help text, the form's label —
// from which config.json, validation, ganlab-cli's options and help, and the window's
// Configuration form are all generated. Adding a setting is one entry in config/settings_table.cpp
// plus the code that uses it.
#pragma once

#include "message.h"
#include "train_config.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ganlab {

enum class SettingType {
    Flag,        // bool
    Integer,     // whole number
    Real,        // floating point
    Text,        // free text (paths, specs)
    TextList,    // comma-separated texts (classes, metrics)
    IntegerList, // comma-separated whole numbers (background colour, growth batch sizes)
    Choice       // one of a closed set of words
};

// Where a setting sits in the form and the help, in this order.
enum class SettingGroup {
    Data,
    Model,
    Transfer,
    Families,
    Optimisation,
    Output,
    Evaluation,
    Health,
    Compute
};

using SettingValue = std::variant<bool, std::int64_t, double, std::string, std::vector<std::string>,
                                  std::vector<std::int64_t>>;

struct SettingChoice {
    std::string value; // as typed and stored: "concat"
    const char* label; // the form's text (translatable), e.g. "Cond Concat (one-hot planes)"
    const char* help;  // one line for the help and the tooltip (translatable), may be ""
};

struct SettingRange {
    double min = 0, max = 0;
    bool minOpen = false, maxOpen = false; // (min … and … max) exclusive
};

struct Setting {
    std::string key;    // config.json key, e.g. "lr_g"
    std::string option; // ganlab-cli option without "--" ("" = none)
    SettingType type = SettingType::Text;
    SettingGroup group = SettingGroup::Model;
    const char* label = "";     // the form's label (translatable)
    const char* help = "";      // one sentence for --help and the tooltip (translatable)
    const char* valueName = ""; // the option's value in the help: N, X, PATH …
    const char* unit = nullptr; // shown after the value in the form: "px", "images" …
    std::optional<SettingRange> range;
    const char* zeroMeans = nullptr;  // Integer/Real: what 0 means, allowed beside the range
    const char* emptyMeans = nullptr; // Text/lists: what empty means ("none" typed means empty)
    std::function<std::vector<SettingChoice>()> choices; // Choice: the set; Text: suggestions
    std::size_t listSize = 0;                            // IntegerList: exact count (0 = any)
    bool inForm = true;                                  // a row of the Configuration form
    // The key older config.json files hold it under (read when `key` is absent; "" = none), and
    // how a value written there reads today (nothing: as it is).
    std::string formerKey;
    std::function<SettingValue(const SettingValue&)> fromFormer;
    // The models/settings it applies to: for the help ("pggan only") and the form (greyed out).
    std::function<bool(const TrainConfig&)> applies;
    const char* appliesTo = nullptr; // translatable, e.g. "progressive models"

    std::function<SettingValue(const TrainConfig&)> get;
    // Stores a value of the setting's type; a Message when it cannot (e.g. a bad spec).
    std::function<std::optional<Message>(TrainConfig&, const SettingValue&)> set;
    // A check of the stored value beyond range and choices (nothing when fine).
    std::function<std::optional<Message>(const TrainConfig&)> check;
    // After a person sets it (CLI option, form): the settings that follow from it, e.g. a model's
    // own loss and regularisers, or a preset's whole config. Not run when a file is read.
    std::function<void(TrainConfig&)> cascade;

    bool appliesToConfig(const TrainConfig& c) const { return !applies || applies(c); }
};

// A convenience of ganlab-cli that sets several settings at once (e.g. --load g,d sets
// transfer_g and transfer_d); declared beside the settings.
struct SettingShorthand {
    std::string option;
    SettingGroup group;
    const char* valueName;
    const char* help; // translatable
    std::function<std::optional<Message>(TrainConfig&, std::string_view)> apply;
};

// Every setting, in form and help order; and the shorthands.
const std::vector<Setting>& settings();
const std::vector<SettingShorthand>& settingShorthands();
// Throws Error for an unknown key.
const Setting& findSetting(std::string_view key);
const Setting* settingForOption(std::string_view option);
const char* settingGroupTitle(SettingGroup group); // translatable

// Text ↔ value as the CLI and the form type it ("0.5", "a,b", "none"); a Message when the text is
// not of the setting's type. Range, choices and checks are not applied here (see validate).
std::variant<SettingValue, Message> parseSettingText(const Setting& setting, std::string_view text);
std::string settingText(const Setting& setting, const SettingValue& value);
// The range (or 0 where it means something) of a value, before it is stored.
std::optional<Message> checkValueRange(const Setting& setting, const SettingValue& value);
// The range/zero and choices of the stored value, and the setting's own check, on a config.
std::optional<Message> checkSetting(const Setting& setting, const TrainConfig& config);

// Sets the given settings (key → text) the way a person does: cascades first, in table order,
// then every given value on top. Problems name the key of every text that did not parse or set.
std::vector<Problem>
applySettingTexts(TrainConfig& config,
                  const std::vector<std::pair<std::string, std::string>>& given);
// One setting's value (range checked first), with its cascade: what the form does when a field
// changes.
std::optional<Message> applySetting(TrainConfig& config, const Setting& setting,
                                    const SettingValue& value);

// What makes a config unusable: every setting's value (range, choices, checks) and the rules
// between settings. Empty when usable.
std::vector<Problem> validateConfig(const TrainConfig& config);

// The evaluation settings alone (what ganlab-cli eval and "Evaluate now" are asked for).
std::vector<Problem> validateEvalSettings(const EvalSettings& settings);

// config.json: every setting by key. Reading keeps defaults for missing keys, ignores unknown ones
// and refuses a value of the wrong type, naming the file and the key.
std::string toJson(const TrainConfig& config);
TrainConfig trainConfigFromJson(const std::string& json, const std::string& sourceName = {});

} // namespace ganlab
