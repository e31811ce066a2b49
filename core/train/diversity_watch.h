// DiversityWatch: how varied a run's samples are against its real images — the mode-collapse
// signal.
//
// A generator that has collapsed draws (nearly) the same image whatever its latent input, and its
// losses and singular values may look fine meanwhile. So on health steps the EMA generator renders
// one fixed batch (the same z, and for conditional runs the same cycle of classes, every time),
// a fixed random feature network embeds it, and the mean L2 distance between every two samples'
// features is set against the same mean over a fixed set of real training images: the diversity,
// about 1 when the samples vary as the reals do, near 0 when they are all alike. Everything it
// draws comes from its own generator seeded from the run's seed, never from torch's global one,
// so training is the same, to the bit, with or without it.
#pragma once

#include "api/growth_schedule.h"
#include "models/gan_model.h"
#include "torch_prelude.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace ganlab {

class FeatureNetwork;

class DiversityWatch {
public:
    static constexpr std::int64_t kSamples = 64; // fakes, and reals at most

    // z (and labels) for the run's spec, drawn once from `seed`.
    DiversityWatch(const ModelSpec& spec, std::uint64_t seed);
    ~DiversityWatch();
    DiversityWatch(const DiversityWatch&) = delete;
    DiversityWatch& operator=(const DiversityWatch&) = delete;

    // The fixed batch of `generator` (in eval mode) over the fixed reals among `images` (uint8
    // [N,C,R,R], any device), both on `device`; a growing model's reals are seen as D sees them at
    // `growth` (its resolution, faded). Nothing with fewer than two real images, reals that are
    // all alike, or non-finite samples.
    std::optional<double> measure(GeneratorImpl& generator, const torch::Tensor& images,
                                  const torch::Device& device,
                                  const std::optional<GrowthState>& growth);
    // The training images changed: the reals are chosen again at the next measurement.
    void forgetReals();

private:
    torch::Tensor realFeatures(const torch::Tensor& images, const torch::Device& device,
                               const std::optional<GrowthState>& growth);

    at::Generator m_rng;
    torch::Tensor m_z, m_labels; // on the CPU; copies on the device below
    torch::Tensor m_zOnDevice, m_labelsOnDevice;
    std::unique_ptr<FeatureNetwork> m_features;
    std::optional<torch::Device> m_featuresOn;
    torch::Tensor m_realIndex;    // which training images (chosen once)
    torch::Tensor m_realFeatures; // of those, at m_realsAt
    double m_realDistance = 0;
    std::optional<std::pair<int, double>> m_realsAt; // (resolution, blend) they were seen at
};

// Mean L2 distance between every two distinct rows of `features` [N, D] (N ≥ 2), in double.
double meanPairwiseDistance(const torch::Tensor& features);

} // namespace ganlab
