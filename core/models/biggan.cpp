// BigGAN (Brock, Donahue & Simonyan, ICLR 2019; reference: ajbrock/BigGAN-PyTorch BigGAN.py),
// scaled to 32–128 px: residual G with class-conditional BatchNorm fed by a shared class embedding
// and hierarchical latent chunks, spectral norm in G and D, one self-attention block in each, and a
// projection discriminator with global sum pooling (Miyato & Koyama, ICLR 2018).
#include "models/model_registry.h"
#include "nn/conditional_batch_norm.h"
#include "nn/projection_head.h"
#include "nn/self_attention.h"

namespace ganlab {
namespace {

using nn::SNConv2d;
using nn::SNLinear;

constexpr int kReferenceWidth = 64; // "ch"
constexpr int kEmbeddingDim = 128;

// Channels at level l (0 = 4×4) of an S-stage model: ch·[4, 4, 2, 1]-style, ×4 at most.
int levelChannels(int level, int stages, double width) {
    return scaledWidth(kReferenceWidth, width) * std::min(4, 1 << (stages - level));
}

// The self-attention level in G: 16×16 from 32 px up (BigGAN puts it mid-network), else the
// output level. D attends after the block that reaches min(that, S − 1).
int attentionLevel(int stages) {
    return stages >= 3 ? 2 : stages;
}
int discriminatorAttentionLevel(int stages) {
    return std::min(attentionLevel(stages), stages - 1);
}

// Latent chunk sizes: S + 1 chunks, the remainder in chunk 0 (it feeds the first Linear).
std::vector<std::int64_t> chunkSizes(int latentDim, int stages) {
    const int n = stages + 1, each = latentDim / n;
    std::vector<std::int64_t> sizes(n, each);
    sizes[0] += latentDim - each * n;
    return sizes;
}

torch::Tensor up2(const torch::Tensor& x) {
    return torch::upsample_nearest2d(x, {x.size(2) * 2, x.size(3) * 2});
}

struct GBlockImpl : torch::nn::Module {
    GBlockImpl(int in, int out, int conditionDim) {
        bn1 = register_module("bn1", nn::ConditionalBatchNorm(in, conditionDim));
        conv1 = register_module("conv1", SNConv2d(in, out, 3, 1, 1));
        bn2 = register_module("bn2", nn::ConditionalBatchNorm(out, conditionDim));
        conv2 = register_module("conv2", SNConv2d(out, out, 3, 1, 1));
        skip = register_module("skip", SNConv2d(in, out, 1));
    }
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& c) {
        auto h = conv1(up2(torch::relu(bn1(x, c))));
        h = conv2(torch::relu(bn2(h, c)));
        return h + skip(up2(x));
    }
    nn::ConditionalBatchNorm bn1{nullptr}, bn2{nullptr};
    SNConv2d conv1{nullptr}, conv2{nullptr}, skip{nullptr};
};
TORCH_MODULE(GBlock);

struct DBlockImpl : torch::nn::Module {
    DBlockImpl(int in, int out, bool preactivation)
        : preactivation(preactivation) {
        conv1 = register_module("conv1", SNConv2d(in, out, 3, 1, 1));
        conv2 = register_module("conv2", SNConv2d(out, out, 3, 1, 1));
        skip = register_module("skip", SNConv2d(in, out, 1));
    }
    torch::Tensor forward(const torch::Tensor& x) {
        auto h = preactivation ? torch::relu(x) : x;
        h = conv2(torch::relu(conv1(h)));
        return torch::avg_pool2d(h, 2) + torch::avg_pool2d(skip(x), 2);
    }
    bool preactivation;
    SNConv2d conv1{nullptr}, conv2{nullptr}, skip{nullptr};
};
TORCH_MODULE(DBlock);

struct BigGanGeneratorImpl : GeneratorImpl {
    explicit BigGanGeneratorImpl(const ModelSpec& s)
        : spec(s)
        , stages(upsamplingStages(s.resolution))
        , chunks(chunkSizes(s.latentDim, stages)) {
        const int embedDim = s.numClasses > 0 ? scaledWidth(kEmbeddingDim, s.width) : 0;
        if (s.numClasses > 0)
            shared = register_module("shared", torch::nn::Embedding(s.numClasses, embedDim));
        linear = register_module("linear", SNLinear(static_cast<int>(chunks[0]),
                                                    levelChannels(0, stages, s.width) * 16));
        for (int l = 1; l <= stages; ++l) {
            blocks->push_back(GBlock(levelChannels(l - 1, stages, s.width),
                                     levelChannels(l, stages, s.width),
                                     embedDim + static_cast<int>(chunks[l])));
        }
        register_module("blocks", blocks);
        attention = register_module(
            "attention", nn::SelfAttention(levelChannels(attentionLevel(stages), stages, s.width)));
        const int last = levelChannels(stages, stages, s.width);
        outBn = register_module("out_bn", nn::BatchNorm2d(last));
        outConv = register_module("out_conv", SNConv2d(last, s.channels, 3, 1, 1));
    }

    torch::Tensor forward(const torch::Tensor& z, const torch::Tensor& labels) override {
        const auto parts = z.split_with_sizes(chunks, 1);
        const auto e = shared ? shared(labels) : torch::Tensor();
        auto h = featureMap4x4(linear(parts[0]));
        for (int l = 1; l <= stages; ++l) {
            const auto c = e.defined() ? torch::cat({e, parts[l]}, 1) : parts[l];
            h = blocks[l - 1]->as<GBlock>()->forward(h, c);
            if (l == attentionLevel(stages))
                h = attention(h);
        }
        return torch::tanh(outConv(torch::relu(outBn(h))));
    }

    ModelSpec spec;
    int stages;
    std::vector<std::int64_t> chunks;
    torch::nn::Embedding shared{nullptr};
    SNLinear linear{nullptr};
    torch::nn::ModuleList blocks;
    nn::SelfAttention attention{nullptr};
    nn::BatchNorm2d outBn{nullptr};
    SNConv2d outConv{nullptr};
};

struct BigGanDiscriminatorImpl : DiscriminatorImpl {
    explicit BigGanDiscriminatorImpl(const ModelSpec& s)
        : spec(s)
        , stages(upsamplingStages(s.resolution)) {
        for (int l = stages; l >= 1; --l) {
            const int in = l == stages ? s.channels : levelChannels(l, stages, s.width);
            blocks->push_back(DBlock(in, levelChannels(l - 1, stages, s.width), l != stages));
        }
        register_module("blocks", blocks);
        attention = register_module(
            "attention",
            nn::SelfAttention(levelChannels(discriminatorAttentionLevel(stages), stages, s.width)));
        head = register_module("head",
                               nn::ProjectionHead(levelChannels(0, stages, s.width), s.numClasses));
    }

    DiscriminatorOutput evaluate(const torch::Tensor& x, const torch::Tensor& labels) override {
        auto h = x;
        for (int l = stages; l >= 1; --l) {
            h = blocks[stages - l]->as<DBlock>()->forward(h);
            if (l - 1 == discriminatorAttentionLevel(stages)) // h is now at level l − 1
                h = attention(h);
        }
        return {head(torch::relu(h).sum({2, 3}), labels), {}}; // global sum pooling → projection
    }

    ModelSpec spec;
    int stages;
    torch::nn::ModuleList blocks;
    nn::SelfAttention attention{nullptr};
    nn::ProjectionHead head{nullptr};
};

GANLAB_REGISTER_MODEL(
    {.name = "biggan",
     .description = "BigGAN (Brock et al. 2019): conditional BN with shared embedding and "
                    "hierarchical z, spectral norm, self-attention, projection D; hinge loss",
     .conditional = true,
     .defaultLoss = "hinge",
     .defaultOrthoReg = 1e-4,
     .makeGenerator = [](const ModelSpec& s) -> GeneratorPtr {
         return std::make_shared<BigGanGeneratorImpl>(s);
     },
     .makeDiscriminator = [](const ModelSpec& s) -> DiscriminatorPtr {
         return std::make_shared<BigGanDiscriminatorImpl>(s);
     }});

} // namespace
} // namespace ganlab
