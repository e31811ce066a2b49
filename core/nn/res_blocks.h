// Residual up/down blocks of the ResNet WGAN-GP pair (Gulrajani et al. 2017, as used by
// Transferring GANs): pre-activation, nearest ×2 up or average-pool ×2 down, 1×1 shortcut.
#pragma once

#include "nn/layer_norm_2d.h"
#include "torch_prelude.h"

namespace ganlab::nn {

// BN → ReLU → up2 → conv3x3 → BN → ReLU → conv3x3, shortcut up2 → conv1x1.
struct ResUpBlockImpl : torch::nn::Module {
    ResUpBlockImpl(int in, int out);
    torch::Tensor forward(const torch::Tensor& x);

    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};
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
