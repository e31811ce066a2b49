// CompareWorker: lives on the comparison thread and owns the SourceComparison (and so its runs'
// tensors). It trains, reads results, decodes grids and writes exports there, and hands the GUI
// thread only values: CompareResults snapshots and ready-made images.
#pragma once

#include "api/source_comparison.h"
#include "value_types.h"

#include <QImage>
#include <QObject>
#include <QVector>

#include <optional>
#include <stop_token>

namespace ganlab::app {

class CompareWorker : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    // Each is called on the worker thread (queued by CompareWindow).
    void create(const ganlab::CompareSpec& spec, const QString& dir, std::stop_token stop);
    void open(const QString& dir);
    void train(std::stop_token stop);
    void requestGrids(qint64 step);
    void exportPng(const QString& path, qint64 step);
    void exportCsv(const QString& path);
    void exportJson(const QString& path);

signals:
    void ready(const QString& dir, const ganlab::CompareResults& results, bool finished);
    void message(const QString& text);
    void resultsReady(const ganlab::CompareResults& results);
    // After each of ready and resultsReady: every arm's newest mode-collapse reading.
    void modeCollapseRead(const ganlab::app::ArmModeCollapse& readings);
    void gridsReady(qint64 step, const QVector<QImage>& grids);
    void trainingEnded(bool finished);
    void exported(const QString& path);
    void failed(const QString& message);

private:
    // Runs `job` on the comparison, reporting an exception as failed().
    template <typename Job> void guarded(Job job);
    // Reads every arm's run folder for its diversity (a few lines of metrics.jsonl per arm).
    void readModeCollapse();

    std::optional<SourceComparison> m_comparison;
};

} // namespace ganlab::app
