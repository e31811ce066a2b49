// TrainingRun::Impl: one open run — its folder, config, dataset, Trainer, evaluator, collapse
// state and owed evaluation — and the jobs behind the facade (building the trainer, restoring the
// newest good checkpoint, attaching data, one step with its writes).
#pragma once

#include "api/distributed.h"
#include "api/training_run.h"
#include "train/dataset_tensors.h"
#include "train/owed_evaluation.h"
#include "train/run_directory.h"
#include "train/run_evaluator.h"
#include "train/trainer.h"

#include <spdlog/logger.h>

#include <memory>
#include <optional>

namespace ganlab {

struct DecodedDataset;

struct TrainingRun::Impl {
    Impl(const std::string& root, RunAccess access)
        : dir(root)
        , access(access) {}
    ~Impl(); // tells the other ranks, if any, to stop

    RunDirectory dir;
    RunAccess access;
    bool writesPrepared = false;
    TrainConfig config;
    DatasetInfo dataset;
    bool dataAttached = false;
    std::unique_ptr<Trainer> trainer;
    ImageTensors validation; // the held-out split (for IW and other evaluations)
    std::shared_ptr<spdlog::logger> log;
    std::optional<Image> newSample;
    std::optional<RunEvaluator> evaluatorStorage;
    std::optional<CollapseEvent> collapse;
    std::int64_t injectNanAt = -1;
    std::string deviceOverride; // resume --device: this session's device, never written
    std::shared_ptr<DistributedSession> session; // several processes: this is rank 0
    bool worldSizeNoted = false; // a resume in another number of processes is said once
    OwedEvaluation owedEvaluation;
    std::optional<std::int64_t> modeCollapseWarnedAt; // the step the log warned of mode collapse

    RunEvaluator& evaluator();
    std::vector<MetricResult> evaluate(const EvalSettings& settings, std::stop_token stop);

    // A fresh Trainer for the config (the projected D's "classifier" features resolved to the
    // run's own classifier file).
    void buildTrainer();
    // A fresh start from a pretrained source (config.transfer): loads it and, when the run is
    // created, records what it did in transfer.json.
    void applyTransfer(const std::vector<std::string>& notes = {}, bool record = false);
    // Before the first write of an opened run: refuses a read-only one; drops metric rows after
    // the restored step and the temporaries a crash left.
    void prepareWrites();
    // Trains the classifier a projected D with the run's own classifier features stands on.
    void prepareProjectedFeatures(std::stop_token stop);
    // The one restore routine of open() and rollBack(): a fresh trainer at the newest checkpoint
    // that loads (a damaged one is skipped with a warning), or at the start (with the transfer
    // source again) when the run has none. Throws, changing nothing, when it has checkpoints and
    // none loads.
    CheckpointInfo restoreNewestCheckpoint(std::optional<std::int64_t> atStep = std::nullopt);

    void attach(DecodedDataset data);
    void ensureData(const ProgressCallback& progress, std::stop_token stop);
    SampleRequest fixedGrid() const;
    Image sample(const SampleRequest& request);
    CheckpointInfo checkpoint();
    // One G step; on schedule writes metrics, the sample grid and a checkpoint. A collapse is
    // recorded and nothing of that step is written.
    StepStats step();
    std::shared_ptr<GeneratorSnapshot> snapshot() const;
    // Several processes: hands the run over to the other ranks and trains with them from now on.
    void distribute(std::shared_ptr<DistributedSession> group, const TrainConfig* requested);
    // After a rollback: the other ranks take the restored state.
    void resendState();
    // Throws once a peer failed mid-step: the state may hold half a step.
    void refuseAfterFailedPeer() const;

private:
    void writeOnSchedule(const StepStats& stats);
    // Warns once when the samples' diversity falls below the threshold, and says once when it
    // is back above.
    void noteModeCollapse(const StepStats& stats);
    // A resumed run's diversity readings up to `step` (its checkpoint's) go to the trainer, and
    // a mode collapse they show is one the log already warned of.
    void recallDiversity(std::int64_t step);
};

} // namespace ganlab
