// Tests of the Trainer and its checkpoints: round trip, refusal of non-finite weights, clear
// errors for foreign files, truncation bounds.
#include "torch_prelude.h"

#include "api/error.h"
#include "support/test_data.h"
#include "support/test_util.h"
#include "train/latent.h"
#include "train/trainer.h"
#include "util/atomic_file.h"

#include <gtest/gtest.h>

#include <ATen/CPUGeneratorImpl.h>

#include <filesystem>
#include <iomanip>
#include <sstream>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

TrainConfig tinyConfig(const std::string& model = "dcgan",
                       const std::string& loss = "nonsaturating") {
    TrainConfig c;
    c.device = "cpu"; // the tests hand it CPU tensors directly
    c.model = model;
    c.loss = loss;
    c.resolution = 8;
    c.latentDim = 8;
    c.width = 0.125;
    c.batchSize = 4;
    c.seed = 7;
    return c;
}

torch::Tensor tinyImages(int n = 12) {
    return torch::randint(0, 256, {n, 1, 8, 8}, torch::kLong).to(torch::kUInt8);
}

bool sameParameters(torch::nn::Module& a, torch::nn::Module& b) {
    const auto pa = a.named_parameters(), pb = b.named_parameters();
    for (const auto& item : pa)
        if (!torch::equal(item.value(), pb[item.key()]))
            return false;
    return true;
}

} // namespace

TEST(TestTrainer, stepsChangeParametersAndReportStats) {
    Trainer t(tinyConfig(), 1, 0);
    t.setData(tinyImages(), {});
    const auto before = t.generator().parameters()[0].clone();
    const auto stats = t.step();
    ASSERT_EQ(stats.step, 1);
    ASSERT_TRUE(std::isfinite(stats.lossD) && std::isfinite(stats.lossG));
    ASSERT_TRUE(stats.gradNormD > 0 && stats.gradNormG > 0);
    ASSERT_TRUE(stats.imagesPerSec > 0);
    ASSERT_FALSE(torch::equal(before, t.generator().parameters()[0]));
    ASSERT_FALSE(sameParameters(t.generator(), t.emaGenerator())); // EMA lags behind G
}

TEST(TestTrainer, gradientsAreClippedBeforeEachAdamStep) {
    TrainConfig c = tinyConfig();
    c.gradClip = 1e-3;
    Trainer t(c, 1, 0);
    t.setData(tinyImages(), {});
    const auto stats = t.step();
    // The stats report the norm before clipping; what Adam stepped with was clipped.
    ASSERT_GT(stats.gradNormG, 1e-3);
    ASSERT_GT(stats.gradNormD, 1e-3);
    ASSERT_LE(gradientNorm(t.generator()), 1e-3 * (1 + 1e-5));
    ASSERT_LE(gradientNorm(t.discriminator()), 1e-3 * (1 + 1e-5));
    // Off (0), nothing is clipped.
    Trainer free(tinyConfig(), 1, 0);
    free.setData(tinyImages(), {});
    free.step();
    ASSERT_GT(gradientNorm(free.generator()), 1e-3);
}

TEST(TestTrainer, checkpointRoundTripContinuesIdentically) {
    TempDir dir;
    Trainer a(tinyConfig("resnet", "wgan-gp"), 1, 0);
    const auto images = tinyImages();
    a.setData(images, {});
    a.step();
    a.step();
    a.saveCheckpoint(dir / "c.pt");
    TrainConfig other = tinyConfig("resnet", "wgan-gp");
    other.seed = 99; // different initial weights, overwritten by the load
    Trainer b(other, 1, 0);
    b.setData(images, {});
    b.loadCheckpoint(dir / "c.pt");
    ASSERT_EQ(b.stepCount(), 2);
    ASSERT_TRUE(sameParameters(a.generator(), b.generator()));
    ASSERT_TRUE(sameParameters(a.discriminator(), b.discriminator()));
    ASSERT_TRUE(sameParameters(a.emaGenerator(), b.emaGenerator()));
    const auto sa = a.step(), sb = b.step(); // optimiser moments, RNG and data order restored
    ASSERT_DOUBLE_EQ(sa.lossD, sb.lossD);
    ASSERT_DOUBLE_EQ(sa.lossG, sb.lossG);
    ASSERT_TRUE(sameParameters(a.generator(), b.generator()));
}

TEST(TestTrainer, nonFiniteWeightsAreNeverWritten) {
    TempDir dir;
    Trainer t(tinyConfig(), 1, 0);
    t.setData(tinyImages(), {});
    t.step();
    t.saveCheckpoint(dir / "c.pt");
    const auto good = readBytes(dir / "c.pt");
    {
        torch::NoGradGuard guard;
        t.generator().parameters()[0].view(-1)[0] = std::numeric_limits<float>::quiet_NaN();
    }
    ASSERT_THROW(t.saveCheckpoint(dir / "c.pt"), Error);
    ASSERT_EQ(readBytes(dir / "c.pt"), good);
    ASSERT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()),
              1); // no temp left
}

TEST(TestTrainer, foreignOrBrokenFilesGiveNamedErrors) {
    TempDir dir;
    Trainer small(tinyConfig(), 1, 0);
    small.saveCheckpoint(dir / "small.pt");
    TrainConfig wide = tinyConfig();
    wide.width = 0.5;
    Trainer big(wide, 1, 0);
    try {
        big.loadCheckpoint(dir / "small.pt");
        FAIL() << "expected a shape error";
    } catch (const Error& e) {
        ASSERT_EQ(e.path(), dir / "small.pt");
        ASSERT_EQ(e.kind(), ErrorKind::Checkpoint);
        ASSERT_TRUE(std::string(e.what()).find("G.body.0.weight") != std::string::npos) << e.what();
    }
    auto bytes = readBytes(dir / "small.pt");
    bytes.resize(bytes.size() / 3);
    writeBytes(dir / "torn.pt", bytes);
    ASSERT_THROW(small.loadCheckpoint(dir / "torn.pt"), Error);
    writeBytes(dir / "text.pt", {'h', 'e', 'l', 'l', 'o'});
    ASSERT_THROW(small.loadCheckpoint(dir / "text.pt"), Error);
}

TEST(TestTrainer, failedVerificationKeepsTheOldFile) {
    TempDir dir;
    writeBytes(dir / "f", {1, 2, 3});
    ASSERT_THROW(commitFileAtomically(
                     dir / "f",
                     [](const std::string& temp) {
                         writeBytes(temp, {9, 9});
                     },
                     [&](const std::string&) {
                         throw Error(ErrorKind::Checkpoint, dir / "f", plainText("bad"));
                     }),
                 Error);
    ASSERT_EQ(readBytes(dir / "f"), (std::vector<std::uint8_t>{1, 2, 3}));
    ASSERT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

class TruncationThreshold : public ::testing::TestWithParam<double> {};

INSTANTIATE_TEST_SUITE_P(TestTrainer, TruncationThreshold, ::testing::Values(0.1, 0.5, 1.0, 2.0),
                         [](const auto& info) {
                             std::ostringstream name;
                             name << std::fixed << std::setprecision(1) << info.param;
                             return testNameOf(name.str()); // "0.1" → "0_1"
                         });

TEST_P(TruncationThreshold, truncationNeverExceedsThreshold) {
    const double threshold = GetParam();
    at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(3);
    const auto z = sampleLatent(256, 64, threshold, rng);
    ASSERT_TRUE(z.abs().max().item<double>() <= threshold);
    ASSERT_TRUE(z.std().item<double>() > threshold / 4); // resampled, not collapsed to a constant
    const auto free = sampleLatent(4096, 8, 0, rng);
    ASSERT_TRUE(free.abs().max().item<double>() > 2.5); // untruncated really is a normal
}
