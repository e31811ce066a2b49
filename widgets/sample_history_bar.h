// SampleHistoryBar: a scrubber over a run's saved sample grids (samples/step-N.png) in step order —
// a slider, "step N · grid i of M" and Latest. At its end it follows each new grid (the live
// view); elsewhere it names the saved grid chosen.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;

namespace ganlab::widgets {

class SampleHistoryBar : public QWidget {
    Q_OBJECT

public:
    struct Grid {
        qint64 step = 0;
        QString path;
    };

    explicit SampleHistoryBar(QWidget* parent = nullptr);

    // Replaces the history (any order; one grid per step) and goes to its end.
    void setGrids(QList<Grid> grids);
    // A grid saved since: put in step order (a step already there gets the new path); followed
    // while the bar is at its end, otherwise the chosen grid stays chosen.
    void addGrid(qint64 step, const QString& path);
    void clear();

    int count() const { return static_cast<int>(m_grids.size()); }
    bool atLatest() const;      // at the end (or empty): the live view
    qint64 currentStep() const; // -1 when empty
    QString currentPath() const;
    QString text() const; // what the label says
    QSlider* slider() const { return m_slider; }
    QPushButton* latestButton() const { return m_latest; }

public slots:
    // Moves to the newest grid at or before `step` (the first one when none is).
    void showStep(qint64 step);
    void showLatest();

signals:
    void gridChosen(qint64 step, const QString& path); // an older saved grid
    void latestChosen();                               // back at the end

private:
    void moveTo(int index); // without emitting
    void refresh();

    QList<Grid> m_grids;
    QSlider* m_slider;
    QLabel* m_label;
    QPushButton* m_latest;
};

} // namespace ganlab::widgets
