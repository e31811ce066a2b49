// The metrics as plain functions on tensors (each defined in its metric's file, beside the
// registry entry that applies it to a run) — what the tests check against known answers.
#pragma once

#include "metrics/feature_stats.h"

#include <stop_token>
#include <string>
#include <vector>

namespace ganlab {

// fid.cpp — ‖μa − μb‖² + Tr(Σa + Σb − 2(Σa Σb)^½), float64, with Tr(Σa Σb)^½ = Σ √λ of the
// symmetric PSD matrix √Σa Σb √Σa (through b's n × n Gram matrix when b has n < d samples).
double frechetDistance(const FeatureStats& a, const FeatureStats& b);

// kid.cpp — unbiased MMD² with k(x,y) = (xᵀy/d + 1)³ over random subsets of at most
// subsetSize and at most half the smaller set (so that the subsets, and the std, vary).
struct KidValue {
    double mean = 0;
    double stddev = 0;
    std::int64_t subsetSize = 0; // min(subsetSize, half the smaller set), so subsets differ
};
KidValue kernelInceptionDistance(const torch::Tensor& real, const torch::Tensor& fake,
                                 at::Generator& rng, int subsets = 100, int subsetSize = 1000);

// precision_recall.cpp — k-NN manifolds (Kynkäänniemi et al., NeurIPS 2019).
struct PrecisionRecall {
    double precision = 0;
    double recall = 0;
};
PrecisionRecall precisionRecall(const torch::Tensor& real, const torch::Tensor& fake, int k = 3);

// ms_ssim.cpp — MS-SSIM of image pairs (float [N,C,H,W], 0–255): [N].
struct MsSsimScales {
    int scales = 5;
    int window = 11;
    std::vector<double> weights; // renormalised to sum 1
    std::string describe() const;
};
MsSsimScales msSsimScales(int size);
torch::Tensor msSsim(const torch::Tensor& a, const torch::Tensor& b, const MsSsimScales& scales);
// Mean MS-SSIM of `pairs` random distinct pairs from a set (uint8 [N,C,H,W]).
double meanPairMsSsim(const torch::Tensor& images, int pairs, at::Generator& rng);

// iw.cpp — the independent Wasserstein critic (Danihelka et al. 2017): a fresh WGAN-GP critic
// trained for `steps` on train reals vs fakes, then E[D(heldOut)] − E[D(freshFakes)].
double independentWasserstein(const torch::Tensor& trainReal, const torch::Tensor& trainFake,
                              const torch::Tensor& heldOutReal, const torch::Tensor& freshFake,
                              int steps, std::uint64_t seed, std::stop_token stop = {});

} // namespace ganlab
