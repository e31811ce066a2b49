// GeneratorSnapshot::Impl: what a snapshot holds (TrainingRun builds it from its Trainer; an
// imported TorchScript file fills `script` instead of the two generators).
#pragma once

#include "api/generator_snapshot.h"
#include "models/gan_model.h"

#include <string>
#include <vector>

namespace torch::jit {
struct Module;
}

namespace ganlab {

struct GeneratorSnapshot::Impl {
    GeneratorPtr ema;
    GeneratorPtr raw;
    std::shared_ptr<torch::jit::Module> script; // imported: the only generator
    std::string scriptPath;                     // its file, named by its errors
    ModelSpec spec;
    std::string model;
    std::vector<std::string> classNames;
    std::int64_t step = 0;
};

} // namespace ganlab
