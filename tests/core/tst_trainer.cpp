// Tests of the Trainer and its checkpoints: round trip, refusal of non-finite weights, clear
// errors for foreign files, truncation bounds.
#include "torch_prelude.h"

#include "api/error.h"
#include "support/test_data.h"
#include "train/latent.h"
#include "train/trainer.h"
#include "util/atomic_file.h"

#include <QtTest/QtTest>

#include <ATen/CPUGeneratorImpl.h>

#include <filesystem>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

TrainConfig tinyConfig(const std::string& model = "dcgan",
                       const std::string& loss = "nonsaturating") {
    TrainConfig c;
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

class TestTrainer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepsChangeParametersAndReportStats() {
        Trainer t(tinyConfig(), 1, 0);
        t.setData(tinyImages(), {});
        const auto before = t.generator().parameters()[0].clone();
        const auto stats = t.step();
        QCOMPARE(stats.step, 1);
        QVERIFY(std::isfinite(stats.lossD) && std::isfinite(stats.lossG));
        QVERIFY(stats.gradNormD > 0 && stats.gradNormG > 0);
        QVERIFY(stats.imagesPerSec > 0);
        QVERIFY(!torch::equal(before, t.generator().parameters()[0]));
        QVERIFY(!sameParameters(t.generator(), t.emaGenerator())); // EMA lags behind G
    }

    void checkpointRoundTripContinuesIdentically() {
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
        QCOMPARE(b.stepCount(), 2);
        QVERIFY(sameParameters(a.generator(), b.generator()));
        QVERIFY(sameParameters(a.discriminator(), b.discriminator()));
        QVERIFY(sameParameters(a.emaGenerator(), b.emaGenerator()));
        const auto sa = a.step(), sb = b.step(); // optimiser moments, RNG and data order restored
        QCOMPARE(sa.lossD, sb.lossD);
        QCOMPARE(sa.lossG, sb.lossG);
        QVERIFY(sameParameters(a.generator(), b.generator()));
    }

    void nonFiniteWeightsAreNeverWritten() {
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
        QVERIFY_THROWS_EXCEPTION(Error, t.saveCheckpoint(dir / "c.pt"));
        QCOMPARE(readBytes(dir / "c.pt"), good);
        QCOMPARE(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()),
                 1); // no temp left
    }

    void foreignOrBrokenFilesGiveNamedErrors() {
        TempDir dir;
        Trainer small(tinyConfig(), 1, 0);
        small.saveCheckpoint(dir / "small.pt");
        TrainConfig wide = tinyConfig();
        wide.width = 0.5;
        Trainer big(wide, 1, 0);
        try {
            big.loadCheckpoint(dir / "small.pt");
            QFAIL("expected a shape error");
        } catch (const Error& e) {
            QCOMPARE(e.path(), dir / "small.pt");
            QCOMPARE(e.kind(), ErrorKind::Checkpoint);
            QVERIFY2(std::string(e.what()).find("G.body.0.weight") != std::string::npos, e.what());
        }
        auto bytes = readBytes(dir / "small.pt");
        bytes.resize(bytes.size() / 3);
        writeBytes(dir / "torn.pt", bytes);
        QVERIFY_THROWS_EXCEPTION(Error, small.loadCheckpoint(dir / "torn.pt"));
        writeBytes(dir / "text.pt", {'h', 'e', 'l', 'l', 'o'});
        QVERIFY_THROWS_EXCEPTION(Error, small.loadCheckpoint(dir / "text.pt"));
    }

    void failedVerificationKeepsTheOldFile() {
        TempDir dir;
        writeBytes(dir / "f", {1, 2, 3});
        QVERIFY_THROWS_EXCEPTION(
            Error,
            commitFileAtomically(
                dir / "f",
                [](const std::string& temp) {
                    writeBytes(temp, {9, 9});
                },
                [&](const std::string&) { throw Error(ErrorKind::Checkpoint, dir / "f", "bad"); }));
        QCOMPARE(readBytes(dir / "f"), (std::vector<std::uint8_t>{1, 2, 3}));
        QCOMPARE(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
    }

    void truncationNeverExceedsThreshold_data() {
        QTest::addColumn<double>("threshold");
        QTest::newRow("0.1") << 0.1;
        QTest::newRow("0.5") << 0.5;
        QTest::newRow("1.0") << 1.0;
        QTest::newRow("2.0") << 2.0;
    }
    void truncationNeverExceedsThreshold() {
        QFETCH(double, threshold);
        at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(3);
        const auto z = sampleLatent(256, 64, threshold, rng);
        QVERIFY(z.abs().max().item<double>() <= threshold);
        QVERIFY(z.std().item<double>() > threshold / 4); // resampled, not collapsed to a constant
        const auto free = sampleLatent(4096, 8, 0, rng);
        QVERIFY(free.abs().max().item<double>() > 2.5); // untruncated really is a normal
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
