// Tests of readMetricsHistory (api/metrics_history.h): typed series from grouped rows — kinds,
// metrics, directions, per-class parents — the flat rows of a run written before them, torn
// lines counted and skipped.
#include "api/error.h"
#include "api/metrics_history.h"
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
