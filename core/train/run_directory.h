// RunDirectory: the files of one run — config.json, dataset.json, metrics.{jsonl,csv}, log.txt,
// checkpoints/step-N.pt (newest K kept), samples/step-N.png.
#pragma once

#include "api/dataset_info.h"
#include "api/metric_result.h"
#include "api/step_stats.h"
#include "api/train_config.h"
#include "api/training_run.h"
#include "api/transfer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ganlab {

class RunDirectory {
public:
    explicit RunDirectory(std::string root);

    const std::string& root() const { return m_root; }
    bool isRun() const; // has a config.json
    // Creates the folder tree; refuses an empty path and a non-empty folder that is not this
    // run's. A folder left by a creation cut short (a marker, no config.json) is emptied and used.
    void createFresh() const;
    bool isUnfinishedCreation() const;
    // The run is whole (config.json and dataset.json written): the creation marker goes.
    void finishCreation() const;

    void writeConfig(const TrainConfig& config) const;
    TrainConfig readConfig() const;
    void writeDatasetInfo(const DatasetInfo& info) const;
    DatasetInfo readDatasetInfo() const;
    // transfer.json: what a start from a pretrained source copied, adapted and left fresh.
    void writeTransferReport(const TransferReport& report) const;

    std::string configPath() const;
    // The run's own classifier (the "classifier" feature network), trained on first use.
    std::string classifierPath() const;
    std::string checkpointPath(std::int64_t step) const;
    std::string samplePath(std::int64_t step) const;
    std::string logPath() const;
    // Newest first.
    std::vector<CheckpointInfo> checkpoints() const;
    // Keeps the newest `keep` checkpoints that are whole (CRC-checked) and deletes older ones; a
    // damaged one is renamed *.damaged (never deleted, never counted). Returns those set aside.
    std::vector<std::string> pruneCheckpoints(int keep) const;
    // Deletes the temporaries (*.tmp-*) that a write cut short by a crash left; returns how many.
    int removeTemporaries() const;

    // Appends one metrics row to metrics.jsonl and metrics.csv, each whole or not at all (a
    // failed write — a full disk — is cut back and thrown as Error).
    void appendMetrics(const StepStats& stats) const;
    // Appends evaluation results: one metrics.jsonl row ("kind": "eval", name → value) and one
    // evaluations.csv line per result (step, name, metric, network, value, std, samples, s, note).
    void appendEvaluation(const std::vector<MetricResult>& results) const;
    // Drops metric rows after `step` (a resume from an earlier checkpoint repeats those steps).
    void truncateMetricsAfter(std::int64_t step) const;
    // Removes the sample grids of steps after `step` (a resumed or rolled-back run redraws them):
    // the history and timelapses show one timeline. Returns how many were removed.
    int removeSamplesAfter(std::int64_t step) const;

private:
    std::string m_root;
};

} // namespace ganlab
