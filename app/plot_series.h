// Plot feeding: which tab a named value belongs to, and StepStats / run histories → PlotPanel.
// Names are the metrics.jsonl keys, so live points and a reopened run's history line up.
#pragma once

#include "api/metric_result.h"
#include "api/metrics_history.h"
#include "api/step_stats.h"
#include "health_panel.h"
#include "plot_panel.h"

namespace ganlab::app {

widgets::PlotGroup plotGroupFor(const QString& name);
// Singular values and the growth position belong to the Health panel and the fade-in view.
bool plottedInPanel(const QString& name);
void addStepStats(widgets::PlotPanel& plots, const StepStats& stats);
// σ values and gradient norms of a step (or of a reopened run's history) → the Health panel.
void addHealth(widgets::HealthPanel& health, const StepStats& stats);
void addHealthHistory(widgets::HealthPanel& health, const MetricsHistory& history);
// Evaluation results go to the Metrics tab; per-class values ("…/class") stay in the tables.
void addMetricResults(widgets::PlotPanel& plots, const std::vector<MetricResult>& results);
void addHistory(widgets::PlotPanel& plots, const MetricsHistory& history, const QString& run = {});

} // namespace ganlab::app
