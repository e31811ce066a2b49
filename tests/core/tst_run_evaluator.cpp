// Tests of a run's evaluations (train/run_evaluator, TrainingRun::evaluate): every metric on a
// conditional run with the run's own classifier, results with their direction and per-class parent
// recorded in metrics.jsonl and evaluations.csv, refusals and cancellation, an evaluation a stop
// cut short run on resume, the schedule by training time, and the budget that skips evaluations.
#include "api/error.h"
#include "api/metrics_history.h"
#include "api/presets.h"
#include "api/training_run.h"
#include "support/test_data.h"
#include "support/test_util.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

// The tests share one folder: later tests use the runs and data that earlier ones made.
class TestRunEvaluator : public ::testing::Test {
protected:
    static void SetUpTestSuite() { setenv("GANLAB_CACHE_DIR", (m_tmp / "cache").c_str(), 1); }

    // A tiny cpu-quick run on run-data (made by aRunIsEvaluatedAndRecorded) with an evaluation
    // schedule; samples and checkpoints off.
    static TrainConfig tinyEvaluatedRun(std::int64_t steps, int evalEvery, double evalBudget) {
        TrainConfig c = presetConfig("cpu-quick");
        c.dataPath = m_tmp / "run-data";
        c.resolution = 16;
        c.width = 0.125;
        c.latentDim = 8;
        c.batchSize = 8;
        c.steps = steps;
        c.evalEvery = evalEvery;
        c.evalBudget = evalBudget;
        c.checkpointEvery = 0;
        c.sampleEvery = 0;
        return c;
    }

    static inline TempDir m_tmp;
};

TEST_F(TestRunEvaluator, aRunIsEvaluatedAndRecorded) {
    writeShapesFolder(m_tmp / "run-data", 2, 40, 16);
    TrainConfig c = tinyEvaluatedRun(4, 2, 1.0);
    c.conditional = true;
    c.eval.metrics = {"fd", "kid"};
    c.eval.samples = 40;
    const std::string dir = m_tmp / "run";
    auto run = TrainingRun::create(c, dir);
    std::vector<std::vector<MetricResult>> scheduled;
    run.train(4, {}, {}, {}, [&](const auto& r) { scheduled.push_back(r); });
    ASSERT_EQ(scheduled.size(), std::size_t(2)); // steps 2 and 4
    ASSERT_EQ(scheduled[0][0].name, std::string("FD[random]"));
    ASSERT_EQ(scheduled[0][0].step, std::int64_t(2));
    ASSERT_EQ(scheduled[1][1].name, std::string("KID[random]"));
    ASSERT_TRUE(std::isfinite(scheduled[1][1].stddev));

    EvalSettings all;
    all.metrics = {"fd", "kid", "pr", "ms-ssim", "iw", "accuracy"};
    all.features = {FeatureSource::RunClassifier, {}};
    all.samples = 40;
    all.iwSteps = 20;
    const auto results = run.evaluate(all);
    ASSERT_TRUE(fs::exists(dir + "/classifier.pt")); // trained on first use, kept with the run
    std::map<std::string, MetricResult> byName;
    for (const auto& r : results)
        byName[r.name] = r;
    for (const char* name :
         {"FD[classifier:run-data]", "KID[classifier:run-data]", "Precision[classifier:run-data]",
          "Recall[classifier:run-data]", "MS-SSIM (samples)", "MS-SSIM (real)", "IW",
          "Accuracy[classifier:run-data]"}) {
        ASSERT_TRUE(byName.count(name)) << name;
        ASSERT_TRUE(std::isfinite(byName[name].value)) << name;
    }
    ASSERT_TRUE(contains(byName["MS-SSIM (samples)"].note.text(), "scale"));
    // Results say how to read them and which overall result a per-class value belongs to.
    ASSERT_EQ(byName["FD[classifier:run-data]"].direction, Direction::LowerIsBetter);
    ASSERT_EQ(byName["IW"].direction, Direction::CloserToZeroIsBetter);
    ASSERT_EQ(byName["Accuracy[classifier:run-data]"].direction, Direction::HigherIsBetter);
    const auto& perClass = byName["Accuracy[classifier:run-data]/c1"];
    ASSERT_EQ(perClass.parent, "Accuracy[classifier:run-data]");
    ASSERT_EQ(perClass.className, "c1");
    ASSERT_TRUE(byName["Accuracy[classifier:run-data]"].parent.empty());
    ASSERT_EQ(byName["MS-SSIM (samples)/c0"].parent, "MS-SSIM (samples)");

    // Recorded: metrics.jsonl rows marked as evaluations, evaluations.csv lines.
    const auto history = readMetricsHistory(dir);
    bool sawFd = false;
    for (const auto& s : history.series)
        if (s.name == "FD[random]") {
            sawFd = true;
            ASSERT_EQ(s.kind, SeriesKind::Evaluation);
            ASSERT_EQ(s.metric, "fd");
            ASSERT_EQ(s.direction, Direction::LowerIsBetter);
            ASSERT_EQ(s.steps, (std::vector<double>{2, 4}));
        } else if (s.name == "loss_d") {
            ASSERT_EQ(s.kind, SeriesKind::Loss);
        } else if (s.name == "Accuracy[classifier:run-data]/c1") {
            ASSERT_EQ(s.parent, "Accuracy[classifier:run-data]");
        }
    ASSERT_TRUE(sawFd);
    std::ifstream csv(dir + "/evaluations.csv");
    std::string header, line;
    std::getline(csv, header);
    ASSERT_EQ(header, metricCsvHeader());
    int rows = 0;
    while (std::getline(csv, line))
        ++rows;
    ASSERT_EQ(rows, 4 + static_cast<int>(results.size()));

    // A bad setting is refused.
    EvalSettings bad;
    bad.metrics = {"fd", "nonsense"};
    ASSERT_THROW(run.evaluate(bad), Error);
    // Cancelled evaluations stop with Cancelled.
    std::stop_source stop;
    stop.request_stop();
    try {
        run.evaluate(all, stop.get_token());
        FAIL() << "a cancelled evaluation completed";
    } catch (const Error& e) {
        ASSERT_EQ(e.kind(), ErrorKind::Cancelled);
    }
}

// eval_reals: the reals come from another dataset, used whole and imported as the run's own (here
// at another size, resized to the run's), and the note says so; a conditional run refuses one
// whose classes differ, naming it.
TEST_F(TestRunEvaluator, realsFromAnotherDataset) {
    writeShapesFolder(m_tmp / "more-data", 2, 60, 24); // other images, another size
    auto run = TrainingRun::open(m_tmp / "run", RunAccess::AppendResults);
    EvalSettings own;
    own.metrics = {"fd"};
    own.samples = 40;
    own.seed = 5;
    EvalSettings other = own;
    other.reals = m_tmp / "more-data";
    const auto mine = run.evaluate(own), theirs = run.evaluate(other);
    ASSERT_TRUE(contains(mine[0].note.text(), "train split")) << mine[0].note.text();
    ASSERT_TRUE(contains(theirs[0].note.text(), other.reals)) << theirs[0].note.text();
    ASSERT_NE(mine[0].value, theirs[0].value);
    writeShapesFolder(m_tmp / "three-classes", 3, 10, 16);
    other.reals = m_tmp / "three-classes";
    try {
        run.evaluate(other);
        FAIL() << "reals with other classes were used for a conditional run";
    } catch (const Error& e) {
        ASSERT_EQ(e.message().code, MessageCode::DatasetChanged);
        ASSERT_TRUE(contains(e.what(), "three-classes"));
    }
}

// A stop that lands on an evaluation step cancels that evaluation; the next train() call runs
// it first, so a pause leaves no hole in the curves, and a run is not finished without it.
TEST_F(TestRunEvaluator, aCancelledScheduledEvaluationRunsOnResume) {
    TrainConfig c = tinyEvaluatedRun(4, 2, 1.0);
    c.eval.metrics = {"fd"};
    c.eval.samples = 20;
    auto run = TrainingRun::create(c, m_tmp / "paused-run");
    std::vector<std::int64_t> evaluated;
    const auto record = [&](const auto& r) { evaluated.push_back(r.front().step); };
    for (const std::int64_t stopAt : {2, 4}) {
        std::stop_source stop;
        run.train(
            4, stop.get_token(),
            [&](const StepStats& s) {
                if (s.step == stopAt)
                    stop.request_stop();
            },
            {}, record);
        ASSERT_EQ(run.step(), stopAt);
        ASSERT_EQ(evaluated.size(), static_cast<std::size_t>(stopAt / 2 - 1));
        ASSERT_FALSE(run.finished()); // at step 4: every step done, but not its evaluation
    }
    ASSERT_EQ(run.train(4, {}, {}, {}, record), std::int64_t{0});
    ASSERT_EQ(evaluated, (std::vector<std::int64_t>{2, 4}));
    ASSERT_TRUE(run.finished());
    const auto history = readMetricsHistory(m_tmp / "paused-run");
    for (const auto& s : history.series)
        if (s.name == "FD[random]") {
            ASSERT_EQ(s.steps, (std::vector<double>{2, 4}));
        }

    // Across processes (Ctrl-C in ganlab-cli): the stop cuts step 2's evaluation short, the
    // checkpoint is saved, and the reopened run evaluates step 2 before training on.
    {
        auto first = TrainingRun::create(c, m_tmp / "paused-run-2");
        std::stop_source stop;
        first.train(4, stop.get_token(), [&](const StepStats& s) {
            if (s.step == 2)
                stop.request_stop();
        });
        ASSERT_EQ(first.step(), std::int64_t{2});
        first.saveCheckpoint();
    }
    auto reopened = TrainingRun::open(m_tmp / "paused-run-2");
    evaluated.clear();
    reopened.train(4, {}, {}, {}, record);
    ASSERT_EQ(evaluated, (std::vector<std::int64_t>{2, 4}));
    ASSERT_TRUE(reopened.finished());
    evaluated.clear();
    auto again = TrainingRun::open(m_tmp / "paused-run-2"); // nothing owed any more
    ASSERT_TRUE(again.finished());
    ASSERT_EQ(again.train(4, {}, {}, {}, record), std::int64_t{0});
    ASSERT_TRUE(evaluated.empty());
}

TEST_F(TestRunEvaluator, evaluationByTrainingTime) {
    TrainConfig c = tinyEvaluatedRun(5, 0, 1.0);
    c.evalEveryMinutes = 1e-9; // every step's training time exceeds this
    c.eval.metrics = {"fd"};
    c.eval.samples = 20;
    auto run = TrainingRun::create(c, m_tmp / "minutes-run");
    std::vector<std::int64_t> steps;
    run.train(5, {}, {}, {}, [&](const auto& r) { steps.push_back(r.front().step); });
    ASSERT_TRUE(steps.size() >= 2);
    ASSERT_EQ(steps.back(), std::int64_t(5));
    c.evalEveryMinutes = 0; // neither schedule: never, not even at the end
    auto quiet = TrainingRun::create(c, m_tmp / "quiet-run");
    int calls = 0;
    quiet.train(5, {}, {}, {}, [&](const auto&) { ++calls; });
    ASSERT_EQ(calls, 0);
}

TEST_F(TestRunEvaluator, evaluationBudgetSkipsWhenOverspent) {
    TrainConfig c = tinyEvaluatedRun(6, 1, 0.05);
    c.eval.metrics = {"iw"};
    c.eval.iwSteps = 60; // far more than a tiny training step costs
    c.eval.samples = 40;
    auto run = TrainingRun::create(c, m_tmp / "budget-run");
    int evaluations = 0;
    run.train(6, {}, {}, {}, [&](const auto&) { ++evaluations; });
    // The first fits (nothing spent yet), steps 2–5 are over budget, the last always runs.
    ASSERT_EQ(evaluations, 2);
    std::ifstream log(m_tmp / "budget-run/log.txt");
    const std::string text((std::istreambuf_iterator<char>(log)), {});
    ASSERT_TRUE(text.find("skipped") != std::string::npos);
}
