// Tests of the dataset-format registry (data/dataset_format): which formats registered, the
// order they are asked in, what each path is detected as, the refusals, and reading through it.
#include "api/error.h"
#include "data/dataset_format.h"
#include "support/test_data.h"
#include "support/test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

using namespace ganlab;
using namespace ganlab::testing;

namespace {

std::string detectedName(const std::string& path) {
    return detectDatasetFormat(path).name;
}

// The Error detectDatasetFormat throws for the path (fails the test when it throws none).
Error refusal(const std::string& path) {
    try {
        const auto& format = detectDatasetFormat(path);
        ADD_FAILURE() << path << " detected as " << format.name;
    } catch (const Error& e) {
        return e;
    }
    return Error(ErrorKind::Usage, {}, plainText("no error"));
}

ReadContext context() {
    ReadContext c;
    c.settings.resolution = 16;
    c.settings.channels = 1;
    return c;
}

DecodedDataset readThroughRegistry(const std::string& path) {
    return detectDatasetFormat(path).read(path, context());
}

} // namespace

TEST(TestDatasetFormat, registryHoldsTheFourFormats) {
    const auto& formats = datasetFormats();
    std::set<std::string> names;
    for (const auto& f : formats) {
        names.insert(f.name);
        EXPECT_NE(f.description, nullptr) << f.name;
        EXPECT_TRUE(f.description && *f.description) << f.name;
        EXPECT_TRUE(static_cast<bool>(f.detect)) << f.name;
        EXPECT_TRUE(static_cast<bool>(f.read)) << f.name;
    }
    EXPECT_EQ(formats.size(), 4u);
    EXPECT_EQ(names, (std::set<std::string>{"cifar", "folder", "idx", "zip"}));
}

TEST(TestDatasetFormat, folderIsAskedLast) {
    const auto& formats = datasetFormats();
    ASSERT_FALSE(formats.empty());
    EXPECT_EQ(formats.back().name, "folder");
    EXPECT_TRUE(std::is_sorted(formats.begin(), formats.end(), [](const auto& a, const auto& b) {
        return a.detectOrder < b.detectOrder;
    }));
    for (std::size_t i = 0; i + 1 < formats.size(); ++i)
        EXPECT_LT(formats[i].detectOrder, formats.back().detectOrder) << formats[i].name;
}

TEST(TestDatasetFormat, registeringAgainReplacesByName) {
    // Re-registering a format of the same name keeps one entry (a reader file loaded twice).
    const std::size_t before = datasetFormats().size();
    const auto it = std::find_if(datasetFormats().begin(), datasetFormats().end(),
                                 [](const auto& f) { return f.name == "zip"; });
    ASSERT_NE(it, datasetFormats().end());
    const DatasetFormat zip = *it;
    EXPECT_TRUE(registerDatasetFormat(zip));
    EXPECT_EQ(datasetFormats().size(), before);
    EXPECT_EQ(datasetFormats().back().name, "folder");
}

TEST(TestDatasetFormat, detectsImageFolder) {
    TempDir dir;
    writeImageFolder(dir.path(), 2, 2, 12, 3);
    EXPECT_EQ(detectedName(dir.path()), "folder");
    TempDir empty;
    EXPECT_EQ(detectedName(empty.path()), "folder"); // a folder takes any folder
}

TEST(TestDatasetFormat, detectsZipAnyCase) {
    TempDir dir;
    writeZip(dir / "faces.zip", {{"a.png", encodedPng(12, 1, 1)}});
    writeZip(dir / "FACES.ZIP", {{"a.png", encodedPng(12, 1, 1)}});
    EXPECT_EQ(detectedName(dir / "faces.zip"), "zip");
    EXPECT_EQ(detectedName(dir / "FACES.ZIP"), "zip");
}

TEST(TestDatasetFormat, detectsIdxFilesAndFolder) {
    TempDir dir;
    std::filesystem::create_directories(dir / "gz"); // gzip output makes no folders
    writeIdx(dir / "gz/train-images-idx3-ubyte.gz", dir / "gz/train-labels-idx1-ubyte.gz", 5, 12,
             true);
    writeIdx(dir / "raw/t10k-images-idx3-ubyte", dir / "raw/t10k-labels-idx1-ubyte", 4, 12, false);
    EXPECT_EQ(detectedName(dir / "gz/train-images-idx3-ubyte.gz"), "idx");
    EXPECT_EQ(detectedName(dir / "raw/t10k-images-idx3-ubyte"), "idx");
    EXPECT_EQ(detectedName(dir / "gz"), "idx");
    EXPECT_EQ(detectedName(dir / "raw"), "idx");
}

TEST(TestDatasetFormat, detectsCifarFileAndFolder) {
    TempDir dir;
    writeCifar(dir / "batches/data_batch_1.bin", 3, 1, 10);
    writeCifar(dir / "batches/data_batch_2.bin", 4, 1, 10);
    writeCifar(dir / "single/DATA.BIN", 2, 1, 10);
    EXPECT_EQ(detectedName(dir / "batches/data_batch_1.bin"), "cifar");
    EXPECT_EQ(detectedName(dir / "single/DATA.BIN"), "cifar");
    EXPECT_EQ(detectedName(dir / "batches"), "cifar");
}

TEST(TestDatasetFormat, specificFormatsWinOverFolder) {
    // A folder holding IDX files and a stray image is IDX, not an image folder: folder is last.
    TempDir dir;
    writeIdx(dir / "train-images-idx3-ubyte", dir / "train-labels-idx1-ubyte", 3, 12, false);
    writeBytes(dir / "preview.png", encodedPng(12, 1, 0));
    EXPECT_EQ(detectedName(dir.path()), "idx");
    TempDir cifar;
    writeCifar(cifar / "data_batch_1.bin", 2, 1, 10);
    writeBytes(cifar / "preview.png", encodedPng(12, 1, 0));
    EXPECT_EQ(detectedName(cifar.path()), "cifar");
}

TEST(TestDatasetFormat, missingPathRefused) {
    TempDir dir;
    const std::string path = dir / "nowhere/data";
    const Error e = refusal(path);
    EXPECT_EQ(e.message().code, MessageCode::DoesNotExist);
    EXPECT_EQ(e.kind(), ErrorKind::Data);
    EXPECT_EQ(e.path(), path);
    EXPECT_TRUE(contains(e.what(), path)) << e.what();
}

TEST(TestDatasetFormat, singleImageRefused) {
    TempDir dir;
    for (const char* name : {"cat.png", "CAT.JPG"}) {
        const std::string path = dir / name;
        writeBytes(path, encodedPng(12, 3, 0));
        const Error e = refusal(path);
        EXPECT_EQ(e.message().code, MessageCode::SingleImageNotDataset) << name;
        EXPECT_EQ(e.path(), path);
    }
}

TEST(TestDatasetFormat, unknownFileListsEveryFormat) {
    TempDir dir;
    const std::string path = dir / "notes.txt";
    writeBytes(path, {'h', 'i', '\n'});
    const Error e = refusal(path);
    EXPECT_EQ(e.message().code, MessageCode::UnknownDatasetFormat);
    EXPECT_EQ(e.path(), path);
    const std::string text = e.message().text();
    for (const auto& f : datasetFormats())
        EXPECT_TRUE(contains(text, f.description)) << f.description << " missing in: " << text;
    for (const char* description : {"an image folder", ".zip", "IDX", "CIFAR .bin"})
        EXPECT_TRUE(contains(text, description)) << description << " missing in: " << text;
    EXPECT_TRUE(contains(e.what(), path)) << e.what();
}

TEST(TestDatasetFormat, readsFolderThroughRegistry) {
    TempDir dir;
    writeImageFolder(dir.path(), 2, 3, 20, 3);
    const auto d = readThroughRegistry(dir.path());
    EXPECT_EQ(d.format, "folder");
    EXPECT_EQ(d.count, 6);
    EXPECT_EQ(d.resolution, 16);
    EXPECT_EQ(d.channels, 1);
    EXPECT_EQ(d.classNames.size(), 2u);
    EXPECT_EQ(d.pixels.size(), 6u * 16 * 16);
}

TEST(TestDatasetFormat, readsZipThroughRegistry) {
    TempDir dir;
    writeZip(dir / "set.ZIP", {{"a.png", encodedPng(16, 1, 1)},
                               {"b.png", encodedPng(16, 1, 2)},
                               {"c.png", encodedPng(16, 3, 3)},
                               {"readme.txt", {'x'}}});
    const auto d = readThroughRegistry(dir / "set.ZIP");
    EXPECT_EQ(d.format, "zip");
    EXPECT_EQ(d.count, 3);
}

TEST(TestDatasetFormat, readsIdxThroughRegistry) {
    TempDir dir;
    writeIdx(dir / "train-images-idx3-ubyte.gz", dir / "train-labels-idx1-ubyte.gz", 5, 16, true);
    writeIdx(dir / "raw/train-images-idx3-ubyte", dir / "raw/train-labels-idx1-ubyte", 4, 16,
             false);
    const auto gz = readThroughRegistry(dir / "train-images-idx3-ubyte.gz");
    EXPECT_EQ(gz.format, "idx");
    EXPECT_EQ(gz.count, 5);
    EXPECT_EQ(gz.labels.size(), 5u);
    EXPECT_EQ(readThroughRegistry(dir / "raw").count, 4);
    // Other names: a "." before idx (a common copy's naming) keeps its labels; a name without
    // "images-idx3" reads unlabelled, with no labels file to look for.
    writeIdx(dir / "dot/train-images.idx3-ubyte", dir / "dot/train-labels.idx1-ubyte", 3, 16,
             false);
    const auto dotted = readThroughRegistry(dir / "dot/train-images.idx3-ubyte");
    EXPECT_EQ(dotted.labels.size(), 3u);
    writeIdx(dir / "odd/digits-idx3-ubyte", dir / "odd/digits-idx1-ubyte", 2, 16, false);
    const auto odd = readThroughRegistry(dir / "odd/digits-idx3-ubyte");
    EXPECT_EQ(odd.count, 2);
    EXPECT_TRUE(odd.labels.empty());
}

TEST(TestDatasetFormat, readsCifarThroughRegistry) {
    TempDir dir;
    writeCifar(dir / "data_batch_1.bin", 3, 1, 10);
    writeCifar(dir / "data_batch_2.bin", 4, 1, 10);
    const auto one = readThroughRegistry(dir / "data_batch_2.bin");
    EXPECT_EQ(one.format, "cifar10");
    EXPECT_EQ(one.count, 4);
    const auto all = readThroughRegistry(dir.path());
    EXPECT_EQ(all.format, "cifar10");
    EXPECT_EQ(all.count, 7);
}
