// TrainingController: the GUI-thread handle on the training thread — starts it and forwards intents
// to the TrainingWorker as queued calls.
#pragma once

#include "training_worker.h"

#include <QObject>
#include <QThread>

namespace ganlab::app {

class TrainingController : public QObject {
    Q_OBJECT

public:
    // computeThreads: torch threads for training (cores − 1 leaves one to the GUI).
    explicit TrainingController(int computeThreads, QObject* parent = nullptr);
    ~TrainingController() override;

    bool active() const { return m_active; }
    // The worker's signals carry the snapshots (queued across threads): connect to them directly.
    // Its slots must be reached only through this controller, which queues them onto its thread.
    const TrainingWorker* worker() const { return m_worker; }

public slots:
    void startNew(const ganlab::TrainConfig& config, const QString& runDir);
    void openExisting(const QString& runDir);
    void pause();
    void resume();
    // Stops training, saves a checkpoint and joins the thread (blocks for at most one chunk +
    // save).
    void shutdown();

private:
    QThread m_thread;
    TrainingWorker* m_worker;
    bool m_active = false;
};

} // namespace ganlab::app
