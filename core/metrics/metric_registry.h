// The metric registry: each metric file registers itself by a stable lowercase name; runMetrics
// evaluates a list of them on one shared EvalContext.
#pragma once

#include "api/metric_result.h"
#include "metrics/eval_context.h"
#include "util/registry_macros.h"

#include <functional>
#include <string>
#include <vector>

namespace ganlab {

struct MetricFamily {
    std::string name;
    std::string description;
    Direction direction = Direction::Neither; // given to every result
    bool usesFeatures = false;
    bool needsLabels = false;
    bool needsClassifier = false;
    int rankPriority = 0; // see MetricInfo
    // Results with name, network, value (and stddev, note, parent) filled in.
    std::function<std::vector<MetricResult>(EvalContext&)> compute;
};

bool registerMetric(MetricFamily family);
const std::vector<MetricFamily>& metricFamilies();
// Throws Error naming the registered metrics when the name is unknown.
const MetricFamily& findMetric(const std::string& name);

// Runs the named metrics (skipping, with a note, those a run cannot have: labels, classifier);
// fills step, samples and seconds of every result.
std::vector<MetricResult> runMetrics(EvalContext& context, const std::vector<std::string>& names);

// "FD" + "[random]": a metric's display name with its feature network.
std::string withNetwork(const std::string& label, const FeatureNetwork& network);

} // namespace ganlab

#define GANLAB_REGISTER_METRIC(...)                                                                \
    static const bool GANLAB_CONCAT(kGanlabMetricRegistered_, __LINE__) =                          \
        ::ganlab::registerMetric(__VA_ARGS__)
