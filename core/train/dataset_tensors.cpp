// gatherImages: copies the chosen images (and labels) of a decoded dataset into tensors.
#include "train/dataset_tensors.h"

namespace ganlab {

ImageTensors gatherImages(const DecodedDataset& data, const std::vector<std::int64_t>& indices) {
    const auto n = static_cast<std::int64_t>(indices.size());
    const auto bytes = static_cast<std::int64_t>(data.imageBytes());
    ImageTensors out;
    out.images = torch::empty({n, data.channels, data.resolution, data.resolution}, torch::kUInt8);
    if (data.labelled())
        out.labels = torch::empty({n}, torch::kLong);
    auto* dst = out.images.data_ptr<std::uint8_t>();
    for (std::int64_t i = 0; i < n; ++i) {
        std::copy_n(data.pixels.data() + indices[i] * bytes, bytes, dst + i * bytes);
        if (out.labels.defined())
            out.labels[i] = data.labels[indices[i]];
    }
    return out;
}

} // namespace ganlab
