// MetricSeries and readMetricsHistory: a run's logged values (metrics.jsonl) as named series,
// for plots that show a reopened run or overlay several.
#pragma once

#include <string>
#include <vector>

namespace ganlab {

struct MetricSeries {
    std::string name; // the metrics.jsonl key, e.g. "loss_d", "grad_norm_g", "gp"
    std::vector<double> steps;
    std::vector<double> values;
    bool evaluation = false; // from an evaluation (a metric), not a training step
};

struct MetricsHistory {
    std::vector<MetricSeries> series; // in first-seen order; "step" and "elapsed_s" excluded
    int unreadableLines = 0;          // torn or foreign lines that were skipped
};

// Empty when the run has no metrics yet; throws Error when runDir is not a run folder.
MetricsHistory readMetricsHistory(const std::string& runDir);

} // namespace ganlab
