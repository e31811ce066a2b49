// The layers of PG-GAN (Karras et al., ICLR 2018; reference: tkarras/progressive_growing_of_gans
// networks.py): PixelNorm, minibatch standard deviation and equalised-learning-rate conv/dense.
#pragma once

#include "torch_prelude.h"

namespace ganlab::nn {

// x / sqrt(mean over channels of x² + ε), per pixel (§4.2).
torch::Tensor pixelNorm(const torch::Tensor& x, double eps = 1e-8);

// Appends one feature map: the standard deviation over each group of G samples (sample i is in
// group i mod N/G), averaged over C, H and W (§3). G is the largest divisor of N not above
// groupSize (the paper's 4 for the usual batch sizes).
torch::Tensor minibatchStddev(const torch::Tensor& x, int groupSize = 4);

// He's constant: gain / sqrt(fan_in), applied at run time to weights stored ~N(0, 1) (§4.1).
double equalizedScale(std::int64_t fanIn, double gain);

struct EqualizedConv2dImpl : torch::nn::Module {
    EqualizedConv2dImpl(int in, int out, int kernel, double gain = std::sqrt(2.0));
    torch::Tensor forward(const torch::Tensor& x);
    // The weight the layer actually applies (stored weight × scale).
    torch::Tensor effectiveWeight() const { return weight * scale; }

    torch::Tensor weight, bias;
    double scale;
    int padding;
};
TORCH_MODULE(EqualizedConv2d);

struct EqualizedLinearImpl : torch::nn::Module {
    EqualizedLinearImpl(int in, int out, double gain = std::sqrt(2.0));
    torch::Tensor forward(const torch::Tensor& x);
    torch::Tensor effectiveWeight() const { return weight * scale; }

    torch::Tensor weight, bias;
    double scale;
};
TORCH_MODULE(EqualizedLinear);

} // namespace ganlab::nn
