// DecodedDataset: a whole imported dataset as one uint8 NCHW buffer with labels and class names.
#pragma once

#include "api/dataset_info.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ganlab {

struct DecodedDataset {
    std::string path;
    std::string format;
    std::int64_t count = 0;
    int channels = 0;
    int resolution = 0;
    std::vector<std::uint8_t> pixels; // count × channels × resolution × resolution
    std::vector<std::int32_t> labels; // empty when unlabelled, else one per image
    std::vector<std::string> classNames;
    ImportReport report;

    std::size_t imageBytes() const {
        return static_cast<std::size_t>(channels) * resolution * resolution;
    }
    bool labelled() const { return !labels.empty(); }
    DatasetInfo info() const;
    // A few examples per class (or the first images) as one grid, for previews.
    Image previewGrid() const;
};

} // namespace ganlab
