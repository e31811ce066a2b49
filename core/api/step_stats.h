// StepStats: what one training step reports as plain, typed values — losses and their terms,
// gradient norms, speed, and when measured the health reading and the growth position.
#pragma once

#include "growth_schedule.h"
#include "message.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ganlab {

// Top singular values of the watched layers (BigGAN §4.1's collapse signal), and the samples'
// diversity (the mode-collapse signal).
struct HealthReading {
    struct Layer {
        std::string key;            // "g_first", "g_last", "d_first", "d_last"
        std::vector<double> sigmas; // σ0, σ1, … (NaN when the weights were not finite)
    };
    std::vector<Layer> layers;
    double firstLayerRatio = 1.0; // σ0 of G's first layer over its running level
    // Mean pairwise feature distance of a fixed batch of samples over the same of fixed real
    // images: about 1 when the samples vary as the reals do, near 0 when G ignores z. Nothing when
    // it could not be measured (no data, non-finite samples).
    std::optional<double> diversity;
};

// The series name of one singular value, as metrics.jsonl and the plots call it: "sigma0_g_first".
std::string sigmaSeriesName(const std::string& layerKey, std::size_t index);
inline constexpr const char* kSigmaRatioSeries = "sigma0_g_first_ratio";
inline constexpr const char* kDiversitySeries = "diversity";

// Augmentation after a step: ADA's probability now in force (ADA runs), and on every interval's
// last step the overfitting reading r_t = E[sign(D(real))] over it (every run; ADA tunes p by it).
struct AugmentReading {
    std::optional<double> p;
    std::optional<double> rt;
};
inline constexpr const char* kAdaPSeries = "ada_p";
inline constexpr const char* kAdaRtSeries = "ada_rt";

struct StepStats {
    std::int64_t step = 0; // G steps completed
    double lossD = 0;
    double lossG = 0;
    double gradNormD = 0; // global L2 norm of D's gradients at its last step
    double gradNormG = 0;
    double imagesPerSec = 0; // real images consumed per second in this step
    double stepMs = 0;
    double elapsedSec = 0;                   // wall time trained in this run, resumes included
    std::map<std::string, double> lossTerms; // "gp", "d_real", "d_fake", "ortho", "aux_d", …
    std::optional<HealthReading> health;     // on health steps
    std::optional<GrowthState> growth;       // progressive families
    std::optional<AugmentReading> augment;   // ADA runs and r_t steps
    std::optional<Message> collapse;         // why the collapse guard tripped
    // A health step whose diversity is below mode_collapse_below: a warning, training goes on.
    std::optional<Message> modeCollapse;
    // Several processes: each rank's compute time this step (ms, rank order; empty in one process)
    // and the time this rank spent in gradient all-reduce.
    std::vector<double> rankStepMs;
    double allReduceMs = 0;
};

} // namespace ganlab
