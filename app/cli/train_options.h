// The training options every verb that starts runs shares (train, pretrain, compare): names,
// help text and how they override a preset.
#pragma once

#include "api/train_config.h"
#include "cli/arguments.h"

#include <set>
#include <string>

namespace ganlab::cli {

std::set<std::string> trainOptionNames(); // options with a value
std::set<std::string> trainFlagNames();   // options without one
std::string trainOptionsHelp();           // the option lines of `train --help`
void applyOverrides(TrainConfig& config, const Arguments& arguments);

} // namespace ganlab::cli
