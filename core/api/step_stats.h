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
    double elapsedSec = 0; // wall time trained in this run, resumes included
    std::map<std::string, double>
        extra;            // loss terms ("gp", "d_real", …), health ("sigma0_g_first",
                          // …) and growth ("growth_level", "growth_alpha", …)
    std::string collapse; // why the collapse guard tripped; empty when healthy
};

} // namespace ganlab
