// ClassBatchNorm2d: BatchNorm with one scale/offset row per class (Cond BN of Transferring GANs,
// Wang et al., ECCV 2018 §4; de Vries et al. 2017) — statistics shared, affine [K, C] looked up
// by label. With no classes it is exactly torch's BatchNorm2d, under the same tensor names.
#pragma once

#include "torch_prelude.h"

namespace ganlab::nn {

struct ClassBatchNorm2dImpl : torch::nn::Module {
    ClassBatchNorm2dImpl(int channels, int numClasses);
    // x [N, C, H, W]; labels int64 [N] (ignored, and may be undefined, without classes).
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& labels);

    int numClasses;
    torch::Tensor weight, bias; // [C], or [K, C] per class
    torch::Tensor running_mean, running_var, num_batches_tracked;
};
TORCH_MODULE(ClassBatchNorm2d);

} // namespace ganlab::nn
