// Sample-grid composition: tiles of a uint8 NCHW batch laid out rows × cols with padding.
#pragma once

#include "api/image.h"

#include <cstdint>

namespace ganlab {

struct GridLayout {
    int rows = 1;
    int cols = 1;
    int padding = 2;
    int padValue = 255;
};

// Tile i goes to row i / cols, column i % cols; tiles beyond n stay background.
Image composeGrid(const std::uint8_t* nchw, int n, int channels, int height, int width,
                  const GridLayout& layout);

} // namespace ganlab
