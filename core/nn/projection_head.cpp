// Projection discriminator head (Miyato & Koyama 2018).
#include "nn/projection_head.h"

namespace ganlab::nn {

ProjectionHeadImpl::ProjectionHeadImpl(int features, int classes) {
    linear = register_module("linear", SNLinear(features, 1));
    if (classes > 0)
        embed = register_module("embed", SNEmbedding(classes, features));
}

torch::Tensor ProjectionHeadImpl::forward(const torch::Tensor& h, const torch::Tensor& labels) {
    auto out = linear(h).view({-1});
    if (embed)
        out = out + (embed(labels) * h).sum(1);
    return out;
}

} // namespace ganlab::nn
