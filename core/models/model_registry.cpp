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
        out.push_back({f.name, f.description, f.conditional, f.defaultLoss});
    return out;
}

torch::Tensor oneHot(const torch::Tensor& labels, int numClasses) {
    return torch::one_hot(labels.to(torch::kLong), numClasses).to(torch::kFloat);
}

int upsamplingStages(int resolution) {
    return static_cast<int>(std::lround(std::log2(resolution))) - 2;
}

int scaledWidth(int reference, double multiplier) {
    return std::max(8, static_cast<int>(std::lround(reference * multiplier)));
}

} // namespace ganlab
