// stableHash: 64-bit FNV-1a as 16 hex digits — the same on every platform and build, for cache
// file names.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace ganlab {

inline std::string stableHash(const std::string& text) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text)
        h = (h ^ c) * 1099511628211ull;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

} // namespace ganlab
