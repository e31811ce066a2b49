// MetricPlot: a QCustomPlot of named series (optionally per run) with bounded memory, zoom/pan,
// log scale, hover read-out, throttled redraws, and PNG/PDF/CSV export.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QTimer;

namespace ganlab::widgets {

struct SeriesData {
    QString label;
    QVector<double> xs, ys;
};

// One CSV row per distinct x ("step" column first), one column per series, empty cells where a
// series has no point at that x.
bool writeWideCsv(const QString& path, const QVector<SeriesData>& series);

class MetricPlot : public QWidget {
    Q_OBJECT

public:
    explicit MetricPlot(QWidget* parent = nullptr);

    // Appends a point to series `name` of `run` (empty run: the live one); creates the series.
    void addPoint(const QString& name, double x, double y, const QString& run = {});
    // Replaces a whole series (a loaded history); xs and ys must be the same length.
    void setSeries(const QString& name, const QVector<double>& xs, const QVector<double>& ys,
                   const QString& run = {});
    // Draws a series dashed (a reference line, e.g. a threshold) or solid again.
    void setSeriesDashed(const QString& name, bool dashed, const QString& run = {});
    void removeRun(const QString& run);
    void clear();

    // Legend labels: "name" for the live run, "name (run)" for overlays.
    QStringList seriesLabels() const;
    int pointCount(const QString& name, const QString& run = {}) const;
    QStringList runs() const; // overlaid runs, without the live one

    // Each series keeps at most this many points: beyond it, every other point is dropped.
    void setMaxPointsPerSeries(int points);
    int maxPointsPerSeries() const { return m_maxPoints; }
    void setLogScale(bool on);
    bool logScale() const { return m_log; }
    // Rescales to all data and follows new points again (until the user zooms or pans).
    void resetView();

    bool saveImage(const QString& path, int width = 1200, int height = 700); // .png or .pdf
    QVector<SeriesData> seriesData() const; // labelled as in the legend
    bool exportCsv(const QString& path) const { return writeWideCsv(path, seriesData()); }
    // "series: x = …, y = …" for the point nearest `pos` (within 12 px), or empty.
    QString readoutAt(const QPoint& pos) const;
    void replotNow();
    QCustomPlot* customPlot() const { return m_plot; }

signals:
    void readoutChanged(const QString& text);

private:
    struct Series {
        QString name;
        QString run;
        QCPGraph* graph = nullptr;
    };
    Series& series(const QString& name, const QString& run);
    void thin(Series& s);
    void scheduleReplot();
    void onMouseMove(const QPoint& pos);

    QCustomPlot* m_plot;
    QTimer* m_replotTimer;
    QHash<QString, Series> m_series; // key: run + '\x1f' + name
    QStringList m_order;             // series names in first-seen order (colour index)
    QStringList m_runs;              // overlay runs in first-seen order (line style)
    int m_maxPoints = 20000;
    bool m_log = false;
    bool m_follow = true;
    bool m_dirty = false;
};

} // namespace ganlab::widgets
