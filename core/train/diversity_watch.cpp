// DiversityWatch: a fixed batch's mean pairwise feature distance over the reals'.
#include "train/diversity_watch.h"

#include "metrics/feature_network.h"
#include "train/latent.h"
#include "train/trainer.h"
#include "util/global_rng_guard.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

namespace ganlab {
namespace {

// Apart from the run's other seeded draws (training, the fixed sample grid, evaluations).
constexpr std::uint64_t kSeedOffset = 0x6A09E667F3BCC909ull;

} // namespace

double meanPairwiseDistance(const torch::Tensor& features) {
    const auto f = features.to(torch::kDouble);
    const auto n = f.size(0);
    if (n < 2)
        return 0;
    // Exact differences (no |a|² + |b|² − 2ab shortcut): identical rows are 0 apart, not noise.
    const auto d = torch::cdist(f, f, 2.0, /*compute_mode=*/2);
    return d.sum().item<double>() / static_cast<double>(n * (n - 1)); // the diagonal is 0
}

DiversityWatch::DiversityWatch(const ModelSpec& spec, std::uint64_t seed)
    : m_rng(at::make_generator<at::CPUGeneratorImpl>(seed + kSeedOffset)) {
    m_z = sampleLatent(kSamples, spec.latentDim, 0, m_rng);
    if (spec.numClasses > 0) // every class in turn
        m_labels = torch::arange(kSamples, torch::kLong).remainder(spec.numClasses);
}

DiversityWatch::~DiversityWatch() = default;

void DiversityWatch::forgetReals() {
    m_realIndex = torch::Tensor();
    m_realFeatures = torch::Tensor();
    m_realsAt.reset();
}

torch::Tensor DiversityWatch::realFeatures(const torch::Tensor& images, const torch::Device& device,
                                           const std::optional<GrowthState>& growth) {
    const auto n = images.size(0);
    if (!m_realIndex.defined())
        m_realIndex = n > kSamples ? torch::randperm(n, m_rng, torch::kLong).slice(0, 0, kSamples)
                                   : torch::arange(n, torch::kLong);
    // A growing model draws at its active resolution (faded): its reals are compared so too.
    const std::pair<int, double> at =
        growth ? std::pair<int, double>{growth->resolution, growth->fading ? growth->alpha : 1.0}
               : std::pair<int, double>{static_cast<int>(images.size(2)), 1.0};
    if (m_realFeatures.defined() && m_realsAt == at)
        return m_realFeatures;
    auto reals = images.index_select(0, m_realIndex.to(images.device())).to(device);
    if (growth)
        reals = toUint8Images(fadeReals(reals.to(torch::kFloat).div(127.5).sub(1.0), *growth));
    m_realFeatures = m_features->embed(reals);
    m_realDistance = meanPairwiseDistance(m_realFeatures);
    m_realsAt = at;
    return m_realFeatures;
}

std::optional<double> DiversityWatch::measure(GeneratorImpl& generator, const torch::Tensor& images,
                                              const torch::Device& device,
                                              const std::optional<GrowthState>& growth) {
    if (!images.defined() || images.size(0) < 2)
        return std::nullopt;
    torch::NoGradGuard noGrad;
    if (!m_features) {
        const GlobalRngGuard keepTrainingRng; // building it never changes what training draws
        m_features = makeFeatureNetwork(FeatureSpec{FeatureSource::Random, {}});
    }
    if (m_featuresOn != device) {
        m_features->moveTo(device);
        m_featuresOn = device;
        m_realFeatures = torch::Tensor();
        m_realsAt.reset();
        m_zOnDevice = m_z.to(device);
        m_labelsOnDevice = m_labels.defined() ? m_labels.to(device) : torch::Tensor();
    }
    realFeatures(images, device, growth);
    if (!(m_realDistance > 0))
        return std::nullopt;
    const auto samples = generator.forward(m_zOnDevice, m_labelsOnDevice);
    if (!torch::isfinite(samples).all().item<bool>())
        return std::nullopt;
    const double fake = meanPairwiseDistance(m_features->embed(toUint8Images(samples)));
    return std::isfinite(fake) ? std::optional<double>(fake / m_realDistance) : std::nullopt;
}

} // namespace ganlab
