// Tests of the header probes (data/image_header): exact sizes from real encoded files of every
// format ganlab reads, nothing from truncated or random bytes, huge claims reported as they are,
// and the image file extensions.
#include "data/image_header.h"
#include "support/test_data.h"
#include "support/test_util.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace ganlab;
using namespace ganlab::testing;

namespace {

using Bytes = std::vector<std::uint8_t>;

constexpr int kWidth = 37, kHeight = 21; // non-square, so width and height cannot be swapped

// A w×h pattern encoded by OpenCV with the given extension (and encoder parameters).
Bytes encoded(const std::string& ext, int channels, int w = kWidth, int h = kHeight,
              const std::vector<int>& params = {}) {
    cv::Mat m(h, w, CV_8UC(channels));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < channels; ++c)
                m.ptr<std::uint8_t>(y)[x * channels + c] =
                    static_cast<std::uint8_t>(c == 3 ? 128 + x : x * 5 + y * 3 + c * 40);
    Bytes out;
    if (!cv::imencode(ext, m, out, params))
        throw std::runtime_error("OpenCV cannot encode " + ext);
    return out;
}

Bytes textBytes(const std::string& text) {
    return Bytes(text.begin(), text.end());
}

std::optional<ImageSize> probe(const Bytes& bytes, std::size_t length) {
    return probeImageSize(std::span<const std::uint8_t>(bytes.data(), length));
}

std::optional<ImageSize> probe(const Bytes& bytes) {
    return probe(bytes, bytes.size());
}

void putBe32(Bytes& b, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        b[at + i] = static_cast<std::uint8_t>(v >> (24 - 8 * i));
}

void putLe32(Bytes& b, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        b[at + i] = static_cast<std::uint8_t>(v >> (8 * i));
}

struct EncodedRow {
    std::string label;
    std::string ext;
    int channels;
    std::vector<int> params;
    std::string magic; // what the encoder must have written, so the row tests what it says
    std::size_t magicAt;
};

void PrintTo(const EncodedRow& row, std::ostream* out) {
    *out << row.label;
}

const std::vector<EncodedRow> kBinaryRows = {
    {"png_gray", ".png", 1, {}, "\x89PNG", 0},
    {"png_rgb", ".png", 3, {}, "IHDR", 12},
    {"jpeg", ".jpg", 3, {}, "\xFF\xD8", 0},
    {"jpeg_gray", ".jpg", 1, {}, "\xFF\xD8", 0},
    {"bmp", ".bmp", 3, {}, "BM", 0},
    {"webp_lossy", ".webp", 3, {cv::IMWRITE_WEBP_QUALITY, 80}, "VP8 ", 12},
    {"webp_lossless", ".webp", 3, {cv::IMWRITE_WEBP_QUALITY, 101}, "VP8L", 12},
    {"tiff", ".tiff", 3, {}, "II*", 0}};
const std::vector<EncodedRow> kPnmRows = {{"pgm_p5", ".pgm", 1, {}, "P5", 0},
                                          {"ppm_p6", ".ppm", 3, {}, "P6", 0}};

std::string rowName(const ::testing::TestParamInfo<EncodedRow>& info) {
    return testNameOf(info.param.label);
}

} // namespace

class TestImageHeaderEncoded : public ::testing::TestWithParam<EncodedRow> {};
// Binary headers only: a PNM header cut inside its height still parses (see the disabled test).
class TestImageHeaderTruncated : public TestImageHeaderEncoded {};

TEST_P(TestImageHeaderEncoded, exactSize) {
    const auto& row = GetParam();
    const Bytes bytes = encoded(row.ext, row.channels, kWidth, kHeight, row.params);
    ASSERT_GE(bytes.size(), row.magicAt + row.magic.size());
    ASSERT_EQ(
        std::string(bytes.begin() + row.magicAt, bytes.begin() + row.magicAt + row.magic.size()),
        row.magic);
    const auto size = probe(bytes);
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(size->width, kWidth);
    EXPECT_EQ(size->height, kHeight);
    // Another size through the same encoder, so a constant answer cannot pass.
    const auto other = probe(encoded(row.ext, row.channels, 8, 300, row.params));
    ASSERT_TRUE(other.has_value());
    EXPECT_EQ(other->width, 8);
    EXPECT_EQ(other->height, 300);
}

// A prefix of the file either says nothing or says the right size: never a wrong one.
TEST_P(TestImageHeaderTruncated, truncatedGivesNothingOrTheTruth) {
    const auto& row = GetParam();
    const Bytes bytes = encoded(row.ext, row.channels, kWidth, kHeight, row.params);
    EXPECT_FALSE(probe(bytes, 0).has_value());
    EXPECT_FALSE(probe(bytes, 2).has_value());
    for (std::size_t n = 0; n < bytes.size(); ++n) {
        const auto size = probe(bytes, n);
        if (size) {
            ASSERT_EQ(size->width, kWidth) << "prefix of " << n << " bytes";
            ASSERT_EQ(size->height, kHeight) << "prefix of " << n << " bytes";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Binary, TestImageHeaderEncoded, ::testing::ValuesIn(kBinaryRows), rowName);
INSTANTIATE_TEST_SUITE_P(Pnm, TestImageHeaderEncoded, ::testing::ValuesIn(kPnmRows), rowName);
INSTANTIATE_TEST_SUITE_P(Binary, TestImageHeaderTruncated, ::testing::ValuesIn(kBinaryRows),
                         rowName);

TEST(TestImageHeader, pngOfTheTestHelpers) {
    const auto size = probe(encodedPng(19, 3, 4));
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(size->width, 19);
    EXPECT_EQ(size->height, 19);
}

TEST(TestImageHeader, shortPngHeaderGivesNothing) {
    const Bytes png = encoded(".png", 3);
    EXPECT_FALSE(probe(png, 23).has_value()); // IHDR's height incomplete
    EXPECT_TRUE(probe(png, 24).has_value());
}

TEST(TestImageHeader, webpExtendedHeader) {
    // A hand-made VP8X chunk: canvas width−1 and height−1 as 24-bit little-endian numbers.
    Bytes b = textBytes(std::string("RIFF\0\0\0\0WEBPVP8X", 16));
    b.resize(30, 0);
    b[24] = kWidth - 1;
    b[27] = kHeight - 1;
    auto size = probe(b);
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(size->width, kWidth);
    EXPECT_EQ(size->height, kHeight);
    b[26] = 0x01; // width − 1 = 0x010024
    size = probe(b);
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(size->width, 0x010024 + 1);
}

TEST(TestImageHeader, bigEndianTiff) {
    // "MM", 42, IFD at 8: two entries, width as SHORT (left-justified), height as LONG.
    const Bytes b = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 2,                   //
                     1,   0,   0, 3,  0, 0, 0, 1, 0, kWidth, 0, 0,        // 256 SHORT
                     1,   1,   0, 4,  0, 0, 0, 1, 0, 0,      0, kHeight}; // 257 LONG
    const auto size = probe(b);
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(size->width, kWidth);
    EXPECT_EQ(size->height, kHeight);
    EXPECT_FALSE(probe(b, b.size() - 1).has_value()); // the height entry cut
}

TEST(TestImageHeader, pnmWithComment) {
    const auto size = probe(textBytes("P6\n# made by hand\n37 # w\n21\n255\n"));
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(size->width, kWidth);
    EXPECT_EQ(size->height, kHeight);
}

TEST(TestImageHeader, pnmCutBeforeHeightGivesNothing) {
    EXPECT_FALSE(probe(textBytes("P5")).has_value());
    EXPECT_FALSE(probe(textBytes("P5\n")).has_value());
    EXPECT_FALSE(probe(textBytes("P5\n37")).has_value());
    EXPECT_FALSE(probe(textBytes("P5\n37 \n")).has_value());
    EXPECT_FALSE(probe(textBytes("P5\n37 x")).has_value());
    EXPECT_FALSE(probe(textBytes("P9\n37 21\n")).has_value()); // not a PNM kind
}

// The height's digits cut short are no size: the probe wants the whitespace after them.
TEST(TestImageHeader, pnmCutInsideHeightGivesNothing) {
    EXPECT_FALSE(probe(textBytes("P5\n37 2")).has_value());
}

TEST(TestImageHeader, randomBytesGiveNothing) {
    std::mt19937 rng(20240611);
    for (int round = 0; round < 200; ++round) {
        Bytes b(16 + round * 37);
        for (auto& v : b)
            v = static_cast<std::uint8_t>(rng());
        EXPECT_FALSE(probe(b).has_value()) << "round " << round;
    }
    EXPECT_FALSE(probe(textBytes("just some text, not an image at all")).has_value());
    EXPECT_FALSE(probe(Bytes{}).has_value());
}

TEST(TestImageHeader, enormousPngIsReported) {
    Bytes png = encoded(".png", 1);
    putBe32(png, 16, 100000); // IHDR width
    putBe32(png, 20, 70000);  // IHDR height (the CRC no longer matches: a probe reads no further)
    const auto size = probe(png);
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(size->width, 100000);
    EXPECT_EQ(size->height, 70000);
    putBe32(png, 16, 0xFFFFFFFFu);
    EXPECT_EQ(probe(png)->width, 0xFFFFFFFFll); // unsigned, not wrapped to −1
}

TEST(TestImageHeader, enormousBmpIsReported) {
    Bytes bmp = encoded(".bmp", 3);
    putLe32(bmp, 18, 90000);
    putLe32(bmp, 22, static_cast<std::uint32_t>(-80000)); // top-down rows: negative height
    const auto size = probe(bmp);
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(size->width, 90000);
    EXPECT_EQ(size->height, 80000);
}

TEST(TestImageHeader, enormousJpegIsReported) {
    Bytes jpg = encoded(".jpg", 3);
    // Find the SOF0 marker OpenCV's encoder writes and claim 65535 × 60000.
    std::size_t sof = 0;
    for (std::size_t i = 2; i + 9 < jpg.size(); ++i)
        if (jpg[i] == 0xFF && jpg[i + 1] == 0xC0) {
            sof = i;
            break;
        }
    ASSERT_NE(sof, 0u);
    jpg[sof + 5] = 0xEA; // height 0xEA60 = 60000
    jpg[sof + 6] = 0x60;
    jpg[sof + 7] = 0xFF; // width 0xFFFF
    jpg[sof + 8] = 0xFF;
    const auto size = probe(jpg);
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(size->width, 65535);
    EXPECT_EQ(size->height, 60000);
}

TEST(TestImageHeader, enormousPnmIsReported) {
    const auto size = probe(textBytes("P5\n3000000 2000000\n255\n"));
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(size->width, 3000000);
    EXPECT_EQ(size->height, 2000000);
    // More digits than any real file: reported as at least 2^40, not wrapped.
    const auto huge = probe(textBytes("P5\n99999999999999999999999999 1\n255\n"));
    ASSERT_TRUE(huge.has_value());
    EXPECT_GE(huge->width, 1ll << 40);
}

TEST(TestImageHeader, imageExtensions) {
    for (const char* name :
         {"a.png", "a.PNG", "b.jpg", "b.jpeg", "B.JPEG", "c.jpe", "d.bmp", "d.dib", "e.webp",
          "e.WebP", "f.tif", "f.tiff", "g.pgm", "g.ppm", "g.pnm", "dir.with.dots/h.Png"})
        EXPECT_TRUE(hasImageExtension(name)) << name;
    for (const char* name : {"notes.txt", "png", "jpeg", "a.png.bak", "a.pngx", "a.gif",
                             "archive.zip", "data_batch_1.bin", "", ".", "a.", "a.p ng"})
        EXPECT_FALSE(hasImageExtension(name)) << name;
}
