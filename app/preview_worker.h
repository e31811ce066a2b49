// PreviewWorker: lives on the preview thread and renders from the newest generator snapshot —
// the explorer's grid (re-rendered whenever the request or the snapshot changes, newest request
// only), latent interpolations and exported grids — so the truncation slider never waits for
// training.
#pragma once

#include "value_types.h"

#include <QImage>
#include <QObject>

#include <optional>

namespace ganlab::app {

class PreviewWorker : public QObject {
    Q_OBJECT

public:
    explicit PreviewWorker(QObject* parent = nullptr);

public slots:
    void setSnapshot(const ganlab::app::SnapshotPtr& snapshot);
    void setRequest(const ganlab::SampleRequest& request);
    void interpolate(const ganlab::SampleRequest& grid, int fromCell, int toCell, int frames);
    void exportGrid(const ganlab::SampleRequest& request, const QString& path);
    // The generator of the newest snapshot as a TorchScript file PyTorch loads.
    void exportGenerator(const QString& path);
    // A TorchScript generator (exported by ganlab, or of that shape) in place of a run's.
    void openGenerator(const QString& path);
    // Growing models: the fade-in view's blend α (−1: the snapshot's own α).
    void setFadeAlpha(double alpha);
    // Drops the snapshot (its run was closed).
    void reset();

signals:
    void gridReady(const QImage& grid, const ganlab::SampleRequest& request, qint64 step);
    void interpolationReady(const QImage& strip);
    void fadeReady(const ganlab::app::FadeImages& images);
    void exported(const QString& path);
    void generatorExported(const QString& path);
    void generatorOpened(const ganlab::app::SnapshotPtr& generator, const QString& path);
    void failed(const QString& message);

private:
    void scheduleRender(bool grid, bool fade);
    void render();
    void renderFade();

    SnapshotPtr m_snapshot;
    std::optional<SampleRequest> m_request;
    bool m_renderQueued = false;
    bool m_gridDirty = false;
    bool m_fadeDirty = false;
    double m_fadeAlpha = -1;
    bool m_threadsSet = false;
};

} // namespace ganlab::app
