// TorchScript interop: a generator traced into a module that PyTorch loads without ganlab, and
// such a module read back as a generator the sample explorer can draw from.
#pragma once

#include "models/gan_model.h"
#include "train/sample_render.h"

#include <torch/script.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ganlab {

// What an exported module says about itself besides its shape.
struct ScriptMetadata {
    std::string model;                   // the family ("" when the file does not say)
    std::int64_t step = -1;              // the training step (-1 when the file does not say)
    std::vector<std::string> classNames; // conditional models; may be empty
};

// The generator (on the CPU, in eval mode) as a TorchScript module: forward(z) or forward(z, y)
// traced at a batch of two, the constants latent_dim, num_classes, resolution, channels,
// class_names, model and step, and truncated_z(n, threshold, seed).
torch::jit::Module traceGenerator(GeneratorImpl& generator, const ModelSpec& spec,
                                  const ScriptMetadata& meta);

// Traces the generator and writes the module to `path` atomically, after the module read back
// from the file reproduced the generator at another batch size (≤ 1e-5) and truncated_z drew
// the latents ganlab's grids use. Throws Error naming the file otherwise.
void exportGeneratorScript(GeneratorImpl& generator, const ModelSpec& spec,
                           const ScriptMetadata& meta, const std::string& path);

struct ScriptedGenerator {
    std::shared_ptr<torch::jit::Module> module;
    ModelSpec spec; // latentDim, numClasses, resolution and channels
    ScriptMetadata meta;
};

// Reads a module of that shape (CPU) and checks it: its attributes, and one forward of two
// latents that must return [2, channels, resolution, resolution]. Throws Error naming the file.
ScriptedGenerator loadGeneratorScript(const std::string& path);

// The module as a generator function (its inputs on the module's device); a failing forward is
// an Error naming `path`, the module's file.
GenerateFn generateWith(const std::shared_ptr<torch::jit::Module>& module, bool conditional,
                        const std::string& path);

} // namespace ganlab
