// SampleGridView implementation: integer-free aspect-preserving nearest-neighbour scaling.
#include "sample_grid_view.h"

#include <QPainter>

namespace ganlab::widgets {

SampleGridView::SampleGridView(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(128, 128);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SampleGridView::setPlaceholderText(const QString& text) {
    m_placeholder = text;
    update();
}

void SampleGridView::setImage(const QImage& image) {
    m_image = image;
    update();
}

void SampleGridView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QSize scaled = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                       scaled);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false); // samples are small: keep pixels sharp
    p.drawImage(target, m_image);
}

} // namespace ganlab::widgets
