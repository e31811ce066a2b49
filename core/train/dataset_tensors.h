// Selected images of a decoded dataset as tensors (uint8 [N,C,R,R] and int64 labels).
#pragma once

#include "data/decoded_dataset.h"
#include "torch_prelude.h"

namespace ganlab {

struct ImageTensors {
    torch::Tensor images; // uint8 [N, C, R, R]
    torch::Tensor labels; // int64 [N], undefined when unlabelled
};

ImageTensors gatherImages(const DecodedDataset& data, const std::vector<std::int64_t>& indices);

} // namespace ganlab
