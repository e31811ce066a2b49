// TrainingController implementation.
#include "training_controller.h"

namespace ganlab::app {

TrainingController::TrainingController(int computeThreads, QObject* parent)
    : QObject(parent)
    , m_worker(new TrainingWorker(computeThreads))
    , m_preview(new PreviewWorker) {
    registerValueTypes();
    m_trainingThread.setObjectName("training");
    m_previewThread.setObjectName("preview");
    m_worker->moveToThread(&m_trainingThread);
    m_preview->moveToThread(&m_previewThread);
    connect(&m_trainingThread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_previewThread, &QThread::finished, m_preview, &QObject::deleteLater);
    // Snapshots go straight from the training thread to the preview thread.
    connect(m_worker, &TrainingWorker::snapshotReady, m_preview, &PreviewWorker::setSnapshot);
    connect(m_worker, &TrainingWorker::stopped, m_preview, &PreviewWorker::reset);
    connect(m_worker, &TrainingWorker::stopped, this, [this] { m_active = false; });
    m_trainingThread.start();
    m_previewThread.start();
}

TrainingController::~TrainingController() {
    shutdown();
}

void TrainingController::startNew(const TrainConfig& config, const QString& runDir) {
    m_active = true;
    m_stop = std::stop_source();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, config, runDir, t = m_stop.get_token()] {
        w->startNew(config, runDir, t);
    });
}

void TrainingController::openExisting(const QString& runDir) {
    m_active = true;
    m_stop = std::stop_source();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, runDir, t = m_stop.get_token()] { w->openExisting(runDir, t); });
}

void TrainingController::pause() {
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::pause);
}

void TrainingController::resume() {
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::resume);
}

void TrainingController::evaluateNow() {
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::evaluateNow);
}

void TrainingController::stop() {
    m_stop.request_stop();
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::stopAndSave);
}

void TrainingController::setSampleRequest(const SampleRequest& request) {
    QMetaObject::invokeMethod(m_preview, [p = m_preview, request] { p->setRequest(request); });
}

void TrainingController::interpolate(const SampleRequest& grid, int fromCell, int toCell,
                                     int frames) {
    QMetaObject::invokeMethod(
        m_preview, [=, p = m_preview] { p->interpolate(grid, fromCell, toCell, frames); });
}

void TrainingController::exportGrid(const SampleRequest& request, const QString& path) {
    QMetaObject::invokeMethod(m_preview, [=, p = m_preview] { p->exportGrid(request, path); });
}

void TrainingController::exportGenerator(const QString& path) {
    QMetaObject::invokeMethod(m_preview, [=, p = m_preview] { p->exportGenerator(path); });
}

void TrainingController::openGenerator(const QString& path) {
    if (m_active)
        return;
    QMetaObject::invokeMethod(m_preview, [=, p = m_preview] { p->openGenerator(path); });
}

void TrainingController::setFadeAlpha(double alpha) {
    QMetaObject::invokeMethod(m_preview, [=, p = m_preview] { p->setFadeAlpha(alpha); });
}

void TrainingController::setFaultInjection(qint64 step) {
    QMetaObject::invokeMethod(m_worker, [=, w = m_worker] { w->setFaultInjection(step); });
}

void TrainingController::rollBack() {
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::rollBack);
}

void TrainingController::continueAfterCollapse() {
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::continueAfterCollapse);
}

void TrainingController::shutdown() {
    if (m_trainingThread.isRunning()) {
        m_stop.request_stop();
        QMetaObject::invokeMethod(m_worker, &TrainingWorker::stopAndSave,
                                  Qt::BlockingQueuedConnection);
        m_trainingThread.quit();
        m_trainingThread.wait();
    }
    if (m_previewThread.isRunning()) {
        m_previewThread.quit();
        m_previewThread.wait();
    }
    m_active = false;
}

} // namespace ganlab::app
