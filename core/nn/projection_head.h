// The projection discriminator's output (Miyato & Koyama, ICLR 2018; BigGAN's D): ψ(h) + ⟨e_y, h⟩
// on globally pooled features h, with a spectrally normalised linear ψ and class embedding e.
#pragma once

#include "nn/spectral_norm.h"

namespace ganlab::nn {

struct ProjectionHeadImpl : torch::nn::Module {
    ProjectionHeadImpl(int features, int classes); // classes 0: ψ(h) only
    torch::Tensor forward(const torch::Tensor& h, const torch::Tensor& labels); // [N]

    SNLinear linear{nullptr};
    SNEmbedding embed{nullptr};
};
TORCH_MODULE(ProjectionHead);

} // namespace ganlab::nn
