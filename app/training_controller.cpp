// TrainingController implementation.
#include "training_controller.h"

namespace ganlab::app {

TrainingController::TrainingController(int computeThreads, QObject* parent)
    : QObject(parent)
    , m_worker(new TrainingWorker(computeThreads)) {
    registerValueTypes();
    qRegisterMetaType<ganlab::TrainConfig>();
    m_thread.setObjectName("training");
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

TrainingController::~TrainingController() {
    shutdown();
}

void TrainingController::startNew(const TrainConfig& config, const QString& runDir) {
    m_active = true;
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, config, runDir] { w->startNew(config, runDir); });
}

void TrainingController::openExisting(const QString& runDir) {
    m_active = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, runDir] { w->openExisting(runDir); });
}

void TrainingController::pause() {
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::pause);
}
void TrainingController::resume() {
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::resume);
}

void TrainingController::shutdown() {
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &TrainingWorker::stopAndSave, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_active = false;
}

} // namespace ganlab::app
