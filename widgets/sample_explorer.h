// SampleExplorer: the live grid from a fixed z with its controls — truncation, class rows, new
// seeds, Ctrl+click two samples to interpolate, click one to enlarge — and under it a scrubber
// over the run's saved grids. It states what it wants as a SampleRequest; whoever renders answers
// with showGrid / showInterpolation, and feeds the scrubber the saved grids' steps and files.
#pragma once

#include "api/sample_request.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ganlab::widgets {

class ClassPicker;
class SampleGridView;
class SampleHistoryBar;
class TruncationSlider;

class SampleExplorer : public QWidget {
    Q_OBJECT

public:
    explicit SampleExplorer(QWidget* parent = nullptr);

    const SampleRequest& request() const { return m_request; }
    // Class names of a conditional model (empty: unconditional, the picker hides).
    void setClasses(const QStringList& names);
    void setSeed(std::uint64_t seed);
    void setGridSize(int rows, int cols);

    SampleGridView* gridView() const { return m_grid; }
    SampleGridView* interpolationView() const { return m_strip; }
    TruncationSlider* truncationSlider() const { return m_truncation; }
    ClassPicker* classPicker() const { return m_classes; }
    SampleHistoryBar* historyBar() const { return m_history; }
    // A saved grid is shown instead of the live one (the scrubber is not at its end).
    bool showingSavedGrid() const { return m_savedStep >= 0; }
    QString caption() const; // what the shown grid is: step, seed, truncation, generator
    static constexpr int kInterpolationFrames = 10;

public slots:
    // A grid rendered for `request` at training step `step`.
    void showGrid(const QImage& grid, const ganlab::SampleRequest& request, qint64 step);
    void showInterpolation(const QImage& strip);
    void newSeeds();

signals:
    void gridShown(qint64 step);
    void requestChanged(const ganlab::SampleRequest& request);
    void interpolationRequested(const ganlab::SampleRequest& grid, int fromCell, int toCell,
                                int frames);

private:
    void emitRequest();
    void enlarge(int cell);
    void showSavedGrid(qint64 step, const QString& path);
    void showLiveGrid();

    SampleRequest m_request;
    int m_unconditionalRows = 8;
    SampleGridView* m_grid;
    SampleGridView* m_strip;
    TruncationSlider* m_truncation;
    ClassPicker* m_classes;
    QPushButton* m_interpolate;
    QLabel* m_caption;
    SampleHistoryBar* m_history;
    qint64 m_savedStep = -1; // the saved grid shown, or -1: the live one
    struct {
        QImage image;
        int rows = 0, cols = 0, padding = 0;
        QString caption;
    } m_live; // the newest render, kept while a saved grid is shown
    QString m_placeholder;
};

} // namespace ganlab::widgets
