// Self-attention block of SAGAN / BigGAN (Zhang et al. 2019; BigGAN-PyTorch layers.py Attention):
// θ, φ, g 1×1 SN convs (φ and g max-pooled ×2), softmax attention, SN output conv, x + γ·o with γ
// initialised to 0 so the block starts as the identity.
#pragma once

#include "nn/spectral_norm.h"

namespace ganlab::nn {

struct SelfAttentionImpl : torch::nn::Module {
    explicit SelfAttentionImpl(int channels);
    torch::Tensor forward(const torch::Tensor& x);

    SNConv2d theta{nullptr}, phi{nullptr}, g{nullptr}, o{nullptr};
    torch::Tensor gamma;
    int channels;
};
TORCH_MODULE(SelfAttention);

} // namespace ganlab::nn
