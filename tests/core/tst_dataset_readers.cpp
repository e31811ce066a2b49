// Tests of every dataset reader on small files written here, broken ones included.
#include "api/error.h"
#include "data/dataset_loader.h"
#include "support/test_data.h"
#include "support/test_util.h"

#include <opencv2/imgcodecs.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

ReadContext context(int resolution = 16, int channels = 0) {
    ReadContext c;
    c.settings.resolution = resolution;
    c.settings.channels = channels;
    return c;
}

std::uint8_t pixel(const DecodedDataset& d, std::int64_t image, int channel, int y, int x) {
    const int r = d.resolution;
    return d.pixels[image * d.imageBytes() + (channel * r + y) * r + x];
}

// Writes one image through OpenCV (BGR order) under dir with the given extension.
std::string writeMat(const std::string& dir, const std::string& name, const cv::Mat& m) {
    fs::create_directories(dir);
    const std::string path = dir + "/" + name;
    if (!cv::imwrite(path, m))
        throw std::runtime_error("OpenCV cannot write " + path);
    return path;
}

} // namespace

// One cache folder for the whole suite, as the tests share it.
class TestDatasetReaders : public ::testing::Test {
protected:
    void SetUp() override { setenv("GANLAB_CACHE_DIR", m_cache.path().c_str(), 1); }

    static inline TempDir m_cache;
};

// Data-driven rows share the suite's setup.
template <typename Row>
class TestDatasetReadersRows : public TestDatasetReaders,
                               public ::testing::WithParamInterface<Row> {};

TEST_F(TestDatasetReaders, folderWithClassSubfolders) {
    TempDir dir;
    writeImageFolder(dir.path(), 3, 4, 40, 3);
    const auto d = loadDataset(dir.path(), context());
    ASSERT_EQ(d.format, std::string("folder"));
    ASSERT_EQ(d.count, 12);
    ASSERT_EQ(d.channels, 3);
    ASSERT_EQ(d.resolution, 16);
    ASSERT_EQ(d.classNames, (std::vector<std::string>{"class0", "class1", "class2"}));
    ASSERT_EQ(d.labels, (std::vector<std::int32_t>{0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2}));
    ASSERT_EQ(d.pixels.size(), std::size_t(12 * 3 * 16 * 16));
    ASSERT_EQ(d.info().classCounts, (std::vector<std::int64_t>{4, 4, 4}));
}

TEST_F(TestDatasetReaders, singleFolderIsUnlabelledAndGrayStaysGray) {
    TempDir dir;
    writeImageFolder(dir.path() + "/only", 1, 5, 16, 1);
    const auto d = loadDataset(dir.path(), context());
    ASSERT_EQ(d.count, 5);
    ASSERT_FALSE(d.labelled());
    ASSERT_TRUE(d.classNames.empty());
    ASSERT_EQ(d.channels, 1); // auto channels: gray sources give one channel
}

struct FormatRow {
    std::string row, name;
    int cvType;
};
using Formats = TestDatasetReadersRows<FormatRow>;

INSTANTIATE_TEST_SUITE_P(TestDatasetReaders, Formats,
                         ::testing::Values(FormatRow{"png gray", "a.png", CV_8UC1},
                                           FormatRow{"png rgb", "a.png", CV_8UC3},
                                           FormatRow{"png rgba", "a.png", CV_8UC4},
                                           FormatRow{"png 16-bit", "a.png", CV_16UC3},
                                           FormatRow{"jpeg", "a.jpg", CV_8UC3},
                                           FormatRow{"bmp", "a.bmp", CV_8UC3},
                                           FormatRow{"webp", "a.webp", CV_8UC3},
                                           FormatRow{"tiff", "a.tiff", CV_8UC3},
                                           FormatRow{"tiff 16-bit gray", "a.tif", CV_16UC1},
                                           FormatRow{"pgm", "a.pgm", CV_8UC1}),
                         [](const auto& info) { return testNameOf(info.param.row); });

TEST_P(Formats, formats) {
    const auto& [row, name, cvType] = GetParam();
    TempDir dir;
    const double value = CV_MAT_DEPTH(cvType) == CV_16U ? 40000 : 150;
    cv::Mat m(24, 20, cvType, cv::Scalar(value, value, value, 255)); // opaque where there is alpha
    writeMat(dir.path(), name, m);
    const auto d = loadDataset(dir.path(), context(8, 3));
    ASSERT_EQ(d.count, 1);
    ASSERT_EQ(d.report.skipped, 0);
    const int expected = CV_MAT_DEPTH(cvType) == CV_16U ? 40000 / 257 : 150;
    ASSERT_TRUE(std::abs(pixel(d, 0, 1, 4, 4) - expected) <= 2) << name;
}

TEST_F(TestDatasetReaders, paletteImage) {
    TempDir dir;
    writeBytes(dir / "p.png", palettePng(8, 8, {255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255}));
    const auto d = loadDataset(dir.path(), context(8, 3));
    ASSERT_EQ(d.count, 1);
    ASSERT_EQ(d.channels, 3);
    // (0,0) → index 0 → red; (1,0) → index 1 → green: channels come out in RGB order.
    ASSERT_EQ(int(pixel(d, 0, 0, 0, 0)), 255);
    ASSERT_EQ(int(pixel(d, 0, 1, 0, 0)), 0);
    ASSERT_EQ(int(pixel(d, 0, 1, 0, 1)), 255);
    ASSERT_EQ(int(pixel(d, 0, 2, 0, 2)), 255);
}

TEST_F(TestDatasetReaders, rgbaCompositedOnBackground) {
    TempDir dir;
    cv::Mat m(8, 8, CV_8UC4, cv::Scalar(0, 0, 255, 0));        // BGRA: red, fully transparent
    m(cv::Rect(0, 0, 4, 8)).setTo(cv::Scalar(0, 0, 255, 255)); // left half opaque red
    writeMat(dir.path(), "a.png", m);
    auto c = context(8, 3);
    c.settings.background = {10, 20, 30};
    const auto d = loadDataset(dir.path(), c);
    ASSERT_EQ(int(pixel(d, 0, 0, 0, 0)), 255); // opaque: red
    ASSERT_EQ(int(pixel(d, 0, 1, 0, 0)), 0);
    ASSERT_EQ(int(pixel(d, 0, 0, 0, 7)), 10); // transparent: the background colour
    ASSERT_EQ(int(pixel(d, 0, 1, 0, 7)), 20);
    ASSERT_EQ(int(pixel(d, 0, 2, 0, 7)), 30);
}

TEST_F(TestDatasetReaders, cropAndPadNonSquare) {
    TempDir dir;
    cv::Mat m(8, 16, CV_8UC1, cv::Scalar(0));
    m(cv::Rect(0, 0, 4, 8)).setTo(200); // a bright strip at the far left
    writeMat(dir.path(), "wide.png", m);
    auto crop = context(8, 1);
    ASSERT_EQ(int(pixel(loadDataset(dir.path(), crop), 0, 0, 4, 0)),
              0); // the strip is cropped away
    auto pad = context(8, 1);
    pad.settings.fit = FitMode::Pad;
    pad.settings.background = {255, 255, 255};
    const auto padded = loadDataset(dir.path(), pad);
    ASSERT_EQ(int(pixel(padded, 0, 0, 0, 4)), 255); // top band: background
    ASSERT_TRUE(pixel(padded, 0, 0, 4, 0) > 150);   // the strip survives
}

TEST_F(TestDatasetReaders, areaDownscaleAverages) {
    TempDir dir;
    cv::Mat m(32, 32, CV_8UC1);
    for (int y = 0; y < 32; ++y)
        for (int x = 0; x < 32; ++x)
            m.at<std::uint8_t>(y, x) = (x + y) % 2 ? 200 : 0;
    writeMat(dir.path(), "checker.png", m);
    const auto d = loadDataset(dir.path(), context(8, 1));
    for (int y = 0; y < 8; ++y)
        ASSERT_EQ(int(pixel(d, 0, 0, y, 3)), 100);
}

TEST_F(TestDatasetReaders, brokenFilesAreSkippedWithCountAndNames) {
    TempDir dir;
    writeImageFolder(dir.path(), 1, 3, 16, 3);
    writeBytes(dir / "garbage.png", {1, 2, 3, 4, 5, 6, 7, 8, 9});
    auto truncated = encodedPng(32, 3, 9);
    truncated.resize(truncated.size() / 2);
    writeBytes(dir / "truncated.png", truncated);
    writeBytes(dir / "empty.jpg", {});
    writeBytes(dir / "notes.txt", {'h', 'i'});
    writeBytes(dir / ".hidden.png", {0});
    const auto d = loadDataset(dir.path(), context());
    ASSERT_EQ(d.count, 3);
    ASSERT_EQ(d.report.skipped, 3);
    ASSERT_EQ(d.report.ignored, 1);
    std::string all;
    for (const auto& e : d.report.skippedExamples)
        all += e + "\n";
    ASSERT_TRUE(all.find("garbage.png") != std::string::npos) << all;
    ASSERT_TRUE(all.find("truncated.png") != std::string::npos) << all;
    ASSERT_TRUE(all.find("empty.jpg") != std::string::npos) << all;
}

TEST_F(TestDatasetReaders, decompressionBombRefusedBeforeDecode) {
    TempDir dir;
    writeImageFolder(dir.path(), 1, 1, 16, 3);
    auto bomb = encodedPng(16, 3, 1);
    const std::uint8_t huge[8] = {0, 1, 0x86, 0xA0, 0, 1, 0x86, 0xA0}; // 100000 × 100000 in IHDR
    std::copy(huge, huge + 8, bomb.begin() + 16);
    writeBytes(dir / "bomb.png", bomb);
    const auto d = loadDataset(dir.path(), context());
    ASSERT_EQ(d.count, 1);
    ASSERT_EQ(d.report.skipped, 1);
    ASSERT_TRUE(d.report.skippedExamples.front().find("too large") != std::string::npos);
}

TEST_F(TestDatasetReaders, imagesOutsideClassFoldersAreCounted) {
    TempDir dir;
    writeImageFolder(dir.path(), 2, 2, 16, 3);
    writeBytes(dir / "loose.png", encodedPng(16, 3, 5));
    const auto d = loadDataset(dir.path(), context());
    ASSERT_EQ(d.count, 4);
    ASSERT_EQ(d.report.skipped, 1);
    ASSERT_TRUE(d.report.skippedExamples.front().find("loose.png") != std::string::npos);
}

TEST_F(TestDatasetReaders, noUsableImageIsAnErrorNamingThePath) {
    TempDir dir;
    writeBytes(dir / "bad.png", {0, 1, 2});
    try {
        loadDataset(dir.path(), context());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        ASSERT_EQ(e.kind(), ErrorKind::Data);
        ASSERT_EQ(e.path(), dir.path());
        ASSERT_TRUE(std::string(e.what()).find("no usable image") != std::string::npos);
    }
    ASSERT_THROW(loadDataset(dir / "missing", context()), Error);
}

TEST_F(TestDatasetReaders, zipArchive) {
    TempDir dir;
    writeZip(dir / "set.zip", {{"set/cats/a.png", encodedPng(20, 3, 1)},
                               {"set/cats/b.png", encodedPng(20, 3, 2)},
                               {"set/dogs/c.png", encodedPng(20, 3, 3)},
                               {"set/dogs/broken.png", {9, 9, 9}},
                               {"set/readme.txt", {'x'}},
                               {"__MACOSX/set/cats/._a.png", {0, 0}}});
    const auto d = loadDataset(dir / "set.zip", context());
    ASSERT_EQ(d.format, std::string("zip"));
    ASSERT_EQ(d.count, 3);
    ASSERT_EQ(d.classNames, (std::vector<std::string>{"cats", "dogs"}));
    ASSERT_EQ(d.labels, (std::vector<std::int32_t>{0, 0, 1}));
    ASSERT_EQ(d.report.skipped, 1);
    ASSERT_EQ(d.report.ignored, 1);
}

TEST_F(TestDatasetReaders, corruptZipIsAnError) {
    TempDir dir;
    writeBytes(dir / "bad.zip", {'P', 'K', 3, 4, 0, 0, 0});
    try {
        loadDataset(dir / "bad.zip", context());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        ASSERT_EQ(e.path(), dir / "bad.zip");
    }
}

using Idx = TestDatasetReadersRows<bool>;

INSTANTIATE_TEST_SUITE_P(TestDatasetReaders, Idx, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "gzip" : "raw"; });

TEST_P(Idx, idx) {
    const bool gz = GetParam();
    TempDir dir;
    const std::string suffix = gz ? ".gz" : "";
    writeIdx(dir / ("train-images-idx3-ubyte" + suffix), dir / ("train-labels-idx1-ubyte" + suffix),
             7, 16, gz);
    const auto d = loadDataset(dir.path(), context(16, 0));
    ASSERT_EQ(d.format, std::string("idx"));
    ASSERT_EQ(d.count, 7);
    ASSERT_EQ(d.channels, 1);
    ASSERT_EQ(d.labels, (std::vector<std::int32_t>{0, 1, 2, 0, 1, 2, 0}));
    ASSERT_EQ(d.classNames.size(), std::size_t(3));
    ASSERT_EQ(int(pixel(d, 1, 0, 0, 1)), (1 * 5 + 1 * 11) % 256); // unchanged at the native size
}

TEST_F(TestDatasetReaders, idxTruncatedOrMismatchedIsAnError) {
    TempDir dir;
    writeIdx(dir / "train-images-idx3-ubyte", dir / "train-labels-idx1-ubyte", 5, 8, false);
    auto bytes = readBytes(dir / "train-images-idx3-ubyte");
    bytes.resize(bytes.size() - 10);
    writeBytes(dir / "train-images-idx3-ubyte", bytes);
    try {
        loadDataset(dir.path(), context(8, 1));
        FAIL() << "expected an error";
    } catch (const Error& e) {
        ASSERT_TRUE(std::string(e.what()).find("truncated") != std::string::npos);
        ASSERT_EQ(e.path(), dir / "train-images-idx3-ubyte");
    }
    TempDir other; // 5 images but 6 labels
    writeIdx(other / "train-images-idx3-ubyte", other / "train-labels-idx1-ubyte", 5, 8, false);
    writeIdx(other / "scratch", other / "train-labels-idx1-ubyte", 6, 8, false);
    fs::remove(other / "scratch");
    ASSERT_THROW(loadDataset(other.path(), context(8, 1)), Error);
}

struct CifarRow {
    std::string row, name;
    int labelBytes;
    std::string format;
};
using Cifar = TestDatasetReadersRows<CifarRow>;

INSTANTIATE_TEST_SUITE_P(TestDatasetReaders, Cifar,
                         ::testing::Values(CifarRow{"cifar-10", "data_batch_1.bin", 1, "cifar10"},
                                           CifarRow{"cifar-100", "train.bin", 2, "cifar100"}),
                         [](const auto& info) { return testNameOf(info.param.row); });

TEST_P(Cifar, cifar) {
    const auto& [row, name, labelBytes, format] = GetParam();
    TempDir dir;
    writeCifar(dir / name, 6, labelBytes, 3);
    const auto d = loadDataset(dir.path(), context(32, 0));
    ASSERT_EQ(d.format, format);
    ASSERT_EQ(d.count, 6);
    ASSERT_EQ(d.channels, 3);
    ASSERT_EQ(d.labels, (std::vector<std::int32_t>{0, 1, 2, 0, 1, 2}));
    ASSERT_EQ(int(pixel(d, 0, 0, 5, 5)), 200); // planar R, G, B decoded in RGB order
    ASSERT_EQ(int(pixel(d, 0, 1, 5, 5)), 100);
    ASSERT_EQ(int(pixel(d, 0, 2, 5, 5)), 50);
}

TEST_F(TestDatasetReaders, cifarWrongSizeIsAnError) {
    TempDir dir;
    writeBytes(dir / "data_batch_1.bin", std::vector<std::uint8_t>(3073 + 5, 0));
    try {
        loadDataset(dir.path(), context(32, 0));
        FAIL() << "expected an error";
    } catch (const Error& e) {
        ASSERT_EQ(e.path(), dir / "data_batch_1.bin");
    }
}

TEST_F(TestDatasetReaders, stopTokenCancelsImport) {
    TempDir dir;
    writeImageFolder(dir.path(), 1, 3, 16, 3);
    std::stop_source stop;
    stop.request_stop();
    auto c = context();
    c.stop = stop.get_token();
    try {
        loadDataset(dir.path(), c);
        FAIL() << "expected cancellation";
    } catch (const Error& e) {
        ASSERT_EQ(e.kind(), ErrorKind::Cancelled);
    }
}

TEST_F(TestDatasetReaders, progressIsReported) {
    TempDir dir;
    writeImageFolder(dir.path(), 1, 3, 16, 3);
    auto c = context();
    double last = -1;
    c.progress = [&](double f, const std::string&) { last = f; };
    loadDataset(dir.path(), c);
    ASSERT_DOUBLE_EQ(last, 1.0);
}
