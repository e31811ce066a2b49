// DiffAugment (Zhao et al., NeurIPS 2020; as used by Projected GANs, SEEDS §4): differentiable
// colour, translation and cutout applied to real and fake images in D and G steps.
#pragma once

#include "nn/batch_random.h"

#include <string>
#include <vector>

namespace ganlab::nn {

// "color,translation,cutout" → its parts; throws Error for an unknown part.
std::vector<std::string> parseAugmentPolicy(const std::string& policy);

// Images [N, C, H, W] in [-1, 1]. Translation shifts by up to ±ratio·size with zero padding;
// cutout zeroes one square of side ratio·size per image. Every draw comes from `rng` (one
// rank's share of the batch's draws in several processes).
torch::Tensor diffAugment(const torch::Tensor& x, const std::vector<std::string>& policy,
                          const BatchRandom& rng, double translationRatio = 0.125,
                          double cutoutRatio = 0.2);

} // namespace ganlab::nn
