// Tests of what D sees: StyleGAN2-ADA's operations (gradients flow through each, blits are exact,
// p is per image and p = 0 changes nothing), DiffAugment's, the r_t / p controller, p rising on a
// training set D has memorised and falling on images it has not seen, every family training with
// ADA and resuming exactly, and the augment settings (forms, legacy key, refusals).
#include "torch_prelude.h"

#include "api/error.h"
#include "api/presets.h"
#include "api/settings.h"
#include "nn/ada_augment.h"
#include "nn/diff_augment.h"
#include "support/family_configs.h"
#include "support/test_data.h"
#include "support/test_util.h"
#include "train/ada_tuner.h"
#include "train/trainer.h"

#include <gtest/gtest.h>

#include <ATen/CPUGeneratorImpl.h>

using namespace ganlab;
using ganlab::testing::familyConfig;
using ganlab::testing::testNameOf;
using ganlab::testing::tinyImages;
using ganlab::testing::tinyLabels;

namespace {

const std::vector<std::string> kAdaOps = {"xflip",    "rotate90", "xint",  "scale",
                                          "rotate",   "aniso",    "xfrac", "brightness",
                                          "contrast", "lumaflip", "hue",   "saturation"};

at::Generator generator(std::uint64_t seed) {
    return at::make_generator<at::CPUGeneratorImpl>(seed);
}

// Smooth, asymmetric images in [-1, 1]: every transform visibly changes them.
torch::Tensor pattern(std::int64_t n, std::int64_t channels, std::int64_t size = 16) {
    auto gen = generator(5);
    return (torch::rand({n, channels, size, size}, gen) * 2 - 1).clamp(-1, 1);
}

bool isGreyNoOp(const std::string& op) {
    return op == "hue" || op == "saturation";
}

TrainConfig withAda(TrainConfig c) {
    c.augment = {.mode = AugmentMode::Ada, .ops = {}};
    if (c.loss == "wgan-gp" && c.driftWeight <= 0)
        c.driftWeight = 0.001; // r_t reads the critic's sign: drift anchors it
    c.augment.adaInterval = 2;
    c.augment.adaSpeedImages = 100; // fast enough to move within a test
    return c;
}

} // namespace

class EachAdaOp : public ::testing::TestWithParam<std::tuple<std::string, int>> {};

INSTANTIATE_TEST_SUITE_P(TestAugment, EachAdaOp,
                         ::testing::Combine(::testing::ValuesIn(kAdaOps), ::testing::Values(1, 3)),
                         [](const auto& info) {
                             return testNameOf(std::get<0>(info.param)) +
                                    (std::get<1>(info.param) == 1 ? "_grey" : "_rgb");
                         });

TEST_P(EachAdaOp, changesImagesAndPassesGradients) {
    const auto& [op, channels] = GetParam();
    const auto x = pattern(16, channels).requires_grad_(true);
    auto gen = generator(11);
    const auto y = nn::adaAugment(x, nn::parseAdaOps({op}), 1.0, nn::BatchRandom(gen));
    ASSERT_EQ(y.sizes(), x.sizes());
    ASSERT_TRUE(torch::isfinite(y).all().item<bool>());
    if (channels == 1 && isGreyNoOp(op)) {
        ASSERT_TRUE(torch::equal(y, x)) << op << " has no meaning on grey images";
        return;
    }
    ASSERT_GT((y - x).abs().max().item<double>(), 1e-3) << op;
    const auto weights = torch::linspace(-1, 1, y.numel()).view_as(y);
    (y * weights).sum().backward();
    const auto grad = x.grad();
    ASSERT_TRUE(grad.defined()) << op;
    ASSERT_TRUE(torch::isfinite(grad).all().item<bool>()) << op;
    ASSERT_GT(grad.abs().sum().item<double>(), 0) << op;
}

TEST(TestAugment, diffAugmentPassesGradients) {
    for (const std::string op : {"color", "translation", "cutout"}) {
        const auto x = pattern(8, 3).requires_grad_(true);
        auto gen = generator(2);
        const auto y = nn::diffAugment(x, {op}, nn::BatchRandom(gen));
        (y * y).sum().backward();
        ASSERT_GT(x.grad().abs().sum().item<double>(), 0) << op;
    }
}

TEST(TestAugment, pZeroChangesNothingAndDrawsAsMuch) {
    const auto x = pattern(8, 3);
    const auto all = nn::parseAdaOps({});
    auto a = generator(9), b = generator(9);
    ASSERT_TRUE(torch::equal(nn::adaAugment(x, all, 0.0, nn::BatchRandom(a)), x));
    nn::adaAugment(x, all, 0.7, nn::BatchRandom(b));
    // The random stream does not depend on p: a resumed or re-tuned run draws in step.
    ASSERT_TRUE(torch::equal(a.get_state(), b.get_state()));
}

TEST(TestAugment, blitsAreExact) {
    const auto x = pattern(64, 1);
    const auto near = [](const torch::Tensor& a, const torch::Tensor& b) {
        return (a - b).abs().max().item<double>() < 1e-4;
    };
    auto gen = generator(4);
    const auto flipped = nn::adaAugment(x, nn::parseAdaOps({"xflip"}), 1.0, nn::BatchRandom(gen));
    int flips = 0;
    for (int i = 0; i < 64; ++i) {
        const bool same = near(flipped[i], x[i]), mirrored = near(flipped[i], x[i].flip({2}));
        ASSERT_TRUE(same || mirrored) << "image " << i;
        flips += mirrored;
    }
    ASSERT_TRUE(flips > 16 && flips < 48) << flips; // each image flips with 1/2 at p = 1
    const auto rotated =
        nn::adaAugment(x, nn::parseAdaOps({"rotate90"}), 1.0, nn::BatchRandom(gen));
    for (int i = 0; i < 64; ++i) {
        bool any = false;
        for (int k = 0; k < 4; ++k)
            any = any || near(rotated[i], torch::rot90(x[i], k, {1, 2}));
        ASSERT_TRUE(any) << "image " << i << " is not a quarter turn";
    }
    // Integer translation moves pixels without interpolating them: every value is one of x's.
    const auto shifted = nn::adaAugment(x, nn::parseAdaOps({"xint"}), 1.0, nn::BatchRandom(gen));
    for (int i = 0; i < 8; ++i) {
        const auto values = x[i].flatten().unsqueeze(0), got = shifted[i].flatten().unsqueeze(1);
        ASSERT_LT((got - values).abs().amin(1).max().item<double>(), 1e-4) << "image " << i;
    }
    // The luma flip of a grey image is its negative.
    const auto negated =
        nn::adaAugment(x, nn::parseAdaOps({"lumaflip"}), 1.0, nn::BatchRandom(gen));
    for (int i = 0; i < 64; ++i)
        ASSERT_TRUE(near(negated[i], x[i]) || near(negated[i], -x[i])) << "image " << i;
}

TEST(TestAugment, probabilityIsPerImage) {
    const auto x = pattern(2000, 1, 8);
    for (const double p : {0.2, 0.6}) {
        auto gen = generator(21);
        const auto y = nn::adaAugment(x, nn::parseAdaOps({"scale"}), p, nn::BatchRandom(gen));
        const auto changed = ((y - x).abs().amax({1, 2, 3}) > 1e-6).to(torch::kDouble).mean();
        ASSERT_NEAR(changed.item<double>(), p, 0.04) << p;
        // Two arbitrary rotations, each with 1 − √(1 − p): one or both with p.
        const auto r = nn::adaAugment(x, nn::parseAdaOps({"rotate"}), p, nn::BatchRandom(gen));
        const auto rotatedShare = ((r - x).abs().amax({1, 2, 3}) > 1e-6).to(torch::kDouble).mean();
        ASSERT_NEAR(rotatedShare.item<double>(), p, 0.04) << p;
    }
    ASSERT_THROW(nn::parseAdaOps({"blur"}), Error);
}

TEST(TestAugment, tunerMovesPTowardTheTarget) {
    AugmentSettings s;
    s.mode = AugmentMode::Ada;
    s.adaInterval = 2;
    s.adaSpeedImages = 1000;
    AdaTuner tuner(s);
    // One step's logits, counted as the trainer does at the end of a step (one process).
    const auto stepWith = [](AdaTuner& t, const torch::Tensor& logits) {
        t.observe(logits, 50);
        const auto [sum, count] = t.takeStep();
        t.addStep(sum, count);
    };
    const auto confident = torch::ones({50}), unsure = -torch::ones({50});
    // r_t = 1 > 0.6: up by the images shown over the interval / the speed.
    stepWith(tuner, confident);
    ASSERT_FALSE(tuner.adjust(1));
    stepWith(tuner, confident);
    ASSERT_DOUBLE_EQ(*tuner.adjust(2), 1.0);
    ASSERT_DOUBLE_EQ(tuner.p(), 0.1);
    // r_t = (80 − 20) / 100 = 0.6 exactly: no move. Then r_t = −1: down, never below 0.
    stepWith(tuner, torch::cat({torch::ones({80}), -torch::ones({20})}));
    ASSERT_DOUBLE_EQ(*tuner.adjust(4), 0.6);
    ASSERT_DOUBLE_EQ(tuner.p(), 0.1);
    for (int step = 5; step <= 12; ++step) {
        stepWith(tuner, unsure);
        tuner.adjust(step);
    }
    ASSERT_DOUBLE_EQ(tuner.p(), 0.0);
    // Its state survives a round trip mid-interval.
    stepWith(tuner, confident);
    AdaTuner copy(s);
    copy.setState(tuner.state());
    ASSERT_EQ(*copy.adjust(14), *tuner.adjust(14));
    ASSERT_DOUBLE_EQ(copy.p(), tuner.p());
    // A fixed p stays; without ADA there is no p but r_t is still measured.
    s.adaP = 0.3;
    AdaTuner fixed(s);
    stepWith(fixed, confident);
    ASSERT_TRUE(fixed.adjust(2));
    ASSERT_DOUBLE_EQ(fixed.p(), 0.3);
    s.mode = AugmentMode::None;
    AdaTuner none(s);
    stepWith(none, confident);
    ASSERT_DOUBLE_EQ(*none.adjust(2), 1.0);
    ASSERT_DOUBLE_EQ(none.p(), 0.0);
    // Non-finite logits are not counted (r_t stays a number).
    stepWith(none, torch::tensor({1.0f, std::nanf(""), -1.0f, 1.0f}));
    ASSERT_DOUBLE_EQ(*none.adjust(4), 1.0 / 3.0);
}

// D memorises 16 images bright above and dark below (r_t → 1): p rises. Then its reals are no
// longer that training set but images of G's own making, which D has learnt to call fake
// (r_t < target): p falls.
TEST(TestAugment, pRisesOnAMemorisedSetAndFallsOnAnUnseenOne) {
    TrainConfig c = withAda(familyConfig("dcgan"));
    c.augment.ops = {"xint", "scale", "xfrac"};
    c.augment.adaInterval = 1;
    c.augment.adaSpeedImages = 200; // ±0.02 a step at batch 4
    c.lrD = 1e-3;
    Trainer t(c, 1, 0);
    auto gen = generator(8);
    auto upright = torch::randint(0, 40, {16, 1, 16, 16}, gen, torch::kLong);
    upright.narrow(2, 0, 8) += 215;
    t.setData(upright.to(torch::kUInt8), {});
    std::vector<double> rts;
    for (int i = 0; i < 30; ++i)
        if (const auto s = t.step(); s.augment && s.augment->rt)
            rts.push_back(*s.augment->rt);
    const double risen = t.augmentP();
    ASSERT_EQ(rts.size(), 30u);
    ASSERT_GT(risen, 0.2) << "r_t at the end: " << rts.back();
    torch::Tensor own;
    {
        torch::NoGradGuard guard;
        own = t.generator().forward(torch::randn({16, c.latentDim}, gen), {});
    }
    t.setData(((own + 1) * 127.5).round().clamp(0, 255).to(torch::kUInt8), {});
    for (int i = 0; i < 15; ++i)
        t.step();
    ASSERT_LT(t.augmentP(), risen - 0.1);
    std::printf("p rose to %.2f (r_t %.2f), then fell to %.2f\n", risen, rts.back(), t.augmentP());
}

class AdaFamily : public ::testing::TestWithParam<std::string> {};

INSTANTIATE_TEST_SUITE_P(TestAugment, AdaFamily,
                         ::testing::Values("dcgan", "resnet", "pggan", "biggan", "acgan",
                                           "projected"),
                         [](const auto& info) { return testNameOf(info.param); });

// Every family and discriminator trains with ADA, reports p and r_t, and resumes exactly from a
// checkpoint taken mid-interval.
TEST_P(AdaFamily, trainsAndResumesExactly) {
    TrainConfig c = withAda(familyConfig(GetParam()));
    c.augment.adaTarget = -2; // below any r_t: p rises at every adjustment, augmenting for real
    const auto images = tinyImages(24, 16);
    const auto labels = tinyLabels(24, 3);
    Trainer a(c, 1, 3);
    a.setData(images, labels);
    StepStats s;
    for (int i = 0; i < 3; ++i)
        s = a.step();
    ASSERT_TRUE(s.augment && s.augment->p);
    ASSERT_FALSE(s.augment && s.augment->rt); // step 3 is mid-interval
    ganlab::testing::TempDir dir;
    const auto path = dir / "step-3.pt";
    a.saveCheckpoint(path);
    for (int i = 0; i < 3; ++i) {
        s = a.step();
        ASSERT_TRUE(std::isfinite(s.lossD) && std::isfinite(s.lossG)) << GetParam();
    }
    ASSERT_GT(a.augmentP(), 0); // the target below every r_t: p rose at steps 2, 4 and 6
    Trainer b(c, 1, 3);
    b.setData(images, labels);
    b.loadCheckpoint(path);
    for (int i = 0; i < 3; ++i)
        b.step();
    Trainer again(c, 1, 3); // from scratch: the same again
    again.setData(images, labels);
    for (int i = 0; i < 6; ++i)
        again.step();
    ASSERT_EQ(again.weightsChecksum(), a.weightsChecksum()) << GetParam();
    ASSERT_EQ(b.augmentP(), a.augmentP());
    ASSERT_EQ(b.weightsChecksum(), a.weightsChecksum()) << GetParam();
}

TEST(TestAugment, settingsForms) {
    const auto& setting = findSetting("augment");
    const auto set = [&](const std::string& text) {
        TrainConfig c;
        const auto parsed = parseSettingText(setting, text);
        if (const auto* m = std::get_if<Message>(&parsed))
            return std::make_pair(c, std::optional<Message>(*m));
        const auto problem = applySetting(c, setting, std::get<SettingValue>(parsed));
        return std::make_pair(c, problem);
    };
    auto [ada, ok1] = set("ada");
    ASSERT_FALSE(ok1);
    ASSERT_EQ(ada.augment.mode, AugmentMode::Ada);
    ASSERT_TRUE(ada.augment.ops.empty());
    auto [some, ok2] = set("ada:blit,hue");
    ASSERT_FALSE(ok2);
    ASSERT_EQ(some.augment.ops, (std::vector<std::string>{"blit", "hue"}));
    auto [diff, ok3] = set("diffaugment:color,cutout");
    ASSERT_FALSE(ok3);
    ASSERT_EQ(diff.augment.mode, AugmentMode::DiffAugment);
    auto [none, ok4] = set("none");
    ASSERT_FALSE(ok4);
    ASSERT_EQ(none.augment.mode, AugmentMode::None);
    ASSERT_EQ(set("diffaugment").second->code, MessageCode::AugmentNeedsList);
    ASSERT_EQ(set("ada:blur").second->code, MessageCode::SettingUnknownItem);
    ASSERT_EQ(set("diffaugment:hue").second->code, MessageCode::SettingUnknownItem);
    ASSERT_EQ(set("magic").second->code, MessageCode::AugmentSpec);
    // config.json: ADA's settings round-trip; a run written before ADA kept a bare DiffAugment
    // list under "diff_augment".
    TrainConfig c = withAda(TrainConfig{});
    c.augment.ops = {"geom"};
    c.augment.adaTarget = 0.5;
    c.augment.adaP = 0.25;
    const TrainConfig back = trainConfigFromJson(toJson(c));
    ASSERT_EQ(toJson(back), toJson(c));
    ASSERT_EQ(back.augment.adaP, 0.25);
    const TrainConfig legacy = trainConfigFromJson(R"({"diff_augment": "color,translation"})");
    ASSERT_EQ(legacy.augment.mode, AugmentMode::DiffAugment);
    ASSERT_EQ(legacy.augment.ops, (std::vector<std::string>{"color", "translation"}));
    ASSERT_EQ(trainConfigFromJson(R"({"diff_augment": ""})").augment.mode, AugmentMode::None);
    TrainConfig target = c;
    target.augment.adaTarget = 1.0;
    ASSERT_FALSE(validateConfig(target).empty());
    // A bare list is no longer DiffAugment's ("color" is also an ADA group) but in an old file.
    ASSERT_EQ(set("color").second->code, MessageCode::AugmentSpec);
    // Adaptive ADA with WGAN-GP needs drift to give the critic's sign a meaning; a fixed p not.
    TrainConfig critic = presetConfig("quality");
    critic.augment.mode = AugmentMode::Ada;
    const auto problems = validateConfig(critic);
    ASSERT_EQ(problems.size(), 1u);
    ASSERT_EQ(problems[0].setting, "augment");
    critic.driftWeight = 0.001;
    ASSERT_TRUE(validateConfig(critic).empty());
    critic.driftWeight = 0;
    critic.augment.adaP = 0.3;
    ASSERT_TRUE(validateConfig(critic).empty());
}
