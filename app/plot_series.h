// Plot feeding: which tab or panel a series belongs to (by its kind), and StepStats, evaluation
// results and run histories → the PlotPanel and the Health panel. Names are the metrics.jsonl
// keys, so live points and a reopened run's history line up.
#pragma once

#include "api/metric_result.h"
#include "api/metrics_history.h"
#include "api/step_stats.h"
#include "health_panel.h"
#include "plot_panel.h"

#include <optional>

namespace ganlab::app {

// The plot tab of a kind of series; nothing for those the Health panel or fade-in view show.
std::optional<widgets::PlotGroup> plotGroupFor(SeriesKind kind);
void addStepStats(widgets::PlotPanel& plots, const StepStats& stats);
// σ values, gradient norms and diversity of a step (or of a reopened run's history) → the Health
// panel.
void addHealth(widgets::HealthPanel& health, const StepStats& stats);
void addHealthHistory(widgets::HealthPanel& health, const MetricsHistory& history);
// Evaluation results go to the Metrics tab; per-class values stay in the tables.
void addMetricResults(widgets::PlotPanel& plots, const std::vector<MetricResult>& results);
void addHistory(widgets::PlotPanel& plots, const MetricsHistory& history, const QString& run = {});

} // namespace ganlab::app
