// The loss registry.
#include "losses/gan_loss.h"

#include "api/error.h"
#include "api/registry_info.h"

#include <algorithm>

namespace ganlab {
namespace {

std::vector<LossFamily>& storage() {
    static std::vector<LossFamily> families;
    return families;
}

} // namespace

bool registerLoss(LossFamily family) {
    auto& all = storage();
    all.erase(
        std::remove_if(all.begin(), all.end(), [&](auto& f) { return f.name == family.name; }),
        all.end());
    all.push_back(std::move(family));
    std::sort(all.begin(), all.end(), [](auto& a, auto& b) { return a.name < b.name; });
    return true;
}

const std::vector<LossFamily>& lossFamilies() {
    return storage();
}

const LossFamily& findLoss(const std::string& name) {
    for (const auto& f : storage())
        if (f.name == name)
            return f;
    std::string names;
    for (const auto& f : storage())
        names += (names.empty() ? "" : ", ") + f.name;
    throw Error(ErrorKind::Usage, {}, "unknown loss \"" + name + "\" (registered: " + names + ")");
}

std::vector<LossInfo> registeredLosses() {
    std::vector<LossInfo> out;
    for (const auto& f : storage())
        out.push_back({f.name, f.description});
    return out;
}

} // namespace ganlab
