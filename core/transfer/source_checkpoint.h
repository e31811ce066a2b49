// SourceCheckpoint: what a transfer reads from its source — the checkpoint a run folder or file
// resolves to, its training config, image channels and classes, and the tensors of G (or its EMA
// G) and D by name; and a one-line description of a model for reports and refusals.
#pragma once

#include "api/train_config.h"
#include "torch_prelude.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ganlab {

using TensorMap = std::map<std::string, torch::Tensor>;

struct SourceCheckpoint {
    std::string path;
    std::int64_t step = 0;
    TrainConfig config;
    int channels = 0;
    int numClasses = 0; // 0 when unconditional
    TensorMap g, d;
};

// Reads the source (a run folder's newest checkpoint, or a checkpoint file); G's tensors under
// `generatorKey` ("G", or "G_ema" for sampling) when wantG, D's when wantD. Throws Error naming
// the file.
SourceCheckpoint readSource(const std::string& source, bool wantG, bool wantD,
                            const char* generatorKey = "G");

// A module's named tensors: its parameters, then its buffers.
std::vector<std::pair<std::string, torch::Tensor>> stateOf(torch::nn::Module& module);

// "dcgan, 32 px, 1 channel, width 0.5, latent 64, 10 classes (Cond Concat)".
std::string describeModel(const TrainConfig& config, int channels, int numClasses);

} // namespace ganlab
