// GeneratorSnapshot::Impl: what a snapshot holds (TrainingRun builds it from its Trainer).
#pragma once

#include "api/generator_snapshot.h"
#include "models/gan_model.h"

namespace ganlab {

struct GeneratorSnapshot::Impl {
    GeneratorPtr ema;
    GeneratorPtr raw;
    ModelSpec spec;
    std::int64_t step = 0;
};

} // namespace ganlab
