// ResNet WGAN-GP pair of Transferring GANs (Wang et al., ECCV 2018; reference:
// yaxingwang/Transferring-GANs, after igul222/improved_wgan_training gan_64x64.py): BN residual G,
// LayerNorm residual critic. G is class-conditional by concatenation (Cond Concat: one-hot columns
// of the first Linear) or by Cond BN (a BN scale/offset row per class); the critic by one-hot
// planes on its input, or with an AC-GAN class head on its features (Odena et al. 2017; the D
// class head of Transferring GANs' conditional runs).
#include "models/model_registry.h"
#include "nn/res_blocks.h"

namespace ganlab {
namespace {

constexpr int kReferenceWidth = 64; // "dim" of the 64-px reference model

// Channel multiple of dim at level l (0 = 4×4) for n stages: 64 px → 8,8,4,2,1.
int levelMultiple(int level, int stages) {
    return std::min(8, 1 << (stages - level));
}

struct ResnetGeneratorImpl : GeneratorImpl {
    explicit ResnetGeneratorImpl(const ModelSpec& s)
        : spec(s)
        , stages(upsamplingStages(s.resolution))
        , dim(scaledWidth(kReferenceWidth, s.width)) {
        const int first = dim * levelMultiple(0, stages);
        const int bnClasses = s.conditionalBn ? s.numClasses : 0;
        linear = register_module(
            "linear",
            torch::nn::Linear(s.latentDim + (s.conditionalBn ? 0 : s.numClasses), first * 16));
        for (int level = 1; level <= stages; ++level)
            blocks->push_back(nn::ResUpBlock(dim * levelMultiple(level - 1, stages),
                                             dim * levelMultiple(level, stages), bnClasses));
        register_module("blocks", blocks);
        bn = register_module("bn", nn::ClassBatchNorm2d(dim, bnClasses));
        toImage = register_module(
            "to_image", torch::nn::Conv2d(torch::nn::Conv2dOptions(dim, s.channels, 3).padding(1)));
    }

    torch::Tensor forward(const torch::Tensor& z, const torch::Tensor& labels) override {
        const bool concat = spec.numClasses > 0 && !spec.conditionalBn;
        auto input = concat ? torch::cat({z, oneHot(labels, spec.numClasses)}, 1) : z;
        auto h = featureMap4x4(linear(input));
        for (std::size_t i = 0; i < blocks->size(); ++i)
            h = blocks->at<nn::ResUpBlockImpl>(i).forward(h, labels);
        return torch::tanh(toImage(torch::relu(bn(h, labels))));
    }

    ModelSpec spec;
    int stages, dim;
    torch::nn::Linear linear{nullptr};
    torch::nn::ModuleList blocks;
    nn::ClassBatchNorm2d bn{nullptr};
    torch::nn::Conv2d toImage{nullptr};
};

struct ResnetCriticImpl : DiscriminatorImpl {
    explicit ResnetCriticImpl(const ModelSpec& s)
        : spec(s)
        , stages(upsamplingStages(s.resolution))
        , dim(scaledWidth(kReferenceWidth, s.width)) {
        fromImage = register_module(
            "from_image",
            torch::nn::Conv2d(
                torch::nn::Conv2dOptions(s.channels + (s.auxClassifier ? 0 : s.numClasses), dim, 3)
                    .padding(1)));
        for (int level = stages; level >= 1; --level)
            blocks->push_back(nn::ResDownBlock(dim * levelMultiple(level, stages),
                                               dim * levelMultiple(level - 1, stages)));
        register_module("blocks", blocks);
        output =
            register_module("output", torch::nn::Linear(dim * levelMultiple(0, stages) * 16, 1));
        if (s.auxClassifier)
            classHead = register_module(
                "class_head", torch::nn::Linear(dim * levelMultiple(0, stages) * 16, s.numClasses));
    }

    DiscriminatorOutput evaluate(const torch::Tensor& x, const torch::Tensor& labels) override {
        auto input = x;
        if (spec.numClasses > 0 && !spec.auxClassifier) {
            const auto planes =
                oneHot(labels, spec.numClasses).view({x.size(0), spec.numClasses, 1, 1});
            input = torch::cat({x, planes.expand({-1, -1, x.size(2), x.size(3)})}, 1);
        }
        const auto h = blocks->forward(fromImage(input)).flatten(1);
        DiscriminatorOutput out{output(h).view({-1}), {}};
        if (classHead)
            out.classLogits = classHead(h);
        return out;
    }

    ModelSpec spec;
    int stages, dim;
    torch::nn::Conv2d fromImage{nullptr};
    torch::nn::Sequential blocks;
    torch::nn::Linear output{nullptr}, classHead{nullptr};
};

GANLAB_REGISTER_MODEL(
    {.name = "resnet",
     .description = "ResNet WGAN-GP of Transferring GANs (Wang et al. 2018): residual BN "
                    "generator, LayerNorm residual critic",
     .conditional = true,
     .auxClassifier = true,
     .conditionalBn = true,
     .classColumnsInG = true,
     .classPlanesInD = true,
     .defaultLoss = "wgan-gp",
     .makeGenerator = [](const ModelSpec& s) -> GeneratorPtr {
         return std::make_shared<ResnetGeneratorImpl>(s);
     },
     .makeDiscriminator = [](const ModelSpec& s) -> DiscriminatorPtr {
         return std::make_shared<ResnetCriticImpl>(s);
     }});

} // namespace
} // namespace ganlab
