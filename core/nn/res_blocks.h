// Residual up/down blocks of the ResNet WGAN-GP pair (Gulrajani et al. 2017, as used by
// Transferring GANs): pre-activation, nearest ×2 up or average-pool ×2 down, 1×1 shortcut.
#pragma once

#include "nn/class_batch_norm.h"
#include "nn/layer_norm_2d.h"
#include "torch_prelude.h"

namespace ganlab::nn {

// BN → ReLU → up2 → conv3x3 → BN → ReLU → conv3x3, shortcut up2 → conv1x1. With classes > 0
// the BNs are Cond BN (a scale/offset row per class).
struct ResUpBlockImpl : torch::nn::Module {
    ResUpBlockImpl(int in, int out, int classes = 0);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& labels);

    ClassBatchNorm2d bn1{nullptr}, bn2{nullptr};
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, shortcut{nullptr};
};
TORCH_MODULE(ResUpBlock);

// LN → ReLU → conv3x3 → LN → ReLU → conv3x3 → avgpool2, shortcut avgpool2 → conv1x1.
struct ResDownBlockImpl : torch::nn::Module {
    ResDownBlockImpl(int in, int out);
    torch::Tensor forward(const torch::Tensor& x);

    LayerNorm2d ln1{nullptr}, ln2{nullptr};
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, shortcut{nullptr};
};
TORCH_MODULE(ResDownBlock);

} // namespace ganlab::nn
