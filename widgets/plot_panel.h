// PlotPanel: the live plots as tabs (losses, gradient norms, speed, metrics) with the controls a
// user expects — log scale, reset view, save as PNG/PDF, export CSV, overlay other runs.
#pragma once

#include "metric_plot.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QLabel;
class QTabWidget;

namespace ganlab::widgets {

// Augmentation: D's overfitting reading r_t and ADA's probability p.
enum class PlotGroup { Losses, Gradients, Speed, Metrics, Augmentation };
inline constexpr std::array kPlotGroups{PlotGroup::Losses, PlotGroup::Gradients, PlotGroup::Speed,
                                        PlotGroup::Metrics, PlotGroup::Augmentation};

class PlotPanel : public QWidget {
    Q_OBJECT

public:
    explicit PlotPanel(QWidget* parent = nullptr);

    void addPoint(PlotGroup group, const QString& name, double step, double value,
                  const QString& run = {});
    void setSeries(PlotGroup group, const QString& name, const QVector<double>& steps,
                   const QVector<double>& values, const QString& run = {});
    void removeRun(const QString& run);
    void clear();
    MetricPlot* plot(PlotGroup group) const { return m_plots[static_cast<int>(group)]; }
    MetricPlot* currentPlot() const;
    void showGroup(PlotGroup group); // raises that tab
    // Every plot's memory bound, in points per series.
    void setMaxPointsPerSeries(int points);

    // The visible plot, as PNG or PDF by the file's suffix.
    bool saveCurrentPlot(const QString& path);
    // Every group's series in one wide CSV (column labels "group/series").
    bool exportCsv(const QString& path) const;

signals:
    void overlayRunRequested();
    void overlaysCleared();

private slots:
    void savePlotWithDialog();
    void exportCsvWithDialog();

private:
    static QString title(PlotGroup group);

    QTabWidget* m_tabs;
    std::array<MetricPlot*, kPlotGroups.size()> m_plots{};
    QCheckBox* m_log;
    QLabel* m_readout;
};

} // namespace ganlab::widgets
