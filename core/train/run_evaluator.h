// RunEvaluator: evaluates a run's EMA generator with the registered metrics — resolves the
// feature network (training the run's classifier on first use), builds the EvalContext, records
// results in the run folder, and keeps scheduled evaluation within its share of training time.
#pragma once

#include "api/dataset_info.h"
#include "api/metric_result.h"
#include "api/train_config.h"
#include "metrics/eval_context.h"
#include "train/dataset_tensors.h"
#include "train/run_directory.h"
#include "train/trainer.h"

#include <spdlog/logger.h>

#include <memory>
#include <stop_token>

namespace ganlab {

class Classifier;
class FeatureNetwork;

class RunEvaluator {
public:
    RunEvaluator(const RunDirectory& dir, std::shared_ptr<spdlog::logger> log);

    // Evaluates now and (when `record`) records the results in metrics.jsonl and evaluations.csv.
    std::vector<MetricResult> evaluate(Trainer& trainer, const ImageTensors& validation,
                                       const TrainConfig& config, const DatasetInfo& dataset,
                                       const EvalSettings& settings, std::stop_token stop,
                                       bool record = true);

    // The schedule: due every config.evalEvery steps and/or every config.evalEveryMinutes of
    // training time, and at the last step (when either is set). Before the last
    // step it is skipped (logged, counted, tried again at the next due step) while evaluation has
    // used more than config.evalBudget of the training time (a budget of 1 never skips).
    bool scheduledAt(std::int64_t step, const TrainConfig& config, double trainingSeconds);
    double spentSeconds() const { return m_spent; }
    int skipped() const { return m_skipped; }

    // The run's own classifier (classifier.pt in the run folder), trained on first use; behind the
    // "classifier" feature network and the projected D's "classifier" features.
    std::shared_ptr<Classifier> runClassifier(const TrainConfig& config, const DatasetInfo& dataset,
                                              std::stop_token stop);

private:
    // What the metrics draw on: the run's images, its EMA generator as the sampler, the feature
    // network (and a classifier when a metric needs one), the real statistics' cache key.
    EvalInputs inputs(Trainer& trainer, const ImageTensors& validation, const TrainConfig& config,
                      const DatasetInfo& dataset, const EvalSettings& settings,
                      std::stop_token stop);
    std::shared_ptr<FeatureNetwork> features(const FeatureSpec& spec, const TrainConfig& config,
                                             const DatasetInfo& dataset, std::stop_token stop);
    // The settings' reals dataset, whole, as the run imports images (loaded once per path).
    const ImageTensors& reals(const std::string& path, const TrainConfig& config,
                              const DatasetInfo& dataset, std::stop_token stop);

    const RunDirectory& m_dir;
    std::shared_ptr<spdlog::logger> m_log;
    FeatureSpec m_featureSpec;
    std::shared_ptr<FeatureNetwork> m_features;
    std::shared_ptr<Classifier> m_classifier;
    std::string m_realsPath;
    ImageTensors m_reals;
    double m_spent = 0;
    int m_skipped = 0;
    double m_lastScheduledAt = 0; // training seconds at the last scheduled evaluation
};

} // namespace ganlab
