// SourceCompareView: a source comparison as plain values — every arm's curves overlaid for a
// chosen metric, all arms' sample grids from the same z at one step (with a step scrubber), the
// final ranking beside the ranking predicted before training, and export buttons.
#pragma once

#include "api/source_comparison.h"

#include <QImage>
#include <QVector>
#include <QWidget>

#include <map>
#include <string>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableWidget;
class QGridLayout;

namespace ganlab::widgets {

class MetricPlot;

class SourceCompareView : public QWidget {
    Q_OBJECT

public:
    explicit SourceCompareView(QWidget* parent = nullptr);

    void setSnapshot(const CompareResults& snapshot);
    // Each arm's newest mode-collapse reading (by arm label; arms without one are left out): a
    // collapsed arm's ranking row says so.
    void setModeCollapse(const std::map<std::string, ModeCollapseReading>& readings);
    // The grids of `step`, one per arm in arm order (the app reads them for stepRequested).
    void setGrids(qint64 step, const QVector<QImage>& grids);

    QStringList metricNames() const;
    QString currentMetric() const;
    void setCurrentMetric(const QString& metric);
    qint64 currentStep() const; // the scrubber's step (0 with no grids yet)
    void setCurrentStep(qint64 step);
    MetricPlot* plot() const { return m_plot; }
    QTableWidget* rankingTable() const { return m_ranking; }
    QTableWidget* predictionTable() const { return m_prediction; }
    QString progressText() const;
    QImage gridImage(int arm) const;

signals:
    void stepRequested(qint64 step);
    void exportPngRequested(qint64 step);
    void exportCsvRequested();
    void exportJsonRequested();

private:
    void showMetric();
    void showMetricNames();
    void showTables();
    void showSampleSteps(qint64 keepStep, bool atEnd, bool armsChanged);
    void rebuildGridCells();

    CompareResults m_data;
    std::map<std::string, ModeCollapseReading> m_modeCollapse;
    QComboBox* m_metric;
    MetricPlot* m_plot;
    QSlider* m_scrubber;
    QLabel* m_stepLabel;
    QLabel* m_progress;
    QWidget* m_gridPanel;
    QGridLayout* m_gridLayout;
    QVector<QLabel*> m_gridHeaders, m_gridImages;
    QVector<QImage> m_grids;
    QTableWidget* m_ranking;
    QTableWidget* m_prediction;
    QLabel* m_caveat;
    QPushButton *m_exportPng, *m_exportCsv, *m_exportJson;
};

} // namespace ganlab::widgets
