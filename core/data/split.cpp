// makeSplit: stratified, seeded, platform-independent train/validation partition.
#include "data/split.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace ganlab {
namespace {

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

Split makeSplit(std::int64_t count, const std::vector<std::int32_t>& labels, double fraction,
                std::uint64_t seed) {
    std::map<std::int32_t, std::vector<std::int64_t>> groups;
    for (std::int64_t i = 0; i < count; ++i)
        groups[labels.empty() ? 0 : labels[i]].push_back(i);
    Split split;
    std::uint64_t state = seed;
    for (auto& [label, members] : groups) {
        for (std::size_t i = members.size(); i > 1; --i)
            std::swap(members[i - 1], members[splitmix64(state) % i]);
        auto held = static_cast<std::size_t>(std::llround(fraction * members.size()));
        held = std::min(held, members.size() - 1);
        split.validation.insert(split.validation.end(), members.begin(), members.begin() + held);
        split.train.insert(split.train.end(), members.begin() + held, members.end());
    }
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.validation.begin(), split.validation.end());
    return split;
}

} // namespace ganlab
