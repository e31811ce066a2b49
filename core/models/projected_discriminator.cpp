// Projected GAN discriminator (Sauer et al., NeurIPS 2021): a frozen pretrained feature network F
// tapped at four depths → frozen random 1×1 cross-channel mixing (CCM, Kaiming init) → frozen
// random top-down cross-scale mixing (CSM: bilinear ×2 up, add, conv) → four small trainable
// spectral-norm discriminators whose logits are all kept (losses average them). F stays in eval
// mode (its BatchNorm statistics never move) and nothing frozen ever receives a gradient.
#include "models/projected_discriminator.h"

#include "api/error.h"
#include "metrics/classifier_net.h"
#include "nn/spectral_norm.h"

namespace ganlab {
namespace {

constexpr int kDepths = 4;
constexpr int kReferenceWidth = 64; // CCM widths 64·[1, 2, 4, 8] (the reference's "expand")

void freeze(torch::nn::Module& m) {
    for (auto& p : m.parameters())
        p.set_requires_grad(false);
}

torch::nn::Conv2d frozenConv(int in, int out, int kernel) {
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(in, out, kernel).padding(kernel / 2));
    torch::NoGradGuard guard;
    torch::nn::init::kaiming_normal_(conv->weight);
    conv->bias.zero_();
    freeze(*conv);
    return conv;
}

// One trainable discriminator on one depth: SN conv4×4 s2 + BN + LReLU while the map is larger
// than 4×4, then an SN conv to one logit per position (plus ⟨e_y, h⟩ when conditional).
struct MiniDiscriminatorImpl : torch::nn::Module {
    MiniDiscriminatorImpl(int channels, int size, int numClasses) {
        int c = channels;
        for (int s = size; s > 4; s /= 2) {
            const int next = std::min(c * 2, 256);
            body->push_back(nn::SNConv2d(c, next, 4, 2, 1));
            body->push_back(torch::nn::BatchNorm2d(next));
            body->push_back(torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2)));
            c = next;
        }
        register_module("body", body);
        out = register_module("out", nn::SNConv2d(c, 1, 3, 1, 1));
        if (numClasses > 0)
            embed = register_module("embed", nn::SNEmbedding(numClasses, c));
    }
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& labels) {
        const auto h = body->is_empty() ? x : body->forward(x);
        auto logits = out(h).squeeze(1);
        if (embed)
            logits = logits + (h * embed(labels).unsqueeze(2).unsqueeze(3)).sum(1);
        return logits.flatten(1);
    }
    torch::nn::Sequential body;
    nn::SNConv2d out{nullptr};
    nn::SNEmbedding embed{nullptr};
};
TORCH_MODULE(MiniDiscriminator);

struct ProjectedDiscriminatorImpl : DiscriminatorImpl {
    explicit ProjectedDiscriminatorImpl(const ModelSpec& s)
        : spec(s) {
        int classes = 1;
        if (s.projectedFeatures == "random") {
            inputChannels = s.channels;
            inputResolution = s.resolution;
        } else if (s.projectedFeatures.rfind("classifier:", 0) == 0) {
            const auto classifier = Classifier::load(s.projectedFeatures.substr(11));
            inputChannels = classifier->meta().channels;
            inputResolution = classifier->meta().resolution;
            classes = static_cast<int>(classifier->meta().classNames.size());
            source = classifier;
        } else {
            throw Error(ErrorKind::Usage, {},
                        "the projected discriminator's features must be \"random\" or "
                        "\"classifier:FILE\", not \"" +
                            s.projectedFeatures + "\"");
        }
        if (inputResolution < 16)
            throw Error(ErrorKind::Usage, s.projectedFeatures,
                        "the projected discriminator needs a feature network of at least 16 px");
        features = register_module("features", ClassifierNet(inputChannels, classes));
        if (source) {
            torch::NoGradGuard guard;
            const auto from = source->net()->named_parameters();
            auto to = features->named_parameters();
            for (const auto& item : from)
                to[item.key()].copy_(item.value());
            const auto fromB = source->net()->named_buffers();
            auto toB = features->named_buffers();
            for (const auto& item : fromB)
                toB[item.key()].copy_(item.value());
            source.reset();
        }
        freeze(*features);
        features->eval();

        const int tapChannels[kDepths] = {32, 64, 128, 128};
        int size = inputResolution / 2;
        for (int i = 0; i < kDepths; ++i, size /= 2) {
            const int width = scaledWidth(kReferenceWidth, s.width) << i;
            widths.push_back(width);
            ccm.push_back(register_module("ccm" + std::to_string(i),
                                          frozenConv(tapChannels[i], width, 1)));
            csm.push_back(register_module("csm" + std::to_string(i), frozenConv(width, width, 3)));
            if (i + 1 < kDepths)
                csmProject.push_back(register_module("csm_project" + std::to_string(i),
                                                     frozenConv(width * 2, width, 1)));
            heads.push_back(register_module("head" + std::to_string(i),
                                            MiniDiscriminator(width, std::max(1, size),
                                                              s.numClasses)));
        }
    }

    void train(bool on) override {
        DiscriminatorImpl::train(on);
        features->eval(); // F's BatchNorm statistics never move
    }

    // x in [−1, 1] at the run's format → F's channels and resolution, differentiably.
    torch::Tensor prepare(const torch::Tensor& x) const {
        auto y = x;
        if (inputChannels == 1 && y.size(1) == 3)
            y = y.mean(1, true);
        else if (inputChannels == 3 && y.size(1) == 1)
            y = y.expand({-1, 3, -1, -1});
        if (y.size(2) != inputResolution)
            y = torch::upsample_bilinear2d(y, {inputResolution, inputResolution}, false);
        return y;
    }

    // F's maps after each of its three stages and a further ×2 average pool (strides 2–16).
    std::vector<torch::Tensor> taps(const torch::Tensor& x) {
        std::vector<torch::Tensor> out;
        auto h = x;
        for (auto& layer : *features->body) {
            h = layer.forward(h);
            if (layer.ptr()->as<torch::nn::MaxPool2d>())
                out.push_back(h);
        }
        out.push_back(torch::avg_pool2d(h, 2, 2, 0, /*ceil_mode=*/true));
        return out;
    }

    DiscriminatorOutput evaluate(const torch::Tensor& x, const torch::Tensor& labels) override {
        const auto f = taps(prepare(x));
        std::vector<torch::Tensor> mixed(kDepths);
        for (int i = kDepths - 1; i >= 0; --i) {
            auto h = ccm[i](f[i]);
            if (i + 1 < kDepths) {
                const auto deeper = torch::upsample_bilinear2d(
                    csmProject[i](mixed[i + 1]), {h.size(2), h.size(3)}, false);
                h = h + deeper;
            }
            mixed[i] = csm[i](h);
        }
        std::vector<torch::Tensor> logits;
        for (int i = 0; i < kDepths; ++i)
            logits.push_back(heads[i](mixed[i], labels));
        return {torch::cat(logits, 1), {}};
    }

    ModelSpec spec;
    int inputChannels = 1, inputResolution = 32;
    std::shared_ptr<Classifier> source;
    ClassifierNet features{nullptr};
    std::vector<int> widths;
    std::vector<torch::nn::Conv2d> ccm, csm, csmProject;
    std::vector<MiniDiscriminator> heads;
};

} // namespace

DiscriminatorPtr makeProjectedDiscriminator(const ModelSpec& spec) {
    return std::make_shared<ProjectedDiscriminatorImpl>(spec);
}

std::vector<std::pair<std::string, torch::Tensor>> frozenTensors(DiscriminatorImpl& d) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto& item : d.named_parameters())
        if (!item.value().requires_grad())
            out.emplace_back(item.key(), item.value());
    for (const auto& item : d.named_buffers())
        if (item.key().rfind("features.", 0) == 0)
            out.emplace_back(item.key(), item.value());
    return out;
}

} // namespace ganlab
