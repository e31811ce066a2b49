// RunEvaluator implementation.
#include "train/run_evaluator.h"

#include "api/classifier.h"
#include "api/error.h"
#include "api/settings.h"
#include "data/dataset_cache.h"
#include "data/dataset_loader.h"
#include "data/subset.h"
#include "metrics/classifier_net.h"
#include "metrics/metric_registry.h"
#include "train/dataset_tensors.h"
#include "train/latent.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>
#include <numeric>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

constexpr int kSampleBatch = 250;

} // namespace

RunEvaluator::RunEvaluator(const RunDirectory& dir, std::shared_ptr<spdlog::logger> log)
    : m_dir(dir)
    , m_log(std::move(log)) {}

std::shared_ptr<Classifier> RunEvaluator::runClassifier(const TrainConfig& config,
                                                        const DatasetInfo& dataset,
                                                        std::stop_token stop) {
    if (m_classifier)
        return m_classifier;
    const std::string path = m_dir.classifierPath();
    if (!fs::exists(path)) {
        if (dataset.classNames.size() < 2)
            throw Error(ErrorKind::Usage, config.dataPath,
                        message(MessageCode::RunClassifierNeedsLabels));
        ClassifierSettings s = classifierSettingsFor(config);
        s.channels = dataset.channels;
        m_log->info("training the run's classifier for evaluation…");
        const auto report = trainClassifier(s, path, {}, stop);
        m_log->info("classifier written: {} ({} steps, held-out accuracy {:.3f}, {:.0f} s)", path,
                    report.steps, report.validationAccuracy, report.seconds);
    }
    m_classifier = Classifier::load(path);
    return m_classifier;
}

std::shared_ptr<FeatureNetwork> RunEvaluator::features(const FeatureSpec& spec,
                                                       const TrainConfig& config,
                                                       const DatasetInfo& dataset,
                                                       std::stop_token stop) {
    if (m_features && spec == m_featureSpec)
        return m_features;
    if (spec.source == FeatureSource::RunClassifier) {
        runClassifier(config, dataset, stop);
        m_features =
            makeFeatureNetwork(FeatureSpec{FeatureSource::ClassifierFile, m_dir.classifierPath()});
    } else {
        m_features = makeFeatureNetwork(spec);
    }
    m_featureSpec = spec;
    return m_features;
}

std::vector<MetricResult> RunEvaluator::evaluate(Trainer& trainer, const ImageTensors& validation,
                                                 const TrainConfig& config,
                                                 const DatasetInfo& dataset,
                                                 const EvalSettings& settings, std::stop_token stop,
                                                 bool record) {
    if (const auto problems = validateEvalSettings(settings); !problems.empty())
        throw Error(ErrorKind::Usage, {}, message(MessageCode::InvalidConfiguration), problems);
    const auto started = std::chrono::steady_clock::now();
    EvalContext context(inputs(trainer, validation, config, dataset, settings, stop));
    auto results = runMetrics(context, settings.metrics);
    for (auto& r : results) { // truncated samples are another distribution: named apart
        r.name = truncatedName(r.name, settings.truncation);
        if (!r.parent.empty())
            r.parent = truncatedName(r.parent, settings.truncation);
    }
    if (record)
        m_dir.appendEvaluation(results);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    m_spent += seconds;
    std::string summary;
    for (const auto& r : results)
        if (r.parent.empty() && std::isfinite(r.value))
            summary +=
                (summary.empty() ? "" : ", ") + r.name + " " + fmt::format("{:.4g}", r.value);
    m_log->info("evaluation at step {} ({} samples{}): {} — {:.1f} s", trainer.stepCount(),
                settings.samples, context.realStatsFromCache() ? ", cached real statistics" : "",
                summary, seconds);
    return results;
}

const ImageTensors& RunEvaluator::reals(const std::string& path, const TrainConfig& config,
                                        const DatasetInfo& dataset, std::stop_token stop) {
    if (path == m_realsPath)
        return m_reals;
    TrainConfig as = config; // imported as the run's own images are: size, channels, classes
    as.channels = dataset.channels;
    DecodedDataset data =
        loadDataset(resolveDatasetPath(path), {ImportSettings::from(as), {}, stop});
    selectSubset(data, config.classes, 0);
    if (config.conditional && data.classNames != dataset.classNames)
        throw Error(ErrorKind::Data, path, message(MessageCode::DatasetChanged));
    std::vector<std::int64_t> all(static_cast<std::size_t>(data.count));
    std::iota(all.begin(), all.end(), 0);
    m_reals = gatherImages(data, all);
    m_realsPath = path;
    m_log->info("evaluations compare with {} real images of {}", data.count, path);
    return m_reals;
}

EvalInputs RunEvaluator::inputs(Trainer& trainer, const ImageTensors& validation,
                                const TrainConfig& config, const DatasetInfo& dataset,
                                const EvalSettings& settings, std::stop_token stop) {
    EvalInputs in;
    in.trainImages = trainer.images();
    in.trainLabels = trainer.labels();
    if (!settings.reals.empty()) {
        const ImageTensors& other = reals(settings.reals, config, dataset, stop);
        in.trainImages = other.images;
        in.trainLabels = other.labels;
        in.realsSource = settings.reals;
    }
    in.valImages = validation.images;
    in.valLabels = validation.labels;
    in.numClasses = trainer.spec().numClasses;
    in.classNames = dataset.classNames;
    in.features = features(settings.features, config, dataset, stop);
    in.features->moveTo(trainer.device()); // the networks compute where the run does
    const bool wantsClassifier =
        std::any_of(settings.metrics.begin(), settings.metrics.end(), [](const std::string& m) {
            const auto info = findMetricInfo(m);
            return info && info->needsClassifier;
        });
    if (wantsClassifier && in.numClasses > 0)
        in.classifier = settings.features.source == FeatureSource::ClassifierFile
                            ? Classifier::load(settings.features.path)
                            : runClassifier(config, dataset, stop);
    if (in.classifier)
        in.classifier->moveTo(trainer.device());
    in.samples = settings.samples;
    in.iwSteps = settings.iwSteps;
    in.step = trainer.stepCount();
    in.seed = settings.seed ? settings.seed : config.seed * 1'000'003ull + in.step;
    in.statsCacheDir = cacheDirectory();
    in.datasetIdentity =
        settings.reals.empty()
            ? sourceIdentity(resolveDatasetPath(config.dataPath)) + "|" +
                  std::to_string(config.resolution) + "|" + std::to_string(dataset.channels) + "|" +
                  std::to_string(config.validationFraction) + "|" + std::to_string(config.maxImages)
            : "reals:" + sourceIdentity(resolveDatasetPath(settings.reals)) + "|" +
                  std::to_string(config.resolution) + "|" + std::to_string(dataset.channels);
    for (const auto& c : config.classes)
        in.datasetIdentity += "|" + c;
    in.stop = stop;
    const int latentDim = trainer.spec().latentDim;
    const double truncation = settings.truncation;
    in.sample = [&trainer, latentDim, truncation](std::int64_t n, const torch::Tensor& labels,
                                                  at::Generator& rng) {
        torch::NoGradGuard guard;
        GeneratorImpl& g = trainer.emaGenerator(); // always in eval mode
        const auto device = trainer.device();
        std::vector<torch::Tensor> parts;
        for (std::int64_t i = 0; i < n; i += kSampleBatch) {
            const auto b = std::min<std::int64_t>(kSampleBatch, n - i);
            // z from the CPU generator (the same samples on every device), G on the run's device;
            // the uint8 images come back for the light metrics (MS-SSIM, IW on features), and the
            // feature networks take them to the device again.
            const auto z = sampleLatent(b, latentDim, truncation, rng).to(device);
            const auto l =
                labels.defined() ? labels.slice(0, i, i + b).to(device) : torch::Tensor();
            parts.push_back(toUint8Images(g.forward(z, l)).to(torch::kCPU));
        }
        return torch::cat(parts);
    };
    return in;
}

bool RunEvaluator::scheduledAt(std::int64_t step, const TrainConfig& config,
                               double trainingSeconds) {
    const bool bySteps = config.evalEvery > 0 && step % config.evalEvery == 0;
    const bool byTime = config.evalEveryMinutes > 0 &&
                        trainingSeconds - m_lastScheduledAt >= config.evalEveryMinutes * 60;
    const bool scheduled = config.evalEvery > 0 || config.evalEveryMinutes > 0;
    const bool last = scheduled && step >= config.steps; // the final evaluation always runs
    if (!bySteps && !byTime && !last)
        return false;
    if (!last && config.evalBudget < 1 && m_spent > config.evalBudget * trainingSeconds) {
        ++m_skipped;
        m_log->info("evaluation at step {} skipped: it has used {:.1f} s, over {:.0f}% of {:.1f} s "
                    "training ({} skipped so far)",
                    step, m_spent, config.evalBudget * 100, trainingSeconds, m_skipped);
        return false;
    }
    m_lastScheduledAt = trainingSeconds;
    return true;
}

} // namespace ganlab
