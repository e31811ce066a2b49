// TrainingRun: the torch-free facade over one run directory — train, checkpoint, resume, sample.
#pragma once

#include "dataset_info.h"
#include "generator_snapshot.h"
#include "growth_schedule.h"
#include "image.h"
#include "message.h"
#include "metric_result.h"
#include "sample_request.h"
#include "step_stats.h"
#include "train_config.h"

#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace ganlab {

class DistributedSession;

struct CheckpointInfo {
    std::string path;
    std::int64_t step = 0;
};

// What the collapse guard saw (non-finite values, or a σ0 explosion in G's first layer; BigGAN
// §4.1), and the newest checkpoint to roll back to (written while healthy, so always finite).
struct CollapseEvent {
    std::int64_t step = 0;
    Message reason;
    std::int64_t lastGoodStep = 0;  // 0 with no checkpoint: a rollback restarts the run
    std::string lastGoodCheckpoint; // empty with no checkpoint
};

// How a run folder is opened: to continue it (its metrics after the restored step are dropped,
// and the temporaries a crash left are removed, before the first write); to read it and append
// evaluation results only (eval: safe beside a live training, nothing existing changes); or to
// read it only (info, sample: nothing is written, not even the log).
enum class RunAccess { ReadWrite, AppendResults, ReadOnly };

class TrainingRun {
public:
    using StepCallback = std::function<void(const StepStats&)>;
    using SampleCallback = std::function<void(std::int64_t step, const Image& grid)>;
    using MetricsCallback = std::function<void(const std::vector<MetricResult>& results)>;

    // Starts a new run in runDir (created; must be empty or absent) and imports its dataset.
    static TrainingRun create(const TrainConfig& config, const std::string& runDir,
                              const ProgressCallback& progress = {}, std::stop_token stop = {});
    // Opens an existing run at its newest checkpoint that is whole (CRC- and checksum-checked; a
    // damaged newer one is skipped with a warning), or fresh if it has none yet. Refuses (Error
    // listing every checkpoint and why) when it has checkpoints and none loads: nothing is changed.
    // The dataset is imported lazily, on the first training step.
    // `device` (auto, cpu, cuda[:N]) computes on another device than the config's, this time only:
    // checkpoints load onto any device.
    // `atStep` (read-only access): that step's checkpoint instead of the newest (Error listing the
    // run's checkpoints when it has none at that step).
    static TrainingRun open(const std::string& runDir, RunAccess access = RunAccess::ReadWrite,
                            const std::string& device = {},
                            std::optional<std::int64_t> atStep = std::nullopt);

    TrainingRun(TrainingRun&&) noexcept;
    TrainingRun& operator=(TrainingRun&&) noexcept;
    ~TrainingRun();

    const TrainConfig& config() const;
    const std::string& runDir() const;
    std::int64_t step() const;
    // Every step done and no scheduled evaluation left (one a stop cut short runs on the next
    // train() call, before any step).
    bool finished() const;

    // Sets a new total step count (at least the steps already done) and records it in config.json.
    void setTotalSteps(std::int64_t steps);

    // Imports the dataset now if not yet done (otherwise the first step does).
    const DatasetInfo& dataset(const ProgressCallback& progress = {}, std::stop_token stop = {});

    // One G step (with its D steps); writes metrics, samples and checkpoints on schedule.
    StepStats trainStep();
    // Trains until `untilStep`, the stop token, a collapse, or the config's step count; returns
    // steps done.
    // Scheduled evaluations (config.evalEvery, within config.evalBudget) run between steps; the
    // stop token cancels them too, and a cancelled one runs first on the next call.
    std::int64_t train(std::int64_t untilStep, std::stop_token stop,
                       const StepCallback& onStep = {}, const SampleCallback& onSample = {},
                       const MetricsCallback& onMetrics = {});

    // The collapse the guard tripped on (training refuses to go on, and no checkpoint is written,
    // until rollBack() or dismissCollapse()).
    const std::optional<CollapseEvent>& collapse() const;
    // Restores the newest checkpoint at or before the collapse (or a fresh start without one),
    // trims metrics.jsonl after it and clears the collapse; returns what it restored.
    CheckpointInfo rollBack();
    // Continue anyway (the user judged the spike harmless): the guard takes a new baseline.
    void dismissCollapse();
    // Fault injection for tests and ganlab-cli --debug-inject-nan: NaN in G at that step.
    void injectNanAtStep(std::int64_t step);

    // Progressive families: the growth timeline and where training is on it (else nothing).
    std::optional<GrowthSchedule> growthSchedule() const;
    std::optional<GrowthState> growthState() const;

    // Several processes, as rank 0: hands the run to the other ranks of `session` (its settings
    // and whole training state; each reads the dataset itself), checks they were started with the
    // same settings (`requested`: this command line's, when it has them) and read the same
    // images, then trains every step with them — each rank its share of the batch. Rank 0 alone
    // writes the run folder, evaluates and samples while the others wait. When the run is closed
    // they are told to stop. Throws Error naming a rank that differs or does not answer.
    void distribute(std::shared_ptr<DistributedSession> session,
                    const TrainConfig* requested = nullptr);

    // Evaluates the EMA generator now; results also go to metrics.jsonl and evaluations.csv.
    std::vector<MetricResult> evaluate(const EvalSettings& settings, std::stop_token stop = {});

    // The fixed-latent grid the run writes to samples/ (the same z at every step).
    SampleRequest fixedGridRequest() const;
    // A sample grid from the EMA (or raw) generator; does not disturb training's random state.
    Image sampleGrid(const SampleRequest& request);
    // Frozen copies of the generators at this step, to render previews on another thread.
    std::shared_ptr<GeneratorSnapshot> snapshot() const;
    // Writes a checkpoint now (atomic; never over a good one with a broken one); returns it.
    CheckpointInfo saveCheckpoint();
    std::vector<CheckpointInfo> checkpoints() const;
    // Classes the model was built for (empty for unconditional runs).
    std::vector<std::string> classNames() const;

private:
    struct Impl;
    explicit TrainingRun(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// A run folder's config.json alone (no checkpoint is read), e.g. to describe a run none of whose
// checkpoints loads.
TrainConfig readRunConfig(const std::string& runDir);

// Reads a dataset the way a run would (cached), for `info` and previews.
DatasetInfo inspectDataset(const TrainConfig& importSettings, const ProgressCallback& progress = {},
                           std::stop_token stop = {});

} // namespace ganlab
