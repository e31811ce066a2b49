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
    // Drops the snapshot (its run was closed).
    void reset();

signals:
    void gridReady(const QImage& grid, const ganlab::SampleRequest& request, qint64 step);
    void interpolationReady(const QImage& strip);
    void exported(const QString& path);
    void failed(const QString& message);

private:
    void scheduleRender();
    void render();

    SnapshotPtr m_snapshot;
    std::optional<SampleRequest> m_request;
    bool m_renderQueued = false;
    bool m_threadsSet = false;
};

} // namespace ganlab::app
