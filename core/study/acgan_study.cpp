// The AC-GAN study (Odena et al., "Conditional Image Synthesis with Auxiliary Classifier GANs",
// ICML 2017, §4.1–4.2 and Fig. 5): per class, how often the samples are classified as their class,
// and how diverse they are (mean MS-SSIM of same-class pairs) beside the real class — and the
// share of classes whose samples are at least as diverse as the real ones (84.7% on ImageNet).
#include "study/chart.h"
#include "study/study_eval.h"

#include "api/error.h"
#include "api/training_run.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

constexpr const char* kGrid = "acgan-samples.png";

StudyPlan plan(const StudySpec& spec, const DatasetInfo&, std::int64_t steps,
               const std::string& classifier) {
    StudyPlan p;
    if (!spec.run.empty()) { // a trained conditional run
        p.trains = false;
        p.target = readRunConfig(spec.run);
        if (!p.target.conditional)
            throw Error(ErrorKind::Usage, spec.run,
                        message(MessageCode::StudyNeedsLabels, std::string("acgan")));
        return p;
    }
    p.target = studyTarget("acgan", spec, steps);
    if (!classifier.empty())
        p.target.eval.metrics.push_back("accuracy");
    p.arms.push_back(studyArm("AC-GAN"));
    return p;
}

nlohmann::json analyse(StudyState& state, std::stop_token stop) {
    const auto runDir = analysedRun(state);
    TrainingRun run = TrainingRun::open(runDir, RunAccess::ReadOnly);
    const auto classes = run.classNames();
    EvalSettings s;
    s.metrics = {"fd", "accuracy", "ms-ssim"};
    s.features = state.features();
    s.reals = state.spec.reals;
    s.samples = state.spec.evalSamples > 0 ? state.spec.evalSamples
                                           : std::max(1000, 100 * static_cast<int>(classes.size()));
    if (state.progress)
        state.progress(0.5, message(MessageCode::StudyAnalysing, "accuracy and MS-SSIM").text());
    const auto results = run.evaluate(s, stop);
    SampleRequest grid = run.fixedGridRequest();
    grid.cols = 10;
    writePng(run.sampleGrid(grid), state.path(kGrid));
    return {{"run", run.runDir()},
            {"step", run.step()},
            {"samples", s.samples},
            {"classes", classes},
            {"results", resultsToJson(results)}};
}

void present(const StudyState& state, StudyResults& out) {
    const auto& a = state.analysis;
    if (a.is_null() || !a.contains("results")) { // while training: the FD curve
        if (!out.arms.arms.empty()) {
            const auto curve = armCurve(state, out.arms, 0, "fd");
            out.figure = drawChart(
                {.panels = {
                     {.title = "FD while training",
                      .xLabel = "images shown",
                      .yLabel = "FD",
                      .series = {{.name = curve.arm, .x = curve.images, .y = curve.values}}}}});
        }
        return;
    }
    const auto& rows = a["results"];
    ChartSeries diversity{.name = "classes", .line = false};
    ChartSeries equal{.name = "equally diverse", .markers = false, .dashed = true};
    ChartSeries accuracy{.name = "accuracy", .line = false};
    out.table.columns = {"class", "sample accuracy", "MS-SSIM samples", "MS-SSIM real",
                         "at least as diverse"};
    int diverse = 0, counted = 0;
    double lo = 1, hi = 0;
    const auto classes = a["classes"].get<std::vector<std::string>>();
    for (std::size_t k = 0; k < classes.size(); ++k) {
        const auto& c = classes[k];
        const double acc = resultValue(rows, "accuracy", "", c);
        const double fake = resultValue(rows, "ms-ssim", "MS-SSIM (samples)", c);
        const double real = resultValue(rows, "ms-ssim", "MS-SSIM (real)", c);
        const bool ok = std::isfinite(fake) && std::isfinite(real);
        const bool atLeast = ok && fake <= real; // lower MS-SSIM: more diverse
        if (ok) {
            ++counted;
            diverse += atLeast;
            diversity.x.push_back(real);
            diversity.y.push_back(fake);
            diversity.pointLabels.push_back(c);
            lo = std::min({lo, real, fake});
            hi = std::max({hi, real, fake});
        }
        accuracy.x.push_back(static_cast<double>(k));
        accuracy.y.push_back(acc);
        accuracy.pointLabels.push_back(c);
        out.table.rows.push_back({c, formatNumber(acc, 3), formatNumber(fake, 3),
                                  formatNumber(real, 3), ok ? (atLeast ? "yes" : "no") : "—"});
    }
    equal.x = {lo, hi};
    equal.y = {lo, hi};
    out.figure = drawChart({.panels = {{.title = "MS-SSIM per class: samples against real",
                                        .xLabel = "real MS-SSIM (lower: more diverse)",
                                        .yLabel = "sample MS-SSIM",
                                        .series = {diversity, equal}},
                                       {.title = "Sample accuracy per class",
                                        .xLabel = "class",
                                        .yLabel = "accuracy under the classifier",
                                        .series = {accuracy}}}});
    if (fs::exists(state.path(kGrid)))
        out.samples = readImage(state.path(kGrid));
    const double share = counted ? 100.0 * diverse / counted : std::nan("");
    out.findings.push_back(
        std::to_string(diverse) + " of " + std::to_string(counted) + " classes (" +
        formatNumber(share, 3) +
        "%) have samples at least as diverse as the real class (sample MS-SSIM at or below the "
        "real images'); the AC-GAN paper found 84.7% of ImageNet's 1000 classes so.");
    out.findings.push_back(
        "Overall sample accuracy " + formatNumber(resultValue(rows, "accuracy"), 3) + ", " +
        "MS-SSIM of samples " + formatNumber(resultValue(rows, "ms-ssim", "MS-SSIM (samples)"), 3) +
        " against " + formatNumber(resultValue(rows, "ms-ssim", "MS-SSIM (real)"), 3) +
        " for real images, FD " + formatNumber(resultValue(rows, "fd"), 3) + " (step " +
        std::to_string(a.value("step", 0)) + ").");
}

GANLAB_REGISTER_STUDY(
    {.info = {.name = "acgan",
              .paper = "AC-GAN, Odena et al. 2017",
              .description = GANLAB_TR("Study", "per class: sample accuracy, and MS-SSIM of "
                                                "samples beside the real class's — the share of "
                                                "classes at least as diverse as the real ones"),
              .needsLabels = true},
     .plan = plan,
     .analyse = analyse,
     .present = present});

} // namespace
} // namespace ganlab
