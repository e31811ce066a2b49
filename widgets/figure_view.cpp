// FigureView implementation: aspect-preserving smooth scaling, centred.
#include "figure_view.h"

#include <QPainter>

namespace ganlab::widgets {

FigureView::FigureView(QWidget* parent)
    : QWidget(parent) {
    setMinimumSize(160, 100);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FigureView::setPlaceholderText(const QString& text) {
    m_placeholder = text;
    update();
}

void FigureView::setImage(const QImage& image) {
    m_image = image;
    update();
}

void FigureView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QSize scaled = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2),
                       scaled);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
}

} // namespace ganlab::widgets
