// gatherImages: copies the chosen images (and labels) of a decoded dataset into tensors.
#include "train/dataset_tensors.h"

#include "data/dataset_loader.h"
#include "data/split.h"
#include "data/subset.h"

#include <cstdio>

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

DecodedDataset loadRunDataset(const TrainConfig& config, const ProgressCallback& progress,
                              std::stop_token stop) {
    DecodedDataset data =
        loadDataset(config.dataPath, {ImportSettings::from(config), progress, stop});
    selectSubset(data, config.classes, config.maxImages);
    return data;
}

RunImages splitRunImages(const DecodedDataset& data, double validationFraction) {
    const Split split = makeSplit(data.count, data.labels, validationFraction);
    return {gatherImages(data, split.train), gatherImages(data, split.validation)};
}

std::string imagesFingerprint(const ImageTensors& images) {
    std::uint64_t h = 1469598103934665603ull; // FNV-1a over the bytes in place
    const auto mix = [&h](const torch::Tensor& t) {
        const auto c = t.contiguous();
        const auto* p = static_cast<const unsigned char*>(c.data_ptr());
        for (std::int64_t i = 0, n = c.numel() * c.element_size(); i < n; ++i)
            h = (h ^ p[i]) * 1099511628211ull;
    };
    mix(images.images);
    if (images.labels.defined())
        mix(images.labels);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return std::to_string(images.images.size(0)) + "-" + hex;
}

} // namespace ganlab
