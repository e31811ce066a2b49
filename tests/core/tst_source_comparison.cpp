// Tests of ranking sources before training and of the interleaved comparison (Transferring GANs
// §5): a source made from the target's own data ranks first, and a tiny comparison stopped part-way
// and reopened gives aligned curves, grids at every sample step, a ranking and its exports.
#include "api/error.h"
#include "api/source_comparison.h"
#include "api/source_ranking.h"
#include "api/training_run.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

// A labelled folder of two classes with very different statistics: "dark" (values 0–60, smooth
// gradients) and "bright" (200–255 with a checkerboard), 16 px gray.
void writeContrastFolder(const std::string& dir, int perClass) {
    for (const std::string cls : {"dark", "bright"}) {
        fs::create_directories(dir + "/" + cls);
        for (int i = 0; i < perClass; ++i) {
            Image img;
            img.width = img.height = 16;
            img.channels = 1;
            for (int y = 0; y < 16; ++y)
                for (int x = 0; x < 16; ++x)
                    img.pixels.push_back(static_cast<std::uint8_t>(
                        cls == "dark" ? (x + y + i) * 60 / 31 % 61
                                      : 200 + (((x / 2 + y / 2 + i) % 2) ? 55 : 0)));
            writePng(img, dir + "/" + cls + "/" + std::to_string(i) + ".png");
        }
    }
}

TrainConfig sourceRunConfig(const std::string& data, const std::string& cls) {
    TrainConfig c; // a tiny DCGAN, trained enough to draw its class
    c.model = "dcgan";
    c.loss = "nonsaturating";
    c.resolution = 16;
    c.latentDim = 12;
    c.width = 0.125;
    c.seed = 3;
    c.healthEvery = 0;
    c.dataPath = data;
    c.classes = {cls};
    c.steps = 60;
    c.checkpointEvery = 60;
    c.sampleEvery = 0;
    c.evalEvery = 0;
    c.batchSize = 8;
    c.lrG = c.lrD = 1e-3;
    c.emaBeta = 0.9;
    return c;
}

} // namespace

TEST(SourceComparisonTest, rankingPutsASourceMadeFromTheTargetFirst) {
    TempDir tmp;
    writeContrastFolder(tmp / "data", 24);
    for (const std::string cls : {"dark", "bright"}) {
        auto run = TrainingRun::create(sourceRunConfig(tmp / "data", cls), tmp / cls);
        run.train(60, {});
    }
    TrainConfig target = sourceRunConfig(tmp / "data", "dark");
    RankSettings rs;
    rs.samples = 48;
    const auto ranking = rankSources(target, {tmp / "bright", tmp / "dark"}, rs);
    ASSERT_EQ(ranking.features, std::string("random"));
    ASSERT_EQ(ranking.scores.size(), std::size_t{2});
    ASSERT_EQ(ranking.scores[0].source, tmp / "dark");
    ASSERT_EQ(ranking.scores[0].predictedRank, 1);
    ASSERT_TRUE(ranking.scores[0].fdSamples < ranking.scores[1].fdSamples);
    // Its own training images are the target's: distance ~0, far below the other's.
    ASSERT_TRUE(std::abs(ranking.scores[0].fdData) < 1e-3);
    ASSERT_TRUE(ranking.scores[1].fdData > 1.0);
    const auto back = sourceRankingFromJson(toJson(ranking));
    ASSERT_EQ(back.scores[1].source, ranking.scores[1].source);
    ASSERT_DOUBLE_EQ(back.scores[1].fdSamples, ranking.scores[1].fdSamples);
    // A source that is not a run says so by name.
    ASSERT_THROW(rankSources(target, {tmp / "nothing"}, rs), Error);
}

TEST(SourceComparisonTest, tinyComparisonProducesAlignedCurvesGridsAndRanking) {
    TempDir tmp;
    writeContrastFolder(tmp / "data", 24);
    for (const std::string cls : {"dark", "bright"}) {
        auto run = TrainingRun::create(sourceRunConfig(tmp / "data", cls), tmp / cls);
        run.train(60, {});
    }
    CompareSpec spec;
    spec.target = sourceRunConfig(tmp / "data", "dark");
    spec.target.steps = 12;
    spec.target.evalEvery = 4;
    spec.target.sampleEvery = 4;
    spec.target.eval.samples = 24;
    spec.sources = {tmp / "dark", tmp / "bright"};
    spec.combinations = true;
    spec.chunkSteps = 3;
    spec.ranking.samples = 24;
    {
        auto c = SourceComparison::create(spec, tmp / "cmp");
        ASSERT_EQ(c.arms().size(), std::size_t{5}); // scratch, G+D, G, D of dark; G+D bright
        ASSERT_EQ(c.arms()[0].label, std::string("scratch"));
        ASSERT_FALSE(c.arms()[0].transfer.active());
        ASSERT_TRUE(c.arms()[2].transfer.generator && !c.arms()[2].transfer.discriminator);
        // Interleaved: after one round every arm is at the same step.
        c.advance({});
        for (auto s : c.armSteps())
            ASSERT_EQ(s, std::int64_t{3});
        std::stop_source stop;
        int rounds = 0;
        c.train(stop.get_token(), [&] {
            if (++rounds == 1)
                stop.request_stop(); // stop part-way: every arm is saved where it is
        });
        ASSERT_FALSE(c.finished());
    }
    auto c = SourceComparison::open(tmp / "cmp"); // and continues
    c.train({});
    ASSERT_TRUE(c.finished());
    const CompareResults results = c.results();
    ASSERT_EQ(results.arms.size(), std::size_t{5});
    ASSERT_EQ(results.armSteps, (std::vector<std::int64_t>(5, 12)));
    // Every arm has FD at steps 4, 8 and 12 — the same schedule.
    std::map<std::string, std::vector<double>> fdSteps;
    for (const auto& curve : results.curves)
        if (curve.series.name == "FD[random]") {
            ASSERT_EQ(curve.series.kind, SeriesKind::Evaluation);
            fdSteps[curve.arm] = curve.series.steps;
        }
    ASSERT_EQ(fdSteps.size(), std::size_t{5});
    for (const auto& [arm, steps] : fdSteps)
        ASSERT_EQ(steps, (std::vector<double>{4, 8, 12}));
    ASSERT_EQ(results.rankingMetric, std::string("FD[random]"));
    const auto& rows = results.ranking;
    ASSERT_EQ(rows.size(), std::size_t{5});
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].achievedRank, static_cast<int>(i + 1));
        if (i > 0) {
            ASSERT_TRUE(rows[i - 1].value <= rows[i].value);
        }
        ASSERT_EQ(rows[i].predictedRank > 0, rows[i].arm != "scratch");
    }
    // Grids from the same z: every arm has them at every sample step.
    ASSERT_EQ(results.sampleSteps, (std::vector<std::int64_t>{4, 8, 12}));
    const Image one = c.armGrid(0, 12);
    const Image all = sideBySide(c, 12);
    ASSERT_TRUE(all.width > 5 * one.width && all.height > one.height);
    exportComparisonPng(c, tmp / "cmp.png", 12);
    exportComparisonCsv(results, tmp / "curves.csv");
    exportComparisonJson(c, results, tmp / "cmp.json");
    ASSERT_EQ(readImage(tmp / "cmp.png").width, all.width);
    std::ifstream csv(tmp / "curves.csv");
    std::string header;
    std::getline(csv, header);
    ASSERT_EQ(header, std::string("arm,metric,step,value"));
    ASSERT_TRUE(fs::file_size(tmp / "cmp.json") > 500);
    // A source that cannot start this target is refused before anything trains.
    CompareSpec bad = spec;
    bad.target.width = 0.25;
    ASSERT_THROW(SourceComparison::create(bad, tmp / "bad"), Error);
    ASSERT_FALSE(fs::exists(tmp / "bad"));
}
