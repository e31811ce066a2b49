// Presets: named starting configurations — one table (config/presets.cpp) gives each its name,
// description, purpose and settings, for the form, ganlab-cli --preset and pretrain.
#pragma once

#include "train_config.h"

#include <string>
#include <vector>

namespace ganlab {

enum class PresetPurpose {
    Training,      // a model to train (cpu-quick, quality, one per seed paper)
    TransferSource // a source to start other runs from (ganlab-cli pretrain)
};

struct PresetInfo {
    std::string name;
    const char* description; // translatable
    PresetPurpose purpose;
};

const std::vector<PresetInfo>& presets();
// Throws Error (ErrorKind::Usage) naming the presets for an unknown name.
const PresetInfo& findPreset(const std::string& name);
TrainConfig presetConfig(const std::string& name);

} // namespace ganlab
