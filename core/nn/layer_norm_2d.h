// LayerNorm2d: per-sample normalisation over (C,H,W) with a per-channel affine — the critic
// normaliser of Transferring GANs / improved WGAN (BatchNorm would couple samples and break GP).
#pragma once

#include "torch_prelude.h"

namespace ganlab::nn {

struct LayerNorm2dImpl : torch::nn::Module {
    explicit LayerNorm2dImpl(int channels, double eps = 1e-5);
    torch::Tensor forward(const torch::Tensor& x);

    torch::Tensor weight, bias; // [C]
    double eps;
};
TORCH_MODULE(LayerNorm2d);

} // namespace ganlab::nn
