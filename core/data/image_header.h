// Reads an encoded image's width and height from its header alone, so limits apply before decode.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace ganlab {

struct ImageSize {
    std::int64_t width = 0;
    std::int64_t height = 0;
};

// PNG, JPEG, BMP, WebP, TIFF and PNM headers; nullopt when the bytes are none of these.
std::optional<ImageSize> probeImageSize(std::span<const std::uint8_t> bytes);

// True for file names with an image extension ganlab decodes (case-insensitive).
bool hasImageExtension(const std::string& name);

} // namespace ganlab
