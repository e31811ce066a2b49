// Metric registry and the evaluation loop.
#include "metrics/metric_registry.h"

#include "util/named_registry.h"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace ganlab {
namespace {

NamedRegistry<MetricFamily>& registry() {
    static NamedRegistry<MetricFamily> families("metric");
    return families;
}

} // namespace

bool registerMetric(MetricFamily family) {
    return registry().add(std::move(family));
}

const std::vector<MetricFamily>& metricFamilies() {
    return registry().all();
}

const MetricFamily& findMetric(const std::string& name) {
    return registry().find(name);
}

std::vector<MetricInfo> registeredMetrics() {
    std::vector<MetricInfo> out;
    for (const auto& f : registry().all())
        out.push_back({f.name, f.description, f.direction, f.usesFeatures, f.needsLabels,
                       f.needsClassifier, f.rankPriority});
    return out;
}

std::optional<MetricInfo> findMetricInfo(const std::string& name) {
    for (auto& m : registeredMetrics())
        if (m.name == name)
            return m;
    return std::nullopt;
}

std::string truncatedName(const std::string& name, double truncation) {
    if (truncation <= 0)
        return name;
    char shown[32];
    std::snprintf(shown, sizeof shown, "@t%g", truncation);
    return name + shown;
}

bool isBetter(Direction direction, double a, double b) {
    if (std::isnan(a))
        return false;
    if (std::isnan(b))
        return true;
    switch (direction) {
    case Direction::LowerIsBetter:
        return a < b;
    case Direction::HigherIsBetter:
        return a > b;
    case Direction::CloserToZeroIsBetter:
        return std::abs(a) < std::abs(b);
    case Direction::Neither:
        break;
    }
    return false;
}

std::string withNetwork(const std::string& label, const FeatureNetwork& network) {
    return label + "[" + network.name() + "]";
}

std::vector<MetricResult> runMetrics(EvalContext& context, const std::vector<std::string>& names) {
    std::vector<MetricResult> all;
    for (const auto& name : names) {
        const MetricFamily& family = findMetric(name);
        context.checkStop();
        const auto started = std::chrono::steady_clock::now();
        std::vector<MetricResult> results;
        if (family.needsLabels && context.inputs().numClasses <= 0) {
            MetricResult skipped;
            skipped.name = name;
            skipped.metric = name;
            skipped.note = message(MessageCode::MetricSkippedNeedsConditional);
            results.push_back(skipped);
        } else {
            results = family.compute(context);
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        for (auto& r : results) {
            r.metric = name;
            r.direction = family.direction;
            r.step = context.inputs().step;
            r.samples = context.inputs().samples;
            r.seconds = seconds;
        }
        all.insert(all.end(), results.begin(), results.end());
    }
    return all;
}

} // namespace ganlab
