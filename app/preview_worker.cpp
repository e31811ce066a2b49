// PreviewWorker implementation: requests are coalesced, so a dragged slider renders only the
// newest value once the previous frame is done.
#include "preview_worker.h"
#include "api/runtime.h"
#include "message_text.h"

#include "api/training_run.h"
#include "image_conversion.h"

#include <QTimer>

namespace ganlab::app {

PreviewWorker::PreviewWorker(QObject* parent)
    : QObject(parent) {}

void PreviewWorker::setSnapshot(const SnapshotPtr& snapshot) {
    m_snapshot = snapshot;
    scheduleRender(true, true);
}

void PreviewWorker::setRequest(const SampleRequest& request) {
    m_request = request;
    scheduleRender(true, true);
}

void PreviewWorker::setFadeAlpha(double alpha) {
    m_fadeAlpha = alpha;
    scheduleRender(false, true);
}

void PreviewWorker::reset() {
    m_snapshot.reset();
}

void PreviewWorker::scheduleRender(bool grid, bool fade) {
    m_gridDirty = m_gridDirty || grid;
    m_fadeDirty = m_fadeDirty || fade;
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
        if (m_gridDirty) {
            m_gridDirty = false;
            const QImage grid = widgets::toQImage(m_snapshot->sampleGrid(*m_request));
            emit gridReady(grid, *m_request, m_snapshot->step());
        }
        if (m_fadeDirty) {
            m_fadeDirty = false;
            renderFade();
        }
    } catch (const std::exception& e) {
        emit failed(widgets::exceptionText(e));
    }
}

// The fade strips: the explorer's seed, first class, six samples.
void PreviewWorker::renderFade() {
    if (!m_snapshot->growth())
        return;
    SampleRequest strip = *m_request;
    strip.cols = std::min(strip.cols, 6);
    const auto preview = m_snapshot->fadePreview(strip, m_fadeAlpha);
    if (!preview)
        return;
    emit fadeReady({widgets::toQImage(preview->lower), widgets::toQImage(preview->upper),
                    widgets::toQImage(preview->blend), preview->lowerResolution,
                    preview->upperResolution, preview->alpha, m_snapshot->step()});
}

void PreviewWorker::interpolate(const SampleRequest& grid, int fromCell, int toCell, int frames) {
    if (!m_snapshot)
        return emit failed(tr("Nothing to interpolate yet: start or open a run first."));
    try {
        emit interpolationReady(
            widgets::toQImage(m_snapshot->interpolate(grid, fromCell, toCell, frames)));
    } catch (const std::exception& e) {
        emit failed(widgets::exceptionText(e));
    }
}

void PreviewWorker::exportGrid(const SampleRequest& request, const QString& path) {
    if (!m_snapshot)
        return emit failed(tr("Nothing to export yet: start or open a run first."));
    try {
        writePng(m_snapshot->sampleGrid(request), path.toStdString());
        emit exported(path);
    } catch (const std::exception& e) {
        emit failed(widgets::exceptionText(e));
    }
}

void PreviewWorker::exportGenerator(const QString& path) {
    if (!m_snapshot)
        return emit failed(tr("Nothing to export yet: start or open a run first."));
    try {
        m_snapshot->exportTorchScript(path.toStdString());
        emit generatorExported(path);
    } catch (const std::exception& e) {
        emit failed(widgets::exceptionText(e));
    }
}

void PreviewWorker::openGenerator(const QString& path) {
    try {
        m_snapshot = std::make_shared<GeneratorSnapshot>(
            GeneratorSnapshot::openTorchScript(path.toStdString()));
        emit generatorOpened(m_snapshot, path);
        scheduleRender(true, false);
    } catch (const std::exception& e) {
        emit failed(widgets::exceptionText(e));
    }
}

} // namespace ganlab::app
