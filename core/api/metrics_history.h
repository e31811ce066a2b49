// MetricSeries and readMetricsHistory: a run's logged values (metrics.jsonl) as typed series,
// for plots that show a reopened run or overlay several, and for comparisons.
#pragma once

#include "metric_result.h"
#include "train_config.h"

#include <cstdint>
#include <optional>
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
    Diversity,     // the samples' diversity over the reals' (health: mode collapse)
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

// Mode collapse is low diversity where diversity should be by now. A fresh generator (and its EMA,
// slower still) draws near-alike images before it learns to vary, so a reading below the
// threshold raises the flag only once the run has been at the threshold before, has trained past
// a grace period (longer the slower its EMA forgets), or is at its last step. The flag goes down
// again at kModeCollapseRecovery × the threshold, so a run hovering at it does not warn on and off.
struct ModeCollapseRule {
    double threshold = 0;        // mode_collapse_below (0: never flagged)
    std::int64_t graceSteps = 0; // from here on low diversity is flagged anyway
    std::int64_t lastStep = 0;   // the run's steps: its final reading is judged as it is
};
inline constexpr double kModeCollapseRecovery = 1.1;
ModeCollapseRule modeCollapseRule(const TrainConfig& config);
// The flag over a run's diversity readings (steps ascending): the step it has been up since, or
// nothing when the newest reading leaves it down.
std::optional<std::int64_t> modeCollapseSince(const std::vector<double>& steps,
                                              const std::vector<double>& values,
                                              const ModeCollapseRule& rule);

// Where a run stands on mode collapse: its newest diversity reading against its threshold
// (mode_collapse_below in its config.json; 0 never flags).
struct ModeCollapseReading {
    std::int64_t step = 0;
    double diversity = 0; // the samples' diversity as a share of the real images'
    double threshold = 0;
    bool collapsed = false; // the rule above has the flag up at the newest reading
    std::int64_t since = 0; // collapsed: the step the flag went up
};

// Nothing when the run has no diversity reading yet (or it is not a run folder: what comparisons
// and studies show beside a run's results, never a reason to fail).
std::optional<ModeCollapseReading> modeCollapseReading(const std::string& runDir);

} // namespace ganlab
