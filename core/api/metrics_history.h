// MetricSeries and readMetricsHistory: a run's logged values (metrics.jsonl) as typed series,
// for plots that show a reopened run or overlay several, and for comparisons.
#pragma once

#include "metric_result.h"

#include <string>
#include <vector>

namespace ganlab {

enum class SeriesKind {
    Loss,          // loss_d, loss_g
    LossTerm,      // a loss's parts: gp, d_real, d_fake, ortho, …
    GradientNorm,  // grad_norm_d, grad_norm_g
    Speed,         // images_per_s, step_ms
    SingularValue, // σ of a watched layer (health)
    SigmaRatio,    // σ0 of G's first layer over its running level (health)
    Growth,        // PG-GAN's position: level, alpha, resolution, images shown
    Augmentation,  // ADA's probability p and overfitting reading r_t
    Evaluation     // a metric result
};

struct MetricSeries {
    std::string name; // as plotted: "loss_d", "gp", "sigma0_g_first", "FD[random]"
    SeriesKind kind = SeriesKind::Loss;
    std::string metric; // Evaluation: the metric's registry name ("fd")
    std::string parent; // Evaluation: a per-class value's overall result ("" for an overall one)
    Direction direction = Direction::Neither; // Evaluation: from the metric's family
    std::vector<double> steps;
    std::vector<double> values;
};

struct MetricsHistory {
    std::vector<MetricSeries> series; // in first-seen order
    int unreadableLines = 0;          // torn or foreign lines that were skipped
};

// Empty when the run has no metrics yet; throws Error when runDir is not a run folder. Reads the
// current layout and the flat one of runs written before it.
MetricsHistory readMetricsHistory(const std::string& runDir);

} // namespace ganlab
