// Tests of a comparison's ranking (api/source_comparison.h: rankingMetric, rankArms): the metric
// chosen by its family's priority, values read in its direction, per-class and unevaluated arms.
#include "api/source_comparison.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace ganlab;

namespace {

CompareCurve curve(const std::string& arm, const std::string& name, const std::string& metric,
                   std::vector<double> values, const std::string& parent = "") {
    MetricSeries s;
    s.name = name;
    s.kind = SeriesKind::Evaluation;
    s.metric = metric;
    s.parent = parent;
    s.direction = findMetricInfo(metric) ? findMetricInfo(metric)->direction : Direction::Neither;
    for (std::size_t i = 0; i < values.size(); ++i)
        s.steps.push_back(double(10 * (i + 1)));
    s.values = std::move(values);
    return {arm, s};
}

CompareArm arm(const std::string& label, const std::string& source = "") {
    return {label, {source, !source.empty(), !source.empty()}, "runs/" + label};
}

} // namespace

TEST(ComparisonRanking, theBestRankedMetricPresentRanksTheArms) {
    const std::vector<CompareArm> arms = {arm("scratch"), arm("a", "/s/a"), arm("b", "/s/b")};
    std::vector<CompareCurve> curves = {
        curve("scratch", "IW", "iw", {-9, -4}), curve("a", "IW", "iw", {5, 0.5}),
        curve("b", "IW", "iw", {1, -2}), curve("scratch", "loss_d", "", {1}),
        curve("a", "Acc[c]/x", "accuracy", {1}, "Acc[c]")};
    curves[3].series.kind = SeriesKind::Loss;
    // Only IW: the one closest to zero is best, whatever its sign.
    ASSERT_EQ(rankingMetric(curves), "IW");
    SourceRanking predicted;
    predicted.scores = {{"/s/b", "", "", 0, 0, 0, 0, 1, {}}, {"/s/a", "", "", 0, 0, 0, 0, 2, {}}};
    auto rows = rankArms(arms, curves, predicted);
    ASSERT_EQ(rows[0].arm, "a");
    ASSERT_EQ(rows[1].arm, "b");
    ASSERT_EQ(rows[2].arm, "scratch");
    ASSERT_EQ(rows[0].achievedRank, 1);
    ASSERT_EQ(rows[0].predictedRank, 2);
    ASSERT_EQ(rows[2].predictedRank, 0);  // scratch is never predicted
    ASSERT_EQ(rows[0].finals.size(), 1u); // per-class values are not ranked
    // KID, then FD, outrank IW when present — FD first; lower is better.
    curves.push_back(curve("a", "KID[random]", "kid", {0.3}));
    ASSERT_EQ(rankingMetric(curves), "KID[random]");
    curves.push_back(curve("scratch", "FD[random]", "fd", {40, 30}));
    curves.push_back(curve("a", "FD[random]", "fd", {20, 35}));
    ASSERT_EQ(rankingMetric(curves), "FD[random]");
    rows = rankArms(arms, curves, predicted);
    ASSERT_EQ(rows[0].arm, "scratch"); // the last value counts: 30 < 35
    ASSERT_EQ(rows[1].arm, "a");
    ASSERT_EQ(rows[2].arm, "b"); // no FD yet: unranked, last
    ASSERT_EQ(rows[2].achievedRank, 0);
    ASSERT_TRUE(std::isnan(rows[2].value));
}

TEST(ComparisonRanking, nothingEvaluatedRanksNothing) {
    const std::vector<CompareArm> arms = {arm("scratch"), arm("a", "/s/a")};
    ASSERT_EQ(rankingMetric({}), "");
    const auto rows = rankArms(arms, {}, {});
    ASSERT_EQ(rows.size(), 2u);
    for (const auto& r : rows)
        ASSERT_EQ(r.achievedRank, 0);
}
