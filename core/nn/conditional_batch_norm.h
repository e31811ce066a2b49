// Class-conditional BatchNorm of BigGAN (Brock et al., ICLR 2019; reference: ajbrock/BigGAN-PyTorch
// layers.py ccbn): BN without affine, then ·(1 + W_γ·c) + W_β·c, c = [shared class embedding, z
// chunk]; each block owns its small W_γ, W_β (spectrally normalised, no bias).
#pragma once

#include "nn/batch_norm.h"
#include "nn/spectral_norm.h"

namespace ganlab::nn {

struct ConditionalBatchNormImpl : torch::nn::Module {
    ConditionalBatchNormImpl(int channels, int conditionDim);
    // x [N, C, H, W]; condition [N, conditionDim] (an undefined condition leaves plain BN).
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& condition);

    BatchNorm2d bn{nullptr};
    SNLinear gain{nullptr}, offset{nullptr};
};
TORCH_MODULE(ConditionalBatchNorm);

} // namespace ganlab::nn
