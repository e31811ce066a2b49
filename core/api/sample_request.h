// SampleRequest: how to draw a sample grid (size, seed, truncation, classes, padding).
#pragma once

#include <cstdint>
#include <vector>

namespace ganlab {

struct SampleRequest {
    int rows = 8;
    int cols = 8;
    std::uint64_t seed = 0;   // latent seed; the same seed gives the same z
    double truncation = 0;    // resample |z_i| above this threshold; 0 = no truncation
    std::vector<int> classes; // conditional models: one row per listed class
    int padding = 2;
    int padValue = 255; // padding gray level
    bool useEma = true; // the EMA generator (the one to look at) or the raw one
};

} // namespace ganlab
