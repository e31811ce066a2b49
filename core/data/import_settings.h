// ImportSettings: how raw images become training images (size, channels, fit, limits).
#pragma once

#include "api/train_config.h"

#include <array>
#include <cstdint>

namespace ganlab {

struct ImportSettings {
    int resolution = 32;
    int channels = 1;
    FitMode fit = FitMode::CenterCrop;
    std::array<int, 3> background{255, 255, 255};
    // Decompression-bomb guards, checked on the header before any decode.
    int maxSide = 16384;
    std::int64_t maxPixels = 100'000'000;
    std::int64_t maxFileBytes = 512ll << 20;

    static ImportSettings from(const TrainConfig& config) {
        ImportSettings s;
        s.resolution = config.resolution;
        s.channels = config.channels;
        s.fit = config.fit;
        s.background = config.background;
        return s;
    }
};

} // namespace ganlab
