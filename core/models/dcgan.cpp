// DCGAN (Radford, Metz & Chintala, ICLR 2016; reference: pytorch/examples dcgan), optionally
// class-conditional by concatenation (one-hot appended to z; one-hot planes appended to D's input).
#include "models/model_registry.h"
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
        else if (auto* b = m->as<torch::nn::BatchNorm2d>()) {
            b->weight.normal_(1.0, 0.02);
            b->bias.zero_();
        }
    }
}

struct DcganGeneratorImpl : GeneratorImpl {
    explicit DcganGeneratorImpl(const ModelSpec& s)
        : spec(s) {
        const int stages = upsamplingStages(s.resolution);
        const int base = scaledWidth(kReferenceWidth, s.width);
        int channels = base * std::min(8, 1 << (stages - 1));
        const int input = s.latentDim + s.numClasses;
        body->push_back(
            torch::nn::ConvTranspose2d(torch::nn::ConvTranspose2dOptions(input, channels, 4)
                                           .stride(1)
                                           .padding(0)
                                           .bias(false)));
        body->push_back(torch::nn::BatchNorm2d(channels));
        body->push_back(torch::nn::ReLU());
        for (int i = 1; i < stages; ++i) {
            const int next = std::max(base, channels / 2);
            body->push_back(
                torch::nn::ConvTranspose2d(torch::nn::ConvTranspose2dOptions(channels, next, 4)
                                               .stride(2)
                                               .padding(1)
                                               .bias(false)));
            body->push_back(torch::nn::BatchNorm2d(next));
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
        auto input = spec.numClasses > 0 ? torch::cat({z, oneHot(labels, spec.numClasses)}, 1) : z;
        return body->forward(input.view({input.size(0), input.size(1), 1, 1}));
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
        body->push_back(
            torch::nn::Conv2d(torch::nn::Conv2dOptions(s.channels + s.numClasses, channels, 4)
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
                body->push_back(torch::nn::BatchNorm2d(next));
            body->push_back(
                torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2)));
            channels = next;
        }
        body->push_back(torch::nn::Conv2d(
            torch::nn::Conv2dOptions(channels, 1, 4).stride(1).padding(0).bias(false)));
        register_module("body", body);
        initDcgan(*this);
    }

    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& labels) override {
        auto input = x;
        if (spec.numClasses > 0) {
            const auto planes =
                oneHot(labels, spec.numClasses).view({x.size(0), spec.numClasses, 1, 1});
            input = torch::cat({x, planes.expand({-1, -1, x.size(2), x.size(3)})}, 1);
        }
        return body->forward(input).view({-1});
    }

    ModelSpec spec;
    torch::nn::Sequential body;
};

GANLAB_REGISTER_MODEL(
    {.name = "dcgan",
     .description = "DCGAN (Radford et al. 2016): transposed-conv G, strided-conv D; "
                    "class-conditional by concatenation",
     .conditional = true,
     .defaultLoss = "nonsaturating",
     .makeGenerator = [](const ModelSpec& s) -> GeneratorPtr {
         return std::make_shared<DcganGeneratorImpl>(s);
     },
     .makeDiscriminator = [](const ModelSpec& s) -> DiscriminatorPtr {
         return std::make_shared<DcganDiscriminatorImpl>(s);
     }});

} // namespace
} // namespace ganlab
