// Self-attention (Zhang et al., ICML 2019), as placed in BigGAN's G and D.
#include "nn/self_attention.h"

namespace ganlab::nn {

SelfAttentionImpl::SelfAttentionImpl(int c)
    : channels(c) {
    const int k = std::max(1, c / 8), v = std::max(1, c / 2);
    theta = register_module("theta", SNConv2d(c, k, 1, 1, 0, false));
    phi = register_module("phi", SNConv2d(c, k, 1, 1, 0, false));
    g = register_module("g", SNConv2d(c, v, 1, 1, 0, false));
    o = register_module("o", SNConv2d(v, c, 1, 1, 0, false));
    gamma = register_parameter("gamma", torch::zeros({1}));
}

torch::Tensor SelfAttentionImpl::forward(const torch::Tensor& x) {
    const auto h = x.size(2), w = x.size(3);
    const auto t = theta(x).flatten(2);                                     // [N, k, HW]
    const auto p = torch::max_pool2d(phi(x), 2).flatten(2);                 // [N, k, HW/4]
    const auto gv = torch::max_pool2d(g(x), 2).flatten(2);                  // [N, v, HW/4]
    const auto beta = torch::softmax(torch::bmm(t.transpose(1, 2), p), -1); // [N, HW, HW/4]
    const auto attended = torch::bmm(gv, beta.transpose(1, 2)).view({-1, gv.size(1), h, w});
    return x + gamma * o(attended);
}

} // namespace ganlab::nn
