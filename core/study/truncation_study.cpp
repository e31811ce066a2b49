// The truncation study (Brock et al., "Large Scale GAN Training for High Fidelity Natural Image
// Synthesis", ICLR 2019, §3.1 and Fig. 2/17): one trained run's samples with latents truncated at
// thresholds from 2 down to 0.04 — FD, precision and recall (class accuracy when conditional), the
// precision–recall trade-off, and the same z drawn at every threshold.
#include "study/chart.h"
#include "study/study_eval.h"

#include "api/training_run.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

const std::vector<double> kThresholds = {0, 2.0, 1.5, 1.0, 0.75, 0.5, 0.3, 0.2, 0.1, 0.04};
constexpr const char* kStrip = "truncation-strip.png";

std::string thresholdText(double t) {
    return t > 0 ? formatNumber(t, 3) : "none";
}

StudyPlan plan(const StudySpec& spec, const DatasetInfo&, std::int64_t, const std::string&) {
    StudyPlan p;
    p.trains = false;
    p.target = readRunConfig(spec.run);
    return p;
}

nlohmann::json analyse(StudyState& state, std::stop_token stop) {
    TrainingRun run = TrainingRun::open(state.spec.run, RunAccess::ReadOnly);
    const bool conditional = !run.classNames().empty();
    EvalSettings s;
    s.metrics = {"fd", "pr"};
    if (conditional)
        s.metrics.push_back("accuracy");
    s.features = state.features();
    s.reals = state.spec.reals;
    s.seed = state.spec.seed * 1'000'003ull + 17; // the same z before truncation at every point
    // Samples per point: the budget over the thresholds, timed on a small first evaluation.
    int samples = state.spec.evalSamples;
    if (samples <= 0) {
        s.samples = 200;
        const auto started = std::chrono::steady_clock::now();
        run.evaluate(s, stop);
        const double perSample =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() /
            s.samples;
        const double seconds = state.spec.budgetMinutes * 60 * 0.8 / kThresholds.size();
        samples = static_cast<int>(std::clamp(seconds / std::max(perSample, 1e-6), 200.0, 5000.0));
    }
    s.samples = samples;
    nlohmann::json points = nlohmann::json::array();
    std::vector<Image> grids;
    std::vector<std::string> captions;
    SampleRequest grid = run.fixedGridRequest();
    grid.rows = conditional ? std::min<int>(grid.rows, 5) : 4;
    grid.cols = 4;
    for (std::size_t i = 0; i < kThresholds.size() && !stop.stop_requested(); ++i) {
        if (state.progress)
            state.progress(
                double(i) / double(kThresholds.size()),
                message(MessageCode::StudyAnalysing, "truncation " + thresholdText(kThresholds[i]))
                    .text());
        s.truncation = kThresholds[i];
        points.push_back(
            {{"truncation", kThresholds[i]}, {"results", resultsToJson(run.evaluate(s, stop))}});
        grid.truncation = kThresholds[i];
        grids.push_back(run.sampleGrid(grid));
        captions.push_back("trunc " + thresholdText(kThresholds[i]));
    }
    writePng(labelledStrip(grids, captions, 4 * 40), state.path(kStrip));
    return {{"run", run.runDir()},
            {"step", run.step()},
            {"samples", samples},
            {"conditional", conditional},
            {"points", points}};
}

void present(const StudyState& state, StudyResults& out) {
    const auto& a = state.analysis;
    if (a.is_null() || !a.contains("points"))
        return;
    const bool conditional = a.value("conditional", false);
    ChartSeries fd{.name = "FD"}, pr{.name = "precision vs recall"}, acc{.name = "class accuracy"};
    ChartPanel fdPanel{.title = "FD against the truncation threshold",
                       .xLabel = "threshold (none plotted at 4)",
                       .yLabel = "FD",
                       .logX = true};
    ChartPanel prPanel{
        .title = "Precision against recall", .xLabel = "recall", .yLabel = "precision"};
    ChartPanel accPanel{.title = "Class accuracy",
                        .xLabel = "threshold (none plotted at 4)",
                        .yLabel = "accuracy",
                        .logX = true};
    out.table.columns = {"truncation", "FD", "precision", "recall"};
    if (conditional)
        out.table.columns.push_back("class accuracy");
    struct Point {
        double t, fd, p, r, acc;
    };
    std::vector<Point> pts;
    for (const auto& point : a["points"]) {
        const double t = point["truncation"];
        const auto& rows = point["results"];
        Point p{t, resultValue(rows, "fd"), resultValue(rows, "pr", "Precision"),
                resultValue(rows, "pr", "Recall"), resultValue(rows, "accuracy")};
        pts.push_back(p);
        const double x = t > 0 ? t : 4.0;
        fd.x.push_back(x);
        fd.y.push_back(p.fd);
        fd.pointLabels.push_back(thresholdText(t));
        pr.x.push_back(p.r);
        pr.y.push_back(p.p);
        pr.pointLabels.push_back(thresholdText(t));
        acc.x.push_back(x);
        acc.y.push_back(p.acc);
        std::vector<std::string> row = {thresholdText(t), formatNumber(p.fd), formatNumber(p.p, 3),
                                        formatNumber(p.r, 3)};
        if (conditional)
            row.push_back(formatNumber(p.acc, 3));
        out.table.rows.push_back(row);
    }
    fdPanel.series = {fd};
    prPanel.series = {pr};
    accPanel.series = {acc};
    ChartSpec spec{.panels = {fdPanel, prPanel}};
    if (conditional)
        spec.panels.push_back(accPanel);
    out.figure = drawChart(spec);
    if (fs::exists(state.path(kStrip)))
        out.samples = readImage(state.path(kStrip));
    if (pts.size() < 2)
        return;
    const auto best = std::min_element(pts.begin(), pts.end(), [](const Point& x, const Point& y) {
        return std::isfinite(x.fd) && (!std::isfinite(y.fd) || x.fd < y.fd);
    });
    const Point& none = pts.front();
    const Point& tightest = pts.back();
    out.findings.push_back("Without truncation: FD " + formatNumber(none.fd, 3) + ", precision " +
                           formatNumber(none.p, 2) + ", recall " + formatNumber(none.r, 2) +
                           ". At threshold " + thresholdText(tightest.t) + ": FD " +
                           formatNumber(tightest.fd, 3) + ", precision " +
                           formatNumber(tightest.p, 2) + ", recall " + formatNumber(tightest.r, 2) +
                           ". The best FD (" + formatNumber(best->fd, 3) + ") is at threshold " +
                           thresholdText(best->t) + ".");
    const bool tradeOff = tightest.p >= none.p && tightest.r <= none.r;
    out.findings.push_back(
        tradeOff ? "Truncation traded variety for fidelity here, as BigGAN describes: precision "
                   "rose while recall fell as the threshold tightened, and FD — which needs "
                   "both — is best at a moderate threshold."
                 : "This run does not show BigGAN's trade-off cleanly (precision did not rise "
                   "while recall fell); BigGAN notes that models not trained for truncation "
                   "(without orthogonal regularisation) may respond poorly to it.");
    if (conditional)
        out.findings.push_back("Class accuracy went from " + formatNumber(none.acc, 3) +
                               " without truncation to " + formatNumber(tightest.acc, 3) + " at " +
                               thresholdText(tightest.t) + ".");
}

GANLAB_REGISTER_STUDY(
    {.info = {.name = "truncation",
              .paper = "BigGAN, Brock et al. 2019",
              .description = GANLAB_TR("Study", "a trained run's samples with truncated latents: "
                                                "FD, precision and recall (and class accuracy) "
                                                "from threshold 2 to 0.04, the trade-off curve and "
                                                "the same z at every threshold"),
              .needsRun = true},
     .plan = plan,
     .analyse = analyse,
     .present = present});

} // namespace
} // namespace ganlab
