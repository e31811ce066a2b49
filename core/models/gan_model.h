// The generator / discriminator interfaces every model family implements, and their build spec.
#pragma once

#include "torch_prelude.h"

#include <memory>

namespace ganlab {

struct ModelSpec {
    int resolution = 32;
    int channels = 1;
    int latentDim = 64;
    int numClasses = 0;           // > 0: class-conditional
    double width = 1.0;           // channel multiplier
    bool perSampleCritic = false; // no batch-coupled normalisation in D (gradient-penalty losses)
};

// G(z, y) → images in [-1, 1], [N, C, R, R]. labels: int64 [N], or undefined when unconditional.
struct GeneratorImpl : torch::nn::Module {
    virtual torch::Tensor forward(const torch::Tensor& z, const torch::Tensor& labels) = 0;
};

// D(x, y) → one logit (or critic value) per image, [N].
struct DiscriminatorImpl : torch::nn::Module {
    virtual torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& labels) = 0;
};

using GeneratorPtr = std::shared_ptr<GeneratorImpl>;
using DiscriminatorPtr = std::shared_ptr<DiscriminatorImpl>;

// One-hot rows for class-conditional inputs: [N, K] float.
torch::Tensor oneHot(const torch::Tensor& labels, int numClasses);
// Number of ×2 stages from 4×4 to the resolution (resolution must be a power of two ≥ 8).
int upsamplingStages(int resolution);
// Reference channel width × multiplier, never below 8.
int scaledWidth(int reference, double multiplier);

} // namespace ganlab
