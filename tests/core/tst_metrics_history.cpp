// Tests of readMetricsHistory (api/metrics_history.h): typed series from grouped rows — kinds,
// metrics, directions, per-class parents — the flat rows of a run written before them, torn
// lines counted and skipped.
#include "api/error.h"
#include "api/metrics_history.h"
#include "api/step_stats.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>

using namespace ganlab;
using namespace ganlab::testing;

namespace {

std::map<std::string, MetricSeries> byName(const MetricsHistory& h) {
    std::map<std::string, MetricSeries> out;
    for (const auto& s : h.series)
        out[s.name] = s;
    return out;
}

} // namespace

TEST(MetricsHistory, groupedRowsGiveTypedSeries) {
    TempDir run;
    std::ofstream(run / "config.json") << "{}";
    std::ofstream(run / "metrics.jsonl")
        << R"({"step":1,"elapsed_s":0.1,"loss_d":1.5,"loss_g":0.7,"grad_norm_d":2,"grad_norm_g":3,)"
        << R"("images_per_s":100,"step_ms":9,"terms":{"gp":0.2},)"
        << R"("health":{"sigma0_g_first":4.5,"sigma0_g_first_ratio":1.1,"sigma1_d_last":null},)"
        << R"("growth":{"level":1,"alpha":0.5,"resolution":8,"images_shown":64}})"
        << "\n"
        << R"({"step":2,"kind":"eval","results":[)"
        << R"({"name":"FD[random]","metric":"fd","parent":"","value":12.5},)"
        << R"({"name":"Acc[c]","metric":"accuracy","parent":"","value":0.5},)"
        << R"({"name":"Acc[c]/dress","metric":"accuracy","parent":"Acc[c]","value":0.25}]})"
        << "\n{\"step\": 3, \"loss_d\": 1.\n"; // torn by a crash
    const auto history = readMetricsHistory(run.path());
    ASSERT_EQ(history.unreadableLines, 1);
    auto s = byName(history);
    ASSERT_EQ(s["loss_d"].kind, SeriesKind::Loss);
    ASSERT_EQ(s["grad_norm_g"].kind, SeriesKind::GradientNorm);
    ASSERT_EQ(s["step_ms"].kind, SeriesKind::Speed);
    ASSERT_EQ(s["gp"].kind, SeriesKind::LossTerm);
    ASSERT_EQ(s["sigma0_g_first"].kind, SeriesKind::SingularValue);
    ASSERT_EQ(s["sigma0_g_first_ratio"].kind, SeriesKind::SigmaRatio);
    ASSERT_EQ(s["images_shown"].kind, SeriesKind::Growth);
    ASSERT_EQ(s["images_shown"].values, std::vector<double>{64});
    ASSERT_FALSE(s.count("sigma1_d_last")); // null: not a number, no point
    ASSERT_FALSE(s.count("elapsed_s"));
    ASSERT_EQ(s["FD[random]"].kind, SeriesKind::Evaluation);
    ASSERT_EQ(s["FD[random]"].metric, "fd");
    ASSERT_EQ(s["FD[random]"].direction, Direction::LowerIsBetter);
    ASSERT_EQ(s["FD[random]"].steps, std::vector<double>{2});
    ASSERT_EQ(s["Acc[c]"].direction, Direction::HigherIsBetter);
    ASSERT_EQ(s["Acc[c]/dress"].parent, "Acc[c]");
    ASSERT_TRUE(s["Acc[c]"].parent.empty());
}

TEST(MetricsHistory, aRunWrittenBeforeTheGroupsReadsTheSame) {
    const auto s = byName(readMetricsHistory(GANLAB_LEGACY_RUN));
    ASSERT_EQ(s.at("loss_d").kind, SeriesKind::Loss);
    ASSERT_EQ(s.at("d_real").kind, SeriesKind::LossTerm);
    ASSERT_EQ(s.at("sigma2_g_first").kind, SeriesKind::SingularValue);
    ASSERT_EQ(s.at("sigma0_g_first_ratio").kind, SeriesKind::SigmaRatio);
    const auto& fd = s.at("FD[classifier:data]");
    ASSERT_EQ(fd.kind, SeriesKind::Evaluation);
    ASSERT_EQ(fd.metric, "fd"); // from evaluations.csv beside it
    ASSERT_EQ(fd.direction, Direction::LowerIsBetter);
    ASSERT_EQ(fd.steps, (std::vector<double>{2, 4}));
    const auto& perClass = s.at("Accuracy[classifier:data]/class1");
    ASSERT_EQ(perClass.parent, "Accuracy[classifier:data]");
    ASSERT_EQ(perClass.metric, "accuracy");
    ASSERT_EQ(perClass.values, (std::vector<double>{1, 1}));
    ASSERT_TRUE(s.at("Accuracy[classifier:data]").parent.empty());
}

TEST(MetricsHistory, aFolderThatIsNoRunIsRefused) {
    TempDir empty;
    try {
        readMetricsHistory(empty.path());
        FAIL();
    } catch (const Error& e) {
        ASSERT_EQ(e.message().code, MessageCode::NotARunFolder);
        ASSERT_EQ(e.path(), empty.path());
    }
    TempDir fresh; // a run without metrics yet: nothing, no error
    std::ofstream(fresh / "config.json") << "{}";
    ASSERT_TRUE(readMetricsHistory(fresh.path()).series.empty());
}

TEST(MetricsHistory, modeCollapseRuleWaitsForAFreshGeneratorToVary) {
    const ModeCollapseRule rule{.threshold = 0.3, .graceSteps = 500, .lastStep = 2000};
    using V = std::vector<double>;
    // Low from the start (a fresh G): nothing before the grace, flagged from it on.
    ASSERT_FALSE(modeCollapseSince(V{10, 20, 490}, V{0.02, 0.05, 0.1}, rule));
    ASSERT_EQ(modeCollapseSince(V{10, 490, 500, 510}, V{0.02, 0.1, 0.1, 0.08}, rule), 500);
    // Diverse once, then low: flagged at once, and down again when it recovers.
    ASSERT_EQ(modeCollapseSince(V{10, 100, 200, 210}, V{0.02, 0.4, 0.05, 0.04}, rule), 200);
    ASSERT_FALSE(modeCollapseSince(V{100, 200, 210}, V{0.4, 0.05, 0.35}, rule));
    // Hovering at the threshold: down again only at 1.1 × it, so it does not warn on and off.
    ASSERT_EQ(modeCollapseSince(V{100, 200, 210}, V{0.31, 0.29, 0.32}, rule), 200);
    ASSERT_FALSE(modeCollapseSince(V{100, 200, 210, 220}, V{0.31, 0.29, 0.32, 0.34}, rule));
    // A short run's last reading is judged as it is; threshold 0 never flags.
    const ModeCollapseRule shortRun{.threshold = 0.3, .graceSteps = 500, .lastStep = 300};
    ASSERT_EQ(modeCollapseSince(V{290, 300}, V{0.1, 0.1}, shortRun), 300);
    ASSERT_FALSE(modeCollapseSince(V{100, 200, 600}, V{0.4, 0.0, 0.0},
                                   {.threshold = 0, .graceSteps = 500, .lastStep = 600}));
    // The grace follows the EMA's horizon: twice 1/(1 − β), at least 500 steps.
    TrainConfig c;
    c.emaBeta = 0.995;
    ASSERT_EQ(modeCollapseRule(c).graceSteps, 500);
    c.emaBeta = 0.999;
    ASSERT_EQ(modeCollapseRule(c).graceSteps, 2000);
    ASSERT_EQ(modeCollapseRule(c).threshold, c.modeCollapseBelow);
    ASSERT_EQ(modeCollapseRule(c).lastStep, c.steps);
}

TEST(MetricsHistory, diversityIsReadBackWithTheRunsThreshold) {
    TempDir run;
    std::ofstream(run / "config.json") << R"({"mode_collapse_below": 0.25, "steps": 40})";
    ASSERT_FALSE(modeCollapseReading(run.path())); // no readings yet
    {
        std::ofstream out(run / "metrics.jsonl");
        for (int step = 10; step <= 40; step += 10)
            out << R"({"step":)" << step << R"(,"loss_d":1,"health":{"sigma0_g_first":2,)"
                << R"("diversity":)" << (step < 30 ? 0.5 : 0.05) << "}}\n";
    }
    const auto s = byName(readMetricsHistory(run.path()));
    ASSERT_EQ(s.at(kDiversitySeries).kind, SeriesKind::Diversity);
    ASSERT_EQ(s.at(kDiversitySeries).values.size(), std::size_t(4));
    ASSERT_EQ(s.at("sigma0_g_first").kind, SeriesKind::SingularValue);
    const auto r = modeCollapseReading(run.path());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->step, 40);
    ASSERT_DOUBLE_EQ(r->diversity, 0.05);
    ASSERT_DOUBLE_EQ(r->threshold, 0.25);
    ASSERT_TRUE(r->collapsed);
    ASSERT_EQ(r->since, 30);
    TempDir notARun;
    ASSERT_FALSE(modeCollapseReading(notARun.path()));
}
