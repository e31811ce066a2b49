// TrainingController: the GUI-thread handle on the two worker threads — training (TrainingWorker)
// and previews (PreviewWorker) — forwarding intents to them as queued calls.
#pragma once

#include "preview_worker.h"
#include "training_worker.h"

#include <QObject>
#include <QThread>

#include <stop_token>

namespace ganlab::app {

class TrainingController : public QObject {
    Q_OBJECT

public:
    // computeThreads: torch threads for training (all cores; the training thread runs at a lower
    // priority, so the GUI and previews preempt it).
    explicit TrainingController(int computeThreads, QObject* parent = nullptr);
    ~TrainingController() override;

    // True from a start/open request until the run is stopped (or failed to start).
    bool active() const { return m_active; }
    // The workers' signals carry the snapshots (queued across threads): connect to them directly.
    // Their slots must be reached only through this controller, which queues them.
    const TrainingWorker* worker() const { return m_worker; }
    const PreviewWorker* preview() const { return m_preview; }

public slots:
    void startNew(const ganlab::TrainConfig& config, const QString& runDir);
    void openExisting(const QString& runDir);
    void pause();
    void resume();
    void evaluateNow();
    // Ends the run: interrupts an import or chunk, saves a checkpoint, releases it (async).
    void stop();
    void setSampleRequest(const ganlab::SampleRequest& request);
    void interpolate(const ganlab::SampleRequest& grid, int fromCell, int toCell, int frames);
    void exportGrid(const ganlab::SampleRequest& request, const QString& path);
    void exportGenerator(const QString& path);
    void openGenerator(const QString& path); // only while no run is active
    void setFadeAlpha(double alpha);
    void setFaultInjection(qint64 step);
    void rollBack();
    void continueAfterCollapse();
    // Stops, saves and joins both threads (blocks for at most one step + a checkpoint write).
    void shutdown();

private:
    QThread m_trainingThread;
    QThread m_previewThread;
    TrainingWorker* m_worker;
    PreviewWorker* m_preview;
    std::stop_source m_stop;
    bool m_active = false;
};

} // namespace ganlab::app
