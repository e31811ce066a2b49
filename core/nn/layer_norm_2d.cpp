// LayerNorm2d implementation.
#include "nn/layer_norm_2d.h"

namespace ganlab::nn {

LayerNorm2dImpl::LayerNorm2dImpl(int channels, double eps_)
    : eps(eps_) {
    weight = register_parameter("weight", torch::ones({channels}));
    bias = register_parameter("bias", torch::zeros({channels}));
}

torch::Tensor LayerNorm2dImpl::forward(const torch::Tensor& x) {
    const auto normalised = torch::layer_norm(x, {x.size(1), x.size(2), x.size(3)}, {}, {}, eps);
    return normalised * weight.view({1, -1, 1, 1}) + bias.view({1, -1, 1, 1});
}

} // namespace ganlab::nn
