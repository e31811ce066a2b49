// PreviewWorker implementation: requests are coalesced, so a dragged slider renders only the
// newest value once the previous frame is done.
#include "preview_worker.h"

#include "api/training_run.h"
#include "image_conversion.h"

#include <QTimer>

namespace ganlab::app {

PreviewWorker::PreviewWorker(QObject* parent)
    : QObject(parent) {}

void PreviewWorker::setSnapshot(const SnapshotPtr& snapshot) {
    m_snapshot = snapshot;
    scheduleRender();
}

void PreviewWorker::setRequest(const SampleRequest& request) {
    m_request = request;
    scheduleRender();
}

void PreviewWorker::reset() {
    m_snapshot.reset();
}

void PreviewWorker::scheduleRender() {
    if (m_renderQueued || !m_snapshot || !m_request)
        return;
    m_renderQueued = true;
    // Runs after every request already queued, so only the newest is drawn.
    QTimer::singleShot(0, this, [this] {
        m_renderQueued = false;
        render();
    });
}

void PreviewWorker::render() {
    if (!m_threadsSet) {
        setComputeThreads(1); // per thread; the training thread keeps its own count
        m_threadsSet = true;
    }
    if (!m_snapshot || !m_request)
        return;
    try {
        const QImage grid = widgets::toQImage(m_snapshot->sampleGrid(*m_request));
        emit gridReady(grid, *m_request, m_snapshot->step());
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
    }
}

void PreviewWorker::interpolate(const SampleRequest& grid, int fromCell, int toCell, int frames) {
    if (!m_snapshot)
        return emit failed(tr("Nothing to interpolate yet: start or open a run first."));
    try {
        emit interpolationReady(
            widgets::toQImage(m_snapshot->interpolate(grid, fromCell, toCell, frames)));
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
    }
}

void PreviewWorker::exportGrid(const SampleRequest& request, const QString& path) {
    if (!m_snapshot)
        return emit failed(tr("Nothing to export yet: start or open a run first."));
    try {
        writePng(m_snapshot->sampleGrid(request), path.toStdString());
        emit exported(path);
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
    }
}

} // namespace ganlab::app
