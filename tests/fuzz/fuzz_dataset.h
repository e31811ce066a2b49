// Reading fuzzed bytes as a dataset file the way a run does: the file is named so that the
// format registry detects it, read with small import limits at 16 px, and the result is checked
// for consistency (pixel count, labels, classes) and rendered as the preview grid.
#pragma once

#include "data/dataset_format.h"
#include "fuzz_support.h"

#include <filesystem>
#include <string>

namespace ganlab::fuzz {

inline ImportSettings smallImportSettings() {
    ImportSettings s;
    s.resolution = 16;
    s.channels = 0; // from the data: both the gray and the colour paths
    s.maxSide = 256;
    s.maxPixels = 256 * 256;
    s.maxFileBytes = 1 << 20;
    return s;
}

inline void checkDecoded(const DecodedDataset& d) {
    if (d.count <= 0 || d.resolution != 16 || (d.channels != 1 && d.channels != 3))
        fail("dataset of " + std::to_string(d.count) + " images, " + std::to_string(d.channels) +
             " channels at " + std::to_string(d.resolution) + " px");
    if (d.pixels.size() != static_cast<std::size_t>(d.count) * d.imageBytes())
        fail("pixel buffer of " + std::to_string(d.pixels.size()) + " bytes for " +
             std::to_string(d.count) + " images");
    if (!d.labels.empty() && static_cast<std::int64_t>(d.labels.size()) != d.count)
        fail("labels for some images only");
    for (const auto label : d.labels)
        if (label < 0 || static_cast<std::size_t>(label) >= d.classNames.size())
            fail("label " + std::to_string(label) + " outside " +
                 std::to_string(d.classNames.size()) + " classes");
    const DatasetInfo info = d.info(); // class counts and the preview grid
    if (info.count != d.count)
        fail("info() counts differently");
}

// Detects and reads `file` (already written); Error is a refusal, not a finding.
inline void readDatasetFile(const std::filesystem::path& file) {
    GANLAB_FUZZ_EXPECT_ERROR({
        const DatasetFormat& format = detectDatasetFormat(file.string());
        const DecodedDataset data =
            format.read(file.string(), ReadContext{smallImportSettings(), {}, {}});
        checkDecoded(data);
    });
}

} // namespace ganlab::fuzz
