// Convolutions on faster kernels, same mathematics, in custom autograd functions: the transposed
// convolution's forward pass as a convolution's input gradient (oneDNN) and its backward pass as
// a convolution plus its weight gradient — LibTorch 1.13 runs nn::ConvTranspose2d as im2col + BLAS
// (slow_conv_transpose2d), 3–5× slower at DCGAN's shapes, and its CPU autocast skips it — and,
// for a convolution that reads one to three image channels, its input gradient by im2col + BLAS
// where oneDNN is slow; and a layer whose kernel covers its whole input (a 1×1 latent into a
// transposed convolution, a convolution as large as its unpadded input) as a matrix product. Each
// falls back to the module where its conditions do not hold.
#pragma once

#include "torch_prelude.h"

namespace ganlab::nn {

// y = conv_transpose2d(x, weight, stride, padding) for the module's options (no bias, groups,
// dilation or output padding), differentiable in x and weight, twice; a 1×1 input at stride 1,
// unpadded, as a matrix product. Under autocast (CPU bf16, CUDA fp16/bf16) x and weight are cast
// to the autocast type, as autocast casts convolutions.
torch::Tensor convTranspose2d(const torch::Tensor& x, torch::nn::ConvTranspose2dImpl& layer);
bool fastConvTransposeApplies(const torch::nn::ConvTranspose2dImpl& layer);

// The module's convolution, y = conv2d(x, weight, stride, padding) (+ bias): as a linear layer
// where the kernel covers the whole unpadded input (D's last layer, a class head); for an image
// layer (1–3 input channels, no bias, groups or dilation) the same forward with its input
// gradient computed as a transposed convolution; elsewhere the module's own.
torch::Tensor conv2d(const torch::Tensor& x, torch::nn::Conv2dImpl& layer);
bool imageConvApplies(const torch::nn::Conv2dImpl& layer);

// Process-wide switch to the stock kernels, for the equivalence tests and the benchmarks'
// "before" figures (default: fast).
void setFastConvolutions(bool on);
bool fastConvolutions(); // the switch, and no StockKernelsOnThisThread on this thread

// The stock kernels on this thread while the guard lives, whatever the switch says: tracing a
// generator for export (a graph of plain convolutions) while another thread trains on the fast
// ones.
class StockKernelsOnThisThread {
public:
    StockKernelsOnThisThread();
    ~StockKernelsOnThisThread();
    StockKernelsOnThisThread(const StockKernelsOnThisThread&) = delete;
    StockKernelsOnThisThread& operator=(const StockKernelsOnThisThread&) = delete;

private:
    bool m_was;
};

} // namespace ganlab::nn
