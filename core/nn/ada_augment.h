// Adaptive discriminator augmentation's pipeline (Karras et al., "Training Generative Adversarial
// Networks with Limited Data", NeurIPS 2020; StyleGAN2-ADA): blitting, geometric and colour
// transforms, each applied to an image with probability p, differentiable in the images.
#pragma once

#include "nn/batch_random.h"

#include <string>
#include <vector>

namespace ganlab::nn {

struct AdaOps {
    // Pixel blitting.
    bool xflip = false, rotate90 = false, xint = false;
    // Geometric.
    bool scale = false, rotate = false, aniso = false, xfrac = false;
    // Colour.
    bool brightness = false, contrast = false, lumaflip = false, hue = false, saturation = false;
    bool geometric() const {
        return xflip || rotate90 || xint || scale || rotate || aniso || xfrac;
    }
    bool colour() const { return brightness || contrast || lumaflip || hue || saturation; }
};

// Operation and group names (blit, geom, color; see nn/augment_ops.h) → the operations; empty →
// blit,geom,color (the paper's "bgc"). Throws Error for an unknown name.
AdaOps parseAdaOps(const std::vector<std::string>& names);

// Images [N, C, H, W] in [-1, 1] (C = 1 or 3). Every operation draws its parameters for every image
// whatever p is (so the random stream does not depend on p) and applies them with probability p
// (the two arbitrary rotations with 1 − √(1 − p) each, so that one of them happens with p). The
// blitting and geometric operations compose one inverse matrix per image, applied by bilinear
// sampling with reflection at the borders; the colour ones one 4×4 matrix. Scales follow the
// reference: integer translation ≤ 0.125 of the size, scale and aniso lognormal with σ = 0.2
// (log2), fractional translation σ = 0.125, rotation uniform in ±180°, brightness σ = 0.2, contrast
// σ = 0.5 (log2), hue ±180° about the luma axis, saturation σ = 1 (log2). Grey images take the
// colour transform's mean over channels (luma flip becomes negation; hue and saturation do
// nothing).
torch::Tensor adaAugment(const torch::Tensor& x, const AdaOps& ops, double p,
                         const BatchRandom& rng);

} // namespace ganlab::nn
