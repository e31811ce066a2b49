// Spectral normalisation (Miyato et al., ICLR 2018; as in BigGAN-PyTorch layers.py): W / σ(W),
// σ estimated by one power iteration per training forward, with σ of the raw W kept for health.
#pragma once

#include "torch_prelude.h"

namespace ganlab::nn {

// The spectral state of one weight: the left singular-vector estimate u and the last σ estimate.
struct SpectralState {
    torch::Tensor u;     // [out]
    torch::Tensor sigma; // scalar: σ of the raw weight at the last estimate
};

// W / σ(W) with W reshaped [out, -1]. In training mode u is refined by one power iteration (no
// gradient through u); in eval mode the stored u is used as it is.
torch::Tensor spectralNormalise(const torch::Tensor& weight, SpectralState& state, bool training);

struct SNConv2dImpl : torch::nn::Module {
    SNConv2dImpl(int in, int out, int kernel, int stride = 1, int padding = 0, bool bias = true);
    torch::Tensor forward(const torch::Tensor& x);

    torch::Tensor weight, bias;
    SpectralState sn;
    int stride, padding;
};
TORCH_MODULE(SNConv2d);

struct SNLinearImpl : torch::nn::Module {
    SNLinearImpl(int in, int out, bool bias = true);
    torch::Tensor forward(const torch::Tensor& x);

    torch::Tensor weight, bias;
    SpectralState sn;
};
TORCH_MODULE(SNLinear);

// A class embedding whose table is spectrally normalised (the projection discriminator's ⟨e_y, h⟩).
struct SNEmbeddingImpl : torch::nn::Module {
    SNEmbeddingImpl(int classes, int dim);
    torch::Tensor forward(const torch::Tensor& labels);

    torch::Tensor weight;
    SpectralState sn;
};
TORCH_MODULE(SNEmbedding);

} // namespace ganlab::nn
