// DatasetInfo and ImportReport: what a dataset holds and what its import skipped, as plain values.
#pragma once

#include "image.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ganlab {

struct ImportReport {
    std::int64_t skipped = 0;                 // image files that could not be used
    std::int64_t ignored = 0;                 // files that are not images (by extension)
    std::vector<std::string> skippedExamples; // the first few, "name: reason"
    bool fromCache = false;
    double seconds = 0;
};

struct DatasetInfo {
    std::string path;
    std::string format; // "folder", "zip", "idx", "cifar10", "cifar100"
    std::int64_t count = 0;
    int resolution = 0; // after import
    int channels = 0;
    std::vector<std::string> classNames; // empty when unlabelled
    std::vector<std::int64_t> classCounts;
    ImportReport report;
    // Example images: one row of up to 8 per class (at most 10 classes), or 4 rows when unlabelled.
    // Filled on import; empty when read back from a run's dataset.json.
    Image preview;
};

// Progress of a long import: fraction in [0,1] and a short message.
using ProgressCallback = std::function<void(double fraction, const std::string& message)>;

} // namespace ganlab
