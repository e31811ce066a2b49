// SampleGridView implementation: aspect-preserving nearest-neighbour scaling and cell hit-testing.
#include "sample_grid_view.h"

#include <QMouseEvent>
#include <QPainter>

namespace ganlab::widgets {

SampleGridView::SampleGridView(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(96, 96);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SampleGridView::setPlaceholderText(const QString& text) {
    m_placeholder = text;
    update();
}

void SampleGridView::setGrid(const QImage& image, int rows, int cols, int padding) {
    const bool sameLayout = rows == m_rows && cols == m_cols && image.size() == m_image.size();
    m_image = image;
    m_rows = rows;
    m_cols = cols;
    m_padding = padding;
    if (!sameLayout && !m_selection.isEmpty()) {
        m_selection.clear();
        emit selectionChanged(m_selection);
    }
    update();
}

QRect SampleGridView::targetRect() const {
    if (m_image.isNull())
        return {};
    const QSize scaled = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    return {QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled};
}

QRectF SampleGridView::cellRect(int cell) const {
    const double tileW = double(m_image.width() - (m_cols + 1) * m_padding) / m_cols;
    const double tileH = double(m_image.height() - (m_rows + 1) * m_padding) / m_rows;
    const int r = cell / m_cols, c = cell % m_cols;
    return {m_padding + c * (tileW + m_padding), m_padding + r * (tileH + m_padding), tileW, tileH};
}

int SampleGridView::cellAt(const QPoint& pos) const {
    const QRect target = targetRect();
    if (m_rows < 1 || m_cols < 1 || !target.contains(pos))
        return -1;
    const double scale = double(target.width()) / m_image.width();
    const QPointF p((pos.x() - target.x()) / scale, (pos.y() - target.y()) / scale);
    for (int cell = 0; cell < m_rows * m_cols; ++cell)
        if (cellRect(cell).contains(p))
            return cell;
    return -1;
}

QImage SampleGridView::cellImage(int cell) const {
    if (cell < 0 || cell >= m_rows * m_cols)
        return {};
    return m_image.copy(cellRect(cell).toRect());
}

void SampleGridView::mousePressEvent(QMouseEvent* event) {
    const int cell = cellAt(event->position().toPoint());
    if (cell < 0 || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (event->modifiers() & Qt::ControlModifier) {
        if (!m_selection.removeOne(cell)) {
            m_selection << cell;
            while (m_selection.size() > 2)
                m_selection.removeFirst();
        }
        emit selectionChanged(m_selection);
        update();
    } else {
        emit cellClicked(cell);
    }
}

void SampleGridView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder);
        return;
    }
    const QRect target = targetRect();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false); // samples are small: keep pixels sharp
    p.drawImage(target, m_image);
    const double scale = double(target.width()) / m_image.width();
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    for (int i = 0; i < m_selection.size(); ++i) {
        const QRectF c = cellRect(m_selection[i]);
        const QRectF r(target.x() + c.x() * scale, target.y() + c.y() * scale, c.width() * scale,
                       c.height() * scale);
        p.drawRect(r.adjusted(-1, -1, 1, 1));
        p.drawText(r.adjusted(3, 1, 0, 0), Qt::AlignLeft | Qt::AlignTop, i == 0 ? "A" : "B");
    }
}

} // namespace ganlab::widgets
