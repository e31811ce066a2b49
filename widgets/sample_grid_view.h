// SampleGridView: a sample grid scaled to fit, pixel-sharp; knows its cells, so a click names a
// sample and Ctrl+click selects up to two (for interpolation).
#pragma once

#include <QImage>
#include <QList>
#include <QWidget>

namespace ganlab::widgets {

class SampleGridView : public QWidget {
    Q_OBJECT

public:
    explicit SampleGridView(QWidget* parent = nullptr);

    const QImage& image() const { return m_image; }
    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    void setPlaceholderText(const QString& text);
    QSize sizeHint() const override { return {512, 512}; }

    // The cell under a widget position, or -1 (padding and empty space included).
    int cellAt(const QPoint& pos) const;
    QImage cellImage(int cell) const;
    QList<int> selection() const { return m_selection; }

public slots:
    // A grid of rows × cols tiles separated by `padding` pixels (the layout of composeGrid).
    void setGrid(const QImage& image, int rows, int cols, int padding);
    // A plain picture without cells.
    void setImage(const QImage& image) { setGrid(image, 0, 0, 0); }

signals:
    void cellClicked(int cell);
    void selectionChanged(const QList<int>& cells);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRect targetRect() const;
    QRectF cellRect(int cell) const; // in image pixels

    QImage m_image;
    QString m_placeholder;
    int m_rows = 0;
    int m_cols = 0;
    int m_padding = 0;
    QList<int> m_selection;
};

} // namespace ganlab::widgets
