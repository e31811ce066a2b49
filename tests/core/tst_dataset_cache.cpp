// Tests of the decode-once cache: hits, invalidation by source change or settings, corrupt files.
#include "data/dataset_cache.h"
#include "data/dataset_loader.h"
#include "support/test_data.h"

#include <QtTest/QtTest>

#include <filesystem>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

class TestDatasetCache : public QObject {
    Q_OBJECT

    ReadContext context(int resolution = 16) {
        ReadContext c;
        c.settings.resolution = resolution;
        return c;
    }

private Q_SLOTS:
    void init() { qputenv("GANLAB_CACHE_DIR", QByteArray::fromStdString(m_cache.path())); }

    void secondLoadComesFromCacheIdentically() {
        TempDir dir;
        writeImageFolder(dir.path(), 2, 3, 20, 3);
        const auto first = loadDataset(dir.path(), context());
        QVERIFY(!first.report.fromCache);
        const auto second = loadDataset(dir.path(), context());
        QVERIFY(second.report.fromCache);
        QCOMPARE(second.pixels, first.pixels);
        QCOMPARE(second.labels, first.labels);
        QCOMPARE(second.classNames, first.classNames);
        QCOMPARE(second.count, first.count);
    }

    void changedSourceOrSettingsMiss() {
        TempDir dir;
        writeImageFolder(dir.path(), 1, 3, 20, 3);
        loadDataset(dir.path(), context());
        QVERIFY(!loadDataset(dir.path(), context(8)).report.fromCache); // other resolution
        writeBytes(dir / "extra.png", encodedPng(20, 3, 77));
        const auto grown = loadDataset(dir.path(), context());
        QVERIFY(!grown.report.fromCache);
        QCOMPARE(grown.count, 4);
    }

    void corruptCacheFileIsIgnored() {
        TempDir dir;
        writeImageFolder(dir.path(), 1, 2, 20, 3);
        loadDataset(dir.path(), context());
        const auto file =
            cacheFileFor(cacheDirectory(), sourceIdentity(dir.path()), context().settings);
        QVERIFY(fs::exists(file));
        auto bytes = readBytes(file);
        bytes.resize(bytes.size() / 2);
        writeBytes(file, bytes);
        QVERIFY(!readDatasetCache(file).has_value());
        const auto again = loadDataset(dir.path(), context());
        QVERIFY(!again.report.fromCache);
        QCOMPARE(again.count, 2);
    }

private:
    TempDir m_cache;
};

QTEST_GUILESS_MAIN(TestDatasetCache)
#include "tst_dataset_cache.moc"
