// Arms against each other: one curve per arm on two axes (images shown, training minutes), the
// images each needs to reach a common FD, and their newest common sample grids.
#include "study/study_arms.h"

#include "study/chart.h"

#include <algorithm>
#include <cmath>

namespace ganlab {

ArmsOverview overviewArms(const StudyState& state, const CompareResults& results) {
    ArmsOverview o;
    if (results.arms.empty())
        return o;
    o.metric = "fd";
    for (std::size_t i = 0; i < results.arms.size(); ++i) {
        ArmSummary a;
        a.arm = results.arms[i];
        a.curve = armCurve(state, results, i, "fd");
        if (const auto* s = findEvaluation(results, a.arm, "fd"))
            o.metric = s->name;
        for (double v : a.curve.values)
            if (std::isfinite(v))
                a.best = std::isfinite(a.best) ? std::min(a.best, v) : v;
        if (!a.curve.values.empty()) {
            a.final = a.curve.values.back();
            a.minutes = a.curve.minutes.back();
        }
        o.arms.push_back(a);
    }
    for (const auto& a : o.arms) // the worst arm's best: a value every arm reached
        if (std::isfinite(a.best))
            o.common = std::isfinite(o.common) ? std::max(o.common, a.best) : a.best;
    if (std::isfinite(o.common))
        for (auto& a : o.arms)
            a.toReach = imagesToReach(a.curve, o.common);
    return o;
}

void presentArms(const StudyState& state, const ArmsOverview& o, StudyResults& out) {
    ChartPanel byImages{
        .title = o.metric + " against images shown", .xLabel = "images shown", .yLabel = o.metric};
    ChartPanel byTime{.title = o.metric + " against training time",
                      .xLabel = "training minutes (evaluations excluded)",
                      .yLabel = o.metric};
    for (const auto& a : o.arms) {
        byImages.series.push_back({.name = a.arm, .x = a.curve.images, .y = a.curve.values});
        byTime.series.push_back({.name = a.arm, .x = a.curve.minutes, .y = a.curve.values});
    }
    if (std::isfinite(o.common)) {
        byImages.hLines.push_back(o.common);
        byTime.hLines.push_back(o.common);
    }
    out.figure = drawChart({.panels = {byImages, byTime}});
    if (state.comparison && !out.arms.sampleSteps.empty()) {
        const auto step = out.arms.sampleSteps.back();
        std::vector<Image> grids;
        std::vector<std::string> captions;
        for (std::size_t i = 0; i < state.comparison->arms().size(); ++i) {
            try {
                grids.push_back(state.comparison->armGrid(i, step));
                captions.push_back(state.comparison->arms()[i].label + " @ step " +
                                   std::to_string(step));
            } catch (const std::exception&) {
                // a grid being written right now: the strip shows the others
            }
        }
        if (!grids.empty())
            out.samples = labelledStrip(grids, captions, 256);
    }
    out.table.columns = {"arm",
                         "steps",
                         "images shown",
                         "training min",
                         "final " + o.metric,
                         "best " + o.metric,
                         "images to reach " + formatNumber(o.common, 3)};
    for (std::size_t i = 0; i < o.arms.size(); ++i) {
        const auto& a = o.arms[i];
        const auto steps = i < out.arms.armSteps.size() ? out.arms.armSteps[i] : 0;
        out.table.rows.push_back(
            {a.arm, std::to_string(steps),
             a.curve.images.empty() ? "—" : formatNumber(a.curve.images.back(), 6),
             formatNumber(a.minutes, 3), formatNumber(a.final), formatNumber(a.best),
             formatNumber(a.toReach, 5)});
    }
}

} // namespace ganlab
