// TrainingWorker: lives on the training thread, owns the TrainingRun (and so every torch object),
// trains in short chunks and re-queues itself so pause/stop/sample requests are handled between
// them.
#pragma once

#include "api/train_config.h"
#include "api/training_run.h"
#include "value_types.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <stop_token>

namespace ganlab::app {

class TrainingWorker : public QObject {
    Q_OBJECT

public:
    explicit TrainingWorker(int computeThreads, QObject* parent = nullptr);
    ~TrainingWorker() override;

public slots:
    void startNew(const ganlab::TrainConfig& config, const QString& runDir);
    void openExisting(const QString& runDir);
    void pause();
    void resume();
    // Saves a checkpoint (if anything trained) and releases the run; emits finished().
    void stopAndSave();

signals:
    void importProgress(double fraction, const QString& message);
    void runReady(const QString& runDir, const ganlab::DatasetInfo& dataset, qint64 step,
                  qint64 totalSteps);
    void statsReady(const ganlab::StepStats& stats);
    void sampleReady(qint64 step, const QImage& grid);
    void checkpointSaved(const QString& path);
    void failed(const QString& message);
    void pausedChanged(bool paused);
    void finished();

private:
    void runChunk();
    void scheduleChunk();
    void begin();

    int m_threads;
    std::optional<TrainingRun> m_run;
    std::stop_source m_stop;
    bool m_paused = false;
    bool m_chunkQueued = false;
    qint64 m_lastSavedStep = -1;
};

} // namespace ganlab::app

Q_DECLARE_METATYPE(ganlab::TrainConfig)
