// Selected images of a decoded dataset as tensors (uint8 [N,C,R,R] and int64 labels), and a run's
// dataset as its config reads and splits it (every rank of a run reads it this way).
#pragma once

#include "api/dataset_info.h"
#include "api/train_config.h"
#include "data/decoded_dataset.h"
#include "torch_prelude.h"

#include <stop_token>

namespace ganlab {

struct ImageTensors {
    torch::Tensor images; // uint8 [N, C, R, R]
    torch::Tensor labels; // int64 [N], undefined when unlabelled
};

ImageTensors gatherImages(const DecodedDataset& data, const std::vector<std::int64_t>& indices);

// The config's dataset: decoded (through the cache), its classes and image cap applied.
DecodedDataset loadRunDataset(const TrainConfig& config, const ProgressCallback& progress = {},
                              std::stop_token stop = {});

// Training images and the held-out validation images (the config's fraction, stratified).
struct RunImages {
    ImageTensors train, validation;
};
RunImages splitRunImages(const DecodedDataset& data, double validationFraction);

// FNV-1a of the images' bytes and labels: whether two ranks read the same data.
std::string imagesFingerprint(const ImageTensors& images);

} // namespace ganlab
