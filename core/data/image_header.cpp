// Header probes for the image formats ganlab reads (sizes only; no pixel is decoded here).
#include "data/image_header.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

namespace ganlab {
namespace {

using Bytes = std::span<const std::uint8_t>;

std::uint32_t be16(Bytes b, std::size_t i) {
    return (b[i] << 8) | b[i + 1];
}
std::uint32_t be32(Bytes b, std::size_t i) {
    return (be16(b, i) << 16) | be16(b, i + 2);
}
std::uint32_t le16(Bytes b, std::size_t i) {
    return b[i] | (b[i + 1] << 8);
}
std::uint32_t le32(Bytes b, std::size_t i) {
    return le16(b, i) | (le16(b, i + 2) << 16);
}
bool startsWith(Bytes b, const char* magic, std::size_t offset = 0) {
    const std::size_t n = std::strlen(magic);
    return b.size() >= offset + n && std::memcmp(b.data() + offset, magic, n) == 0;
}

std::optional<ImageSize> png(Bytes b) {
    if (b.size() < 24 || !startsWith(b, "\x89PNG\r\n\x1a\n") || !startsWith(b, "IHDR", 12))
        return std::nullopt;
    return ImageSize{be32(b, 16), be32(b, 20)};
}

std::optional<ImageSize> jpeg(Bytes b) {
    if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8)
        return std::nullopt;
    std::size_t i = 2;
    while (i + 9 < b.size()) {
        if (b[i] != 0xFF) {
            ++i;
            continue;
        }
        const std::uint8_t marker = b[i + 1];
        if (marker == 0xFF) {
            ++i;
            continue;
        }
        const bool sof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof)
            return ImageSize{be16(b, i + 7), be16(b, i + 5)};
        if (marker == 0xD9 || marker == 0xDA)
            break;
        i += 2 + be16(b, i + 2);
    }
    return std::nullopt;
}

std::optional<ImageSize> bmp(Bytes b) {
    if (b.size() < 26 || !startsWith(b, "BM"))
        return std::nullopt;
    const auto w = static_cast<std::int32_t>(le32(b, 18));
    const auto h = static_cast<std::int32_t>(le32(b, 22));
    return ImageSize{std::abs(static_cast<std::int64_t>(w)),
                     std::abs(static_cast<std::int64_t>(h))};
}

std::optional<ImageSize> webp(Bytes b) {
    if (b.size() < 30 || !startsWith(b, "RIFF") || !startsWith(b, "WEBP", 8))
        return std::nullopt;
    if (startsWith(b, "VP8 ", 12))
        return ImageSize{le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF};
    if (startsWith(b, "VP8L", 12)) {
        const std::uint32_t bits = le32(b, 21);
        return ImageSize{(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
    }
    if (startsWith(b, "VP8X", 12)) {
        const auto w = (b[24] | (b[25] << 8) | (b[26] << 16)) + 1;
        const auto h = (b[27] | (b[28] << 8) | (b[29] << 16)) + 1;
        return ImageSize{w, h};
    }
    return std::nullopt;
}

std::optional<ImageSize> tiff(Bytes b) {
    const bool little = startsWith(b, "II*\0");
    const bool big = b.size() >= 4 && b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42;
    if (b.size() < 8 || (!little && !big))
        return std::nullopt;
    auto u16 = [&](std::size_t i) { return little ? le16(b, i) : be16(b, i); };
    auto u32 = [&](std::size_t i) { return little ? le32(b, i) : be32(b, i); };
    const std::size_t ifd = u32(4);
    if (ifd + 2 > b.size())
        return std::nullopt;
    const std::size_t entries = u16(ifd);
    ImageSize size;
    for (std::size_t e = 0; e < entries; ++e) {
        const std::size_t at = ifd + 2 + e * 12;
        if (at + 12 > b.size())
            break;
        const std::uint32_t tag = u16(at), type = u16(at + 2);
        const std::uint32_t value = type == 3 ? u16(at + 8) : u32(at + 8);
        if (tag == 256)
            size.width = value;
        else if (tag == 257)
            size.height = value;
    }
    if (size.width == 0 || size.height == 0)
        return std::nullopt;
    return size;
}

std::optional<ImageSize> pnm(Bytes b) {
    if (b.size() < 3 || b[0] != 'P' || b[1] < '1' || b[1] > '6')
        return std::nullopt;
    std::int64_t numbers[2] = {0, 0};
    std::size_t i = 2;
    for (int k = 0; k < 2; ++k) {
        while (i < b.size() && (std::isspace(b[i]) || b[i] == '#')) {
            if (b[i] == '#')
                while (i < b.size() && b[i] != '\n')
                    ++i;
            else
                ++i;
        }
        if (i >= b.size() || !std::isdigit(b[i]))
            return std::nullopt;
        while (i < b.size() && std::isdigit(b[i]) && numbers[k] < (1ll << 40))
            numbers[k] = numbers[k] * 10 + (b[i++] - '0');
    }
    if (i >= b.size() || !std::isspace(b[i])) // a number is whole only with the space after it
        return std::nullopt;
    return ImageSize{numbers[0], numbers[1]};
}

} // namespace

std::optional<ImageSize> probeImageSize(std::span<const std::uint8_t> bytes) {
    for (auto probe : {png, jpeg, bmp, webp, tiff, pnm})
        if (auto size = probe(bytes))
            return size;
    return std::nullopt;
}

bool hasImageExtension(const std::string& name) {
    static const std::array<const char*, 12> kExtensions = {".png",  ".jpg", ".jpeg", ".jpe",
                                                            ".bmp",  ".dib", ".webp", ".tif",
                                                            ".tiff", ".pgm", ".ppm",  ".pnm"};
    const auto dot = name.find_last_of('.');
    if (dot == std::string::npos)
        return false;
    std::string ext = name.substr(dot);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return std::find_if(kExtensions.begin(), kExtensions.end(),
                        [&](const char* e) { return ext == e; }) != kExtensions.end();
}

} // namespace ganlab
