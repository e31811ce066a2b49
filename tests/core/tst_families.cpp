// Tests of the seed families in training: a short run per family on tiny data (finite losses,
// trainable parameters move), PG-GAN's growth schedule and fade (exact α at chosen steps, Adam
// resets, real-image blending, resume), the projected D's frozen parts, the AC-GAN terms, and the
// (the health monitor and the collapse guard are tst_health_monitor's).
#include "torch_prelude.h"

#include "api/error.h"
#include "api/presets.h"
#include "api/settings.h"
#include "models/projected_discriminator.h"
#include "support/family_configs.h"
#include "support/test_util.h"
#include "train/health_monitor.h"
#include "train/trainer.h"

#include <gtest/gtest.h>

#include <torch/script.h>

#include <filesystem>
#include <set>

using namespace ganlab;
using ganlab::testing::contains;
using ganlab::testing::familyConfig;
using ganlab::testing::testNameOf;
using ganlab::testing::tinyImages;
using ganlab::testing::tinyLabels;
namespace fs = std::filesystem;

namespace {

// A TorchScript feature network as a user would supply one: four maps at strides 2–16, with a
// parameter and a BatchNorm-like buffer that must never change.
std::string writeFeatureScript(const fs::path& path) {
    torch::jit::Module m("Features");
    m.register_parameter("mix", torch::randn({8, 3, 1, 1}), false);
    m.register_buffer("shift", torch::zeros({8, 1, 1}));
    m.define(R"(
def forward(self, x):
    h = torch.relu(torch.conv2d(x, self.mix) + self.shift)
    a = torch.avg_pool2d(h, 2)
    b = torch.avg_pool2d(a, 2)
    c = torch.avg_pool2d(b, 2)
    d = torch.avg_pool2d(c, 2)
    return [h, a, b, c, d]
)");
    m.save(path.string());
    return "torchscript:" + path.string();
}

std::map<std::string, torch::Tensor> cloneParameters(torch::nn::Module& m, bool trainableOnly) {
    std::map<std::string, torch::Tensor> out;
    for (const auto& item : m.named_parameters())
        if (!trainableOnly || item.value().requires_grad())
            out[item.key()] = item.value().detach().clone();
    return out;
}

} // namespace

class ShortRun : public ::testing::TestWithParam<std::string> {};

INSTANTIATE_TEST_SUITE_P(TestFamilies, ShortRun,
                         ::testing::Values("dcgan", "resnet", "pggan", "biggan", "acgan",
                                           "acgan-resnet", "projected", "projected-biggan",
                                           "projected-pggan"),
                         [](const auto& info) { return testNameOf(info.param); });

TEST_P(ShortRun, shortRunTrains) {
    const std::string& family = GetParam();
    const TrainConfig c = familyConfig(family);
    const int classes = c.conditional ? 3 : 0;
    Trainer t(c, 1, 3);
    t.setData(tinyImages(24, 16), tinyLabels(24, 3));
    const auto g0 = cloneParameters(t.generator(), false);
    const auto d0 = cloneParameters(t.discriminator(), true);
    StepStats last;
    for (int i = 0; i < 6; ++i) {
        last = t.step();
        ASSERT_TRUE(std::isfinite(last.lossD) && std::isfinite(last.lossG)) << family;
        ASSERT_FALSE(last.collapse) << last.collapse->text();
    }
    int movedG = 0, movedD = 0;
    for (const auto& item : t.generator().named_parameters())
        movedG += !torch::equal(item.value(), g0.at(item.key()));
    for (const auto& item : t.discriminator().named_parameters())
        if (item.value().requires_grad())
            movedD += !torch::equal(item.value(), d0.at(item.key()));
    ASSERT_TRUE(movedG > 0 && movedD > 0) << family;
    ASSERT_TRUE(last.health); // health_every 1 in familyConfig: measured at every step
    std::set<std::string> layers;
    for (const auto& layer : last.health->layers)
        if (!layer.sigmas.empty() && std::isfinite(layer.sigmas.front()))
            layers.insert(layer.key);
    ASSERT_TRUE(layers.count("g_first") && layers.count("d_last"));
    const auto& terms = last.lossTerms;
    if (c.auxClassifier) {
        ASSERT_TRUE(terms.count("ac_real") && terms.count("ac_fake") && terms.count("ac_g"));
        ASSERT_EQ(t.spec().numClasses, classes);
    }
    if (c.orthoReg > 0) {
        ASSERT_TRUE(terms.count("ortho") && terms.at("ortho") > 0);
    }
    if (c.driftWeight > 0) {
        ASSERT_TRUE(terms.count("drift"));
    }
    // The EMA generator renders finite images.
    const auto labels = classes ? torch::tensor({0, 1}, torch::kLong) : torch::Tensor();
    torch::NoGradGuard guard;
    t.emaGenerator().eval();
    ASSERT_TRUE(torch::isfinite(t.emaGenerator().forward(torch::randn({2, 12}), labels))
                    .all()
                    .item<bool>());
}

TEST(TestFamilies, growthScheduleExactValues) {
    // 8 → 16 → 32, 100 images stabilising and 50 fading per level, batch 4 / 2 / default.
    const GrowthSchedule s(
        {.startResolution = 8, .stabiliseImages = 100, .fadeImages = 50, .batchSizes = {4, 2}}, 32,
        8);
    struct Row {
        std::int64_t images;
        int level;
        double alpha;
        bool fading;
        int batch;
    };
    for (const Row& r :
         {Row{0, 1, 1.0, false, 4}, Row{99, 1, 1.0, false, 4}, Row{100, 2, 0.0, true, 2},
          Row{125, 2, 0.5, true, 2}, Row{149, 2, 0.98, true, 2}, Row{150, 2, 1.0, false, 2},
          Row{250, 3, 0.0, true, 8}, Row{290, 3, 0.8, true, 8}, Row{300, 3, 1.0, false, 8},
          Row{100000, 3, 1.0, false, 8}}) {
        const auto state = s.at(r.images);
        ASSERT_EQ(state.level, r.level);
        ASSERT_TRUE(std::abs(state.alpha - r.alpha) < 1e-12) << std::to_string(r.images);
        ASSERT_EQ(state.fading, r.fading);
        ASSERT_EQ(state.batchSize, r.batch);
        ASSERT_EQ(state.resolution, 4 << r.level);
    }
    const auto phases = s.phases();
    ASSERT_EQ(phases.size(), std::size_t(5)); // 8², →16², 16², →32², 32² (open)
    ASSERT_TRUE(phases[1].fade && phases[1].resolution == 16 && phases[1].startImages == 100 &&
                phases[1].endImages == 150);
    ASSERT_EQ(phases.back().endImages, std::int64_t(-1));
    // The reference resets Adam when a fade starts and when it ends, never in between.
    ASSERT_FALSE(GrowthSchedule::resetsOptimizer(s.at(50), s.at(99)));
    ASSERT_TRUE(GrowthSchedule::resetsOptimizer(s.at(99), s.at(101)));
    ASSERT_FALSE(GrowthSchedule::resetsOptimizer(s.at(101), s.at(140)));
    ASSERT_TRUE(GrowthSchedule::resetsOptimizer(s.at(140), s.at(150)));
    TrainConfig grown = presetConfig("pggan");
    grown.growth = s.settings();
    ASSERT_TRUE(validateConfig(grown).empty());
    grown.growth = {.startResolution = 12, .stabiliseImages = 1, .fadeImages = 1, .batchSizes = {}};
    const auto problems = validateConfig(grown);
    ASSERT_EQ(problems.size(), 1u);
    ASSERT_EQ(problems[0].setting, "grow_start_resolution");
    ASSERT_EQ(problems[0].message.code, MessageCode::GrowthStartRange);
}

TEST(TestFamilies, trainerFollowsTheScheduleStepByStep) {
    TrainConfig c = familyConfig("pggan");
    c.growth = {.startResolution = 4, .stabiliseImages = 8, .fadeImages = 16, .batchSizes = {}};
    Trainer t(c, 1, 0); // batch 4, one D step: 4 images per step
    t.setData(tinyImages(16, 16), {});
    // Images shown before step k+1 is 4k: α during step k+1 follows from it.
    const std::vector<std::pair<int, double>> expected = {{0, 1.0}, {0, 1.0},  {1, 0.0}, {1, 0.25},
                                                          {1, 0.5}, {1, 0.75}, {1, 1.0}, {1, 1.0},
                                                          {2, 0.0}, {2, 0.25}};
    for (std::size_t k = 0; k < expected.size(); ++k) {
        const auto stats = t.step();
        ASSERT_TRUE(stats.growth);
        ASSERT_EQ(stats.growth->level, expected[k].first);
        ASSERT_TRUE(std::abs(stats.growth->alpha - expected[k].second) < 1e-12)
            << std::to_string(k);
        ASSERT_EQ(stats.growth->imagesShown, std::int64_t(4 * (k + 1)));
        const auto g = growthOf(t.generator());
        ASSERT_TRUE(g && g->level == expected[k].first);
        ASSERT_TRUE(growthOf(t.emaGenerator())->level == expected[k].first);
    }
    ASSERT_EQ(t.imagesShown(), std::int64_t(40));
}

TEST(TestFamilies, checkpointCarriesTheGrowthPosition) {
    TrainConfig c = familyConfig("pggan");
    Trainer a(c, 1, 0);
    a.setData(tinyImages(16, 16), {});
    for (int i = 0; i < 3; ++i) // 12 images: mid-fade into 8×8
        a.step();
    const fs::path path = fs::temp_directory_path() / "ganlab-growth-ckpt.pt";
    a.saveCheckpoint(path.string());
    Trainer b(c, 1, 0);
    b.setData(tinyImages(16, 16), {});
    b.loadCheckpoint(path.string());
    ASSERT_EQ(b.imagesShown(), a.imagesShown());
    ASSERT_EQ(b.growthState()->level, a.growthState()->level);
    ASSERT_DOUBLE_EQ(b.growthState()->alpha, a.growthState()->alpha);
    ASSERT_DOUBLE_EQ(growthOf(b.generator())->alpha, growthOf(a.generator())->alpha);
    const auto sa = a.step(), sb = b.step(); // and continues identically
    ASSERT_DOUBLE_EQ(sa.lossD, sb.lossD);
    ASSERT_DOUBLE_EQ(sa.growth->alpha, sb.growth->alpha);
    fs::remove(path);
}

TEST(TestFamilies, realsAreBlendedAcrossTheFade) {
    const auto x = torch::rand({2, 1, 16, 16});
    GrowthState s;
    s.level = 2; // 16×16 is the top: untouched when stable
    s.resolution = 16;
    ASSERT_TRUE(torch::equal(fadeReals(x, s), x));
    s.fading = true;
    s.alpha = 0.0; // start of the fade: exactly the 8×8 version, upsampled
    const auto lower = torch::avg_pool2d(x, 2).repeat_interleave(2, 2).repeat_interleave(2, 3);
    ASSERT_TRUE(torch::allclose(fadeReals(x, s), lower));
    s.alpha = 0.25;
    ASSERT_TRUE(torch::allclose(fadeReals(x, s), x + 0.75 * (lower - x), 1e-6, 1e-6));
    s = {};
    s.level = 1; // 8×8 stable inside a 16-px run: pooled by 2 and upsampled back
    s.resolution = 8;
    ASSERT_TRUE(torch::allclose(fadeReals(x, s), lower));
}

TEST(TestFamilies, fadePartsBlendToTheOutput) {
    TrainConfig c = familyConfig("pggan");
    Trainer t(c, 1, 0);
    t.setData(tinyImages(16, 16), {});
    for (int i = 0; i < 4; ++i) // the 4th step ran at 12 images: α = (12 − 8) / 8
        t.step();
    auto& g = t.generator();
    g.eval();
    const auto growth = *growthOf(g);
    ASSERT_TRUE(growth.alpha > 0 && growth.alpha < 1);
    torch::NoGradGuard guard;
    const auto z = torch::randn({3, 12});
    const auto parts = g.fadeParts(z, {});
    ASSERT_TRUE(parts.has_value());
    ASSERT_TRUE(torch::allclose(
        g.forward(z, {}), parts->lower + growth.alpha * (parts->upper - parts->lower), 1e-5, 1e-5));
}

class ProjectedFrozenParts : public ::testing::TestWithParam<bool> {};

INSTANTIATE_TEST_SUITE_P(TestFamilies, ProjectedFrozenParts, ::testing::Values(false, true),
                         [](const auto& info) {
                             return info.param ? "TorchScript_file"
                                               : "classifier_architecture_random";
                         });

TEST_P(ProjectedFrozenParts, projectedFrozenPartsNeverChange) {
    const bool script = GetParam();
    TrainConfig c = familyConfig("projected");
    const fs::path scriptPath = fs::temp_directory_path() / "ganlab-features.pt";
    if (script)
        c.projectedFeatures = featureSpec(writeFeatureScript(scriptPath), FeatureUse::Projection);
    Trainer t(c, 1, 0);
    t.setData(tinyImages(24, 16), {});
    std::map<std::string, torch::Tensor> before;
    for (const auto& [name, tensor] : frozenTensors(t.discriminator()))
        before[name] = tensor.clone();
    ASSERT_TRUE(before.size() > 10);
    for (int i = 0; i < 4; ++i)
        t.step();
    for (const auto& [name, tensor] : frozenTensors(t.discriminator())) {
        ASSERT_TRUE(torch::equal(tensor, before.at(name))) << name;
        ASSERT_FALSE(tensor.requires_grad()) << name;
    }
    if (script) {
        ASSERT_TRUE(before.count("script.mix") && before.count("script.shift"));
        fs::remove(scriptPath);
    }
}

TEST(TestFamilies, projectedFeatureFilesAreChecked) {
    ModelSpec spec;
    spec.resolution = 16;
    spec.projectedFeatures = {FeatureSource::TorchScriptFile, "/nonexistent.pt"};
    ASSERT_THROW(makeProjectedDiscriminator(spec), Error);
    torch::jit::Module few("Few");
    few.define("def forward(self, x):\n    return [x, x]\n");
    const fs::path path = fs::temp_directory_path() / "ganlab-few-features.pt";
    few.save(path.string());
    spec.projectedFeatures = {FeatureSource::TorchScriptFile, path.string()};
    try {
        makeProjectedDiscriminator(spec);
        FAIL() << "two maps must be refused";
    } catch (const Error& e) {
        ASSERT_TRUE(contains(e.what(), "at least 4"));
        ASSERT_TRUE(contains(e.what(), path.string()));
    }
    fs::remove(path);
}

TEST(TestFamilies, acganHeadIgnoresInputLabels) {
    TrainConfig c = familyConfig("acgan");
    Trainer t(c, 1, 3);
    auto& d = t.discriminator();
    d.eval();
    const auto x = torch::randn({2, 1, 16, 16});
    const auto a = d.evaluate(x, torch::tensor({0, 0}, torch::kLong));
    const auto b = d.evaluate(x, torch::tensor({2, 1}, torch::kLong));
    ASSERT_TRUE(torch::equal(a.logits, b.logits)); // D is not shown the class…
    ASSERT_EQ(a.classLogits.sizes().vec(), (std::vector<std::int64_t>{2, 3})); // …it predicts it
}
