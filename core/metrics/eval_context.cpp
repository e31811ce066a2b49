// EvalContext implementation.
#include "metrics/eval_context.h"

#include "api/error.h"
#include "util/stable_hash.h"

#include <spdlog/spdlog.h>

#include <ATen/CPUGeneratorImpl.h>

#include <filesystem>
#include <functional>
#include <sstream>

namespace ganlab {

EvalContext::EvalContext(EvalInputs inputs)
    : m_in(std::move(inputs))
    , m_rng(at::make_generator<at::CPUGeneratorImpl>(m_in.seed)) {}

void EvalContext::checkStop() const {
    if (m_in.stop.stop_requested())
        throw Error(ErrorKind::Cancelled, {}, message(MessageCode::EvaluationCancelled));
}

torch::Tensor EvalContext::labelsFor(std::int64_t n) const {
    if (m_in.numClasses <= 0)
        return {};
    return torch::arange(n, torch::kLong).remainder(m_in.numClasses);
}

const torch::Tensor& EvalContext::fakeImages() {
    if (!m_fake.defined()) {
        m_fakeLabels = labelsFor(m_in.samples);
        m_fake = m_in.sample(m_in.samples, m_fakeLabels, m_rng);
        checkStop();
    }
    return m_fake;
}

const torch::Tensor& EvalContext::fakeLabels() {
    fakeImages();
    return m_fakeLabels;
}

torch::Tensor EvalContext::freshFakes(std::int64_t n, torch::Tensor* labels) {
    const auto l = labelsFor(n);
    if (labels)
        *labels = l;
    auto images = m_in.sample(n, l, m_rng);
    checkStop();
    return images;
}

const torch::Tensor& EvalContext::realImages() {
    if (!m_real.defined()) {
        // The same subset every time (fixed seed), so cached statistics stay valid.
        const auto total = m_in.trainImages.size(0);
        const auto n = std::min<std::int64_t>(m_in.samples, total);
        at::Generator pick = at::make_generator<at::CPUGeneratorImpl>(0xFEA7);
        const auto idx = torch::randperm(total, pick, torch::kLong).slice(0, 0, n);
        m_real = m_in.trainImages.index_select(0, idx);
        if (m_in.trainLabels.defined())
            m_realLabels = m_in.trainLabels.index_select(0, idx);
    }
    return m_real;
}

const torch::Tensor& EvalContext::realLabels() {
    realImages();
    return m_realLabels;
}

const torch::Tensor& EvalContext::realFeatures() {
    if (!m_realFeatures.defined())
        m_realFeatures = extractFeatures(*m_in.features, realImages(), m_in.stop);
    return m_realFeatures;
}

const torch::Tensor& EvalContext::fakeFeatures() {
    if (!m_fakeFeatures.defined())
        m_fakeFeatures = extractFeatures(*m_in.features, fakeImages(), m_in.stop);
    return m_fakeFeatures;
}

std::string EvalContext::statsCachePath() const {
    if (m_in.statsCacheDir.empty() || m_in.datasetIdentity.empty())
        return {};
    std::ostringstream key;
    key << m_in.datasetIdentity << "|train|" << m_in.features->identity() << "|"
        << m_in.trainImages.size(2) << "|"
        << std::min<std::int64_t>(m_in.samples, m_in.trainImages.size(0));
    return (std::filesystem::path(m_in.statsCacheDir) / "feature-stats" /
            (stableHash(key.str()) + ".pt"))
        .string();
}

const FeatureStats& EvalContext::realStats() {
    if (!m_realStats) {
        const std::string cache = statsCachePath();
        FeatureStats s = cache.empty() ? FeatureStats{} : loadStats(cache);
        m_statsFromCache = s.count > 0 && s.mean.size(0) == m_in.features->dim();
        if (!m_statsFromCache) {
            s = featureStats(realFeatures());
            if (!cache.empty()) {
                try { // a cache: a failed write costs the next evaluation time, nothing else
                    saveStats(s, cache);
                } catch (const Error& e) {
                    spdlog::warn("feature statistics not cached: {}", e.what());
                }
            }
        }
        m_realStats = std::move(s);
    }
    return *m_realStats;
}

const FeatureStats& EvalContext::fakeStats() {
    if (!m_fakeStats)
        m_fakeStats = featureStats(fakeFeatures(), /*withFactor=*/false);
    return *m_fakeStats;
}

} // namespace ganlab
