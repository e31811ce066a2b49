// A deterministic, class-stratified held-out validation split.
#pragma once

#include <cstdint>
#include <vector>

namespace ganlab {

struct Split {
    std::vector<std::int64_t> train;
    std::vector<std::int64_t> validation;
};

// Same inputs → same split, on every platform (own Fisher–Yates over splitmix64). Each class
// (or the whole set, when unlabelled) gives round(fraction × size) images to validation, but
// never its last training image.
Split makeSplit(std::int64_t count, const std::vector<std::int32_t>& labels, double fraction,
                std::uint64_t seed = 0x5EED);

} // namespace ganlab
