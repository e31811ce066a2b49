// Loads a source checkpoint's G and/or D into a freshly built Trainer by tensor name and shape,
// with the sound adaptations (Cond Concat, Cond BN, gray ↔ colour, a progressive level more).
#pragma once

#include "api/transfer.h"
#include "train/trainer.h"

namespace ganlab {

// Copies what `settings` asks for from the source into the trainer's G (and the EMA G, which
// starts from the loaded G) and D; the trainer's optimisers stay fresh. Throws Error naming the
// source and every refused tensor; on error the trainer's weights are untouched.
TransferReport transferWeights(Trainer& trainer, const TransferSettings& settings);

// A source's EMA generator in eval mode, ready to sample, with the spec it was built with and
// (optionally) its training config and a one-line description.
GeneratorPtr loadSourceGenerator(const std::string& source, ModelSpec& spec,
                                 TrainConfig* config = nullptr, std::string* description = nullptr,
                                 std::string* checkpoint = nullptr);

// A progressive target grown from a lower-resolution source starts at the source's resolution:
// returns the config with its growth start moved there (unchanged otherwise), with a note.
TrainConfig adaptConfigToSource(const TrainConfig& config, std::vector<std::string>* notes);

} // namespace ganlab
