// Tests of the studies (every seed paper's experiment as one command) at tiny budgets: each plans,
// trains its arms as ordinary runs, analyses and writes report.md with its figure, table, command
// and feature network; each refuses where it does not apply; a stopped study resumes; a study never
// writes into the run it analyses; evaluations at a truncation are named apart.
#include "api/error.h"
#include "api/presets.h"
#include "api/study.h"
#include "api/training_run.h"
#include "support/test_data.h"
#include "support/test_util.h"
#include "support/tiny_study.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Study runStudy(const StudySpec& spec, const std::string& dir) {
    Study study = Study::create(spec, dir);
    study.run({});
    return study;
}

// The report's files exist and say what they must: the command, the features, a table row each.
void expectReport(const Study& study, std::size_t rows, const std::string& features) {
    ASSERT_TRUE(study.finished());
    const auto report = readAll(study.reportPath());
    EXPECT_TRUE(contains(report, "ganlab-cli study " + study.spec().study)) << report;
    EXPECT_TRUE(contains(report, "## How far to trust it")) << report;
    EXPECT_TRUE(contains(report, features)) << report;
    const Image figure = readImage(study.dir() + "/figure.png");
    EXPECT_GT(figure.width, 200);
    EXPECT_GT(figure.height, 100);
    const auto csv = readAll(study.dir() + "/results.csv");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), static_cast<long>(rows + 1)) << csv;
    const auto json = nlohmann::json::parse(readAll(study.dir() + "/results.json"));
    EXPECT_EQ(json["rows"].size(), rows);
    EXPECT_EQ(json["study"], study.spec().study);
    EXPECT_FALSE(json["findings"].empty());
}

class StudiesTest : public ::testing::Test {
protected:
    void SetUp() override { writeShapesFolder(tmp / "shapes", 3, 16, 16); }
    TempDir tmp;
};

} // namespace

TEST_F(StudiesTest, anUnknownStudyIsRefusedNamingTheStudies) {
    try {
        Study::create(tinyStudySpec("nope", tmp / "shapes"), tmp / "s");
        FAIL();
    } catch (const Error& e) {
        EXPECT_TRUE(contains(e.what(), "truncation")) << e.what();
        EXPECT_TRUE(contains(e.what(), "growing")) << e.what();
    }
    EXPECT_FALSE(fs::exists(tmp / "s"));
}

TEST_F(StudiesTest, growingComparesTheSameImagesShownWithAndWithoutGrowth) {
    Study study = runStudy(tinyStudySpec("growing", tmp / "shapes"), tmp / "growing");
    expectReport(study, 2, "random");
    const StudyResults r = study.results();
    ASSERT_EQ(r.arms.arms.size(), 2u);
    EXPECT_EQ(r.arms.armSteps[0], r.arms.armSteps[1]);
    EXPECT_EQ(r.table.rows[0][2], r.table.rows[1][2]) << "images shown differ";
    // Ordinary runs: the growing arm grew, the fixed one did not; both reopen.
    const auto grow = readRunConfig(tmp / "growing/comparison/runs/01-growing-8-16-px");
    const auto fixed = readRunConfig(tmp / "growing/comparison/runs/02-fixed-16-px");
    EXPECT_EQ(grow.growth.startResolution, 8);
    EXPECT_EQ(fixed.growth.startResolution, 16);
    EXPECT_EQ(grow.steps, fixed.steps);
    EXPECT_NO_THROW(TrainingRun::open(tmp / "growing/comparison/runs/02-fixed-16-px"));
    EXPECT_FALSE(r.findings.empty());
    EXPECT_FALSE(r.samples.empty());
}

TEST_F(StudiesTest, projectedComparesItsOwnDiscriminatorWithTheProjectedOne) {
    Study study = runStudy(tinyStudySpec("projected", tmp / "shapes"), tmp / "projected");
    expectReport(study, 2, "random");
    const auto own = readRunConfig(tmp / "projected/comparison/runs/01-own-d");
    const auto projected = readRunConfig(tmp / "projected/comparison/runs/02-projected-d");
    EXPECT_EQ(own.discriminator, DiscriminatorKind::Own);
    EXPECT_EQ(projected.discriminator, DiscriminatorKind::Projected);
    EXPECT_EQ(own.model, projected.model);
    EXPECT_EQ(own.latentDim, projected.latentDim);
    const auto json = nlohmann::json::parse(readAll(study.dir() + "/results.json"));
    EXPECT_TRUE(json["columns"].dump().find("images to reach") != std::string::npos);
}

TEST_F(StudiesTest, acganReportsAccuracyAndDiversityPerClassWithItsOwnClassifier) {
    StudySpec spec = tinyStudySpec("acgan", tmp / "shapes");
    spec.features.clear(); // the study trains a classifier for accuracy and features
    Study study = runStudy(spec, tmp / "acgan");
    EXPECT_TRUE(fs::exists(tmp / "acgan/classifier.pt"));
    expectReport(study, 3, "classifier");
    const StudyResults r = study.results();
    ASSERT_EQ(r.table.rows.size(), 3u);
    for (const auto& row : r.table.rows) {
        EXPECT_NE(row[1], "—") << "accuracy of " << row[0];
        EXPECT_NE(row[2], "—") << "sample MS-SSIM of " << row[0];
        EXPECT_NE(row[3], "—") << "real MS-SSIM of " << row[0];
    }
    EXPECT_TRUE(contains(r.findings.front(), "84.7%")) << r.findings.front();
}

TEST_F(StudiesTest, acganRefusesUnlabelledDataAndLeavesNothing) {
    writeImageFolder(tmp / "plain", 1, 12, 16, 1);
    try {
        Study::create(tinyStudySpec("acgan", tmp / "plain"), tmp / "acgan");
        FAIL();
    } catch (const Error& e) {
        EXPECT_TRUE(contains(e.what(), "labels")) << e.what();
    }
    EXPECT_FALSE(fs::exists(tmp / "acgan"));
}

TEST_F(StudiesTest, truncationSweepsThresholdsWithoutWritingIntoTheRun) {
    TrainConfig c = presetConfig("cpu-quick");
    c.dataPath = tmp / "shapes";
    c.resolution = 16;
    c.width = 0.125;
    c.batchSize = 8;
    c.steps = 20;
    c.evalEvery = 0;
    c.sampleEvery = 0;
    c.checkpointEvery = 20;
    {
        TrainingRun run = TrainingRun::create(c, tmp / "run");
        run.train(20, {});
    }
    const auto metricsBefore = readAll(tmp / "run/metrics.jsonl");
    StudySpec spec = tinyStudySpec("truncation", {});
    spec.run = tmp / "run";
    Study study = runStudy(spec, tmp / "truncation");
    expectReport(study, 10, "random");
    EXPECT_EQ(readAll(tmp / "run/metrics.jsonl"), metricsBefore);
    const StudyResults r = study.results();
    EXPECT_EQ(r.table.rows.front()[0], "none");
    EXPECT_EQ(r.table.rows.back()[0], "0.04");
    for (const auto& row : r.table.rows)
        EXPECT_NE(row[1], "—") << "FD at " << row[0];
    EXPECT_NE(r.table.rows.front()[1], r.table.rows.back()[1]); // truncation changes the samples
    EXPECT_GT(r.samples.width, 8 * r.samples.height / 2);       // one grid per threshold, a row
}

TEST_F(StudiesTest, truncationNeedsARun) {
    try {
        Study::create(tinyStudySpec("truncation", tmp / "shapes"), tmp / "t");
        FAIL();
    } catch (const Error& e) {
        EXPECT_TRUE(contains(e.what(), "--run")) << e.what();
    }
}

TEST_F(StudiesTest, anEvaluationAtATruncationIsNamedApart) {
    TrainConfig c = presetConfig("cpu-quick");
    c.dataPath = tmp / "shapes";
    c.resolution = 16;
    c.width = 0.125;
    c.steps = 10;
    c.evalEvery = 0;
    c.sampleEvery = 0;
    TrainingRun run = TrainingRun::create(c, tmp / "run");
    run.train(10, {});
    EvalSettings s;
    s.metrics = {"fd"};
    s.samples = 20;
    s.seed = 5;
    const auto plain = run.evaluate(s);
    s.truncation = 0.5;
    const auto truncated = run.evaluate(s);
    ASSERT_EQ(plain.size(), 1u);
    ASSERT_EQ(truncated.size(), 1u);
    EXPECT_EQ(truncated[0].name, plain[0].name + "@t0.5");
    EXPECT_NE(truncated[0].value, plain[0].value);
}

TEST_F(StudiesTest, transferFindsWhichHalfCarriesMoreInBothSettings) {
    for (const std::string setting : {"dcgan", "paper"}) {
        StudySpec spec = tinyStudySpec("transfer", tmp / "shapes");
        spec.classes = {"c1"};
        spec.sourceData = tmp / "shapes";
        spec.sourceClasses = {"c0", "c2"};
        spec.setting = setting;
        Study study = runStudy(spec, tmp / ("transfer-" + setting));
        expectReport(study, 4, "random");
        const StudyResults r = study.results();
        ASSERT_EQ(r.arms.arms.size(), 4u);
        EXPECT_TRUE(fs::exists(tmp / ("transfer-" + setting) + "/source/config.json"));
        const auto target =
            readRunConfig(tmp / ("transfer-" + setting) + "/comparison/runs/04-d-source");
        EXPECT_TRUE(target.transfer.discriminator);
        EXPECT_FALSE(target.transfer.generator);
        EXPECT_EQ(target.model, setting == "paper" ? "resnet" : "dcgan");
        EXPECT_EQ(target.loss, setting == "paper" ? "wgan-gp" : "nonsaturating");
        std::string all;
        for (const auto& f : r.findings)
            all += f + "\n";
        EXPECT_TRUE(contains(all, "the more useful half")) << all;
        EXPECT_TRUE(contains(all, setting == "paper" ? "LayerNorm" : "DCGAN")) << all;
    }
}

TEST_F(StudiesTest, transferWithoutASourceIsRefused) {
    try {
        Study::create(tinyStudySpec("transfer", tmp / "shapes"), tmp / "t");
        FAIL();
    } catch (const Error& e) {
        EXPECT_TRUE(contains(e.what(), "--source")) << e.what();
    }
}

TEST_F(StudiesTest, aStoppedStudyResumesToTheSameEnd) {
    StudySpec spec = tinyStudySpec("growing", tmp / "shapes");
    {
        Study study = Study::create(spec, tmp / "g");
        std::stop_source stop;
        int updates = 0;
        study.run(stop.get_token(), [&](const StudyResults&) {
            if (++updates == 2)
                stop.request_stop();
        });
        EXPECT_FALSE(study.finished());
    }
    Study again = Study::open(tmp / "g");
    EXPECT_FALSE(again.finished());
    again.run({});
    ASSERT_TRUE(again.finished());
    const auto r = again.results();
    const auto steps = readRunConfig(tmp / "g/comparison/runs/01-growing-8-16-px").steps;
    EXPECT_EQ(r.arms.armSteps[0], steps);
    EXPECT_EQ(r.arms.armSteps[1], steps);
    EXPECT_TRUE(contains(again.command(), "--out")) << again.command();
}

TEST_F(StudiesTest, aFolderThatIsNotAStudyIsRefused) {
    fs::create_directories(tmp / "other");
    std::ofstream(tmp / "other/x.txt") << "x";
    EXPECT_THROW(Study::open(tmp / "other"), Error);
    EXPECT_THROW(Study::create(tinyStudySpec("growing", tmp / "shapes"), tmp / "other"), Error);
    EXPECT_TRUE(fs::exists(tmp / "other/x.txt"));
}

TEST_F(StudiesTest, everyArmsModeCollapseReadingReachesTheReport) {
    StudySpec spec = tinyStudySpec("projected", tmp / "shapes");
    // Flag anything less diverse than the real images, so tiny arms are likely flagged.
    spec.settings.emplace_back("mode_collapse_below", "1");
    Study study = runStudy(spec, tmp / "mc");
    const StudyResults r = study.results();
    EXPECT_TRUE(r.diversityMeasured);
    const auto report = readAll(study.reportPath());
    for (const std::string arm : {"01-own-d", "02-projected-d"}) {
        const auto reading = modeCollapseReading(tmp / ("mc/comparison/runs/" + arm));
        ASSERT_TRUE(reading.has_value()) << arm;
        EXPECT_EQ(reading->threshold, 1.0);
        const std::string label = arm == "01-own-d" ? "own D" : "projected D";
        const bool listed = std::any_of(r.collapsed.begin(), r.collapsed.end(),
                                        [&](const std::string& c) { return startsWith(c, label); });
        EXPECT_EQ(listed, reading->collapsed) << arm;
        EXPECT_EQ(contains(report, label + " shows mode collapse"), reading->collapsed) << report;
    }
    EXPECT_EQ(contains(report, "**Mode collapse flagged**"), !r.collapsed.empty()) << report;
}
