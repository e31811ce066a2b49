// StepStats: what one training step reports (losses, gradient norms, speed) as plain values.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace ganlab {

struct StepStats {
    std::int64_t step = 0; // G steps completed
    double lossD = 0;
    double lossG = 0;
    double gradNormD = 0; // global L2 norm of D's gradients at its last step
    double gradNormG = 0;
    double imagesPerSec = 0; // real images consumed per second in this step
    double stepMs = 0;
    double elapsedSec = 0;               // wall time trained in this run, resumes included
    std::map<std::string, double> extra; // loss-specific terms, e.g. "gp", "d_real", "d_fake"
};

} // namespace ganlab
