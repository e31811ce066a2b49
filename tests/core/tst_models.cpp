// Tests of every registered model family (shapes, range, conditioning, gradient flow) and of the
// layers the seed papers add, against hand computations: LayerNorm2d, PixelNorm, minibatch stddev,
// equalised learning rate, spectral norm, the projection head, self-attention's identity start,
// the orthogonal regulariser's gradient, truncation, DiffAugment and the projected D's taps.
#include "torch_prelude.h" // torch before Qt: Qt's keywords are off in this target

#include "losses/orthogonal.h"
#include "models/model_registry.h"
#include "models/projected_discriminator.h"
#include "nn/diff_augment.h"
#include "nn/layer_norm_2d.h"
#include "nn/progressive_layers.h"
#include "nn/projection_head.h"
#include "nn/self_attention.h"
#include "nn/spectral_norm.h"
#include "support/test_util.h"
#include "train/latent.h"

#include <ATen/CPUGeneratorImpl.h>

#include <gtest/gtest.h>

using namespace ganlab;
using ganlab::testing::testNameOf;

namespace {

ModelSpec specOf(int resolution, int channels, int latent, int classes, double width,
                 bool perSample) {
    ModelSpec s;
    s.resolution = resolution;
    s.channels = channels;
    s.latentDim = latent;
    s.numClasses = classes;
    s.width = width;
    s.perSampleCritic = perSample;
    return s;
}

// Growing families, mid-fade at their top level, so both of the top levels take part; attention
// gates (γ, initialised 0 as in SAGAN/BigGAN) opened a little so their layers receive gradient.
void prepareForGradients(torch::nn::Module& m) {
    torch::NoGradGuard guard;
    for (auto& p : m.named_parameters())
        if (p.key().find("gamma") != std::string::npos)
            p.value().fill_(0.1);
}

// Parameters a mid-fade growing model legitimately leaves unused: levels below the lower one.
bool unusedAtTop(const std::string& name, int top) {
    for (int l = 0; l < top - 1; ++l)
        if (name == "to_rgb_" + std::to_string(l) + ".weight" ||
            name == "to_rgb_" + std::to_string(l) + ".bias" ||
            name == "from_rgb_" + std::to_string(l) + ".weight" ||
            name == "from_rgb_" + std::to_string(l) + ".bias")
            return true;
    return false;
}

} // namespace

class TestModels : public ::testing::Test {
protected:
    static void SetUpTestSuite() { torch::manual_seed(0); }
};

TEST_F(TestModels, registryHoldsTheFamilies) {
    ASSERT_TRUE(modelFamilies().size() >= 2); // an empty registry means registration was dropped
    ASSERT_EQ(findModel("dcgan").name, std::string("dcgan"));
    ASSERT_EQ(findModel("resnet").defaultLoss, std::string("wgan-gp"));
    ASSERT_THROW(findModel("nope"), std::exception);
}

struct ShapeRow {
    std::string row, family;
    int resolution, channels, classes;
    bool perSample;
};

// One row per registered family, resolution and conditioning: a new family is tested as it comes.
std::vector<ShapeRow> shapeRows() {
    std::vector<ShapeRow> rows;
    for (const auto& f : modelFamilies())
        for (int res : {8, 16, 32, 64})
            for (int classes : {0, 3}) {
                const auto row =
                    f.name + " " + std::to_string(res) + "px" + (classes ? " cond" : "");
                rows.push_back({row, f.name, res, res == 16 ? 3 : 1, classes, res == 32});
            }
    return rows;
}

// The rows start from the suite's seed, as they did when they ran right after the registry test.
class ShapesAndGradients : public TestModels, public ::testing::WithParamInterface<ShapeRow> {};

INSTANTIATE_TEST_SUITE_P(TestModels, ShapesAndGradients, ::testing::ValuesIn(shapeRows()),
                         [](const auto& info) { return testNameOf(info.param.row); });

TEST_P(ShapesAndGradients, shapesAndGradients) {
    const auto& [row, family, resolution, channels, classes, perSample] = GetParam();
    const auto& f = findModel(family);
    const ModelSpec spec = specOf(resolution, channels, 16, classes, 0.125, perSample);
    auto g = f.makeGenerator(spec);
    auto d = f.makeDiscriminator(spec);
    const int top = upsamplingStages(resolution);
    prepareForGradients(*g);
    prepareForGradients(*d);
    if (f.progressive) {
        setGrowth(*g, {top, 0.5});
        setGrowth(*d, {top, 0.5});
    }
    const auto z = torch::randn({4, 16});
    const auto labels = classes ? torch::tensor({0, 1, 2, 1}, torch::kLong) : torch::Tensor();
    const auto images = g->forward(z, labels);
    ASSERT_EQ(images.sizes().vec(),
              (std::vector<std::int64_t>{4, channels, resolution, resolution}));
    if (!f.progressive) { // PG-GAN's toRGB is linear, as in the paper
        ASSERT_TRUE(images.abs().max().item<float>() <= 1.0f);
    }
    const auto scores = d->forward(images, labels);
    ASSERT_EQ(scores.sizes().vec(), (std::vector<std::int64_t>{4}));
    scores.sum().backward();
    for (auto* m :
         {static_cast<torch::nn::Module*>(g.get()), static_cast<torch::nn::Module*>(d.get())})
        for (const auto& p : m->named_parameters()) {
            if (f.progressive && unusedAtTop(p.key(), top))
                continue;
            ASSERT_TRUE(p.value().grad().defined() &&
                        p.value().grad().abs().sum().item<double>() > 0)
                << p.key();
        }
}

TEST_F(TestModels, conditioningChangesTheOutput) {
    for (const auto& f : modelFamilies()) {
        if (!f.conditional)
            continue;
        const ModelSpec spec = specOf(16, 1, 8, 4, 0.125, true);
        auto g = f.makeGenerator(spec);
        g->eval();
        const auto z = torch::randn({1, 8}).repeat({2, 1});
        const auto out = g->forward(z, torch::tensor({0, 3}, torch::kLong));
        ASSERT_TRUE((out[0] - out[1]).abs().max().item<float>() > 1e-4f) << f.name;
    }
}

TEST_F(TestModels, perSampleCriticDoesNotCoupleSamples) {
    for (const auto& f : modelFamilies()) {
        if (f.progressive) // PG-GAN's D shares minibatch statistics by design (§3)
            continue;
        const ModelSpec spec = specOf(16, 1, 8, 0, 0.125, true);
        auto d = f.makeDiscriminator(spec);
        d->eval(); // (spectral norm refines its estimate on every training forward)
        auto x = torch::randn({3, 1, 16, 16});
        const auto before = d->forward(x, {});
        x[2] = torch::randn({1, 16, 16}) * 5;
        const auto after = d->forward(x, {});
        ASSERT_TRUE(torch::allclose(before.slice(0, 0, 2), after.slice(0, 0, 2), 1e-5, 1e-5))
            << f.name;
    }
}

TEST_F(TestModels, layerNorm2dNormalisesPerSampleOverCHW) {
    nn::LayerNorm2d ln(2);
    const auto x = torch::randn({2, 2, 3, 3}) * 4 + 7;
    const auto y = ln(x);
    for (int n = 0; n < 2; ++n) {
        ASSERT_TRUE(std::abs(y[n].mean().item<double>()) < 1e-5);
        ASSERT_TRUE(std::abs(y[n].var(false).item<double>() - 1.0) < 1e-3);
    }
    torch::NoGradGuard guard;
    ln->weight.fill_(2.0);
    ln->bias.fill_(0.5);
    ASSERT_TRUE(torch::allclose(ln(x), y * 2 + 0.5, 1e-5, 1e-5));
}

TEST_F(TestModels, widthMultiplierScalesParameters) {
    const auto& f = findModel("resnet");
    auto count = [](torch::nn::Module& m) {
        std::int64_t n = 0;
        for (const auto& p : m.parameters())
            n += p.numel();
        return n;
    };
    auto small = f.makeGenerator(specOf(32, 1, 16, 0, 0.25, true));
    auto large = f.makeGenerator(specOf(32, 1, 16, 0, 0.5, true));
    ASSERT_TRUE(count(*large) > 3 * count(*small));
}

TEST_F(TestModels, pixelNormMatchesHand) {
    // Pixel (c0, c1) = (3, 4): mean of squares 12.5 → (3, 4) / √12.5.
    const auto x = torch::tensor({3.0f, 4.0f}).view({1, 2, 1, 1});
    const auto y = nn::pixelNorm(x);
    ASSERT_TRUE(std::abs(y[0][0][0][0].item<double>() - 3 / std::sqrt(12.5)) < 1e-6);
    ASSERT_TRUE(std::abs(y[0][1][0][0].item<double>() - 4 / std::sqrt(12.5)) < 1e-6);
}

TEST_F(TestModels, minibatchStddevMatchesHand) {
    // 8 samples, group 4: sample i is in group i mod 2. One channel, 1×2 pixels.
    const auto x = torch::arange(16, torch::kFloat).view({8, 1, 1, 2}).pow(2) / 10;
    const auto y = nn::minibatchStddev(x, 4);
    ASSERT_EQ(y.sizes().vec(), (std::vector<std::int64_t>{8, 2, 1, 2}));
    for (int group = 0; group < 2; ++group) {
        double meanStd = 0;
        for (int pixel = 0; pixel < 2; ++pixel) {
            std::vector<double> v;
            for (int i = group; i < 8; i += 2)
                v.push_back(x[i][0][0][pixel].item<double>());
            double mean = 0, var = 0;
            for (double e : v)
                mean += e / 4;
            for (double e : v)
                var += (e - mean) * (e - mean) / 4; // population variance, as the reference
            meanStd += std::sqrt(var + 1e-8) / 2;
        }
        for (int i = group; i < 8; i += 2)
            for (int pixel = 0; pixel < 2; ++pixel)
                ASSERT_TRUE(std::abs(y[i][1][0][pixel].item<double>() - meanStd) < 1e-4);
    }
    ASSERT_TRUE(torch::equal(y.slice(1, 0, 1), x)); // the input passes through unchanged
}

TEST_F(TestModels, equalizedLearningRateScalesAtRunTime) {
    nn::EqualizedLinear linear(4, 1);       // gain √2, fan-in 4 → scale √2 / 2
    nn::EqualizedConv2d conv(2, 1, 3, 1.0); // gain 1, fan-in 18 → scale 1 / √18
    {
        torch::NoGradGuard guard;
        linear->weight.fill_(1.0);
        conv->weight.fill_(1.0);
    }
    ASSERT_TRUE(std::abs(linear(torch::ones({1, 4})).item<double>() - 4 * std::sqrt(2.0) / 2) <
                1e-5);
    const auto out = conv(torch::ones({1, 2, 3, 3})); // centre: 18 taps of 1
    ASSERT_TRUE(std::abs(out[0][0][1][1].item<double>() - 18 / std::sqrt(18.0)) < 1e-5);
    // Stored weights start ~N(0, 1): the scale, not the init, sets the effective size.
    nn::EqualizedLinear fresh(256, 256);
    ASSERT_TRUE(std::abs(fresh->weight.std().item<double>() - 1.0) < 0.05);
}

TEST_F(TestModels, spectralNormDividesByTheTopSingularValue) {
    nn::SNLinear linear(3, 3, /*bias=*/false);
    {
        torch::NoGradGuard guard;
        linear->weight.copy_(torch::diag(torch::tensor({3.0f, 1.0f, 0.5f})));
    }
    linear->train();
    for (int i = 0; i < 30; ++i) // one power iteration per training forward
        linear(torch::ones({1, 3}));
    ASSERT_TRUE(std::abs(linear->sn.sigma.item<double>() - 3.0) < 1e-3);
    linear->eval();
    const auto y = linear(torch::eye(3));
    ASSERT_TRUE(
        torch::allclose(y, torch::diag(torch::tensor({1.0f, 1.0f / 3, 0.5f / 3})), 1e-3, 1e-3));
    // A conv's weight is normalised as [out, in·k·k].
    nn::SNConv2d conv(2, 4, 3);
    conv->train();
    for (int i = 0; i < 50; ++i)
        conv(torch::randn({1, 2, 5, 5}));
    const double expected =
        torch::linalg_svdvals(conv->weight.detach().flatten(1))[0].item<double>();
    ASSERT_TRUE(std::abs(conv->sn.sigma.item<double>() - expected) < 1e-3 * expected);
}

TEST_F(TestModels, projectionHeadIsLinearPlusInnerProduct) {
    nn::ProjectionHead head(5, 3);
    const auto h = torch::randn({4, 5});
    const auto labels = torch::tensor({0, 2, 1, 2}, torch::kLong);
    head->train();
    for (int i = 0; i < 60; ++i) // the power iteration converges
        head(h, labels);
    head->eval();
    const auto out = head(h, labels);
    const double sigmaW = torch::linalg_svdvals(head->linear->weight.detach())[0].item<double>();
    const double sigmaE = torch::linalg_svdvals(head->embed->weight.detach())[0].item<double>();
    const auto w = head->linear->weight / sigmaW, e = head->embed->weight / sigmaE;
    for (int i = 0; i < 4; ++i) {
        const double expected = (w[0] * h[i]).sum().item<double>() +
                                head->linear->bias[0].item<double>() +
                                (e[labels[i].item<std::int64_t>()] * h[i]).sum().item<double>();
        ASSERT_TRUE(std::abs(out[i].item<double>() - expected) < 1e-4 * (1 + std::abs(expected)));
    }
}

TEST_F(TestModels, selfAttentionStartsAsIdentity) {
    nn::SelfAttention attention(16);
    const auto x = torch::randn({2, 16, 8, 8});
    ASSERT_TRUE(torch::equal(attention(x), x)); // γ = 0
    {
        torch::NoGradGuard guard;
        attention->gamma.fill_(1.0);
    }
    ASSERT_FALSE(torch::allclose(attention(x), x));
}

TEST_F(TestModels, orthogonalGradientMatchesAutograd) {
    torch::nn::Linear layer(6, 4);
    const double beta = 1e-2;
    auto w = layer->weight.detach().clone().requires_grad_(true);
    orthogonalPenalty(w, beta).backward();
    layer->weight.mutable_grad() = torch::zeros_like(layer->weight);
    const double r = addOrthogonalGradient(*layer, beta, {});
    ASSERT_TRUE(torch::allclose(layer->weight.grad(), w.grad(), 1e-6, 1e-5));
    ASSERT_TRUE(std::abs(r - orthogonalPenalty(w, beta).item<double>()) < 1e-6);
    // An orthogonal W has no penalty; excluded names are left alone.
    torch::nn::Linear named(4, 4);
    named->weight.mutable_grad() = torch::zeros_like(named->weight);
    ASSERT_DOUBLE_EQ(addOrthogonalGradient(*named, beta, {"weight"}), 0.0);
    ASSERT_TRUE(named->weight.grad().abs().sum().item<double>() == 0);
    ASSERT_TRUE(orthogonalPenalty(torch::eye(4), beta).item<double>() == 0);
}

TEST_F(TestModels, truncationNeverExceedsTheThreshold) {
    auto rng = at::make_generator<at::CPUGeneratorImpl>(7);
    for (double t : {0.2, 0.5, 1.0, 2.0}) {
        const auto z = sampleLatent(2000, 64, t, rng);
        ASSERT_TRUE(z.abs().max().item<double>() <= t);
        ASSERT_TRUE(z.std().item<double>() > t / 4); // resampled, not collapsed to a constant
    }
}

TEST_F(TestModels, diffAugmentIsSeededAndShapePreserving) {
    const auto x = torch::rand({6, 3, 16, 16}) * 2 - 1;
    auto a = at::make_generator<at::CPUGeneratorImpl>(3),
         b = at::make_generator<at::CPUGeneratorImpl>(3);
    const auto policy = nn::parseAugmentPolicy("color,translation,cutout");
    const auto ya = nn::diffAugment(x, policy, a), yb = nn::diffAugment(x, policy, b);
    ASSERT_TRUE(torch::equal(ya, yb));
    ASSERT_EQ(ya.sizes(), x.sizes());
    // Cutout alone zeroes a 0.2-side square (3×3 of 16×16 here) per image, inside the image.
    auto c = at::make_generator<at::CPUGeneratorImpl>(5);
    const auto ones = torch::ones({4, 1, 16, 16});
    const auto cut = nn::diffAugment(ones, {"cutout"}, c);
    for (int i = 0; i < 4; ++i) {
        const auto zeros = (cut[i] == 0).sum().item<int>();
        ASSERT_TRUE(zeros >= 1 && zeros <= 9);
    }
    // Translation moves content by whole pixels and fills with zeros; gradients flow.
    auto d = at::make_generator<at::CPUGeneratorImpl>(9);
    auto input = torch::rand({2, 1, 8, 8}).requires_grad_(true);
    const auto moved = nn::diffAugment(input, {"translation"}, d);
    moved.sum().backward();
    ASSERT_TRUE(input.grad().defined());
    ASSERT_THROW(nn::parseAugmentPolicy("colour"), std::exception);
}

TEST_F(TestModels, projectedDiscriminatorTapsFourDepths) {
    ModelSpec spec = specOf(32, 1, 16, 0, 0.25, false);
    spec.projectedFeatures = {FeatureSource::Random, {}};
    auto d = makeProjectedDiscriminator(spec);
    d->train();
    const auto out = d->evaluate(torch::randn({3, 1, 32, 32}), {});
    // Heads on 16², 8², 4², 2² maps: 4² + 4² + 4² + 2² logits per image.
    ASSERT_EQ(out.logits.sizes().vec(), (std::vector<std::int64_t>{3, 52}));
    const auto frozen = frozenTensors(*d);
    ASSERT_TRUE(frozen.size() > 10);
    for (const auto& [name, t] : frozen)
        ASSERT_FALSE(t.requires_grad()) << name;
    // The feature network stays in eval mode even when D trains; the heads train.
    int featureModules = 0;
    for (const auto& item : d->named_modules()) {
        if (item.key().rfind("features", 0) == 0) {
            ++featureModules;
            ASSERT_FALSE(item.value()->is_training()) << item.key();
        } else if (item.key().rfind("head", 0) == 0) {
            ASSERT_TRUE(item.value()->is_training()) << item.key();
        }
    }
    ASSERT_TRUE(featureModules > 5);
    spec.projectedFeatures = {FeatureSource::ClassifierFile, "/nonexistent/classifier.pt"};
    ASSERT_THROW(makeProjectedDiscriminator(spec), std::exception);
}
