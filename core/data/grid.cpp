// composeGrid: lays a batch of images out as one padded grid image.
#include "data/grid.h"

#include <algorithm>

namespace ganlab {

Image composeGrid(const std::uint8_t* nchw, int n, int channels, int height, int width,
                  const GridLayout& g) {
    Image out;
    out.channels = channels;
    out.width = g.cols * width + (g.cols + 1) * g.padding;
    out.height = g.rows * height + (g.rows + 1) * g.padding;
    out.pixels.assign(static_cast<std::size_t>(out.width) * out.height * channels,
                      static_cast<std::uint8_t>(std::clamp(g.padValue, 0, 255)));
    const int plane = height * width;
    const int tiles = std::min(n, g.rows * g.cols);
    for (int i = 0; i < tiles; ++i) {
        const int x0 = g.padding + (i % g.cols) * (width + g.padding);
        const int y0 = g.padding + (i / g.cols) * (height + g.padding);
        const std::uint8_t* tile = nchw + static_cast<std::size_t>(i) * channels * plane;
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                for (int c = 0; c < channels; ++c)
                    out.pixels[((static_cast<std::size_t>(y0 + y)) * out.width + x0 + x) *
                                   channels +
                               c] = tile[c * plane + y * width + x];
    }
    return out;
}

} // namespace ganlab
