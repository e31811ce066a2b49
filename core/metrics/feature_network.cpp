// Feature-network factory, batched extraction and the shared input conversion.
#include "metrics/feature_network.h"

#include "api/error.h"
#include "metrics/classifier_net.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace ganlab {

std::unique_ptr<FeatureNetwork> makeRandomFeatures();
std::unique_ptr<FeatureNetwork> makeInceptionFeatures(const std::string& path);

std::unique_ptr<FeatureNetwork> makeFeatureNetwork(const FeatureSpec& spec) {
    switch (spec.source) {
    case FeatureSource::Random:
        return makeRandomFeatures();
    case FeatureSource::ClassifierFile:
        return makeClassifierFeatures(spec.path);
    case FeatureSource::InceptionFile:
        return makeInceptionFeatures(spec.path);
    case FeatureSource::RunClassifier:   // resolved by the run to its classifier.pt first
    case FeatureSource::TorchScriptFile: // feature maps, for the projected discriminator
        break;
    }
    throw Error(ErrorKind::Usage, {},
                message(MessageCode::FeatureSpecNotHere, spec.text(),
                        "random, classifier:FILE or inception:FILE"));
}

std::unique_ptr<FeatureNetwork> makeFeatureNetwork(std::string_view spec) {
    return makeFeatureNetwork(featureSpec(spec, FeatureUse::Evaluation));
}

torch::Tensor extractFeatures(FeatureNetwork& network, const torch::Tensor& images,
                              std::stop_token stop, int batch) {
    torch::NoGradGuard guard;
    std::vector<torch::Tensor> parts;
    for (std::int64_t i = 0; i < images.size(0); i += batch) {
        if (stop.stop_requested())
            throw Error(ErrorKind::Cancelled, {}, message(MessageCode::EvaluationCancelled));
        parts.push_back(
            network.embed(images.slice(0, i, std::min(i + batch, images.size(0)))).to(torch::kCPU));
    }
    return parts.empty() ? torch::empty({0, network.dim()}) : torch::cat(parts);
}

torch::Tensor toRgbUnit(const torch::Tensor& images, int size) {
    auto x = images.to(torch::kFloat).div(255.0);
    if (x.size(1) == 1)
        x = x.expand({-1, 3, -1, -1});
    if (x.size(2) != size || x.size(3) != size)
        x = torch::nn::functional::interpolate(x, torch::nn::functional::InterpolateFuncOptions()
                                                      .size(std::vector<std::int64_t>{size, size})
                                                      .mode(torch::kBilinear)
                                                      .align_corners(false)
                                                      .antialias(size < x.size(2)));
    return x.contiguous();
}

std::string fileIdentity(const std::string& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    const auto time = fs::last_write_time(path, ec).time_since_epoch().count();
    return fs::absolute(path).lexically_normal().string() + "|" + std::to_string(size) + "|" +
           std::to_string(time);
}

} // namespace ganlab
