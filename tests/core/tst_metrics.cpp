// Tests of the metrics on inputs with known answers: FD against closed forms and ill-conditioned
// covariances, KID and precision/recall on identical vs shifted sets, MS-SSIM of an image with
// itself vs noise, the IW critic on separable vs identical distributions, feature networks (a
// TorchScript file written here and loaded through the inception loader), the classifier, the
// cached real statistics. A run's evaluations are tst_run_evaluator's.
#include "torch_prelude.h"

#include "api/classifier.h"
#include "api/error.h"
#include "api/metrics_history.h"
#include "api/presets.h"
#include "api/training_run.h"
#include "metrics/classifier_net.h"
#include "metrics/eval_context.h"
#include "metrics/metric_functions.h"
#include "metrics/metric_registry.h"
#include "support/test_data.h"
#include "support/test_util.h"

#include <gtest/gtest.h>

#include <ATen/CPUGeneratorImpl.h>
#include <torch/script.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

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

// The tests share one folder: later tests use what earlier ones made (run-data, the classifier).
class TestMetrics : public ::testing::Test {
protected:
    // Qt Test's initTestCase: a failure here skips every test of the suite.
    static void SetUpTestSuite() {
        torch::set_num_threads(1);
        setenv("GANLAB_CACHE_DIR", (m_tmp / "cache").c_str(), 1);
        ASSERT_TRUE(metricFamilies().size() >= 6);
        for (const char* name : {"fd", "kid", "pr", "ms-ssim", "iw", "accuracy"})
            ASSERT_EQ(findMetric(name).name, std::string(name));
        ASSERT_THROW(findMetric("fid-but-typo"), Error);
    }

    static inline TempDir m_tmp;
};

TEST_F(TestMetrics, frechetDistanceMatchesClosedForms) {
    // Identical statistics: 0.
    auto rng = seeded(1);
    const auto x = torch::randn({500, 16}, rng, torch::kDouble);
    const auto s = featureStats(x);
    ASSERT_TRUE(std::abs(frechetDistance(s, s)) < 1e-8);
    // Commuting (diagonal) covariances: Σ(√a − √b)² + ‖μa − μb‖².
    const auto a = torch::tensor({1.0, 4.0, 9.0, 0.25}, torch::kDouble);
    const auto b = torch::tensor({4.0, 1.0, 9.0, 1.0}, torch::kDouble);
    const auto ma = torch::tensor({0.0, 1.0, 2.0, 3.0}, torch::kDouble);
    const auto mb = torch::tensor({1.0, 1.0, 0.0, 3.0}, torch::kDouble);
    const double expected = (a.sqrt() - b.sqrt()).pow(2).sum().item<double>() + 1 + 4;
    ASSERT_TRUE(std::abs(frechetDistance(statsOf(ma, a.diag()), statsOf(mb, b.diag())) - expected) <
                1e-9);
    // The same after a common rotation (non-diagonal, still commuting).
    const auto q = std::get<0>(torch::linalg::qr(torch::randn({4, 4}, rng, torch::kDouble)));
    const auto ra = q.mm(a.diag()).mm(q.t()), rb = q.mm(b.diag()).mm(q.t());
    ASSERT_TRUE(std::abs(frechetDistance(statsOf(ma, ra), statsOf(mb, rb)) - expected) < 1e-8);
    // Non-commuting 1-d embeddings in 2-d: Σa = diag(1, 0), Σb = diag(0, 1): Tr = 2, √ = 0.
    const auto fd = frechetDistance(statsOf(torch::zeros({2}), torch::tensor({1.0, 0.0}).diag()),
                                    statsOf(torch::zeros({2}), torch::tensor({0.0, 1.0}).diag()));
    ASSERT_TRUE(std::abs(fd - 2.0) < 1e-8);
    // Ill-conditioned: fewer samples than dimensions (rank-deficient), huge scale spread.
    auto few = torch::randn({20, 64}, rng, torch::kDouble);
    few.select(1, 0) *= 1e6;
    const auto ill = featureStats(few);
    const auto other = featureStats(torch::randn({20, 64}, rng, torch::kDouble));
    const double v = frechetDistance(ill, other);
    ASSERT_TRUE(std::isfinite(v));
    ASSERT_TRUE(v > 0);
    ASSERT_TRUE(std::abs(frechetDistance(ill, ill)) < 1e-6 * ill.cov.trace().item<double>());
    // The low-rank route (b has fewer samples than dimensions) equals the full one.
    const auto lowRank = featureStats(torch::randn({30, 64}, rng, torch::kDouble), false);
    ASSERT_TRUE(lowRank.centred.defined());
    auto full = lowRank;
    full.centred = torch::Tensor();
    ASSERT_TRUE(std::abs(frechetDistance(other, lowRank) - frechetDistance(other, full)) <
                1e-6 * frechetDistance(other, full)); // the full route carries √(round-off)
    // The full route (the product's lower half only, in blocks) equals the textbook formula with
    // the whole symmetrised product, on dimensions that do not divide into the blocks evenly.
    for (const int d : {64, 130}) {
        const auto sa = featureStats(torch::randn({400, d}, rng, torch::kDouble) * 0.5);
        const auto sb = featureStats(torch::randn({400, d}, rng, torch::kDouble).cumsum(1) * 0.1);
        const auto rootA = symmetricSqrt(sa.cov);
        auto middle = rootA.mm(sb.cov).mm(rootA);
        middle = (middle + middle.t()) / 2;
        const auto diff = sa.mean - sb.mean;
        const double textbook =
            diff.dot(diff).item<double>() + sa.cov.trace().item<double>() +
            sb.cov.trace().item<double>() -
            2 * torch::linalg::eigvalsh(middle, "L").clamp_min(0).sqrt().sum().item<double>();
        ASSERT_NEAR(frechetDistance(sa, sb), textbook, 1e-9 * textbook) << d;
    }
    // Shifting one set's mean increases the distance by exactly the squared shift.
    auto shifted = other;
    shifted.mean = other.mean + 0.5;
    ASSERT_TRUE(std::abs(frechetDistance(other, shifted) - 0.25 * 64) <
                1e-6 * other.cov.trace().item<double>());
}

// The real side's covariance factor: Cholesky (lower-triangular) where the covariance allows it,
// with zero rows for dimensions of zero variance, else the symmetric square root — every route
// gives the same distance, and the cache keeps the factor (or derives it from an older file).
TEST_F(TestMetrics, frechetDistanceIsTheSameForEveryFactorOfTheRealCovariance) {
    auto rng = seeded(11);
    const auto fake = featureStats(torch::randn({300, 40}, rng, torch::kDouble).cumsum(1) * 0.2);
    const auto sameWithRoot = [&](const FeatureStats& real, bool triangular) {
        ASSERT_EQ(real.factor.triangular, triangular);
        const auto f = real.factor.matrix;
        ASSERT_LT((f.mm(f.t()) - real.cov).abs().max().item<double>(),
                  1e-10 * real.cov.abs().max().item<double>());
        if (triangular) {
            ASSERT_TRUE(f.triu(1).eq(0).all().item<bool>());
        }
        auto rooted = real;
        rooted.factor = {symmetricSqrt(real.cov), false};
        const double expected = frechetDistance(rooted, fake);
        ASSERT_NEAR(frechetDistance(real, fake), expected, 1e-9 * expected);
        auto unfactored = real; // no factor: computed on the way
        unfactored.factor = {};
        ASSERT_NEAR(frechetDistance(unfactored, fake), expected, 1e-9 * expected);
    };
    // Positive definite: Cholesky.
    auto x = torch::randn({500, 40}, rng, torch::kDouble);
    sameWithRoot(featureStats(x), true);
    // Three dimensions that never change (a dead unit of a feature network): Cholesky of the
    // rest, their rows and columns of the factor zero.
    auto dead = x.clone();
    dead.select(1, 0).fill_(0.5);
    dead.select(1, 17).zero_();
    dead.select(1, 39).fill_(-2);
    const auto deadStats = featureStats(dead);
    ASSERT_TRUE(deadStats.factor.matrix.select(0, 17).eq(0).all().item<bool>());
    sameWithRoot(deadStats, true);
    // Fewer samples than dimensions (rank-deficient, no zero variance): Cholesky fails, the
    // symmetric square root serves.
    sameWithRoot(featureStats(x.slice(0, 0, 20)), false);
    // The Gram route (the generated side has fewer samples than dimensions) on the triangular
    // factor equals the full route.
    const auto real = featureStats(x);
    ASSERT_TRUE(real.factor.triangular);
    const auto fewFake = featureStats(torch::randn({25, 40}, rng, torch::kDouble) * 0.7, false);
    ASSERT_TRUE(fewFake.centred.defined());
    auto fullFake = fewFake;
    fullFake.centred = torch::Tensor();
    const double viaFull = frechetDistance(real, fullFake);
    ASSERT_NEAR(frechetDistance(real, fewFake), viaFull, 1e-6 * viaFull);

    // The cache keeps the factor and its kind; a file written before the factor (a symmetric
    // square root under "cov_sqrt") loads with a factor derived from its covariance.
    const auto path = m_tmp / "factor/stats.pt";
    saveStats(real, path);
    const auto loaded = loadStats(path);
    ASSERT_TRUE(loaded.factor.triangular);
    ASSERT_TRUE(loaded.factor.matrix.equal(real.factor.matrix));
    torch::serialize::OutputArchive old;
    old.write("mean", real.mean);
    old.write("cov", real.cov);
    old.write("cov_sqrt", symmetricSqrt(real.cov));
    old.write("count", torch::tensor(real.count));
    const auto oldPath = m_tmp / "factor/old.pt";
    old.save_to(oldPath);
    const auto fromOld = loadStats(oldPath);
    ASSERT_EQ(fromOld.count, real.count);
    ASSERT_TRUE(fromOld.factor.triangular);
    torch::serialize::InputArchive upgraded; // written again with the factor
    upgraded.load_from(oldPath);
    torch::Tensor factor;
    ASSERT_TRUE(upgraded.try_read("cov_factor", factor));
    ASSERT_TRUE(factor.equal(fromOld.factor.matrix));
    ASSERT_NEAR(frechetDistance(fromOld, fake), frechetDistance(real, fake), 1e-12);
}

TEST_F(TestMetrics, kernelDistanceIsNearZeroForOneDistributionAndGrowsWithShift) {
    auto rng = seeded(2);
    const auto a = torch::randn({600, 32}, rng), b = torch::randn({600, 32}, rng);
    const auto same = kernelInceptionDistance(a, b, rng, 50, 300);
    ASSERT_TRUE(std::abs(same.mean) < 3 * same.stddev + 1e-3);
    const auto near = kernelInceptionDistance(a, b + 0.3, rng, 50, 300);
    const auto far = kernelInceptionDistance(a, b + 1.0, rng, 50, 300);
    ASSERT_TRUE(near.mean > same.mean + 3 * same.stddev);
    ASSERT_TRUE(far.mean > near.mean);
    ASSERT_TRUE(far.stddev > 0);
}

TEST_F(TestMetrics, precisionAndRecallSeeCoverage) {
    auto rng = seeded(3);
    const auto real = torch::randn({400, 8}, rng);
    const auto same = precisionRecall(real, real, 3);
    ASSERT_DOUBLE_EQ(same.precision, 1.0);
    ASSERT_DOUBLE_EQ(same.recall, 1.0);
    const auto draw = precisionRecall(real, torch::randn({400, 8}, rng), 3);
    ASSERT_TRUE(draw.precision > 0.6 && draw.recall > 0.6);
    const auto shifted = precisionRecall(real, torch::randn({400, 8}, rng) + 3.0, 3);
    ASSERT_TRUE(shifted.precision < 0.2);
    ASSERT_TRUE(shifted.recall < 0.2);
    // Mode collapse: all fakes near one real point → precise, but no recall.
    const auto collapsed = real[0].unsqueeze(0) + 0.01 * torch::randn({400, 8}, rng);
    const auto c = precisionRecall(real, collapsed, 3);
    ASSERT_TRUE(c.precision > 0.9);
    ASSERT_TRUE(c.recall < 0.1);
}

TEST_F(TestMetrics, msSsimOfAnImageWithItselfIsOneAndOfNoiseIsLow) {
    auto rng = seeded(4);
    const auto images = blobs(8, 32, rng).to(torch::kFloat);
    const auto scales = msSsimScales(32);
    ASSERT_EQ(scales.scales, 2); // 32 and 16 hold an 11-pixel window; 8 does not
    ASSERT_TRUE(std::abs(std::accumulate(scales.weights.begin(), scales.weights.end(), 0.0) - 1) <
                1e-12);
    ASSERT_EQ(msSsimScales(256).scales, 5);
    const auto self = msSsim(images, images, scales);
    ASSERT_TRUE(torch::allclose(self, torch::ones_like(self), 1e-9, 1e-9));
    const auto n1 = noise(8, 32, rng).to(torch::kFloat), n2 = noise(8, 32, rng).to(torch::kFloat);
    ASSERT_TRUE(msSsim(n1, n2, scales).max().item<double>() < 0.1);
    // Diversity: a set of copies scores 1, a varied set much lower.
    const auto copies = blobs(1, 32, rng).expand({20, 1, 32, 32}).contiguous();
    ASSERT_TRUE(meanPairMsSsim(copies, 50, rng) > 0.999);
    ASSERT_TRUE(meanPairMsSsim(noise(20, 32, rng), 50, rng) < 0.1);
}

TEST_F(TestMetrics, independentCriticSeparatesDifferentDistributionsOnly) {
    auto rng = seeded(5);
    const auto real = blobs(256, 16, rng), heldOut = blobs(128, 16, rng);
    const auto sameTrain = blobs(256, 16, rng), sameFresh = blobs(128, 16, rng);
    const auto otherTrain = noise(256, 16, rng), otherFresh = noise(128, 16, rng);
    const double same = independentWasserstein(real, sameTrain, heldOut, sameFresh, 150, 7);
    const double different = independentWasserstein(real, otherTrain, heldOut, otherFresh, 150, 7);
    std::cout << "IW same " << same << " different " << different << std::endl;
    ASSERT_TRUE(different > 1.0);
    ASSERT_TRUE(std::abs(same) < 0.2 * different);
    // A fixed budget and seed give the same number again.
    ASSERT_DOUBLE_EQ(independentWasserstein(real, sameTrain, heldOut, sameFresh, 150, 7), same);
}

TEST_F(TestMetrics, torchScriptFeaturesLoadThroughTheInceptionLoader) {
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
    ASSERT_EQ(net->name(), std::string("inception:tiny_inception"));
    ASSERT_EQ(net->dim(), 27);
    auto rng = seeded(6);
    const auto images = blobs(5, 20, rng);
    const auto f = extractFeatures(*net, images);
    ASSERT_EQ(f.sizes(), (c10::IntArrayRef{5, 27}));
    // Gray input is repeated to RGB in [0,1]: the three channel blocks agree.
    ASSERT_TRUE(torch::allclose(f.slice(1, 0, 9), f.slice(1, 9, 18)));
    ASSERT_TRUE(f.max().item<double>() <= 2.0 + 1e-6);

    // Broken or wrong files are refused with the file's name.
    const std::string junk = m_tmp / "junk.pt";
    std::ofstream(junk) << "not a model";
    try {
        makeFeatureNetwork("inception:" + junk);
        FAIL() << "a junk file was accepted";
    } catch (const Error& e) {
        ASSERT_TRUE(std::string(e.what()).find("junk.pt") != std::string::npos);
    }
    torch::jit::Module wrong("Wrong");
    wrong.define("def forward(self, x):\n    return x\n");
    wrong.save(m_tmp / "wrong.pt");
    ASSERT_THROW(makeFeatureNetwork("inception:" + (m_tmp / "wrong.pt")), Error);
    ASSERT_THROW(makeFeatureNetwork("inception:" + (m_tmp / "none.pt")), Error);
    ASSERT_THROW(makeFeatureNetwork("resnet50"), Error);
}

TEST_F(TestMetrics, randomFeaturesAreFixedAndNamed) {
    auto a = makeFeatureNetwork("random"), b = makeFeatureNetwork("random");
    ASSERT_EQ(a->name(), std::string("random"));
    auto rng = seeded(8);
    const auto images = blobs(4, 32, rng);
    ASSERT_TRUE(torch::equal(a->embed(images), b->embed(images))); // fixed seed: reproducible
    ASSERT_EQ(a->embed(images).size(1), std::int64_t(a->dim()));
}

// Without a step count the classifier trains 800 steps, or 200 passes over a small dataset.
TEST_F(TestMetrics, classifierStepsFollowTheDatasetWhenNotGiven) {
    writeShapesFolder(m_tmp / "few", 2, 5, 16);
    ClassifierSettings s;
    s.dataPath = m_tmp / "few";
    s.resolution = 16;
    ASSERT_EQ(s.steps, 0);
    const auto report = trainClassifier(s, m_tmp / "few.pt", {}, {});
    ASSERT_LT(report.trainImages, s.batchSize); // one batch is one pass
    ASSERT_EQ(report.steps, 200);
}

TEST_F(TestMetrics, classifierTrainsSavesLoadsAndScores) {
    writeShapesFolder(m_tmp / "labelled", 3, 30, 16);
    ClassifierSettings s;
    s.dataPath = m_tmp / "labelled";
    s.resolution = 16;
    s.steps = 120;
    s.batchSize = 32;
    const std::string path = m_tmp / "clf.pt";
    const auto report = trainClassifier(s, path, {}, {});
    ASSERT_TRUE(fs::exists(path));
    ASSERT_EQ(report.steps, 120); // as asked
    ASSERT_EQ(report.classes, 3);
    ASSERT_EQ(report.name, std::string("labelled"));
    ASSERT_TRUE(report.validationAccuracy >= 0.8) << report.validationAccuracy;
    const auto loaded = Classifier::load(path);
    ASSERT_EQ(loaded->meta().classNames.size(), std::size_t(3));
    ASSERT_DOUBLE_EQ(loaded->meta().validationAccuracy, report.validationAccuracy);
    auto features = makeFeatureNetwork("classifier:" + path);
    ASSERT_EQ(features->name(), std::string("classifier:labelled"));
    ASSERT_EQ(features->dim(), 128);
    // Unlabelled data cannot train a classifier; a junk file is not one.
    writeImageFolder(m_tmp / "unlabelled", 1, 10, 16, 1);
    s.dataPath = m_tmp / "unlabelled";
    ASSERT_THROW(trainClassifier(s, m_tmp / "x.pt", {}, {}), Error);
    ASSERT_FALSE(fs::exists(m_tmp / "x.pt"));
    std::ofstream(m_tmp / "junk-clf.pt") << "junk";
    ASSERT_THROW(Classifier::load(m_tmp / "junk-clf.pt"), Error);
}

TEST_F(TestMetrics, realStatisticsAreCachedOnDisk) {
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
    ASSERT_FALSE(first.realStatsFromCache());
    ASSERT_TRUE(fs::exists(first.statsCachePath()));
    EvalContext second(in);
    ASSERT_TRUE(torch::equal(second.realStats().cov, a.cov));
    ASSERT_TRUE(second.realStatsFromCache());
    // Another sample count is another entry.
    in.samples = 50;
    EvalContext third(in);
    ASSERT_TRUE(third.statsCachePath() != first.statsCachePath());
    ASSERT_FALSE((third.realStats(), third.realStatsFromCache()));
    // Generated blobs are close to real blobs; noise is far.
    in.samples = 100;
    EvalContext blobsCtx(in);
    const double good = frechetDistance(blobsCtx.realStats(), blobsCtx.fakeStats());
    in.sample = [](std::int64_t n, const torch::Tensor&, at::Generator& g) {
        return noise(static_cast<int>(n), 16, g);
    };
    EvalContext noiseCtx(in);
    ASSERT_TRUE(frechetDistance(noiseCtx.realStats(), noiseCtx.fakeStats()) > 5 * good);
}
