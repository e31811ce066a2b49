// TruncationSlider implementation: slider ticks are hundredths of the threshold.
#include "truncation_slider.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace ganlab::widgets {

TruncationSlider::TruncationSlider(QWidget* parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("Truncation"), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_label(new QLabel(this)) {
    m_slider->setRange(static_cast<int>(std::lround(kMin * 100)),
                       static_cast<int>(std::lround(kMax * 100)));
    m_slider->setValue(100);
    m_slider->setSingleStep(5);
    m_slider->setPageStep(25);
    m_slider->setEnabled(false);
    m_enabled->setToolTip(tr("Redraw every latent component beyond the threshold (BigGAN): lower "
                             "means cleaner but less varied samples"));
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("σ ≤ 0.00")));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_slider->setEnabled(on);
        refresh();
        emit valueChanged(value());
    });
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        refresh();
        if (m_enabled->isChecked())
            emit valueChanged(value());
    });
    refresh();
}

double TruncationSlider::threshold() const {
    return m_slider->value() / 100.0;
}

double TruncationSlider::value() const {
    return m_enabled->isChecked() ? threshold() : 0.0;
}

void TruncationSlider::setValue(double t) {
    const QSignalBlocker a(m_enabled), b(m_slider);
    m_enabled->setChecked(t > 0);
    m_slider->setEnabled(t > 0);
    if (t > 0)
        m_slider->setValue(static_cast<int>(std::lround(std::clamp(t, kMin, kMax) * 100)));
    refresh();
    emit valueChanged(value());
}

void TruncationSlider::refresh() {
    m_label->setText(m_enabled->isChecked() ? QStringLiteral("|z| ≤ %1").arg(threshold(), 0, 'f', 2)
                                            : tr("off"));
}

} // namespace ganlab::widgets
