// EvalContext: what every metric draws on — real images (train and held-out), a sampler for the
// run's EMA generator, the feature network, and lazily shared work (samples, features, the real
// statistics, cached on disk per dataset, split, network, resolution and sample count).
#pragma once

#include "metrics/classifier_net.h"
#include "metrics/feature_network.h"
#include "metrics/feature_stats.h"

#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace ganlab {

// n generated images (uint8 [n,C,R,R]) for the given labels (int64 [n], or undefined).
using Sampler =
    std::function<torch::Tensor(std::int64_t n, const torch::Tensor& labels, at::Generator& rng)>;

struct EvalInputs {
    torch::Tensor trainImages, trainLabels; // uint8 / int64 (labels undefined when unlabelled)
    // Where the reals come from, as notes say it: "train split", or the eval_reals dataset.
    std::string realsSource = "train split";
    torch::Tensor valImages, valLabels;
    int numClasses = 0; // > 0: the generator is class-conditional
    std::vector<std::string> classNames;
    Sampler sample;
    std::shared_ptr<FeatureNetwork> features;
    std::shared_ptr<Classifier> classifier; // for class accuracy (may be null)
    int samples = 1000;
    int iwSteps = 300;
    std::uint64_t seed = 1;
    std::int64_t step = 0;
    std::string statsCacheDir;   // empty: real statistics are not cached on disk
    std::string datasetIdentity; // dataset source and import settings, for the cache key
    std::stop_token stop;
};

class EvalContext {
public:
    explicit EvalContext(EvalInputs inputs);

    const EvalInputs& inputs() const { return m_in; }
    at::Generator& rng() { return m_rng; }
    void checkStop() const;

    // `samples` generated images (labels cycle through the classes when conditional).
    const torch::Tensor& fakeImages();
    const torch::Tensor& fakeLabels();
    // A fixed subset of the training split, the same at every evaluation.
    const torch::Tensor& realImages();
    const torch::Tensor& realLabels();
    const torch::Tensor& realFeatures();
    const torch::Tensor& fakeFeatures();
    const FeatureStats& realStats(); // from the disk cache when it has them
    const FeatureStats& fakeStats();
    bool realStatsFromCache() const { return m_statsFromCache; }
    // Fresh generated images beyond fakeImages() (IW scores on samples its critic never saw).
    torch::Tensor freshFakes(std::int64_t n, torch::Tensor* labels = nullptr);

    // Cache file of the real statistics (empty when not cached).
    std::string statsCachePath() const;

private:
    torch::Tensor labelsFor(std::int64_t n) const;

    EvalInputs m_in;
    at::Generator m_rng;
    torch::Tensor m_fake, m_fakeLabels, m_real, m_realLabels, m_realFeatures, m_fakeFeatures;
    std::optional<FeatureStats> m_realStats, m_fakeStats;
    bool m_statsFromCache = false;
};

} // namespace ganlab
