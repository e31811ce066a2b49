// FeatureStats: mean and covariance of a feature set in float64, with a factor of the
// covariance kept (Fréchet distance needs one; cached real statistics carry it).
#pragma once

#include "torch_prelude.h"

#include <string>

namespace ganlab {

// F with cov = F·Fᵀ. Lower-triangular (Cholesky, with zero rows and columns for dimensions of
// zero variance) when the rest of the covariance is positive definite — cheap to compute and to
// multiply by; otherwise the symmetric square root.
struct CovFactor {
    torch::Tensor matrix; // double [d, d]
    bool triangular = false;
};

struct FeatureStats {
    torch::Tensor mean;    // double [d]
    torch::Tensor cov;     // double [d, d], unbiased
    CovFactor factor;      // of cov (when asked for)
    torch::Tensor centred; // double [N, d], kept when N < d: cov = centredᵀ·centred / (N − 1)
    std::int64_t count = 0;
};

// Statistics of features [N, d] (N ≥ 2), computed in float64. withFactor: also the covariance's
// factor (the reference side of a Fréchet distance needs one; it is cached with it).
FeatureStats featureStats(const torch::Tensor& features, bool withFactor = true);

CovFactor covarianceFactor(const torch::Tensor& cov);

// The symmetric positive semi-definite square root by eigen-decomposition (negative eigenvalues
// from round-off clamped to 0) — never a general sqrtm that can turn complex.
torch::Tensor symmetricSqrt(const torch::Tensor& matrix);

void saveStats(const FeatureStats& stats, const std::string& path);
// Empty optional-like result (count 0) when the file is missing or unreadable.
FeatureStats loadStats(const std::string& path);

} // namespace ganlab
