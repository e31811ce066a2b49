// Tests of the decode-once cache: hits, invalidation by source change or settings, corrupt files.
#include "data/dataset_cache.h"
#include "data/dataset_loader.h"
#include "support/test_data.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

ReadContext context(int resolution = 16) {
    ReadContext c;
    c.settings.resolution = resolution;
    return c;
}

} // namespace

// One cache folder for the whole suite, as the tests share it.
class TestDatasetCache : public ::testing::Test {
protected:
    void SetUp() override { setenv("GANLAB_CACHE_DIR", m_cache.path().c_str(), 1); }

    static inline TempDir m_cache;
};

TEST_F(TestDatasetCache, secondLoadComesFromCacheIdentically) {
    TempDir dir;
    writeImageFolder(dir.path(), 2, 3, 20, 3);
    const auto first = loadDataset(dir.path(), context());
    ASSERT_FALSE(first.report.fromCache);
    const auto second = loadDataset(dir.path(), context());
    ASSERT_TRUE(second.report.fromCache);
    ASSERT_EQ(second.pixels, first.pixels);
    ASSERT_EQ(second.labels, first.labels);
    ASSERT_EQ(second.classNames, first.classNames);
    ASSERT_EQ(second.count, first.count);
}

TEST_F(TestDatasetCache, changedSourceOrSettingsMiss) {
    TempDir dir;
    writeImageFolder(dir.path(), 1, 3, 20, 3);
    loadDataset(dir.path(), context());
    ASSERT_FALSE(loadDataset(dir.path(), context(8)).report.fromCache); // other resolution
    writeBytes(dir / "extra.png", encodedPng(20, 3, 77));
    const auto grown = loadDataset(dir.path(), context());
    ASSERT_FALSE(grown.report.fromCache);
    ASSERT_EQ(grown.count, 4);
}

TEST_F(TestDatasetCache, corruptCacheFileIsIgnored) {
    TempDir dir;
    writeImageFolder(dir.path(), 1, 2, 20, 3);
    loadDataset(dir.path(), context());
    const auto file =
        cacheFileFor(cacheDirectory(), sourceIdentity(dir.path()), context().settings);
    ASSERT_TRUE(fs::exists(file));
    auto bytes = readBytes(file);
    bytes.resize(bytes.size() / 2);
    writeBytes(file, bytes);
    ASSERT_FALSE(readDatasetCache(file).has_value());
    const auto again = loadDataset(dir.path(), context());
    ASSERT_FALSE(again.report.fromCache);
    ASSERT_EQ(again.count, 2);
}
