// DCGAN (Radford, Metz & Chintala, ICLR 2016; reference: pytorch/examples dcgan), optionally
// class-conditional: G by concatenation (one-hot appended to z) or Cond BN (a BN scale/offset row
// per class, Transferring GANs §4); D by one-hot planes appended to its input or, with an AC-GAN
// head (Odena et al., ICML 2017), by a K-way classifier beside its output.
#include "models/model_registry.h"
#include "nn/batch_norm.h"
#include "nn/class_batch_norm.h"
#include "nn/fast_convolution.h"
#include "nn/layer_norm_2d.h"

namespace ganlab {
namespace {

constexpr int kReferenceWidth = 64;

void initDcgan(torch::nn::Module& module) {
    torch::NoGradGuard guard;
    for (auto& m : module.modules(/*include_self=*/false)) {
        if (auto* c = m->as<torch::nn::Conv2d>())
            c->weight.normal_(0.0, 0.02);
        else if (auto* t = m->as<torch::nn::ConvTranspose2d>())
            t->weight.normal_(0.0, 0.02);
        else if (auto* b = m->as<nn::BatchNorm2dImpl>()) {
            b->weight.normal_(1.0, 0.02);
            b->bias.zero_();
        } else if (auto* cb = m->as<nn::ClassBatchNorm2dImpl>()) {
            cb->weight.normal_(1.0, 0.02);
            cb->bias.zero_();
        }
    }
}

struct DcganGeneratorImpl : GeneratorImpl {
    explicit DcganGeneratorImpl(const ModelSpec& s)
        : spec(s) {
        const int stages = upsamplingStages(s.resolution);
        const int base = scaledWidth(kReferenceWidth, s.width);
        int channels = base * std::min(8, 1 << (stages - 1));
        const int bnClasses = s.conditionalBn ? s.numClasses : 0;
        const int input = s.latentDim + (s.conditionalBn ? 0 : s.numClasses);
        body->push_back(
            torch::nn::ConvTranspose2d(torch::nn::ConvTranspose2dOptions(input, channels, 4)
                                           .stride(1)
                                           .padding(0)
                                           .bias(false)));
        body->push_back(nn::ClassBatchNorm2d(channels, bnClasses));
        body->push_back(torch::nn::ReLU());
        for (int i = 1; i < stages; ++i) {
            const int next = std::max(base, channels / 2);
            body->push_back(
                torch::nn::ConvTranspose2d(torch::nn::ConvTranspose2dOptions(channels, next, 4)
                                               .stride(2)
                                               .padding(1)
                                               .bias(false)));
            body->push_back(nn::ClassBatchNorm2d(next, bnClasses));
            body->push_back(torch::nn::ReLU());
            channels = next;
        }
        body->push_back(
            torch::nn::ConvTranspose2d(torch::nn::ConvTranspose2dOptions(channels, s.channels, 4)
                                           .stride(2)
                                           .padding(1)
                                           .bias(false)));
        body->push_back(torch::nn::Tanh());
        register_module("body", body);
        initDcgan(*this);
    }

    torch::Tensor forward(const torch::Tensor& z, const torch::Tensor& labels) override {
        const bool concat = spec.numClasses > 0 && !spec.conditionalBn;
        auto h = concat ? torch::cat({z, oneHot(labels, spec.numClasses)}, 1) : z;
        h = h.unsqueeze(-1).unsqueeze(-1);
        for (auto& layer : *body) {
            if (auto* bn = layer.ptr()->as<nn::ClassBatchNorm2dImpl>())
                h = bn->forward(h, labels);
            else if (auto* up = layer.ptr()->as<torch::nn::ConvTranspose2dImpl>())
                h = nn::convTranspose2d(h, *up);
            else
                h = layer.forward(h);
        }
        return h;
    }

    ModelSpec spec;
    torch::nn::Sequential body;
};

struct DcganDiscriminatorImpl : DiscriminatorImpl {
    explicit DcganDiscriminatorImpl(const ModelSpec& s)
        : spec(s) {
        const int stages = upsamplingStages(s.resolution);
        const int base = scaledWidth(kReferenceWidth, s.width);
        int channels = base;
        const int labelPlanes = s.auxClassifier ? 0 : s.numClasses;
        body->push_back(
            torch::nn::Conv2d(torch::nn::Conv2dOptions(s.channels + labelPlanes, channels, 4)
                                  .stride(2)
                                  .padding(1)
                                  .bias(false)));
        body->push_back(torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2)));
        for (int i = 1; i < stages; ++i) {
            const int next = std::min(channels * 2, base * 8);
            body->push_back(torch::nn::Conv2d(
                torch::nn::Conv2dOptions(channels, next, 4).stride(2).padding(1).bias(false)));
            if (s.perSampleCritic)
                body->push_back(nn::LayerNorm2d(next));
            else
                body->push_back(nn::BatchNorm2d(next));
            body->push_back(
                torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2)));
            channels = next;
        }
        body->push_back(torch::nn::Conv2d(
            torch::nn::Conv2dOptions(channels, 1, 4).stride(1).padding(0).bias(false)));
        register_module("body", body);
        if (s.auxClassifier)
            classHead = register_module(
                "class_head",
                torch::nn::Conv2d(
                    torch::nn::Conv2dOptions(channels, s.numClasses, 4).stride(1).padding(0)));
        initDcgan(*this);
    }

    DiscriminatorOutput evaluate(const torch::Tensor& x, const torch::Tensor& labels) override {
        auto h = x;
        if (spec.numClasses > 0 && !spec.auxClassifier) {
            const auto planes =
                oneHot(labels, spec.numClasses).view({x.size(0), spec.numClasses, 1, 1});
            h = torch::cat({x, planes.expand({-1, -1, x.size(2), x.size(3)})}, 1);
        }
        auto last = body->end() - 1;
        for (auto it = body->begin(); it != last; ++it) {
            if (auto* conv = it->ptr()->as<torch::nn::Conv2dImpl>())
                h = nn::conv2d(h, *conv);
            else
                h = it->forward(h);
        }
        DiscriminatorOutput out{nn::conv2d(h, *last->ptr()->as<torch::nn::Conv2dImpl>()).view({-1}),
                                {}};
        if (classHead)
            out.classLogits = nn::conv2d(h, *classHead).flatten(1);
        return out;
    }

    ModelSpec spec;
    torch::nn::Sequential body;
    torch::nn::Conv2d classHead{nullptr};
};

GANLAB_REGISTER_MODEL(
    {.name = "dcgan",
     .description = "DCGAN (Radford et al. 2016): transposed-conv G, strided-conv D; "
                    "class-conditional by concatenation",
     .conditional = true,
     .auxClassifier = true,
     .conditionalBn = true,
     .classColumnsInG = true,
     .classPlanesInD = true,
     .defaultLoss = "nonsaturating",
     .makeGenerator = [](const ModelSpec& s) -> GeneratorPtr {
         return std::make_shared<DcganGeneratorImpl>(s);
     },
     .makeDiscriminator = [](const ModelSpec& s) -> DiscriminatorPtr {
         return std::make_shared<DcganDiscriminatorImpl>(s);
     }});

} // namespace
} // namespace ganlab
