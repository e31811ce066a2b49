// PG-GAN (Karras et al., ICLR 2018; reference: tkarras/progressive_growing_of_gans networks.py):
// G and D grow from 4×4 by levels; during a fade the new level is blended in by α. Equalised
// learning rate everywhere, PixelNorm after every G conv, minibatch stddev in D's last block. G
// always returns the run's resolution (lower levels upsampled, as the reference does), D always
// takes it (downsampled inside). The growth state lives in a "growth" buffer (see Growth).
// Class-conditional by one-hot input to G and a projection term in D.
#include "models/model_registry.h"
#include "nn/progressive_layers.h"

namespace ganlab {
namespace {

using nn::EqualizedConv2d;
using nn::EqualizedLinear;

constexpr int kReferenceWidth = 256;

// Channels at level l (0 = 4×4): the reference width up to 16×16, halving above.
int levelChannels(int level, double width) {
    return scaledWidth(kReferenceWidth >> std::max(0, level - 2), width);
}

torch::Tensor lrelu(const torch::Tensor& x) {
    return torch::leaky_relu(x, 0.2);
}

torch::Tensor upsample(const torch::Tensor& x, int factor) {
    if (factor == 1)
        return x;
    return torch::upsample_nearest2d(x, {x.size(2) * factor, x.size(3) * factor});
}

torch::Tensor downsample(const torch::Tensor& x, int factor) {
    return factor == 1 ? x : torch::avg_pool2d(x, factor);
}

Growth readGrowth(const torch::Tensor& buffer) {
    const auto g = buffer.accessor<float, 1>();
    return {static_cast<int>(std::lround(g[0])), static_cast<double>(g[1])};
}

struct PgGeneratorImpl : GeneratorImpl {
    explicit PgGeneratorImpl(const ModelSpec& s)
        : spec(s)
        , top(upsamplingStages(s.resolution)) {
        const int c0 = levelChannels(0, s.width);
        dense = register_module(
            "dense", EqualizedLinear(s.latentDim + s.numClasses, c0 * 16, std::sqrt(2.0) / 4));
        for (int l = 0; l <= top; ++l) {
            const int in = l == 0 ? c0 : levelChannels(l - 1, s.width),
                      out = levelChannels(l, s.width);
            if (l > 0)
                conv1.push_back(
                    register_module("conv1_" + std::to_string(l), EqualizedConv2d(in, out, 3)));
            else
                conv1.push_back(EqualizedConv2d(nullptr));
            conv2.push_back(
                register_module("conv2_" + std::to_string(l), EqualizedConv2d(out, out, 3)));
            toRgb.push_back(register_module("to_rgb_" + std::to_string(l),
                                            EqualizedConv2d(out, s.channels, 1, 1.0)));
        }
        growth = register_buffer("growth", torch::tensor({float(top), 1.0f}));
    }

    // Features at `level` (0 = 4×4).
    torch::Tensor features(const torch::Tensor& z, const torch::Tensor& labels, int level) {
        auto x = spec.numClasses > 0 ? torch::cat({z, oneHot(labels, spec.numClasses)}, 1) : z;
        auto h = featureMap4x4(dense(nn::pixelNorm(x)));
        h = nn::pixelNorm(lrelu(h));
        h = nn::pixelNorm(lrelu(conv2[0](h)));
        for (int l = 1; l <= level; ++l) {
            h = upsample(h, 2);
            h = nn::pixelNorm(lrelu(conv1[l](h)));
            h = nn::pixelNorm(lrelu(conv2[l](h)));
        }
        return h;
    }

    int factorAt(int level) const { return spec.resolution / (4 << level); }

    torch::Tensor forward(const torch::Tensor& z, const torch::Tensor& labels) override {
        const Growth g = readGrowth(growth);
        if (g.level == 0 || g.alpha >= 1.0) {
            const auto h = features(z, labels, g.level);
            return upsample(toRgb[g.level](h), factorAt(g.level));
        }
        const auto parts = blend(z, labels, g.level);
        return parts.lower + g.alpha * (parts.upper - parts.lower);
    }

    FadeParts blend(const torch::Tensor& z, const torch::Tensor& labels, int level) {
        auto h = features(z, labels, level - 1);
        const auto lower = upsample(toRgb[level - 1](h), factorAt(level - 1));
        h = upsample(h, 2);
        h = nn::pixelNorm(lrelu(conv1[level](h)));
        h = nn::pixelNorm(lrelu(conv2[level](h)));
        return {lower, upsample(toRgb[level](h), factorAt(level))};
    }

    std::optional<FadeParts> fadeParts(const torch::Tensor& z,
                                       const torch::Tensor& labels) override {
        const Growth g = readGrowth(growth);
        if (g.level == 0)
            return std::nullopt;
        return blend(z, labels, g.level);
    }

    ModelSpec spec;
    int top;
    EqualizedLinear dense{nullptr};
    std::vector<EqualizedConv2d> conv1, conv2, toRgb;
    torch::Tensor growth;
};

struct PgDiscriminatorImpl : DiscriminatorImpl {
    explicit PgDiscriminatorImpl(const ModelSpec& s)
        : spec(s)
        , top(upsamplingStages(s.resolution)) {
        for (int l = 0; l <= top; ++l) {
            const int c = levelChannels(l, s.width);
            fromRgb.push_back(register_module("from_rgb_" + std::to_string(l),
                                              EqualizedConv2d(s.channels, c, 1)));
            if (l > 0) {
                conv1.push_back(
                    register_module("conv1_" + std::to_string(l), EqualizedConv2d(c, c, 3)));
                conv2.push_back(
                    register_module("conv2_" + std::to_string(l),
                                    EqualizedConv2d(c, levelChannels(l - 1, s.width), 3)));
            } else {
                conv1.push_back(EqualizedConv2d(nullptr));
                conv2.push_back(EqualizedConv2d(nullptr));
            }
        }
        const int c0 = levelChannels(0, s.width);
        finalConv = register_module("final_conv", EqualizedConv2d(c0 + 1, c0, 3));
        dense = register_module("dense", EqualizedLinear(c0 * 16, c0));
        output = register_module("output", EqualizedLinear(c0, 1, 1.0));
        if (s.numClasses > 0)
            embed = register_module("embed", torch::nn::Embedding(s.numClasses, c0));
        growth = register_buffer("growth", torch::tensor({float(top), 1.0f}));
    }

    torch::Tensor block(int level, const torch::Tensor& h) {
        return torch::avg_pool2d(lrelu(conv2[level](lrelu(conv1[level](h)))), 2);
    }

    DiscriminatorOutput evaluate(const torch::Tensor& x, const torch::Tensor& labels) override {
        const Growth g = readGrowth(growth);
        const auto xl = downsample(x, spec.resolution / (4 << g.level));
        auto h = lrelu(fromRgb[g.level](xl));
        if (g.level > 0) {
            h = block(g.level, h);
            if (g.alpha < 1.0) {
                const auto lower = lrelu(fromRgb[g.level - 1](torch::avg_pool2d(xl, 2)));
                h = lower + g.alpha * (h - lower);
            }
        }
        for (int l = g.level - 1; l >= 1; --l)
            h = block(l, h);
        h = lrelu(finalConv(nn::minibatchStddev(h, spec.mbstdGroup)));
        h = lrelu(dense(h.flatten(1)));
        auto out = output(h).view({-1});
        if (embed)
            out = out + (embed(labels) * h).sum(1); // projection (Miyato & Koyama 2018)
        return {out, {}};
    }

    ModelSpec spec;
    int top;
    std::vector<EqualizedConv2d> fromRgb, conv1, conv2;
    EqualizedConv2d finalConv{nullptr};
    EqualizedLinear dense{nullptr}, output{nullptr};
    torch::nn::Embedding embed{nullptr};
    torch::Tensor growth;
};

GANLAB_REGISTER_MODEL(
    {.name = "pggan",
     .description = "PG-GAN (Karras et al. 2018): progressive growing with fade-in, equalised "
                    "learning rate, PixelNorm, minibatch stddev; WGAN-GP with drift",
     .conditional = true,
     .classColumnsInG = true,
     .progressive = true,
     .defaultLoss = "wgan-gp",
     .defaultDrift = 0.001,
     .makeGenerator = [](const ModelSpec& s) -> GeneratorPtr {
         return std::make_shared<PgGeneratorImpl>(s);
     },
     .makeDiscriminator = [](const ModelSpec& s) -> DiscriminatorPtr {
         return std::make_shared<PgDiscriminatorImpl>(s);
     }});

} // namespace
} // namespace ganlab
