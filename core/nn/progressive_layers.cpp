// PixelNorm, minibatch stddev and equalised learning rate (Karras et al., ICLR 2018).
#include "nn/progressive_layers.h"

namespace ganlab::nn {

torch::Tensor pixelNorm(const torch::Tensor& x, double eps) {
    return x * torch::rsqrt(x.pow(2).mean(1, /*keepdim=*/true) + eps);
}

torch::Tensor minibatchStddev(const torch::Tensor& x, int groupSize) {
    const auto n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
    std::int64_t g = std::min<std::int64_t>(groupSize, n);
    while (n % g != 0)
        --g;
    auto y = x.reshape({g, n / g, c, h, w});
    y = y - y.mean(0, true);
    y = (y.pow(2).mean(0) + 1e-8).sqrt(); // [M, C, H, W]
    y = y.mean({1, 2, 3});                // [M]
    y = y.reshape({1, n / g, 1, 1, 1}).expand({g, n / g, 1, h, w}).reshape({n, 1, h, w});
    return torch::cat({x, y}, 1);
}

double equalizedScale(std::int64_t fanIn, double gain) {
    return gain / std::sqrt(static_cast<double>(fanIn));
}

EqualizedConv2dImpl::EqualizedConv2dImpl(int in, int out, int kernel, double gain)
    : scale(equalizedScale(std::int64_t(in) * kernel * kernel, gain))
    , padding(kernel / 2) {
    weight = register_parameter("weight", torch::randn({out, in, kernel, kernel}));
    bias = register_parameter("bias", torch::zeros({out}));
}

torch::Tensor EqualizedConv2dImpl::forward(const torch::Tensor& x) {
    return torch::conv2d(x, weight * scale, bias, 1, padding);
}

EqualizedLinearImpl::EqualizedLinearImpl(int in, int out, double gain)
    : scale(equalizedScale(in, gain)) {
    weight = register_parameter("weight", torch::randn({out, in}));
    bias = register_parameter("bias", torch::zeros({out}));
}

torch::Tensor EqualizedLinearImpl::forward(const torch::Tensor& x) {
    return torch::linear(x, weight * scale, bias);
}

} // namespace ganlab::nn
