// The model-family registry and the shared model helpers.
#include "models/model_registry.h"

#include "api/error.h"
#include "api/registry_info.h"

#include <algorithm>
#include <cmath>

namespace ganlab {
namespace {

std::vector<ModelFamily>& storage() {
    static std::vector<ModelFamily> families;
    return families;
}

} // namespace

bool registerModel(ModelFamily family) {
    auto& all = storage();
    all.erase(
        std::remove_if(all.begin(), all.end(), [&](auto& f) { return f.name == family.name; }),
        all.end());
    all.push_back(std::move(family));
    std::sort(all.begin(), all.end(), [](auto& a, auto& b) { return a.name < b.name; });
    return true;
}

const std::vector<ModelFamily>& modelFamilies() {
    return storage();
}

const ModelFamily& findModel(const std::string& name) {
    for (const auto& f : storage())
        if (f.name == name)
            return f;
    std::string names;
    for (const auto& f : storage())
        names += (names.empty() ? "" : ", ") + f.name;
    throw Error(ErrorKind::Usage, {}, "unknown model \"" + name + "\" (registered: " + names + ")");
}

std::vector<ModelInfo> registeredModels() {
    std::vector<ModelInfo> out;
    for (const auto& f : storage())
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
