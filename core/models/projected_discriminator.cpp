// Projected GAN discriminator (Sauer et al., NeurIPS 2021): a frozen pretrained feature network F
// (ganlab's classifier, or any TorchScript network returning feature maps) tapped at four depths →
// frozen random 1×1 cross-channel mixing (CCM, Kaiming init) → frozen random top-down cross-scale
// mixing (CSM: bilinear ×2 up, add, conv) → four small trainable spectral-norm discriminators whose
// logits are all kept (losses average them). F stays in eval mode (its BatchNorm statistics never
// move) and nothing frozen ever receives a gradient.
#include "models/projected_discriminator.h"

#include "api/error.h"
#include "metrics/classifier_net.h"
#include "nn/batch_norm.h"
#include "nn/spectral_norm.h"
#include "train/trainer.h"

#include <torch/script.h>

#include <optional>

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
            body->push_back(nn::BatchNorm2d(next));
            body->push_back(
                torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2)));
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
        const FeatureSpec& f = s.projectedFeatures;
        inputChannels = s.channels;
        inputResolution = s.resolution;
        if (f.source == FeatureSource::TorchScriptFile) {
            loadScript(f.path);
        } else if (f.source == FeatureSource::Random || f.source == FeatureSource::ClassifierFile) {
            std::shared_ptr<Classifier> source;
            if (f.source == FeatureSource::ClassifierFile) {
                source = Classifier::load(f.path);
                inputChannels = source->meta().channels;
                inputResolution = source->meta().resolution;
            }
            const int classes = source ? static_cast<int>(source->meta().classNames.size()) : 1;
            features = register_module("features", ClassifierNet(inputChannels, classes));
            if (source)
                copyModuleState(*source->net(), *features);
            freeze(*features);
            features->eval();
        } else {
            throw Error(ErrorKind::Usage, {},
                        message(MessageCode::FeatureSpecNotHere, f.text(),
                                "random, classifier:FILE or torchscript:FILE"));
        }
        if (inputResolution < 16)
            throw Error(ErrorKind::Usage, f.text(), message(MessageCode::ProjectedNeedsSize));

        // The four depths' channels and sizes, from one probe through the frozen network.
        std::vector<torch::Tensor> probe;
        {
            torch::NoGradGuard guard;
            probe = taps(prepare(torch::zeros({2, s.channels, s.resolution, s.resolution})));
        }
        for (int i = 0; i < kDepths; ++i) {
            const int width = scaledWidth(kReferenceWidth, s.width) << i;
            const int channels = static_cast<int>(probe[i].size(1));
            const int size = static_cast<int>(std::max(probe[i].size(2), probe[i].size(3)));
            ccm.push_back(
                register_module("ccm" + std::to_string(i), frozenConv(channels, width, 1)));
            csm.push_back(register_module("csm" + std::to_string(i), frozenConv(width, width, 3)));
            if (i + 1 < kDepths)
                csmProject.push_back(register_module("csm_project" + std::to_string(i),
                                                     frozenConv(width * 2, width, 1)));
            heads.push_back(register_module("head" + std::to_string(i),
                                            MiniDiscriminator(width, size, s.numClasses)));
        }
    }

    // A TorchScript feature network: takes [N, 3, R, R] in [−1, 1], returns a list or tuple of
    // feature maps (the last four, shallow to deep, are used). Its parameters are frozen and kept
    // out of this module: never optimised, never checkpointed (the file is part of the config).
    void loadScript(const std::string& path) {
        try {
            script = torch::jit::load(path);
        } catch (const std::exception& e) {
            std::string what = e.what();
            what.resize(std::min(what.find('\n'), what.size()));
            throw Error(ErrorKind::Usage, path, message(MessageCode::NotTorchScript, what));
        }
        scriptPath = path;
        script->eval();
        for (auto p : script->parameters())
            p.set_requires_grad(false);
        inputChannels = 3;
        std::vector<torch::Tensor> out;
        try {
            torch::NoGradGuard guard;
            out = scriptTaps(torch::zeros({2, 3, inputResolution, inputResolution}));
        } catch (const Error&) {
            throw;
        } catch (const std::exception& e) {
            std::string what = e.what();
            what.resize(std::min(what.find('\n'), what.size()));
            throw Error(ErrorKind::Usage, path, message(MessageCode::FeatureProbeFailed, what));
        }
        for (const auto& t : out)
            if (t.dim() != 4 || t.size(0) != 2)
                throw Error(ErrorKind::Usage, path, message(MessageCode::FeatureMapsNotNchw));
    }

    std::vector<torch::Tensor> scriptTaps(const torch::Tensor& x) {
        const auto result = script->forward({x});
        std::vector<torch::Tensor> maps;
        if (result.isTensorList())
            maps = result.toTensorVector();
        else if (result.isList())
            for (const auto& v : result.toListRef())
                maps.push_back(v.toTensor());
        else if (result.isTuple())
            for (const auto& v : result.toTupleRef().elements())
                maps.push_back(v.toTensor());
        if (maps.size() < static_cast<std::size_t>(kDepths))
            throw Error(ErrorKind::Usage, scriptPath,
                        message(MessageCode::FeatureMapsTooFew, maps.size()));
        return {maps.end() - kDepths, maps.end()};
    }

    void train(bool on) override {
        DiscriminatorImpl::train(on);
        if (features)
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

    // F's maps at four depths: a TorchScript network's last four outputs, or ganlab's classifier
    // after each of its three stages and a further ×2 average pool (strides 2–16).
    std::vector<torch::Tensor> taps(const torch::Tensor& x) {
        if (script)
            return scriptTaps(x);
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
                const auto deeper = torch::upsample_bilinear2d(csmProject[i](mixed[i + 1]),
                                                               {h.size(2), h.size(3)}, false);
                h = h + deeper;
            }
            mixed[i] = csm[i](h);
        }
        std::vector<torch::Tensor> logits;
        for (int i = 0; i < kDepths; ++i)
            logits.push_back(heads[i](mixed[i], labels));
        return {torch::cat(logits, 1), {}};
    }

    // A TorchScript feature network is no registered submodule: it moves with D here.
    using DiscriminatorImpl::to;
    void to(torch::Device device, bool nonBlocking = false) override {
        DiscriminatorImpl::to(device, nonBlocking);
        if (script)
            script->to(device, nonBlocking);
    }

    ModelSpec spec;
    int inputChannels = 1, inputResolution = 32;
    ClassifierNet features{nullptr};
    std::optional<torch::jit::Module> script;
    std::string scriptPath;
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
    if (auto* projected = dynamic_cast<ProjectedDiscriminatorImpl*>(&d);
        projected && projected->script) {
        for (const auto& item : projected->script->named_parameters())
            out.emplace_back("script." + item.name, item.value);
        for (const auto& item : projected->script->named_buffers())
            out.emplace_back("script." + item.name, item.value);
    }
    return out;
}

} // namespace ganlab
