// The loss registry.
#include "losses/gan_loss.h"

#include "api/registry_info.h"
#include "util/named_registry.h"

#include <algorithm>

namespace ganlab {
namespace {

NamedRegistry<LossFamily>& registry() {
    static NamedRegistry<LossFamily> families("loss");
    return families;
}

} // namespace

bool registerLoss(LossFamily family) {
    return registry().add(std::move(family));
}

const std::vector<LossFamily>& lossFamilies() {
    return registry().all();
}

const LossFamily& findLoss(const std::string& name) {
    return registry().find(name);
}

std::vector<LossInfo> registeredLosses() {
    std::vector<LossInfo> out;
    for (const auto& f : registry().all())
        out.push_back({f.name, f.description, f.perSampleCritic, f.gradientPenalty});
    return out;
}

std::optional<LossInfo> findLossInfo(const std::string& name) {
    for (auto& l : registeredLosses())
        if (l.name == name)
            return l;
    return std::nullopt;
}

} // namespace ganlab
