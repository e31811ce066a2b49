// FeatureStats: mean and covariance of a feature set in float64, with the symmetric square root
// of the covariance kept (Fréchet distance needs it; cached real statistics carry it).
#pragma once

#include "torch_prelude.h"

#include <string>

namespace ganlab {

struct FeatureStats {
    torch::Tensor mean;    // double [d]
    torch::Tensor cov;     // double [d, d], unbiased
    torch::Tensor covSqrt; // double [d, d], symmetric PSD square root of cov (when asked for)
    torch::Tensor centred; // double [N, d], kept when N < d: cov = centredᵀ·centred / (N − 1)
    std::int64_t count = 0;
};

// Statistics of features [N, d] (N ≥ 2), computed in float64. withSqrt: also the covariance's
// square root (the reference side of a Fréchet distance needs it; it is cached with it).
FeatureStats featureStats(const torch::Tensor& features, bool withSqrt = true);

// The symmetric positive semi-definite square root by eigen-decomposition (negative eigenvalues
// from round-off clamped to 0) — never a general sqrtm that can turn complex.
torch::Tensor symmetricSqrt(const torch::Tensor& matrix);

void saveStats(const FeatureStats& stats, const std::string& path);
// Empty optional-like result (count 0) when the file is missing or unreadable.
FeatureStats loadStats(const std::string& path);

} // namespace ganlab
