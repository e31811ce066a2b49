// Residual up/down blocks implementation.
#include "nn/res_blocks.h"

namespace ganlab::nn {
namespace {

torch::nn::Conv2d conv(int in, int out, int kernel) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel).padding(kernel / 2));
}

torch::Tensor up2(const torch::Tensor& x) {
    return torch::nn::functional::interpolate(x, torch::nn::functional::InterpolateFuncOptions()
                                                     .scale_factor(std::vector<double>{2.0, 2.0})
                                                     .mode(torch::kNearest));
}

} // namespace

ResUpBlockImpl::ResUpBlockImpl(int in, int out, int classes) {
    bn1 = register_module("bn1", ClassBatchNorm2d(in, classes));
    conv1 = register_module("conv1", conv(in, out, 3));
    bn2 = register_module("bn2", ClassBatchNorm2d(out, classes));
    conv2 = register_module("conv2", conv(out, out, 3));
    shortcut = register_module("shortcut", conv(in, out, 1));
}

torch::Tensor ResUpBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& labels) {
    auto h = conv1(up2(torch::relu(bn1(x, labels))));
    h = conv2(torch::relu(bn2(h, labels)));
    return h + shortcut(up2(x));
}

ResDownBlockImpl::ResDownBlockImpl(int in, int out) {
    ln1 = register_module("ln1", LayerNorm2d(in));
    conv1 = register_module("conv1", conv(in, in, 3));
    ln2 = register_module("ln2", LayerNorm2d(in));
    conv2 = register_module("conv2", conv(in, out, 3));
    shortcut = register_module("shortcut", conv(in, out, 1));
}

torch::Tensor ResDownBlockImpl::forward(const torch::Tensor& x) {
    auto h = conv1(torch::relu(ln1(x)));
    h = conv2(torch::relu(ln2(h)));
    return torch::avg_pool2d(h, 2) + shortcut(torch::avg_pool2d(x, 2));
}

} // namespace ganlab::nn
