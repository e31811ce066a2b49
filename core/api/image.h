// Image: a plain 8-bit picture (row-major, interleaved RGB or gray) that crosses from core to
// views.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ganlab {

struct Image {
    int width = 0;
    int height = 0;
    int channels = 0; // 1 (gray) or 3 (RGB)
    std::vector<std::uint8_t> pixels;

    bool empty() const { return pixels.empty(); }
    std::uint8_t at(int x, int y, int c = 0) const {
        return pixels[(static_cast<std::size_t>(y) * width + x) * channels + c];
    }
};

// Writes an Image as PNG atomically (temporary file, then rename); throws Error on failure.
void writePng(const Image& image, const std::string& path);
// Reads a PNG or any other format OpenCV decodes, as gray or RGB; throws Error on failure.
Image readImage(const std::string& path);

} // namespace ganlab
