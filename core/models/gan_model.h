// The generator / discriminator interfaces every model family implements, and their build spec.
#pragma once

#include "api/feature_spec.h"
#include "torch_prelude.h"

#include <memory>
#include <optional>
#include <string>

namespace ganlab {

struct ModelSpec {
    int resolution = 32;
    int channels = 1;
    int latentDim = 64;
    int numClasses = 0;           // > 0: class-conditional
    double width = 1.0;           // channel multiplier
    bool perSampleCritic = false; // no batch-coupled normalisation in D (gradient-penalty losses)
    bool auxClassifier = false;   // AC-GAN: D has a K-way class head and is not shown the labels
    bool conditionalBn = false;   // G takes the class through Cond BN rather than input columns
    int mbstdGroup = 4;           // PG-GAN D's minibatch-stddev group (1: per image)
    FeatureSpec
        projectedFeatures; // projected D: random, a classifier or TorchScript file (SEEDS §4)
};

// What D says about a batch: real/fake logits — one per image [N], or several per image [N, L]
// that losses average (the projected D) — and, with an AC-GAN head, class logits [N, K].
struct DiscriminatorOutput {
    torch::Tensor logits;
    torch::Tensor classLogits; // undefined without an auxiliary classifier
};

// For the fade-in view: at the current growth level, for the same z, the lower level's output
// upsampled and the new level's output, both at the full resolution (blend = lerp by α).
struct FadeParts {
    torch::Tensor lower;
    torch::Tensor upper;
};

// Progressive growing state (PG-GAN): the highest active level (0 = 4×4) and the fade-in weight.
// Growing modules keep it in a buffer named "growth", so checkpoints, EMA copies and snapshots
// carry it with the weights.
struct Growth {
    int level = 0;
    double alpha = 1.0;
};
// Sets the state on a growing module; false (and nothing done) for any other module.
bool setGrowth(torch::nn::Module& module, const Growth& growth);
std::optional<Growth> growthOf(const torch::nn::Module& module);

// G(z, y) → images in [-1, 1], [N, C, R, R]. labels: int64 [N], or undefined when unconditional.
struct GeneratorImpl : torch::nn::Module {
    virtual torch::Tensor forward(const torch::Tensor& z, const torch::Tensor& labels) = 0;
    // Growing generators only: the two images a fade blends (see FadeParts).
    virtual std::optional<FadeParts> fadeParts(const torch::Tensor&, const torch::Tensor&) {
        return std::nullopt;
    }
};

// D(x, y) → logits (or critic values) and, with an AC-GAN head, class logits.
struct DiscriminatorImpl : torch::nn::Module {
    virtual DiscriminatorOutput evaluate(const torch::Tensor& x, const torch::Tensor& labels) = 0;
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& labels) {
        return evaluate(x, labels).logits;
    }
};

using GeneratorPtr = std::shared_ptr<GeneratorImpl>;
using DiscriminatorPtr = std::shared_ptr<DiscriminatorImpl>;

// One-hot rows for class-conditional inputs: [N, K] float.
torch::Tensor oneHot(const torch::Tensor& labels, int numClasses);
// A dense layer's output [N, 16·C] as C feature maps of 4×4, [N, C, 4, 4]. Shapes in generators
// never name the batch size, so an exported (traced) generator takes any batch.
torch::Tensor featureMap4x4(const torch::Tensor& dense);
// Number of ×2 stages from 4×4 to the resolution (resolution must be a power of two ≥ 8).
int upsamplingStages(int resolution);
// Reference channel width × multiplier, never below 8.
int scaledWidth(int reference, double multiplier);

} // namespace ganlab
