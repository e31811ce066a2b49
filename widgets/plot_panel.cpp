// PlotPanel implementation.
#include "plot_panel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ganlab::widgets {

void PlotPanel::showGroup(PlotGroup group) {
    m_tabs->setCurrentWidget(plot(group));
}

PlotPanel::PlotPanel(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_log(new QCheckBox(tr("Log scale"), this))
    , m_readout(new QLabel(this)) {
    for (const PlotGroup group : kPlotGroups) {
        auto* view = new MetricPlot(m_tabs);
        m_plots[static_cast<std::size_t>(group)] = view;
        m_tabs->addTab(view, title(group));
        connect(view, &MetricPlot::readoutChanged, m_readout, &QLabel::setText);
    }
    m_log->setToolTip(tr("Logarithmic value axis (only positive values are drawn)"));
    auto* reset = new QPushButton(tr("Reset view"), this);
    reset->setToolTip(tr("Fit all data and follow new points (or double-click the plot)"));
    auto* save = new QPushButton(tr("Save plot…"), this);
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    auto* overlay = new QPushButton(tr("Overlay run…"), this);
    overlay->setToolTip(tr("Draw another run's curves over these, dashed"));
    auto* clearOverlays = new QPushButton(tr("Clear overlays"), this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_log);
    controls->addWidget(reset);
    controls->addStretch(1);
    controls->addWidget(overlay);
    controls->addWidget(clearOverlays);
    controls->addWidget(save);
    controls->addWidget(csv);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_readout);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_log, &QCheckBox::toggled, this, [this](bool on) { currentPlot()->setLogScale(on); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_log->setChecked(currentPlot()->logScale());
        currentPlot()->resetView();
    });
    connect(reset, &QPushButton::clicked, this, [this] { currentPlot()->resetView(); });
    connect(save, &QPushButton::clicked, this, &PlotPanel::savePlotWithDialog);
    connect(csv, &QPushButton::clicked, this, &PlotPanel::exportCsvWithDialog);
    connect(overlay, &QPushButton::clicked, this, &PlotPanel::overlayRunRequested);
    connect(clearOverlays, &QPushButton::clicked, this, [this] {
        for (const QString& run :
             plot(PlotGroup::Losses)->runs() + plot(PlotGroup::Metrics)->runs())
            removeRun(run);
        emit overlaysCleared();
    });
}

void PlotPanel::addPoint(PlotGroup group, const QString& name, double step, double value,
                         const QString& run) {
    plot(group)->addPoint(name, step, value, run);
}

void PlotPanel::setSeries(PlotGroup group, const QString& name, const QVector<double>& steps,
                          const QVector<double>& values, const QString& run) {
    plot(group)->setSeries(name, steps, values, run);
}

void PlotPanel::removeRun(const QString& run) {
    for (auto* p : m_plots)
        p->removeRun(run);
}

void PlotPanel::clear() {
    for (auto* p : m_plots)
        p->clear();
}

MetricPlot* PlotPanel::currentPlot() const {
    return static_cast<MetricPlot*>(m_tabs->currentWidget());
}

bool PlotPanel::saveCurrentPlot(const QString& path) {
    return currentPlot()->saveImage(path);
}

bool PlotPanel::exportCsv(const QString& path) const {
    QVector<SeriesData> all;
    for (const PlotGroup group : kPlotGroups)
        for (SeriesData s : plot(group)->seriesData()) {
            s.label = title(group) + '/' + s.label;
            all << s;
        }
    return writeWideCsv(path, all);
}

void PlotPanel::setMaxPointsPerSeries(int points) {
    for (auto* p : m_plots)
        p->setMaxPointsPerSeries(points);
}

QString PlotPanel::title(PlotGroup group) {
    switch (group) {
    case PlotGroup::Losses:
        return tr("Losses");
    case PlotGroup::Gradients:
        return tr("Gradient norms");
    case PlotGroup::Speed:
        return tr("Speed");
    case PlotGroup::Metrics:
        return tr("Metrics");
    case PlotGroup::Augmentation:
        return tr("Overfitting & ADA");
    }
    return {};
}

void PlotPanel::savePlotWithDialog() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save plot"), QString(), tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (!path.isEmpty() && !saveCurrentPlot(path))
        QMessageBox::warning(this, tr("Save plot"), tr("Could not write %1").arg(path));
}

void PlotPanel::exportCsvWithDialog() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export metrics"), QString(),
                                                      tr("CSV table (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, tr("Export metrics"), tr("Could not write %1").arg(path));
}

} // namespace ganlab::widgets
