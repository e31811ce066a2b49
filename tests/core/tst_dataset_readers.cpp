// Tests of every dataset reader on small files written here, broken ones included.
#include "api/error.h"
#include "data/dataset_loader.h"
#include "support/test_data.h"

#include <opencv2/imgcodecs.hpp>

#include <QtTest/QtTest>

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

class TestDatasetReaders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { qputenv("GANLAB_CACHE_DIR", QByteArray::fromStdString(m_cache.path())); }

    void folderWithClassSubfolders() {
        TempDir dir;
        writeImageFolder(dir.path(), 3, 4, 40, 3);
        const auto d = loadDataset(dir.path(), context());
        QCOMPARE(d.format, std::string("folder"));
        QCOMPARE(d.count, 12);
        QCOMPARE(d.channels, 3);
        QCOMPARE(d.resolution, 16);
        QCOMPARE(d.classNames, (std::vector<std::string>{"class0", "class1", "class2"}));
        QCOMPARE(d.labels, (std::vector<std::int32_t>{0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2}));
        QCOMPARE(d.pixels.size(), std::size_t(12 * 3 * 16 * 16));
        QCOMPARE(d.info().classCounts, (std::vector<std::int64_t>{4, 4, 4}));
    }

    void singleFolderIsUnlabelledAndGrayStaysGray() {
        TempDir dir;
        writeImageFolder(dir.path() + "/only", 1, 5, 16, 1);
        const auto d = loadDataset(dir.path(), context());
        QCOMPARE(d.count, 5);
        QVERIFY(!d.labelled());
        QVERIFY(d.classNames.empty());
        QCOMPARE(d.channels, 1); // auto channels: gray sources give one channel
    }

    void formats_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("cvType");
        QTest::newRow("png gray") << "a.png" << int(CV_8UC1);
        QTest::newRow("png rgb") << "a.png" << int(CV_8UC3);
        QTest::newRow("png rgba") << "a.png" << int(CV_8UC4);
        QTest::newRow("png 16-bit") << "a.png" << int(CV_16UC3);
        QTest::newRow("jpeg") << "a.jpg" << int(CV_8UC3);
        QTest::newRow("bmp") << "a.bmp" << int(CV_8UC3);
        QTest::newRow("webp") << "a.webp" << int(CV_8UC3);
        QTest::newRow("tiff") << "a.tiff" << int(CV_8UC3);
        QTest::newRow("tiff 16-bit gray") << "a.tif" << int(CV_16UC1);
        QTest::newRow("pgm") << "a.pgm" << int(CV_8UC1);
    }
    void formats() {
        QFETCH(QString, name);
        QFETCH(int, cvType);
        TempDir dir;
        const double value = CV_MAT_DEPTH(cvType) == CV_16U ? 40000 : 150;
        cv::Mat m(24, 20, cvType,
                  cv::Scalar(value, value, value, 255)); // opaque where there is alpha
        writeMat(dir.path(), name.toStdString(), m);
        const auto d = loadDataset(dir.path(), context(8, 3));
        QCOMPARE(d.count, 1);
        QCOMPARE(d.report.skipped, 0);
        const int expected = CV_MAT_DEPTH(cvType) == CV_16U ? 40000 / 257 : 150;
        QVERIFY2(std::abs(pixel(d, 0, 1, 4, 4) - expected) <= 2, name.toUtf8());
    }

    void paletteImage() {
        TempDir dir;
        writeBytes(dir / "p.png",
                   palettePng(8, 8, {255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255}));
        const auto d = loadDataset(dir.path(), context(8, 3));
        QCOMPARE(d.count, 1);
        QCOMPARE(d.channels, 3);
        // (0,0) → index 0 → red; (1,0) → index 1 → green: channels come out in RGB order.
        QCOMPARE(int(pixel(d, 0, 0, 0, 0)), 255);
        QCOMPARE(int(pixel(d, 0, 1, 0, 0)), 0);
        QCOMPARE(int(pixel(d, 0, 1, 0, 1)), 255);
        QCOMPARE(int(pixel(d, 0, 2, 0, 2)), 255);
    }

    void rgbaCompositedOnBackground() {
        TempDir dir;
        cv::Mat m(8, 8, CV_8UC4, cv::Scalar(0, 0, 255, 0));        // BGRA: red, fully transparent
        m(cv::Rect(0, 0, 4, 8)).setTo(cv::Scalar(0, 0, 255, 255)); // left half opaque red
        writeMat(dir.path(), "a.png", m);
        auto c = context(8, 3);
        c.settings.background = {10, 20, 30};
        const auto d = loadDataset(dir.path(), c);
        QCOMPARE(int(pixel(d, 0, 0, 0, 0)), 255); // opaque: red
        QCOMPARE(int(pixel(d, 0, 1, 0, 0)), 0);
        QCOMPARE(int(pixel(d, 0, 0, 0, 7)), 10); // transparent: the background colour
        QCOMPARE(int(pixel(d, 0, 1, 0, 7)), 20);
        QCOMPARE(int(pixel(d, 0, 2, 0, 7)), 30);
    }

    void cropAndPadNonSquare() {
        TempDir dir;
        cv::Mat m(8, 16, CV_8UC1, cv::Scalar(0));
        m(cv::Rect(0, 0, 4, 8)).setTo(200); // a bright strip at the far left
        writeMat(dir.path(), "wide.png", m);
        auto crop = context(8, 1);
        QCOMPARE(int(pixel(loadDataset(dir.path(), crop), 0, 0, 4, 0)),
                 0); // the strip is cropped away
        auto pad = context(8, 1);
        pad.settings.fit = FitMode::Pad;
        pad.settings.background = {255, 255, 255};
        const auto padded = loadDataset(dir.path(), pad);
        QCOMPARE(int(pixel(padded, 0, 0, 0, 4)), 255); // top band: background
        QVERIFY(pixel(padded, 0, 0, 4, 0) > 150);      // the strip survives
    }

    void areaDownscaleAverages() {
        TempDir dir;
        cv::Mat m(32, 32, CV_8UC1);
        for (int y = 0; y < 32; ++y)
            for (int x = 0; x < 32; ++x)
                m.at<std::uint8_t>(y, x) = (x + y) % 2 ? 200 : 0;
        writeMat(dir.path(), "checker.png", m);
        const auto d = loadDataset(dir.path(), context(8, 1));
        for (int y = 0; y < 8; ++y)
            QCOMPARE(int(pixel(d, 0, 0, y, 3)), 100);
    }

    void brokenFilesAreSkippedWithCountAndNames() {
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
        QCOMPARE(d.count, 3);
        QCOMPARE(d.report.skipped, 3);
        QCOMPARE(d.report.ignored, 1);
        std::string all;
        for (const auto& e : d.report.skippedExamples)
            all += e + "\n";
        QVERIFY2(all.find("garbage.png") != std::string::npos, all.c_str());
        QVERIFY2(all.find("truncated.png") != std::string::npos, all.c_str());
        QVERIFY2(all.find("empty.jpg") != std::string::npos, all.c_str());
    }

    void decompressionBombRefusedBeforeDecode() {
        TempDir dir;
        writeImageFolder(dir.path(), 1, 1, 16, 3);
        auto bomb = encodedPng(16, 3, 1);
        const std::uint8_t huge[8] = {0, 1, 0x86, 0xA0,
                                      0, 1, 0x86, 0xA0}; // 100000 × 100000 in IHDR
        std::copy(huge, huge + 8, bomb.begin() + 16);
        writeBytes(dir / "bomb.png", bomb);
        const auto d = loadDataset(dir.path(), context());
        QCOMPARE(d.count, 1);
        QCOMPARE(d.report.skipped, 1);
        QVERIFY(d.report.skippedExamples.front().find("too large") != std::string::npos);
    }

    void imagesOutsideClassFoldersAreCounted() {
        TempDir dir;
        writeImageFolder(dir.path(), 2, 2, 16, 3);
        writeBytes(dir / "loose.png", encodedPng(16, 3, 5));
        const auto d = loadDataset(dir.path(), context());
        QCOMPARE(d.count, 4);
        QCOMPARE(d.report.skipped, 1);
        QVERIFY(d.report.skippedExamples.front().find("loose.png") != std::string::npos);
    }

    void noUsableImageIsAnErrorNamingThePath() {
        TempDir dir;
        writeBytes(dir / "bad.png", {0, 1, 2});
        try {
            loadDataset(dir.path(), context());
            QFAIL("expected an error");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Data);
            QCOMPARE(e.path(), dir.path());
            QVERIFY(std::string(e.what()).find("no usable image") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(Error, loadDataset(dir / "missing", context()));
    }

    void zipArchive() {
        TempDir dir;
        writeZip(dir / "set.zip", {{"set/cats/a.png", encodedPng(20, 3, 1)},
                                   {"set/cats/b.png", encodedPng(20, 3, 2)},
                                   {"set/dogs/c.png", encodedPng(20, 3, 3)},
                                   {"set/dogs/broken.png", {9, 9, 9}},
                                   {"set/readme.txt", {'x'}},
                                   {"__MACOSX/set/cats/._a.png", {0, 0}}});
        const auto d = loadDataset(dir / "set.zip", context());
        QCOMPARE(d.format, std::string("zip"));
        QCOMPARE(d.count, 3);
        QCOMPARE(d.classNames, (std::vector<std::string>{"cats", "dogs"}));
        QCOMPARE(d.labels, (std::vector<std::int32_t>{0, 0, 1}));
        QCOMPARE(d.report.skipped, 1);
        QCOMPARE(d.report.ignored, 1);
    }

    void corruptZipIsAnError() {
        TempDir dir;
        writeBytes(dir / "bad.zip", {'P', 'K', 3, 4, 0, 0, 0});
        try {
            loadDataset(dir / "bad.zip", context());
            QFAIL("expected an error");
        } catch (const Error& e) {
            QCOMPARE(e.path(), dir / "bad.zip");
        }
    }

    void idx_data() {
        QTest::addColumn<bool>("gz");
        QTest::newRow("raw") << false;
        QTest::newRow("gzip") << true;
    }
    void idx() {
        QFETCH(bool, gz);
        TempDir dir;
        const std::string suffix = gz ? ".gz" : "";
        writeIdx(dir / ("train-images-idx3-ubyte" + suffix),
                 dir / ("train-labels-idx1-ubyte" + suffix), 7, 12, gz);
        const auto d = loadDataset(dir.path(), context(12, 0));
        QCOMPARE(d.format, std::string("idx"));
        QCOMPARE(d.count, 7);
        QCOMPARE(d.channels, 1);
        QCOMPARE(d.labels, (std::vector<std::int32_t>{0, 1, 2, 0, 1, 2, 0}));
        QCOMPARE(d.classNames.size(), std::size_t(3));
        QCOMPARE(int(pixel(d, 1, 0, 0, 1)), (1 * 5 + 1 * 11) % 256); // unchanged at the native size
    }

    void idxTruncatedOrMismatchedIsAnError() {
        TempDir dir;
        writeIdx(dir / "train-images-idx3-ubyte", dir / "train-labels-idx1-ubyte", 5, 8, false);
        auto bytes = readBytes(dir / "train-images-idx3-ubyte");
        bytes.resize(bytes.size() - 10);
        writeBytes(dir / "train-images-idx3-ubyte", bytes);
        try {
            loadDataset(dir.path(), context(8, 1));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("truncated") != std::string::npos);
            QCOMPARE(e.path(), dir / "train-images-idx3-ubyte");
        }
        TempDir other; // 5 images but 6 labels
        writeIdx(other / "train-images-idx3-ubyte", other / "train-labels-idx1-ubyte", 5, 8, false);
        writeIdx(other / "scratch", other / "train-labels-idx1-ubyte", 6, 8, false);
        fs::remove(other / "scratch");
        QVERIFY_THROWS_EXCEPTION(Error, loadDataset(other.path(), context(8, 1)));
    }

    void cifar_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("labelBytes");
        QTest::addColumn<QString>("format");
        QTest::newRow("cifar-10") << "data_batch_1.bin" << 1 << "cifar10";
        QTest::newRow("cifar-100") << "train.bin" << 2 << "cifar100";
    }
    void cifar() {
        QFETCH(QString, name);
        QFETCH(int, labelBytes);
        QFETCH(QString, format);
        TempDir dir;
        writeCifar(dir / name.toStdString(), 6, labelBytes, 3);
        const auto d = loadDataset(dir.path(), context(32, 0));
        QCOMPARE(d.format, format.toStdString());
        QCOMPARE(d.count, 6);
        QCOMPARE(d.channels, 3);
        QCOMPARE(d.labels, (std::vector<std::int32_t>{0, 1, 2, 0, 1, 2}));
        QCOMPARE(int(pixel(d, 0, 0, 5, 5)), 200); // planar R, G, B decoded in RGB order
        QCOMPARE(int(pixel(d, 0, 1, 5, 5)), 100);
        QCOMPARE(int(pixel(d, 0, 2, 5, 5)), 50);
    }

    void cifarWrongSizeIsAnError() {
        TempDir dir;
        writeBytes(dir / "data_batch_1.bin", std::vector<std::uint8_t>(3073 + 5, 0));
        try {
            loadDataset(dir.path(), context(32, 0));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QCOMPARE(e.path(), dir / "data_batch_1.bin");
        }
    }

    void stopTokenCancelsImport() {
        TempDir dir;
        writeImageFolder(dir.path(), 1, 3, 16, 3);
        std::stop_source stop;
        stop.request_stop();
        auto c = context();
        c.stop = stop.get_token();
        try {
            loadDataset(dir.path(), c);
            QFAIL("expected cancellation");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Cancelled);
        }
    }

    void progressIsReported() {
        TempDir dir;
        writeImageFolder(dir.path(), 1, 3, 16, 3);
        auto c = context();
        double last = -1;
        c.progress = [&](double f, const std::string&) { last = f; };
        loadDataset(dir.path(), c);
        QCOMPARE(last, 1.0);
    }

private:
    TempDir m_cache;
};

QTEST_GUILESS_MAIN(TestDatasetReaders)
#include "tst_dataset_readers.moc"
