// Tests of the metrics on inputs with known answers: FD against closed forms and ill-conditioned
// covariances, KID and precision/recall on identical vs shifted sets, MS-SSIM of an image with
// itself vs noise, the IW critic on separable vs identical distributions, feature networks (a
// TorchScript file written here and loaded through the inception loader), the classifier, the
// cached real statistics, and a whole evaluation of a run.
#include "torch_prelude.h"

#include "api/classifier.h"
#include "api/error.h"
#include "api/metrics_history.h"
#include "api/training_run.h"
#include "metrics/classifier_net.h"
#include "metrics/eval_context.h"
#include "metrics/metric_functions.h"
#include "metrics/metric_registry.h"
#include "support/test_data.h"

#include <QtTest/QtTest>

#include <ATen/CPUGeneratorImpl.h>
#include <torch/script.h>

#include <filesystem>
#include <fstream>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

at::Generator seeded(std::uint64_t seed) {
    return at::make_generator<at::CPUGeneratorImpl>(seed);
}

FeatureStats statsOf(torch::Tensor mean, torch::Tensor cov) {
    FeatureStats s;
    s.mean = mean.to(torch::kDouble);
    s.cov = cov.to(torch::kDouble);
    s.count = 1000;
    return s;
}

// uint8 images: smooth blobs (class-like structure) or uniform noise.
torch::Tensor blobs(int n, int size, at::Generator& rng, double offset = 0) {
    auto grid = torch::linspace(-1, 1, size, torch::kFloat);
    auto yy = grid.view({size, 1}), xx = grid.view({1, size});
    std::vector<torch::Tensor> out;
    for (int i = 0; i < n; ++i) {
        const auto c = torch::rand({2}, rng) - 0.5 + offset;
        auto img = torch::exp(-((xx - c[0]).pow(2) + (yy - c[1]).pow(2)) * 8);
        out.push_back((img * 255).to(torch::kUInt8).unsqueeze(0));
    }
    return torch::stack(out);
}

torch::Tensor noise(int n, int size, at::Generator& rng) {
    return torch::randint(0, 256, {n, 1, size, size}, rng, torch::kUInt8);
}

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        torch::set_num_threads(1);
        qputenv("GANLAB_CACHE_DIR", QByteArray::fromStdString(m_tmp / "cache"));
        QVERIFY(metricFamilies().size() >= 6);
        for (const char* name : {"fd", "kid", "pr", "ms-ssim", "iw", "accuracy"})
            QCOMPARE(findMetric(name).name, std::string(name));
        QVERIFY_THROWS_EXCEPTION(Error, findMetric("fid-but-typo"));
    }

    void frechetDistanceMatchesClosedForms() {
        // Identical statistics: 0.
        auto rng = seeded(1);
        const auto x = torch::randn({500, 16}, rng, torch::kDouble);
        const auto s = featureStats(x);
        QVERIFY(std::abs(frechetDistance(s, s)) < 1e-8);
        // Commuting (diagonal) covariances: Σ(√a − √b)² + ‖μa − μb‖².
        const auto a = torch::tensor({1.0, 4.0, 9.0, 0.25}, torch::kDouble);
        const auto b = torch::tensor({4.0, 1.0, 9.0, 1.0}, torch::kDouble);
        const auto ma = torch::tensor({0.0, 1.0, 2.0, 3.0}, torch::kDouble);
        const auto mb = torch::tensor({1.0, 1.0, 0.0, 3.0}, torch::kDouble);
        const double expected = (a.sqrt() - b.sqrt()).pow(2).sum().item<double>() + 1 + 4;
        QVERIFY(std::abs(frechetDistance(statsOf(ma, a.diag()), statsOf(mb, b.diag())) - expected) <
                1e-9);
        // The same after a common rotation (non-diagonal, still commuting).
        const auto q = std::get<0>(torch::linalg::qr(torch::randn({4, 4}, rng, torch::kDouble)));
        const auto ra = q.mm(a.diag()).mm(q.t()), rb = q.mm(b.diag()).mm(q.t());
        QVERIFY(std::abs(frechetDistance(statsOf(ma, ra), statsOf(mb, rb)) - expected) < 1e-8);
        // Non-commuting 1-d embeddings in 2-d: Σa = diag(1, 0), Σb = diag(0, 1): Tr = 2, √ = 0.
        const auto fd =
            frechetDistance(statsOf(torch::zeros({2}), torch::tensor({1.0, 0.0}).diag()),
                            statsOf(torch::zeros({2}), torch::tensor({0.0, 1.0}).diag()));
        QVERIFY(std::abs(fd - 2.0) < 1e-8);
        // Ill-conditioned: fewer samples than dimensions (rank-deficient), huge scale spread.
        auto few = torch::randn({20, 64}, rng, torch::kDouble);
        few.select(1, 0) *= 1e6;
        const auto ill = featureStats(few);
        const auto other = featureStats(torch::randn({20, 64}, rng, torch::kDouble));
        const double v = frechetDistance(ill, other);
        QVERIFY(std::isfinite(v));
        QVERIFY(v > 0);
        QVERIFY(std::abs(frechetDistance(ill, ill)) < 1e-6 * ill.cov.trace().item<double>());
        // The low-rank route (b has fewer samples than dimensions) equals the full one.
        const auto lowRank = featureStats(torch::randn({30, 64}, rng, torch::kDouble), false);
        QVERIFY(lowRank.centred.defined());
        auto full = lowRank;
        full.centred = torch::Tensor();
        QVERIFY(std::abs(frechetDistance(other, lowRank) - frechetDistance(other, full)) <
                1e-6 * frechetDistance(other, full)); // the full route carries √(round-off)
        // Shifting one set's mean increases the distance by exactly the squared shift.
        auto shifted = other;
        shifted.mean = other.mean + 0.5;
        QVERIFY(std::abs(frechetDistance(other, shifted) - 0.25 * 64) <
                1e-6 * other.cov.trace().item<double>());
    }

    void kernelDistanceIsNearZeroForOneDistributionAndGrowsWithShift() {
        auto rng = seeded(2);
        const auto a = torch::randn({600, 32}, rng), b = torch::randn({600, 32}, rng);
        const auto same = kernelInceptionDistance(a, b, rng, 50, 300);
        QVERIFY(std::abs(same.mean) < 3 * same.stddev + 1e-3);
        const auto near = kernelInceptionDistance(a, b + 0.3, rng, 50, 300);
        const auto far = kernelInceptionDistance(a, b + 1.0, rng, 50, 300);
        QVERIFY(near.mean > same.mean + 3 * same.stddev);
        QVERIFY(far.mean > near.mean);
        QVERIFY(far.stddev > 0);
    }

    void precisionAndRecallSeeCoverage() {
        auto rng = seeded(3);
        const auto real = torch::randn({400, 8}, rng);
        const auto same = precisionRecall(real, real, 3);
        QCOMPARE(same.precision, 1.0);
        QCOMPARE(same.recall, 1.0);
        const auto draw = precisionRecall(real, torch::randn({400, 8}, rng), 3);
        QVERIFY(draw.precision > 0.6 && draw.recall > 0.6);
        const auto shifted = precisionRecall(real, torch::randn({400, 8}, rng) + 3.0, 3);
        QVERIFY(shifted.precision < 0.2);
        QVERIFY(shifted.recall < 0.2);
        // Mode collapse: all fakes near one real point → precise, but no recall.
        const auto collapsed = real[0].unsqueeze(0) + 0.01 * torch::randn({400, 8}, rng);
        const auto c = precisionRecall(real, collapsed, 3);
        QVERIFY(c.precision > 0.9);
        QVERIFY(c.recall < 0.1);
    }

    void msSsimOfAnImageWithItselfIsOneAndOfNoiseIsLow() {
        auto rng = seeded(4);
        const auto images = blobs(8, 32, rng).to(torch::kFloat);
        const auto scales = msSsimScales(32);
        QCOMPARE(scales.scales, 2); // 32 and 16 hold an 11-pixel window; 8 does not
        QVERIFY(std::abs(std::accumulate(scales.weights.begin(), scales.weights.end(), 0.0) - 1) <
                1e-12);
        QCOMPARE(msSsimScales(256).scales, 5);
        const auto self = msSsim(images, images, scales);
        QVERIFY(torch::allclose(self, torch::ones_like(self), 1e-9, 1e-9));
        const auto n1 = noise(8, 32, rng).to(torch::kFloat),
                   n2 = noise(8, 32, rng).to(torch::kFloat);
        QVERIFY(msSsim(n1, n2, scales).max().item<double>() < 0.1);
        // Diversity: a set of copies scores 1, a varied set much lower.
        const auto copies = blobs(1, 32, rng).expand({20, 1, 32, 32}).contiguous();
        QVERIFY(meanPairMsSsim(copies, 50, rng) > 0.999);
        QVERIFY(meanPairMsSsim(noise(20, 32, rng), 50, rng) < 0.1);
    }

    void independentCriticSeparatesDifferentDistributionsOnly() {
        auto rng = seeded(5);
        const auto real = blobs(256, 16, rng), heldOut = blobs(128, 16, rng);
        const auto sameTrain = blobs(256, 16, rng), sameFresh = blobs(128, 16, rng);
        const auto otherTrain = noise(256, 16, rng), otherFresh = noise(128, 16, rng);
        const double same = independentWasserstein(real, sameTrain, heldOut, sameFresh, 150, 7);
        const double different =
            independentWasserstein(real, otherTrain, heldOut, otherFresh, 150, 7);
        qInfo() << "IW same" << same << "different" << different;
        QVERIFY(different > 1.0);
        QVERIFY(std::abs(same) < 0.2 * different);
        // A fixed budget and seed give the same number again.
        QCOMPARE(independentWasserstein(real, sameTrain, heldOut, sameFresh, 150, 7), same);
    }

    void torchScriptFeaturesLoadThroughTheInceptionLoader() {
        // A TorchScript module written from C++: mean-pools 3×3 patches → [N, 27] features.
        torch::jit::Module m("Features");
        m.register_buffer("scale", torch::tensor(2.0));
        m.define(R"(
def forward(self, x):
    pooled = torch.adaptive_avg_pool2d(x, [3, 3])
    return pooled.flatten(1) * self.scale
)");
        const std::string path = m_tmp / "tiny_inception.pt";
        m.save(path);
        auto net = makeFeatureNetwork("inception:" + path);
        QCOMPARE(net->name(), std::string("inception:tiny_inception"));
        QCOMPARE(net->dim(), 27);
        auto rng = seeded(6);
        const auto images = blobs(5, 20, rng);
        const auto f = extractFeatures(*net, images);
        QCOMPARE(f.sizes(), (c10::IntArrayRef{5, 27}));
        // Gray input is repeated to RGB in [0,1]: the three channel blocks agree.
        QVERIFY(torch::allclose(f.slice(1, 0, 9), f.slice(1, 9, 18)));
        QVERIFY(f.max().item<double>() <= 2.0 + 1e-6);

        // Broken or wrong files are refused with the file's name.
        const std::string junk = m_tmp / "junk.pt";
        std::ofstream(junk) << "not a model";
        try {
            makeFeatureNetwork("inception:" + junk);
            QFAIL("a junk file was accepted");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("junk.pt") != std::string::npos);
        }
        torch::jit::Module wrong("Wrong");
        wrong.define("def forward(self, x):\n    return x\n");
        wrong.save(m_tmp / "wrong.pt");
        QVERIFY_THROWS_EXCEPTION(Error, makeFeatureNetwork("inception:" + (m_tmp / "wrong.pt")));
        QVERIFY_THROWS_EXCEPTION(Error, makeFeatureNetwork("inception:" + (m_tmp / "none.pt")));
        QVERIFY_THROWS_EXCEPTION(Error, makeFeatureNetwork("resnet50"));
    }

    void randomFeaturesAreFixedAndNamed() {
        auto a = makeFeatureNetwork("random"), b = makeFeatureNetwork("random");
        QCOMPARE(a->name(), std::string("random"));
        auto rng = seeded(8);
        const auto images = blobs(4, 32, rng);
        QVERIFY(torch::equal(a->embed(images), b->embed(images))); // fixed seed: reproducible
        QCOMPARE(a->embed(images).size(1), std::int64_t(a->dim()));
    }

    void classifierTrainsSavesLoadsAndScores() {
        writeShapesFolder(m_tmp / "labelled", 3, 30, 16);
        ClassifierSettings s;
        s.dataPath = m_tmp / "labelled";
        s.resolution = 16;
        s.steps = 120;
        s.batchSize = 32;
        const std::string path = m_tmp / "clf.pt";
        const auto report = trainClassifier(s, path, {}, {});
        QVERIFY(fs::exists(path));
        QCOMPARE(report.classes, 3);
        QCOMPARE(report.name, std::string("labelled"));
        QVERIFY2(report.validationAccuracy >= 0.8,
                 qPrintable(QString::number(report.validationAccuracy)));
        const auto loaded = Classifier::load(path);
        QCOMPARE(loaded->meta().classNames.size(), std::size_t(3));
        QCOMPARE(loaded->meta().validationAccuracy, report.validationAccuracy);
        auto features = makeFeatureNetwork("classifier:" + path);
        QCOMPARE(features->name(), std::string("classifier:labelled"));
        QCOMPARE(features->dim(), 128);
        // Unlabelled data cannot train a classifier; a junk file is not one.
        writeImageFolder(m_tmp / "unlabelled", 1, 10, 16, 1);
        s.dataPath = m_tmp / "unlabelled";
        QVERIFY_THROWS_EXCEPTION(Error, trainClassifier(s, m_tmp / "x.pt", {}, {}));
        QVERIFY(!fs::exists(m_tmp / "x.pt"));
        std::ofstream(m_tmp / "junk-clf.pt") << "junk";
        QVERIFY_THROWS_EXCEPTION(Error, Classifier::load(m_tmp / "junk-clf.pt"));
    }

    void realStatisticsAreCachedOnDisk() {
        auto rng = seeded(9);
        EvalInputs in;
        in.trainImages = blobs(120, 16, rng);
        in.features = makeFeatureNetwork("random");
        in.samples = 100;
        in.statsCacheDir = m_tmp / "stats";
        in.datasetIdentity = "blobs-v1";
        in.sample = [](std::int64_t n, const torch::Tensor&, at::Generator& g) {
            return blobs(static_cast<int>(n), 16, g);
        };
        EvalContext first(in);
        const auto& a = first.realStats();
        QVERIFY(!first.realStatsFromCache());
        QVERIFY(fs::exists(first.statsCachePath()));
        EvalContext second(in);
        QVERIFY(torch::equal(second.realStats().cov, a.cov));
        QVERIFY(second.realStatsFromCache());
        // Another sample count is another entry.
        in.samples = 50;
        EvalContext third(in);
        QVERIFY(third.statsCachePath() != first.statsCachePath());
        QVERIFY(!(third.realStats(), third.realStatsFromCache()));
        // Generated blobs are close to real blobs; noise is far.
        in.samples = 100;
        EvalContext blobsCtx(in);
        const double good = frechetDistance(blobsCtx.realStats(), blobsCtx.fakeStats());
        in.sample = [](std::int64_t n, const torch::Tensor&, at::Generator& g) {
            return noise(static_cast<int>(n), 16, g);
        };
        EvalContext noiseCtx(in);
        QVERIFY(frechetDistance(noiseCtx.realStats(), noiseCtx.fakeStats()) > 5 * good);
    }

    void aRunIsEvaluatedAndRecorded() {
        writeShapesFolder(m_tmp / "run-data", 2, 40, 16);
        TrainConfig c = tinyEvaluatedRun(4, 2, 1.0);
        c.conditional = true;
        c.eval.metrics = {"fd", "kid"};
        c.eval.samples = 40;
        const std::string dir = m_tmp / "run";
        auto run = TrainingRun::create(c, dir);
        std::vector<std::vector<MetricResult>> scheduled;
        run.train(4, {}, {}, {}, [&](const auto& r) { scheduled.push_back(r); });
        QCOMPARE(scheduled.size(), std::size_t(2)); // steps 2 and 4
        QCOMPARE(scheduled[0][0].name, std::string("FD[random]"));
        QCOMPARE(scheduled[0][0].step, std::int64_t(2));
        QCOMPARE(scheduled[1][1].name, std::string("KID[random]"));
        QVERIFY(std::isfinite(scheduled[1][1].stddev));

        EvalSettings all;
        all.metrics = {"fd", "kid", "pr", "ms-ssim", "iw", "accuracy"};
        all.features = "classifier";
        all.samples = 40;
        all.iwSteps = 20;
        const auto results = run.evaluate(all);
        QVERIFY(fs::exists(dir + "/classifier.pt")); // trained on first use, kept with the run
        std::map<std::string, MetricResult> byName;
        for (const auto& r : results)
            byName[r.name] = r;
        for (const char* name :
             {"FD[classifier:run-data]", "KID[classifier:run-data]",
              "Precision[classifier:run-data]", "Recall[classifier:run-data]", "MS-SSIM (samples)",
              "MS-SSIM (real)", "IW", "Accuracy[classifier:run-data]"}) {
            QVERIFY2(byName.count(name), name);
            QVERIFY2(std::isfinite(byName[name].value), name);
        }
        QVERIFY(byName["MS-SSIM (samples)"].note.find("scale") != std::string::npos);
        QVERIFY(byName.count("Accuracy[classifier:run-data]/c1"));

        // Recorded: metrics.jsonl rows marked as evaluations, evaluations.csv lines.
        const auto history = readMetricsHistory(dir);
        bool sawFd = false;
        for (const auto& s : history.series)
            if (s.name == "FD[random]") {
                sawFd = true;
                QVERIFY(s.evaluation);
                QCOMPARE(s.steps, (std::vector<double>{2, 4}));
            } else if (s.name == "loss_d") {
                QVERIFY(!s.evaluation);
            }
        QVERIFY(sawFd);
        std::ifstream csv(dir + "/evaluations.csv");
        std::string header, line;
        std::getline(csv, header);
        QCOMPARE(header, std::string("step,name,metric,network,value,stddev,samples,seconds,note"));
        int rows = 0;
        while (std::getline(csv, line))
            ++rows;
        QCOMPARE(rows, 4 + static_cast<int>(results.size()));

        // A bad setting is refused.
        EvalSettings bad;
        bad.metrics = {"fd", "nonsense"};
        QVERIFY_THROWS_EXCEPTION(Error, run.evaluate(bad));
        // Cancelled evaluations stop with Cancelled.
        std::stop_source stop;
        stop.request_stop();
        try {
            run.evaluate(all, stop.get_token());
            QFAIL("a cancelled evaluation completed");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
    }

    // A stop that lands on an evaluation step cancels that evaluation; the next train() call runs
    // it first, so a pause leaves no hole in the curves, and a run is not finished without it.
    void aCancelledScheduledEvaluationRunsOnResume() {
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
            QCOMPARE(run.step(), stopAt);
            QCOMPARE(evaluated.size(), static_cast<std::size_t>(stopAt / 2 - 1));
            QVERIFY(!run.finished()); // at step 4: every step done, but not its evaluation
        }
        QCOMPARE(run.train(4, {}, {}, {}, record), std::int64_t{0});
        QCOMPARE(evaluated, (std::vector<std::int64_t>{2, 4}));
        QVERIFY(run.finished());
        const auto history = readMetricsHistory(m_tmp / "paused-run");
        for (const auto& s : history.series)
            if (s.name == "FD[random]")
                QCOMPARE(s.steps, (std::vector<double>{2, 4}));

        // Across processes (Ctrl-C in ganlab-cli): the stop cuts step 2's evaluation short, the
        // checkpoint is saved, and the reopened run evaluates step 2 before training on.
        {
            auto first = TrainingRun::create(c, m_tmp / "paused-run-2");
            std::stop_source stop;
            first.train(4, stop.get_token(), [&](const StepStats& s) {
                if (s.step == 2)
                    stop.request_stop();
            });
            QCOMPARE(first.step(), std::int64_t{2});
            first.saveCheckpoint();
        }
        auto reopened = TrainingRun::open(m_tmp / "paused-run-2");
        evaluated.clear();
        reopened.train(4, {}, {}, {}, record);
        QCOMPARE(evaluated, (std::vector<std::int64_t>{2, 4}));
        QVERIFY(reopened.finished());
        evaluated.clear();
        auto again = TrainingRun::open(m_tmp / "paused-run-2"); // nothing owed any more
        QVERIFY(again.finished());
        QCOMPARE(again.train(4, {}, {}, {}, record), std::int64_t{0});
        QVERIFY(evaluated.empty());
    }

    void evaluationByTrainingTime() {
        TrainConfig c = tinyEvaluatedRun(5, 0, 1.0);
        c.evalEveryMinutes = 1e-9; // every step's training time exceeds this
        c.eval.metrics = {"fd"};
        c.eval.samples = 20;
        auto run = TrainingRun::create(c, m_tmp / "minutes-run");
        std::vector<std::int64_t> steps;
        run.train(5, {}, {}, {}, [&](const auto& r) { steps.push_back(r.front().step); });
        QVERIFY(steps.size() >= 2);
        QCOMPARE(steps.back(), std::int64_t(5));
        c.evalEveryMinutes = 0; // neither schedule: never, not even at the end
        auto quiet = TrainingRun::create(c, m_tmp / "quiet-run");
        int calls = 0;
        quiet.train(5, {}, {}, {}, [&](const auto&) { ++calls; });
        QCOMPARE(calls, 0);
    }

    void evaluationBudgetSkipsWhenOverspent() {
        TrainConfig c = tinyEvaluatedRun(6, 1, 0.05);
        c.eval.metrics = {"iw"};
        c.eval.iwSteps = 60; // far more than a tiny training step costs
        c.eval.samples = 40;
        auto run = TrainingRun::create(c, m_tmp / "budget-run");
        int evaluations = 0;
        run.train(6, {}, {}, {}, [&](const auto&) { ++evaluations; });
        // The first fits (nothing spent yet), steps 2–5 are over budget, the last always runs.
        QCOMPARE(evaluations, 2);
        std::ifstream log(m_tmp / "budget-run/log.txt");
        const std::string text((std::istreambuf_iterator<char>(log)), {});
        QVERIFY(text.find("skipped") != std::string::npos);
    }

private:
    // A tiny cpu-quick run on run-data (made by aRunIsEvaluatedAndRecorded) with an evaluation
    // schedule; samples and checkpoints off.
    TrainConfig tinyEvaluatedRun(std::int64_t steps, int evalEvery, double evalBudget) const {
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

    TempDir m_tmp;
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
