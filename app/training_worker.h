// TrainingWorker: lives on the training thread, owns the TrainingRun (and so every torch object
// of training), trains in short chunks and re-queues itself so pause/stop requests are handled
// between them. It hands the preview thread frozen generator snapshots, never live tensors.
#pragma once

#include "api/train_config.h"
#include "api/training_run.h"
#include "value_types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <stop_token>

namespace ganlab::app {

class LocalRanks;

class TrainingWorker : public QObject {
    Q_OBJECT

public:
    explicit TrainingWorker(int computeThreads, QObject* parent = nullptr);
    ~TrainingWorker() override;

    // How often a training run sends a fresh generator snapshot to the previews.
    static constexpr int kSnapshotIntervalMs = 1000;

    // Called on the worker's thread (the controller queues them). `stop` ends an import or a chunk
    // early; the controller owns its source, so the GUI thread can trigger it at any moment.
    void startNew(const ganlab::TrainConfig& config, const QString& runDir, std::stop_token stop);
    // Opens a run paused, at its newest readable checkpoint: explore it, or resume to continue.
    void openExisting(const QString& runDir, std::stop_token stop);
    // Testing aid (ganlab --debug-inject-nan): runs started or opened later get NaN in G at this
    // step, which trips the collapse guard.
    void setFaultInjection(qint64 step) { m_injectNanAt = step; }

public slots:
    void pause();
    void resume();
    // Evaluates with the run's evaluation settings now (between chunks); emits metricsReady.
    void evaluateNow();
    // Saves a checkpoint (if anything trained since the last one) and releases the run; emits
    // stopped().
    void stopAndSave();
    // After a collapse: restore the newest good checkpoint (paused there; emits runReady again
    // with the trimmed history), or carry on as if nothing happened.
    void rollBack();
    void continueAfterCollapse();

signals:
    void importProgress(double fraction, const QString& message);
    void runReady(const ganlab::app::RunSummary& run);
    void statsReady(const ganlab::StepStats& stats);
    void metricsReady(const ganlab::app::MetricResults& results);
    void snapshotReady(const ganlab::app::SnapshotPtr& snapshot);
    void checkpointSaved(const QString& path);
    void sampleSaved(qint64 step); // the run wrote its fixed-latent grid of that step (samples/)
    void failed(const QString& message);
    void pausedChanged(bool paused);
    void runFinished(qint64 step);                             // reached its step count
    void collapseDetected(const ganlab::CollapseEvent& event); // training paused by the guard
    void stopped();

private:
    void runChunk();
    void scheduleChunk();
    void begin(bool paused);
    void sendSnapshot();
    void setPaused(bool paused);
    void prepareThread();
    void distribute();

    int m_threads;
    bool m_prepared = false;
    std::unique_ptr<LocalRanks> m_ranks; // several processes: the others (outlives m_run)
    std::optional<TrainingRun> m_run;
    std::stop_token m_stop;
    bool m_paused = true;
    bool m_chunkQueued = false;
    qint64 m_lastSavedStep = -1;
    qint64 m_injectNanAt = -1;
    qint64 m_snapshotStep = -1;
    QElapsedTimer m_sinceSnapshot;
};

} // namespace ganlab::app
