// The model-family registry and the shared model helpers.
#include "models/model_registry.h"

#include "api/registry_info.h"
#include "util/named_registry.h"

#include <algorithm>
#include <cmath>

namespace ganlab {
namespace {

NamedRegistry<ModelFamily>& registry() {
    static NamedRegistry<ModelFamily> families("model");
    return families;
}

} // namespace

bool registerModel(ModelFamily family) {
    return registry().add(std::move(family));
}

const std::vector<ModelFamily>& modelFamilies() {
    return registry().all();
}

const ModelFamily& findModel(const std::string& name) {
    return registry().find(name);
}

std::vector<ModelInfo> registeredModels() {
    std::vector<ModelInfo> out;
    for (const auto& f : registry().all())
        out.push_back({f.name, f.description, f.conditional, f.defaultLoss, f.auxClassifier,
                       f.conditionalBn, f.progressive, f.defaultOrthoReg, f.defaultDrift});
    return out;
}

std::optional<ModelInfo> findModelInfo(const std::string& name) {
    for (auto& m : registeredModels())
        if (m.name == name)
            return m;
    return std::nullopt;
}

torch::Tensor oneHot(const torch::Tensor& labels, int numClasses) {
    return torch::one_hot(labels.to(torch::kLong), numClasses).to(torch::kFloat);
}

torch::Tensor featureMap4x4(const torch::Tensor& dense) {
    return dense.view({-1, dense.size(1) / 16, 4, 4});
}

bool setGrowth(torch::nn::Module& module, const Growth& growth) {
    auto buffers = module.named_buffers(/*recurse=*/false);
    auto* buffer = buffers.find("growth");
    if (!buffer)
        return false;
    torch::NoGradGuard guard;
    buffer->copy_(torch::tensor({double(growth.level), growth.alpha}, torch::kFloat));
    return true;
}

std::optional<Growth> growthOf(const torch::nn::Module& module) {
    const auto buffers = module.named_buffers(/*recurse=*/false);
    const auto* buffer = buffers.find("growth");
    if (!buffer)
        return std::nullopt;
    const auto g = buffer->to(torch::kDouble);
    return Growth{static_cast<int>(std::lround(g[0].item<double>())), g[1].item<double>()};
}

int upsamplingStages(int resolution) {
    return static_cast<int>(std::lround(std::log2(resolution))) - 2;
}

int scaledWidth(int reference, double multiplier) {
    return std::max(8, static_cast<int>(std::lround(reference * multiplier)));
}

} // namespace ganlab
