// MetricPlot implementation over QCustomPlot 2.1.
#include "metric_plot.h"

#include <qcustomplot.h>

#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace ganlab::widgets {
namespace {

constexpr int kReplotMs = 100; // at most 10 redraws a second, whatever the step rate
constexpr double kHoverPixels = 12;

QString keyOf(const QString& name, const QString& run) {
    return run + QChar(0x1f) + name;
}

QColor colourFor(int index) {
    static const QColor palette[] = {
        {31, 119, 180}, {214, 39, 40},   {44, 160, 44},   {255, 127, 14}, {148, 103, 189},
        {140, 86, 75},  {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};
    return palette[index % std::size(palette)];
}

Qt::PenStyle styleFor(int runIndex) {
    static const Qt::PenStyle styles[] = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                          Qt::DashDotDotLine};
    return runIndex < 0 ? Qt::SolidLine : styles[runIndex % std::size(styles)];
}

} // namespace

MetricPlot::MetricPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_replotTimer(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->setMouseTracking(true);
    m_plot->setMinimumHeight(160);
    // Curves are strokes of 1.2–1.6 px: Qt's exact antialiased stroking of long polylines costs
    // the GUI thread tens of ms per replot, and while it runs a training thread waits (training
    // uses every core); QCustomPlot's fast polylines draw the same curves at a fraction of that.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(kReplotMs);
    connect(m_replotTimer, &QTimer::timeout, this, &MetricPlot::replotNow);
    connect(m_plot, &QCustomPlot::mouseMove, this,
            [this](QMouseEvent* e) { onMouseMove(e->pos()); });
    // A drag or wheel means the user wants this view: stop following new points.
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { m_follow = false; });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { m_follow = false; });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, &MetricPlot::resetView);
}

MetricPlot::Series& MetricPlot::series(const QString& name, const QString& run) {
    const QString key = keyOf(name, run);
    auto it = m_series.find(key);
    if (it != m_series.end())
        return *it;
    if (!m_order.contains(name))
        m_order << name;
    if (!run.isEmpty() && !m_runs.contains(run))
        m_runs << run;
    Series s{name, run, m_plot->addGraph()};
    s.graph->setName(run.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, run));
    QPen pen(colourFor(static_cast<int>(m_order.indexOf(name))), run.isEmpty() ? 1.6 : 1.2);
    pen.setStyle(styleFor(run.isEmpty() ? -1 : static_cast<int>(m_runs.indexOf(run))));
    s.graph->setPen(pen);
    return *m_series.insert(key, s);
}

void MetricPlot::addPoint(const QString& name, double x, double y, const QString& run) {
    if (!std::isfinite(x) || !std::isfinite(y))
        return; // a NaN loss is reported by the health checks, not drawn as a gap-less spike
    Series& s = series(name, run);
    s.graph->addData(x, y);
    if (s.graph->data()->size() > m_maxPoints)
        thin(s);
    scheduleReplot();
}

void MetricPlot::setSeries(const QString& name, const QVector<double>& xs,
                           const QVector<double>& ys, const QString& run) {
    Series& s = series(name, run);
    QVector<double> fx, fy;
    for (qsizetype i = 0; i < std::min(xs.size(), ys.size()); ++i)
        if (std::isfinite(xs[i]) && std::isfinite(ys[i])) {
            fx << xs[i];
            fy << ys[i];
        }
    s.graph->setData(fx, fy);
    while (s.graph->data()->size() > m_maxPoints)
        thin(s);
    scheduleReplot();
}

void MetricPlot::setSeriesDashed(const QString& name, bool dashed, const QString& run) {
    Series& s = series(name, run);
    QPen pen = s.graph->pen();
    pen.setStyle(dashed ? Qt::DashLine
                        : styleFor(run.isEmpty() ? -1 : static_cast<int>(m_runs.indexOf(run))));
    s.graph->setPen(pen);
    scheduleReplot();
}

void MetricPlot::thin(Series& s) {
    // Keep every other point (the first and the newest always): real samples at an even spacing,
    // so a long run keeps its whole history at half the resolution.
    const auto data = s.graph->data();
    const int n = data->size();
    QVector<double> xs, ys;
    xs.reserve(n / 2 + 2);
    ys.reserve(n / 2 + 2);
    for (int i = 0; i < n; i += 2) {
        xs << data->at(i)->key;
        ys << data->at(i)->value;
    }
    if ((n - 1) % 2 != 0) {
        xs << data->at(n - 1)->key;
        ys << data->at(n - 1)->value;
    }
    s.graph->setData(xs, ys, true);
}

void MetricPlot::removeRun(const QString& run) {
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (it->run == run) {
            m_plot->removeGraph(it->graph);
            it = m_series.erase(it);
        } else {
            ++it;
        }
    }
    m_runs.removeAll(run);
    scheduleReplot();
}

void MetricPlot::clear() {
    m_plot->clearGraphs();
    m_series.clear();
    m_order.clear();
    m_runs.clear();
    m_follow = true;
    scheduleReplot();
}

QStringList MetricPlot::seriesLabels() const {
    QStringList labels;
    for (int i = 0; i < m_plot->graphCount(); ++i)
        labels << m_plot->graph(i)->name();
    return labels;
}

int MetricPlot::pointCount(const QString& name, const QString& run) const {
    const auto it = m_series.find(keyOf(name, run));
    return it == m_series.end() ? 0 : it->graph->data()->size();
}

QStringList MetricPlot::runs() const {
    return m_runs;
}

void MetricPlot::setMaxPointsPerSeries(int points) {
    m_maxPoints = std::max(16, points);
    for (auto& s : m_series)
        while (s.graph->data()->size() > m_maxPoints)
            thin(s);
    scheduleReplot();
}

void MetricPlot::setLogScale(bool on) {
    m_log = on;
    m_plot->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    resetView();
}

void MetricPlot::resetView() {
    m_follow = true;
    m_plot->rescaleAxes();
    scheduleReplot();
}

void MetricPlot::scheduleReplot() {
    m_dirty = true;
    if (!m_replotTimer->isActive())
        m_replotTimer->start();
}

void MetricPlot::replotNow() {
    if (!m_dirty)
        return;
    m_dirty = false;
    if (m_follow)
        m_plot->rescaleAxes();
    if (isVisible())
        m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool MetricPlot::saveImage(const QString& path, int width, int height) {
    m_dirty = true;
    replotNow();
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return m_plot->savePdf(path, width, height);
    return m_plot->savePng(path, width, height);
}

QVector<SeriesData> MetricPlot::seriesData() const {
    QVector<SeriesData> out;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        SeriesData s{m_plot->graph(i)->name(), {}, {}};
        const auto data = m_plot->graph(i)->data();
        for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
            s.xs << it->key;
            s.ys << it->value;
        }
        out << s;
    }
    return out;
}

bool writeWideCsv(const QString& path, const QVector<SeriesData>& series) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    std::map<double, QVector<QString>> rows;
    const auto columns = series.size();
    out << "step";
    for (qsizetype c = 0; c < columns; ++c) {
        QString label = series[c].label;
        label.replace('"', QLatin1String("\"\""));
        out << ",\"" << label << '"';
        for (qsizetype i = 0; i < series[c].xs.size(); ++i) {
            auto& row = rows[series[c].xs[i]];
            row.resize(columns);
            row[c] = QString::number(series[c].ys[i], 'g', 10);
        }
    }
    out << '\n';
    for (const auto& [x, cells] : rows)
        out << QString::number(x, 'g', 12) << ',' << cells.join(',') << '\n';
    out.flush();
    return out.status() == QTextStream::Ok && file.error() == QFile::NoError;
}

QString MetricPlot::readoutAt(const QPoint& pos) const {
    double best = kHoverPixels;
    QString text;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        QCPGraph* g = m_plot->graph(i);
        const auto data = g->data();
        if (data->isEmpty())
            continue;
        const double key = m_plot->xAxis->pixelToCoord(pos.x());
        auto it = data->findBegin(key, true);
        for (int k = 0; k < 2 && it != data->constEnd(); ++k, ++it) {
            const double px = m_plot->xAxis->coordToPixel(it->key);
            const double py = m_plot->yAxis->coordToPixel(it->value);
            const double d = std::hypot(px - pos.x(), py - pos.y());
            if (d < best) {
                best = d;
                text = tr("%1: step %2, %3")
                           .arg(g->name())
                           .arg(it->key, 0, 'f', 0)
                           .arg(it->value, 0, 'g', 6);
            }
        }
    }
    return text;
}

void MetricPlot::onMouseMove(const QPoint& pos) {
    const QString text = readoutAt(pos);
    emit readoutChanged(text);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_plot->mapToGlobal(pos), text, m_plot);
}

} // namespace ganlab::widgets
