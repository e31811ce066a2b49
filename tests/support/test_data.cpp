// Tiny dataset writers for tests (OpenCV, zlib, libzip) — real files, real formats.
#include "support/test_data.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <zip.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

namespace fs = std::filesystem;

namespace ganlab::testing {
namespace {

void appendBe32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    for (int s = 24; s >= 0; s -= 8)
        out.push_back(static_cast<std::uint8_t>(v >> s));
}

void pngChunk(std::vector<std::uint8_t>& out, const char* type,
              const std::vector<std::uint8_t>& data) {
    appendBe32(out, static_cast<std::uint32_t>(data.size()));
    std::vector<std::uint8_t> body(type, type + 4);
    body.insert(body.end(), data.begin(), data.end());
    out.insert(out.end(), body.begin(), body.end());
    appendBe32(out,
               static_cast<std::uint32_t>(crc32(0, body.data(), static_cast<uInt>(body.size()))));
}

cv::Mat pattern(int size, int channels, int seed) {
    cv::Mat m(size, size, CV_8UC(channels));
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            for (int c = 0; c < channels; ++c)
                m.ptr<std::uint8_t>(y)[x * channels + c] =
                    c == 3 ? 255
                           : static_cast<std::uint8_t>((x * 7 + y * 3 + seed * 37 + c * 50) % 256);
    return m;
}

} // namespace

void writeBytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    if (fs::path(path).has_parent_path())
        fs::create_directories(fs::path(path).parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

std::vector<std::uint8_t> readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::uint8_t> encodedPng(int size, int channels, int seed) {
    std::vector<std::uint8_t> out;
    cv::imencode(".png", pattern(size, channels, seed), out);
    return out;
}

void writeImageFolder(const std::string& dir, int classes, int perClass, int size, int channels) {
    for (int c = 0; c < classes; ++c)
        for (int i = 0; i < perClass; ++i) {
            const fs::path folder =
                classes > 1 ? fs::path(dir) / ("class" + std::to_string(c)) : fs::path(dir);
            writeBytes((folder / ("img" + std::to_string(i) + ".png")).string(),
                       encodedPng(size, channels, c * 1000 + i));
        }
}

void writeShapesFolder(const std::string& dir, int classes, int perClass, int size) {
    cv::RNG rng(12345);
    for (int c = 0; c < classes; ++c)
        for (int i = 0; i < perClass; ++i) {
            cv::Mat m(size, size, CV_8UC1);
            rng.fill(m, cv::RNG::UNIFORM, 0, 60);
            const int at = size * (c + 1) / (classes + 1);
            const cv::Point centre(at + rng.uniform(-2, 3), at + rng.uniform(-2, 3));
            cv::circle(m, centre, std::max(2, size / 6), cv::Scalar(230), cv::FILLED);
            std::vector<std::uint8_t> png;
            cv::imencode(".png", m, png);
            std::string folder = "c", file = "img";
            folder += std::to_string(c);
            file += std::to_string(i);
            file += ".png";
            writeBytes((fs::path(dir) / folder / file).string(), png);
        }
}

void writeIdx(const std::string& imagesPath, const std::string& labelsPath, int count, int size,
              bool gz) {
    std::vector<std::uint8_t> images = {0, 0, 8, 3}, labels = {0, 0, 8, 1};
    appendBe32(images, count);
    appendBe32(images, size);
    appendBe32(images, size);
    appendBe32(labels, count);
    for (int i = 0; i < count; ++i) {
        for (int p = 0; p < size * size; ++p)
            images.push_back(static_cast<std::uint8_t>((p * 5 + i * 11) % 256));
        labels.push_back(static_cast<std::uint8_t>(i % 3));
    }
    auto write = [&](const std::string& path, const std::vector<std::uint8_t>& bytes) {
        if (!gz)
            return writeBytes(path, bytes);
        gzFile f = gzopen(path.c_str(), "wb");
        gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size()));
        gzclose(f);
    };
    write(imagesPath, images);
    write(labelsPath, labels);
}

void writeCifar(const std::string& path, int records, int labelBytes, int classes) {
    std::vector<std::uint8_t> bytes;
    for (int r = 0; r < records; ++r) {
        for (int l = 0; l < labelBytes; ++l)
            bytes.push_back(static_cast<std::uint8_t>(r % classes));
        for (int ch = 0; ch < 3; ++ch)
            for (int p = 0; p < 1024; ++p)
                bytes.push_back(static_cast<std::uint8_t>(ch == 0   ? 200
                                                          : ch == 1 ? 100
                                                                    : 50)); // R,G,B planes
    }
    writeBytes(path, bytes);
}

void writeZip(const std::string& path,
              const std::vector<std::pair<std::string, std::vector<std::uint8_t>>>& entries) {
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        throw std::runtime_error("zip_open failed");
    std::vector<std::vector<std::uint8_t>> keep; // libzip reads sources at close time
    keep.reserve(entries.size());
    for (const auto& [name, data] : entries) {
        keep.push_back(data);
        zip_source_t* src = zip_source_buffer(z, keep.back().data(), keep.back().size(), 0);
        zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE);
    }
    if (zip_close(z) != 0)
        throw std::runtime_error("zip_close failed");
}

std::vector<std::uint8_t> palettePng(int w, int h, const std::vector<std::uint8_t>& paletteRgb) {
    std::vector<std::uint8_t> out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    std::vector<std::uint8_t> ihdr;
    appendBe32(ihdr, w);
    appendBe32(ihdr, h);
    ihdr.insert(ihdr.end(), {8, 3, 0, 0, 0}); // 8-bit, palette, deflate, no filter, no interlace
    pngChunk(out, "IHDR", ihdr);
    pngChunk(out, "PLTE", paletteRgb);
    std::vector<std::uint8_t> raw;
    for (int y = 0; y < h; ++y) {
        raw.push_back(0); // filter: none
        for (int x = 0; x < w; ++x)
            raw.push_back(static_cast<std::uint8_t>((x + y) % 4));
    }
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::vector<std::uint8_t> packed(size);
    compress(packed.data(), &size, raw.data(), static_cast<uLong>(raw.size()));
    packed.resize(size);
    pngChunk(out, "IDAT", packed);
    pngChunk(out, "IEND", {});
    return out;
}

TempDir::TempDir() {
    static std::mt19937_64 rng{std::random_device{}()};
    m_path = (fs::temp_directory_path() / ("ganlab-test-" + std::to_string(rng()))).string();
    fs::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

} // namespace ganlab::testing
