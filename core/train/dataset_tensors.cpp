// gatherImages: copies the chosen images (and labels) of a decoded dataset into tensors.
#include "train/dataset_tensors.h"

#include "data/dataset_loader.h"
#include "data/split.h"
#include "data/subset.h"
#include "util/stable_hash.h"

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
    std::string bytes(static_cast<const char*>(images.images.data_ptr()),
                      static_cast<std::size_t>(images.images.numel()));
    if (images.labels.defined()) {
        const auto labels = images.labels.contiguous();
        bytes.append(static_cast<const char*>(labels.data_ptr()),
                     static_cast<std::size_t>(labels.numel() * labels.element_size()));
    }
    return std::to_string(images.images.size(0)) + "-" + stableHash(bytes);
}

} // namespace ganlab
