// Ranking a comparison's arms: by the best-ranked metric any arm has evaluated (its family's
// rankPriority), each arm's last value read in the metric's direction.
#include "api/source_comparison.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ganlab {
namespace {

int priorityOf(const MetricSeries& s) {
    if (s.kind != SeriesKind::Evaluation || !s.parent.empty())
        return 0;
    const auto info = findMetricInfo(s.metric);
    return info ? info->rankPriority : 0;
}

} // namespace

std::string rankingMetric(const std::vector<CompareCurve>& curves) {
    std::string best;
    int bestPriority = 0;
    for (const auto& c : curves) {
        const int p = priorityOf(c.series);
        if (p > 0 && !c.series.values.empty() && (bestPriority == 0 || p < bestPriority)) {
            best = c.series.name;
            bestPriority = p;
        }
    }
    return best;
}

std::vector<CompareRow> rankArms(const std::vector<CompareArm>& arms,
                                 const std::vector<CompareCurve>& curves,
                                 const SourceRanking& prediction) {
    const std::string metric = rankingMetric(curves);
    Direction direction = Direction::LowerIsBetter;
    std::vector<CompareRow> rows;
    for (const auto& arm : arms) {
        CompareRow row;
        row.arm = arm.label;
        row.source = arm.transfer.source;
        for (const auto& s : prediction.scores)
            if (arm.transfer.active() && s.source == arm.transfer.source)
                row.predictedRank = s.predictedRank;
        row.value = std::nan("");
        for (const auto& c : curves) {
            if (c.arm != arm.label || c.series.values.empty() || priorityOf(c.series) == 0)
                continue;
            row.finals.emplace_back(c.series.name, c.series.values.back());
            if (c.series.name == metric) {
                row.value = c.series.values.back();
                direction = c.series.direction;
            }
        }
        rows.push_back(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const CompareRow& a, const CompareRow& b) {
        return isBetter(direction, a.value, b.value);
    });
    int rank = 0;
    for (auto& r : rows)
        if (!std::isnan(r.value))
            r.achievedRank = ++rank;
    return rows;
}

} // namespace ganlab
