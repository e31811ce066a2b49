// DatasetFormat: one kind of dataset source (image folder, zip, IDX, CIFAR …) — how to recognise
// a path as one and how to read it. Each reader file registers its format; a new format is one
// file plus its GANLAB_REGISTER_DATASET_FORMAT line.
#pragma once

#include "data/readers.h"
#include "util/registry_macros.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace ganlab {

struct DatasetFormat {
    std::string name;        // "folder", "zip", "idx", "cifar"
    const char* description; // for "expected …": "an image folder", ".zip", …
    int detectOrder = 0;     // formats are asked in this order (a folder last: it takes any)
    // True when the path (a file or a folder, which exists) is of this format.
    std::function<bool(const std::filesystem::path& path, bool isFolder)> detect;
    std::function<DecodedDataset(const std::string& path, const ReadContext& context)> read;
};

bool registerDatasetFormat(DatasetFormat format);
// In detection order.
const std::vector<DatasetFormat>& datasetFormats();
// The format of an existing path; throws Error naming the path when none takes it.
const DatasetFormat& detectDatasetFormat(const std::string& path);

// Helpers for detect functions: a folder holding a file whose name matches.
bool folderHolds(const std::filesystem::path& folder,
                 const std::function<bool(const std::string& name)>& match);
std::string lowerCase(std::string text);

} // namespace ganlab

#define GANLAB_REGISTER_DATASET_FORMAT(...)                                                        \
    static const bool GANLAB_CONCAT(kGanlabDatasetFormatRegistered_, __LINE__) =                   \
        ::ganlab::registerDatasetFormat(__VA_ARGS__)
