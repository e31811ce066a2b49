// SampleExplorer: the live grid from a fixed z with its controls — truncation, class rows, new
// seeds, Ctrl+click two samples to interpolate, click one to enlarge. It states what it wants as
// a SampleRequest; whoever renders answers with showGrid / showInterpolation.
#pragma once

#include "api/sample_request.h"

#include <QImage>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ganlab::widgets {

class ClassPicker;
class SampleGridView;
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

    SampleRequest m_request;
    int m_unconditionalRows = 8;
    SampleGridView* m_grid;
    SampleGridView* m_strip;
    TruncationSlider* m_truncation;
    ClassPicker* m_classes;
    QPushButton* m_interpolate;
    QLabel* m_caption;
};

} // namespace ganlab::widgets
