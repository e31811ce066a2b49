// Tests of weight transfer from a pretrained source (Transferring GANs, SEEDS §1): exact round
// trips of G and D, refusals that name the layer and the reason, Cond Concat copying the old
// columns, Cond BN reproducing the unconditional G for every class, gray ↔ colour, a progressive
// model growing a level, and a run started from a source folder.
#include "torch_prelude.h"

#include "api/error.h"
#include "api/training_run.h"
#include "support/test_data.h"
#include "train/trainer.h"
#include "transfer/weight_transfer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

torch::Tensor tinyImages(int n, int size, int channels = 1) {
    return torch::randint(0, 256, {n, channels, size, size}, torch::kLong).to(torch::kUInt8);
}

TrainConfig tinyConfig(const std::string& model = "dcgan") {
    TrainConfig c;
    c.device = "cpu"; // the tests hand it CPU tensors directly
    c.model = model;
    c.loss = model == "dcgan" ? "nonsaturating" : "wgan-gp";
    c.resolution = 16;
    c.latentDim = 12;
    c.width = 0.125;
    c.batchSize = 4;
    c.seed = 3;
    c.healthEvery = 0;
    if (model == "pggan")
        c.growth = {.startResolution = 4, .stabiliseImages = 8, .fadeImages = 8, .batchSizes = {}};
    return c;
}

// A trained source checkpoint: two steps on random data, written to path.
std::unique_ptr<Trainer> trainedSource(const TrainConfig& c, int channels, int classes,
                                       const std::string& path) {
    auto t = std::make_unique<Trainer>(c, channels, classes);
    const int n = 16;
    t->setData(tinyImages(n, c.resolution, channels),
               classes > 0 ? torch::arange(n, torch::kLong).remainder(classes) : torch::Tensor());
    t->step();
    t->step();
    t->saveCheckpoint(path);
    return t;
}

TransferSettings from(const std::string& path, bool g = true, bool d = true) {
    TransferSettings s;
    s.source = path;
    s.generator = g;
    s.discriminator = d;
    return s;
}

double maxDiff(const torch::Tensor& a, const torch::Tensor& b) {
    return (a.to(torch::kDouble) - b.to(torch::kDouble)).abs().max().item<double>();
}

void expectSameState(torch::nn::Module& a, torch::nn::Module& b) {
    const auto pa = a.named_parameters(), pb = b.named_parameters();
    for (const auto& p : pa)
        ASSERT_TRUE(torch::equal(p.value(), pb[p.key()])) << p.key();
    const auto ba = a.named_buffers(), bb = b.named_buffers();
    for (const auto& p : ba)
        ASSERT_TRUE(torch::equal(p.value(), bb[p.key()])) << p.key();
}

void expectRefused(const TrainConfig& target, int channels, int classes, const std::string& source,
                   const std::vector<std::string>& words) {
    Trainer t(target, channels, classes);
    const auto before = t.generator().parameters().front().clone();
    try {
        transferWeights(t, from(source));
        FAIL() << "the transfer was not refused";
    } catch (const Error& e) {
        const std::string what = e.what();
        ASSERT_TRUE(what.find(source) != std::string::npos) << what;
        for (const auto& w : words)
            ASSERT_TRUE(what.find(w) != std::string::npos) << (w + " missing in: " + what);
    }
    ASSERT_TRUE(torch::equal(before, t.generator().parameters().front())); // nothing half-applied
}

} // namespace

TEST(TransferTest, roundTripCopiesEveryTensorAndStartsFresh) {
    TempDir tmp;
    const auto ckpt = tmp / "source.pt";
    for (const std::string model : {"dcgan", "resnet", "biggan"}) {
        TrainConfig c = tinyConfig(model);
        if (model == "biggan") {
            c.loss = "hinge";
            c.conditional = true;
        }
        const int classes = model == "biggan" ? 3 : 0;
        auto source = trainedSource(c, 1, classes, ckpt);
        TrainConfig target = c;
        target.seed = 99; // different initial weights
        Trainer t(target, 1, classes);
        const auto report = transferWeights(t, from(ckpt));
        ASSERT_TRUE(report.adapted.empty() && report.fresh.empty() && report.dropped.empty())
            << model;
        ASSERT_TRUE(report.copied > 0);
        ASSERT_EQ(report.sourceStep, std::int64_t{2});
        expectSameState(t.generator(), source->generator());
        expectSameState(t.discriminator(), source->discriminator());
        // The EMA G starts from the loaded G (not the source's EMA); training starts at 0
        // with fresh optimisers, and a step runs.
        expectSameState(t.emaGenerator(), source->generator());
        ASSERT_EQ(t.stepCount(), std::int64_t{0});
        t.setData(tinyImages(8, 16),
                  classes ? torch::arange(8).remainder(classes) : torch::Tensor());
        ASSERT_TRUE(std::isfinite(t.step().lossD));
    }
}

TEST(TransferTest, pretrainedGWithScratchD) {
    TempDir tmp;
    const auto ckpt = tmp / "source.pt";
    const TrainConfig c = tinyConfig();
    auto source = trainedSource(c, 1, 0, ckpt);
    TrainConfig target = c;
    target.seed = 7;
    Trainer t(target, 1, 0), scratch(target, 1, 0);
    const auto report = transferWeights(t, from(ckpt, true, false));
    ASSERT_TRUE(report.generator && !report.discriminator);
    expectSameState(t.generator(), source->generator());
    expectSameState(t.discriminator(), scratch.discriminator());
    Trainer onlyD(target, 1, 0);
    transferWeights(onlyD, from(ckpt, false, true));
    expectSameState(onlyD.generator(), scratch.generator());
    expectSameState(onlyD.discriminator(), source->discriminator());
}

TEST(TransferTest, refusesMismatchesByNameAndReason) {
    TempDir tmp;
    const auto ckpt = tmp / "source.pt";
    const TrainConfig c = tinyConfig();
    trainedSource(c, 1, 0, ckpt);
    TrainConfig other = c;
    other.width = 0.25;
    expectRefused(other, 1, 0, ckpt, {"width", "channel count"});
    other = tinyConfig("resnet");
    expectRefused(other, 1, 0, ckpt, {"dcgan", "resnet", "family"});
    other = c;
    other.resolution = 32;
    expectRefused(other, 1, 0, ckpt, {"16 px", "32 px", "progressive"});
    other = c;
    other.latentDim = 20;
    expectRefused(other, 1, 0, ckpt, {"latent"});
    other = c;
    other.discriminator = DiscriminatorKind::Projected;
    other.projectedFeatures = {FeatureSource::Random, {}};
    other.loss = "hinge";
    expectRefused(other, 1, 0, ckpt, {"discriminator", "projected"});

    // Tensor by tensor: a conditional source with 3 classes cannot become one with 4.
    const auto cond = tmp / "cond.pt";
    TrainConfig c3 = c;
    c3.conditional = true;
    trainedSource(c3, 1, 3, cond);
    expectRefused(c3, 1, 4, cond, {"G.body.0.weight is [15×", "[16×", "4 classes"});
    // And an AC head of 3 classes does not fit 4 either (named).
    const auto ac = tmp / "ac.pt";
    TrainConfig acConfig = c3;
    acConfig.auxClassifier = true;
    trainedSource(acConfig, 1, 3, ac);
    expectRefused(acConfig, 1, 4, ac, {"D.class_head.weight"});
    // Not a checkpoint at all.
    const auto junk = tmp / "junk.pt";
    writeBytes(junk, {1, 2, 3});
    expectRefused(c, 1, 0, junk, {"not a whole checkpoint file"});
    expectRefused(c, 1, 0, tmp / "missing", {"no such run folder"});
}

TEST(TransferTest, condConcatCopiesOldColumnsExactly) {
    TempDir tmp;
    const auto ckpt = tmp / "source.pt";
    for (const std::string model : {"dcgan", "resnet"}) {
        const TrainConfig c = tinyConfig(model);
        auto source = trainedSource(c, 1, 0, ckpt);
        TrainConfig target = c;
        target.conditional = true;
        Trainer t(target, 1, 5), init(target, 1, 5);
        const auto report = transferWeights(t, from(ckpt));
        int concat = 0;
        for (const auto& a : report.adapted)
            concat += a.find("Cond Concat") != std::string::npos;
        ASSERT_EQ(concat, 2); // G's input columns and D's input planes
        const auto gName = model == "dcgan" ? "body.0.weight" : "linear.weight";
        const int dim = model == "dcgan" ? 0 : 1; // ConvTranspose2d [in, out] / Linear [out, in]
        const auto src = source->generator().named_parameters()[gName];
        const auto dst = t.generator().named_parameters()[gName];
        const auto fresh = init.generator().named_parameters()[gName];
        ASSERT_TRUE(torch::equal(dst.narrow(dim, 0, 12), src));
        ASSERT_TRUE(torch::equal(dst.narrow(dim, 12, 5), fresh.narrow(dim, 12, 5)));
        const auto dName = model == "dcgan" ? "body.0.weight" : "from_image.weight";
        const auto dSrc = source->discriminator().named_parameters()[dName];
        const auto dDst = t.discriminator().named_parameters()[dName];
        ASSERT_TRUE(torch::equal(dDst.narrow(1, 0, 1), dSrc));
    }
}

TEST(TransferTest, condBnReproducesTheUnconditionalGForEveryClass) {
    TempDir tmp;
    const auto ckpt = tmp / "source.pt";
    for (const std::string model : {"dcgan", "resnet"}) {
        const TrainConfig c = tinyConfig(model);
        auto source = trainedSource(c, 1, 0, ckpt);
        TrainConfig target = c;
        target.conditional = true;
        target.conditioning = Conditioning::ClassBatchNorm;
        target.seed = 11;
        Trainer t(target, 1, 4);
        const auto report = transferWeights(t, from(ckpt, true, false));
        int condBn = 0;
        for (const auto& a : report.adapted)
            condBn += a.find("Cond BN") != std::string::npos;
        ASSERT_TRUE(condBn >= 4) << model; // weight and bias of at least two BNs
        torch::NoGradGuard noGrad;
        const auto z = torch::randn({6, 12});
        for (bool training : {false, true}) {
            source->generator().train(training);
            t.generator().train(training);
            const auto expected = source->generator().forward(z, {});
            for (int k = 0; k < 4; ++k) {
                const auto y = torch::full({6}, k, torch::kLong);
                const auto got = t.generator().forward(z, y);
                ASSERT_TRUE(maxDiff(got, expected) < 1e-5)
                    << (model + " class " + std::to_string(k));
            }
        }
        // Once the classes' rows train apart, the classes differ.
        t.generator().eval();
        const auto z2 = torch::randn({2, 12});
        if (model == "dcgan") {
            t.generator().named_parameters()["body.1.weight"][2].mul_(3.0);
            ASSERT_TRUE(maxDiff(t.generator().forward(z2, torch::full({2}, 2, torch::kLong)),
                                t.generator().forward(z2, torch::full({2}, 1, torch::kLong))) >
                        1e-3);
        }
    }
}

TEST(TransferTest, grayAndColourAdaptExactlyWhereTheMathsSays) {
    TempDir tmp;
    const auto gray = tmp / "gray.pt", colour = tmp / "colour.pt";
    TrainConfig c = tinyConfig();
    auto graySource = trainedSource(c, 1, 0, gray);
    auto colourSource = trainedSource(c, 3, 0, colour);
    torch::NoGradGuard noGrad;
    const auto z = torch::randn({4, 12});
    const auto x = torch::rand({4, 1, 16, 16}) * 2 - 1;

    Trainer toColour(c, 3, 0);
    TransferReport up;
    try {
        up = transferWeights(toColour, from(gray));
    } catch (const Error& e) {
        FAIL() << e.what();
    }
    ASSERT_EQ(up.adapted.size(), std::size_t{2}); // G's last layer, D's first
    for (auto* m :
         std::vector<torch::nn::Module*>{&graySource->generator(), &graySource->discriminator(),
                                         &toColour.generator(), &toColour.discriminator()})
        m->eval();
    const auto g1 = graySource->generator().forward(z, {});
    const auto g3 = toColour.generator().forward(z, {});
    ASSERT_EQ(g3.size(1), std::int64_t{3});
    for (int ch = 0; ch < 3; ++ch)
        ASSERT_TRUE(maxDiff(g3.narrow(1, ch, 1), g1) < 1e-6); // gray output in all three
    const auto d1 = graySource->discriminator().forward(x, {});
    const auto d3 = toColour.discriminator().forward(x.repeat({1, 3, 1, 1}), {});
    ASSERT_TRUE(maxDiff(d1, d3) < 1e-4); // D sees a gray image in colour as before

    Trainer toGray(c, 1, 0);
    transferWeights(toGray, from(colour));
    colourSource->discriminator().eval();
    toGray.discriminator().eval();
    const auto dc = colourSource->discriminator().forward(x.repeat({1, 3, 1, 1}), {});
    const auto dg = toGray.discriminator().forward(x, {});
    ASSERT_TRUE(maxDiff(dc, dg) < 1e-4);
}

TEST(TransferTest, progressiveModelGrowsALevelFromItsSource) {
    TempDir tmp;
    const auto ckpt = tmp / "source.pt";
    TrainConfig c = tinyConfig("pggan");
    c.driftWeight = 0.001;
    auto source = trainedSource(c, 1, 0, ckpt);
    TrainConfig target = c;
    target.resolution = 32;
    target.transfer = from(ckpt);
    std::vector<std::string> notes;
    const TrainConfig adapted = adaptConfigToSource(target, &notes);
    ASSERT_EQ(adapted.growth.startResolution, 16);
    ASSERT_EQ(notes.size(), std::size_t{1});
    Trainer t(adapted, 1, 0);
    const auto report = transferWeights(t, adapted.transfer);
    bool newLevelFresh = false;
    for (const auto& f : report.fresh)
        newLevelFresh |= f.rfind("G.to_rgb_3", 0) == 0 || f.rfind("G.conv1_3", 0) == 0;
    ASSERT_TRUE(newLevelFresh);
    ASSERT_TRUE(report.dropped.empty());
    expectSameState(*t.generator().named_children()["conv2_2"],
                    *source->generator().named_children()["conv2_2"]);
    // Growth starts with the source's top level stable, before the new one fades in.
    ASSERT_EQ(t.growthState()->resolution, 16);
    ASSERT_DOUBLE_EQ(t.growthState()->alpha, 1.0);
    // Growing down is refused.
    const auto big = tmp / "big.pt";
    trainedSource(target, 1, 0, big);
    expectRefused(c, 1, 0, big, {"32 px", "does not drop"});
}

TEST(TransferTest, runStartsFromASourceRunFolder) {
    TempDir tmp;
    writeImageFolder(tmp / "data", 2, 12, 16, 1);
    TrainConfig c = tinyConfig();
    c.dataPath = tmp / "data";
    c.steps = 3;
    c.checkpointEvery = 3;
    c.sampleEvery = 0;
    c.conditional = false;
    {
        auto source = TrainingRun::create(c, tmp / "source");
        source.train(3, {});
    }
    TrainConfig target = c;
    target.conditional = true;
    target.conditioning = Conditioning::ClassBatchNorm;
    target.transfer = from(tmp / "source", true, true);
    const TransferReport plan = planTransfer(target, 1, 2);
    ASSERT_TRUE(plan.checkpoint.find("/checkpoints/step-") != std::string::npos);
    ASSERT_EQ(plan.sourceStep, std::int64_t{3});
    auto run = TrainingRun::create(target, tmp / "target");
    ASSERT_TRUE(fs::exists(tmp / "target/transfer.json"));
    ASSERT_EQ(run.step(), std::int64_t{0});
    run.train(2, {});
    ASSERT_EQ(run.step(), std::int64_t{2});
    // A bad source leaves no half-made run behind.
    TrainConfig bad = target;
    bad.width = 0.25;
    ASSERT_THROW(TrainingRun::create(bad, tmp / "bad"), Error);
    ASSERT_FALSE(fs::exists(tmp / "bad"));
}
