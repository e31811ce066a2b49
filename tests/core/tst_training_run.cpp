// Tests of the TrainingRun facade on tiny real files: run layout, exact resume, checkpoint
// rotation and fallback, conditional sampling, refusals.
#include "api/error.h"
#include "api/metrics_history.h"
#include "api/presets.h"
#include "api/settings.h"
#include "api/training_run.h"
#include "support/test_checks.h"
#include "support/test_data.h"
#include "support/test_util.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <thread>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

TrainConfig tinyConfig(const std::string& data) {
    TrainConfig c = presetConfig("cpu-quick");
    c.dataPath = data;
    c.resolution = 16;
    c.latentDim = 8;
    c.width = 0.125;
    c.batchSize = 8;
    c.steps = 8;
    c.sampleEvery = 4;
    c.checkpointEvery = 2;
    c.keepCheckpoints = 2;
    c.logEvery = 1;
    c.seed = 11;
    c.evalEvery = 0; // evaluation has its own tests (tst_metrics)
    return c;
}

} // namespace

// One cache and one small labelled dataset for the whole suite.
class TestTrainingRun : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        setenv("GANLAB_CACHE_DIR", m_cache.path().c_str(), 1);
        writeImageFolder(m_data.path(), 2, 12, 20, 3);
    }

    static inline TempDir m_cache, m_data;
};

TEST_F(TestTrainingRun, runLayoutAndFiles) {
    TempDir out;
    const std::string dir = out / "run";
    auto run = TrainingRun::create(tinyConfig(m_data.path()), dir);
    ASSERT_EQ(run.dataset().count, 24);
    int sampled = 0;
    run.train(100, {}, {}, [&](std::int64_t, const Image& grid) {
        ++sampled;
        ASSERT_EQ(grid.width, 8 * 16 + 9 * 2);
        ASSERT_EQ(grid.channels, 3);
    });
    ASSERT_EQ(run.step(), 8);
    ASSERT_EQ(sampled, 2);
    for (const char* f : {"config.json", "dataset.json", "metrics.jsonl", "metrics.csv", "log.txt",
                          "samples/step-00000004.png", "samples/step-00000008.png"})
        ASSERT_TRUE(fs::exists(fs::path(dir) / f)) << f;
    const auto ckpts = run.checkpoints(); // every 2 steps, newest 2 kept
    ASSERT_EQ(ckpts.size(), std::size_t(2));
    ASSERT_EQ(ckpts[0].step, 8);
    ASSERT_EQ(ckpts[1].step, 6);
    ASSERT_EQ(fileLines(dir + "/metrics.csv").size(), std::size_t(9)); // header + 8 rows
    const Image png = readImage(dir + "/samples/step-00000008.png");
    ASSERT_EQ(png.width, 146);
}

TEST_F(TestTrainingRun, resumeMatchesAnUninterruptedRun) {
    TempDir out;
    auto config = tinyConfig(m_data.path());
    config.model = "resnet";
    config.loss = "wgan-gp";
    config.criticSteps = 2;
    config.checkpointEvery = 0;
    {
        auto straight = TrainingRun::create(config, out / "straight");
        straight.train(8, {});
    }
    {
        auto first = TrainingRun::create(config, out / "split");
        first.train(3, {});
        first.saveCheckpoint();
        first.train(5, {}); // steps 4–5 happen, then a "crash": no checkpoint for them
    }
    auto resumed = TrainingRun::open(out / "split");
    ASSERT_EQ(resumed.step(), 3);
    ASSERT_EQ(fileLines(out / "split/metrics.csv").size(),
              std::size_t(6)); // opening writes nothing
    resumed.train(8, {});      // the first write drops the rows after step 3 first
    ASSERT_EQ(fileLines(out / "split/metrics.csv").size(), std::size_t(9));
    ASSERT_EQ(resumed.step(), 8);
    const auto a = fileLines(out / "straight/metrics.jsonl"),
               b = fileLines(out / "split/metrics.jsonl");
    ASSERT_EQ(a.size(), std::size_t(8));
    ASSERT_EQ(b.size(), std::size_t(8));
    auto number = [](const std::string& line, const std::string& key) {
        const auto at = line.find("\"" + key + "\":");
        return std::stod(line.substr(at + key.size() + 3));
    };
    for (std::size_t i = 0; i < 8; ++i)
        for (const char* key : {"loss_d", "loss_g", "gp", "grad_norm_d"})
            ASSERT_TRUE(std::abs(number(a[i], key) - number(b[i], key)) <=
                        1e-4 * (1 + std::abs(number(a[i], key))))
                << (std::to_string(i) + " " + key + ": " + a[i] + " vs " + b[i]);
    auto straight = TrainingRun::open(out / "straight");
    SampleRequest r;
    r.rows = r.cols = 2;
    ASSERT_EQ(resumed.sampleGrid(r).pixels, straight.sampleGrid(r).pixels);
}

TEST_F(TestTrainingRun, brokenNewestCheckpointFallsBack) {
    TempDir out;
    const std::string dir = out / "run";
    {
        auto run = TrainingRun::create(tinyConfig(m_data.path()), dir);
        run.train(4, {});
    }
    std::ofstream(dir + "/checkpoints/step-00000004.pt", std::ios::trunc) << "torn";
    auto run = TrainingRun::open(dir);
    ASSERT_EQ(run.step(), 2);
    ASSERT_TRUE(fs::exists(dir + "/checkpoints/step-00000004.pt")); // evidence kept for the user
}

TEST_F(TestTrainingRun, conditionalRunSamplesOneRowPerClass) {
    TempDir out;
    auto config = tinyConfig(m_data.path());
    config.conditional = true;
    config.steps = 2;
    auto run = TrainingRun::create(config, out / "cond");
    run.train(2, {});
    ASSERT_EQ(run.classNames(), (std::vector<std::string>{"class0", "class1"}));
    SampleRequest r;
    r.classes = {1, 0, 1};
    r.cols = 4;
    r.padding = 1;
    const Image grid = run.sampleGrid(r);
    ASSERT_EQ(grid.height, 3 * 16 + 4);
    ASSERT_EQ(grid.width, 4 * 16 + 5);
    r.classes = {5};
    ASSERT_THROW(run.sampleGrid(r), Error);
    const Image again = TrainingRun::open(out / "cond").sampleGrid({});
    ASSERT_FALSE(again.empty());
}

TEST_F(TestTrainingRun, truncationAndSeedsAreDeterministic) {
    TempDir out;
    auto run = TrainingRun::create(tinyConfig(m_data.path()), out / "r");
    run.train(2, {});
    SampleRequest r;
    r.seed = 5;
    const auto a = run.sampleGrid(r), b = run.sampleGrid(r);
    ASSERT_EQ(a.pixels, b.pixels);
    r.truncation = 0.3;
    ASSERT_TRUE(run.sampleGrid(r).pixels != a.pixels);
    r.truncation = 0;
    r.seed = 6;
    ASSERT_TRUE(run.sampleGrid(r).pixels != a.pixels);
}

TEST_F(TestTrainingRun, snapshotRendersLikeTheRunAndStaysFrozen) {
    TempDir out;
    TrainConfig c = tinyConfig(m_data.path());
    c.conditional = true;
    auto run = TrainingRun::create(c, out / "run");
    run.train(2, {});
    SampleRequest r;
    r.rows = 2;
    r.cols = 3;
    r.seed = 5;
    r.truncation = 0.7;
    r.classes = {1, 0};
    const auto snapshot = run.snapshot();
    ASSERT_EQ(snapshot->step(), std::int64_t(2));
    ASSERT_EQ(snapshot->numClasses(), 2);
    const Image fromRun = run.sampleGrid(r);
    ASSERT_TRUE(snapshot->sampleGrid(r).pixels == fromRun.pixels);
    r.useEma = false;
    ASSERT_TRUE(snapshot->sampleGrid(r).pixels == run.sampleGrid(r).pixels);
    r.useEma = true;
    run.train(4, {}); // training moves on; the snapshot does not
    ASSERT_TRUE(snapshot->sampleGrid(r).pixels == fromRun.pixels);
    ASSERT_TRUE(run.sampleGrid(r).pixels != fromRun.pixels);
    // A snapshot is usable from another thread (the preview thread's situation).
    Image elsewhere;
    std::thread([&] { elsewhere = snapshot->sampleGrid(r); }).join();
    ASSERT_TRUE(elsewhere.pixels == fromRun.pixels);
}

TEST_F(TestTrainingRun, interpolationStartsAndEndsAtTheChosenCells) {
    TempDir out;
    auto run = TrainingRun::create(tinyConfig(m_data.path()), out / "run");
    run.train(2, {});
    SampleRequest grid;
    grid.rows = 2;
    grid.cols = 2;
    grid.seed = 3;
    grid.padding = 0;
    const auto snapshot = run.snapshot();
    const Image cells = snapshot->sampleGrid(grid);
    const Image strip = snapshot->interpolate(grid, 1, 2, 5);
    const int tile = 16;
    ASSERT_EQ(strip.width, 5 * tile);
    ASSERT_EQ(strip.height, tile);
    const auto tileOf = [&](const Image& img, int x0, int y0) {
        std::vector<std::uint8_t> t;
        for (int y = 0; y < tile; ++y)
            for (int x = 0; x < tile * img.channels; ++x)
                t.push_back(
                    img.pixels[(y0 + y) * img.width * img.channels + x0 * img.channels + x]);
        return t;
    };
    ASSERT_TRUE(tileOf(strip, 0, 0) == tileOf(cells, tile, 0));        // cell 1: row 0, col 1
    ASSERT_TRUE(tileOf(strip, 4 * tile, 0) == tileOf(cells, 0, tile)); // cell 2: row 1, col 0
    ASSERT_TRUE(tileOf(strip, 2 * tile, 0) != tileOf(strip, 0, 0));
    ASSERT_THROW(snapshot->interpolate(grid, 0, 4, 5), Error);
    ASSERT_THROW(snapshot->interpolate(grid, 0, 1, 1), Error);
}

TEST_F(TestTrainingRun, metricsHistoryReadsEverySeriesAndSkipsTornLines) {
    TempDir out;
    const std::string dir = out / "run";
    auto run = TrainingRun::create(tinyConfig(m_data.path()), dir);
    run.train(3, {});
    { std::ofstream(dir + "/metrics.jsonl", std::ios::app) << "{\"step\": 4, \"loss_d"; }
    const MetricsHistory h = readMetricsHistory(dir);
    ASSERT_EQ(h.unreadableLines, 1);
    std::map<std::string, MetricSeries> byName;
    for (const auto& s : h.series)
        byName[s.name] = s;
    for (const char* name : {"loss_d", "loss_g", "grad_norm_d", "grad_norm_g", "d_real"}) {
        ASSERT_TRUE(byName.count(name)) << name;
        ASSERT_EQ(byName[name].steps, (std::vector<double>{1, 2, 3}));
    }
    ASSERT_FALSE(byName.count("step"));
    ASSERT_THROW(readMetricsHistory(out / "nothing"), Error);
}

TEST_F(TestTrainingRun, datasetPreviewShowsExamplesPerClass) {
    TrainConfig c = tinyConfig(m_data.path());
    const DatasetInfo info = inspectDataset(c);
    ASSERT_EQ(info.classNames.size(), std::size_t(2));
    // One row per class, 8 examples each, 1 px padding: 8·16 + 9 wide, 2·16 + 3 high.
    ASSERT_EQ(info.preview.width, 8 * 16 + 9);
    ASSERT_EQ(info.preview.height, 2 * 16 + 3);
    ASSERT_EQ(info.preview.channels, 3);
}

// resume --device: another device this session only; config.json keeps the run's own, even when
// the session rewrites it (setTotalSteps); a malformed name is refused before anything opens.
TEST_F(TestTrainingRun, aDeviceGivenOnOpenIsThisSessionsOnly) {
    TempDir out;
    auto config = tinyConfig(m_data.path());
    config.device = "auto";
    {
        auto run = TrainingRun::create(config, out / "run");
        run.train(2, {});
        run.saveCheckpoint();
    }
    const auto before = fileLines(out / "run/config.json");
    {
        auto run = TrainingRun::open(out / "run", RunAccess::ReadWrite, "cpu");
        ASSERT_EQ(run.step(), 2);
        run.setTotalSteps(run.config().steps + 1);
        run.train(3, {});
    }
    auto after = fileLines(out / "run/config.json");
    ASSERT_EQ(before.size(), after.size());
    std::size_t changed = 0;
    for (std::size_t i = 0; i < before.size(); ++i)
        if (before[i] != after[i]) {
            ++changed;
            EXPECT_NE(after[i].find("\"steps\""), std::string::npos) << after[i];
        }
    EXPECT_EQ(changed, 1u); // only the step count
    EXPECT_EQ(TrainingRun::open(out / "run", RunAccess::ReadOnly).config().device, "auto");
    try {
        TrainingRun::open(out / "run", RunAccess::ReadWrite, "gpu0");
        FAIL() << "a malformed device was accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("cuda:N"), std::string::npos) << e.what();
    }
}

TEST_F(TestTrainingRun, refusals) {
    TempDir out;
    auto bad = tinyConfig(m_data.path());
    bad.resolution = 48;
    bad.batchSize = 0;
    try {
        TrainingRun::create(bad, out / "x");
        FAIL() << "expected a refusal";
    } catch (const Error& e) {
        const std::string what = e.what();
        ASSERT_TRUE(what.find("resolution") != std::string::npos &&
                    what.find("batch") != std::string::npos);
    }
    ASSERT_FALSE(fs::exists(out / "x"));
    auto missing = tinyConfig(out / "no-such-data");
    ASSERT_THROW(TrainingRun::create(missing, out / "y"), Error);
    ASSERT_FALSE(fs::exists(out / "y")); // nothing half-made left behind
    std::ofstream(out / "occupied.txt") << "x";
    ASSERT_THROW(TrainingRun::create(tinyConfig(m_data.path()), out.path()), Error);
    ASSERT_THROW(TrainingRun::open(out / "nothing-here"), Error);
    auto uncond = tinyConfig(m_data.path() + "/class0"); // one folder: unlabelled
    uncond.conditional = true;
    ASSERT_THROW(TrainingRun::create(uncond, out / "z"), Error);
}

TEST_F(TestTrainingRun, collapseIsNeverSavedAndRollsBack) {
    TrainConfig c = tinyConfig(m_data.path());
    c.steps = 20;
    c.checkpointEvery = 3;
    c.keepCheckpoints = 5;
    const std::string dir = m_data.path() + "/../collapse-run";
    fs::remove_all(dir);
    TrainingRun run = TrainingRun::create(c, dir);
    run.injectNanAtStep(5);
    std::stop_source stop;
    ASSERT_EQ(run.train(20, stop.get_token()), std::int64_t(5)); // stops at the collapse
    ASSERT_TRUE(run.collapse().has_value());
    ASSERT_EQ(run.collapse()->step, std::int64_t(5));
    ASSERT_EQ(run.collapse()->lastGoodStep, std::int64_t(3));
    ASSERT_TRUE(run.collapse()->lastGoodCheckpoint.find("step-00000003") != std::string::npos);
    ASSERT_THROW(run.saveCheckpoint(), Error);
    ASSERT_THROW(run.trainStep(), Error);
    ASSERT_EQ(run.train(20, stop.get_token()), std::int64_t(0));
    for (const auto& ckpt : run.checkpoints())
        ASSERT_TRUE(ckpt.step <= 3);
    const auto restored = run.rollBack();
    ASSERT_EQ(restored.step, std::int64_t(3));
    ASSERT_EQ(run.step(), std::int64_t(3));
    ASSERT_FALSE(run.collapse());
    // metrics.jsonl ends at the restored step; training goes on past the (one-shot) fault.
    const auto history = readMetricsHistory(dir);
    for (const auto& series : history.series)
        if (series.name == "loss_d") {
            ASSERT_DOUBLE_EQ(series.steps.back(), 3.0);
        }
    ASSERT_EQ(run.train(8, stop.get_token()), std::int64_t(5));
    ASSERT_FALSE(run.collapse());
    fs::remove_all(dir);
}

TEST_F(TestTrainingRun, growingRunReportsItsScheduleAndFade) {
    TrainConfig c = tinyConfig(m_data.path());
    c.model = "pggan";
    c.loss = "wgan-gp";
    c.driftWeight = 0.001;
    c.batchSize = 4;
    c.growth = {.startResolution = 8, .stabiliseImages = 8, .fadeImages = 8, .batchSizes = {}};
    c.steps = 3;
    const std::string dir = m_data.path() + "/../growing-run";
    fs::remove_all(dir);
    {
        TrainingRun run = TrainingRun::create(c, dir);
        ASSERT_TRUE(run.growthSchedule().has_value());
        ASSERT_EQ(run.growthSchedule()->phases().size(), std::size_t(3));
        std::stop_source stop;
        run.train(3, stop.get_token());
        const auto state = run.growthState();
        ASSERT_TRUE(state && state->fading && state->level == 2 && state->alpha == 0.5);
        const auto snapshot = run.snapshot();
        ASSERT_TRUE(snapshot->growth().has_value());
        SampleRequest r;
        r.cols = 4;
        const auto fade = snapshot->fadePreview(r, 0.0);
        ASSERT_TRUE(fade.has_value());
        ASSERT_EQ(fade->lowerResolution, 8);
        ASSERT_EQ(fade->upperResolution, 16);
        ASSERT_EQ(fade->blend.width, fade->lower.width);
        const auto maxDiff = [](const Image& a, const Image& b) {
            int d = 0;
            for (std::size_t i = 0; i < a.pixels.size(); ++i)
                d = std::max(d, std::abs(int(a.pixels[i]) - int(b.pixels[i])));
            return d;
        };
        ASSERT_TRUE(maxDiff(fade->blend, fade->lower) <= 1); // α = 0 shows the lower level
        ASSERT_TRUE(maxDiff(fade->lower, fade->upper) > 1);  // (which differs from the new one)
        const auto full = snapshot->fadePreview(r, 1.0);
        ASSERT_TRUE(maxDiff(full->blend, full->upper) <= 1);
    }
    // Reopened, the schedule position comes back with the checkpoint.
    TrainingRun again = TrainingRun::open(dir);
    ASSERT_EQ(again.growthState()->imagesShown, std::int64_t(12));
    fs::remove_all(dir);
    // Non-growing runs have neither.
    ASSERT_FALSE(TrainingRun::create(tinyConfig(m_data.path()), dir).growthSchedule());
    fs::remove_all(dir);
}
