// FadeInView implementation: a painted timeline, three image strips, an α slider.
#include "fade_in_view.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace ganlab::widgets {
namespace {

QColor levelColour(int resolution) {
    static const QColor colours[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                     QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
                                     QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48),
                                     QColor(0xb0, 0x7a, 0xa1)};
    int level = 0;
    while ((4 << level) < resolution)
        ++level;
    return colours[level % 7];
}

QString images(std::int64_t n) {
    return n >= 10000 ? QStringLiteral("%1k").arg(double(n) / 1000.0, 0, 'f', 1)
                      : QString::number(n);
}

} // namespace

GrowthTimeline::GrowthTimeline(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void GrowthTimeline::setPhases(const std::vector<GrowthPhase>& phases) {
    m_phases = phases;
    update();
}

void GrowthTimeline::setPosition(std::int64_t imagesShown) {
    m_position = imagesShown;
    setToolTip(tr("%1 images shown").arg(imagesShown));
    update();
}

int GrowthTimeline::currentPhase() const {
    for (std::size_t i = 0; i < m_phases.size(); ++i) {
        const auto& p = m_phases[i];
        if (m_position >= p.startImages && (p.endImages < 0 || m_position < p.endImages))
            return static_cast<int>(i);
    }
    return -1;
}

// Finite phases plus one stabilise length for the open-ended last one (or up to the position).
std::int64_t GrowthTimeline::span() const {
    if (m_phases.empty())
        return 1;
    const auto& last = m_phases.back();
    const std::int64_t tail = m_phases.size() > 1 ? m_phases[m_phases.size() - 2].endImages -
                                                        m_phases[m_phases.size() - 2].startImages
                                                  : std::max<std::int64_t>(1, m_position);
    return std::max(last.startImages + tail, m_position + 1);
}

void GrowthTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF bar(4, 4, width() - 8, height() - 20);
    if (m_phases.empty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No growth schedule"));
        return;
    }
    const double scale = bar.width() / double(span());
    int previousResolution = m_phases.front().resolution;
    for (const auto& phase : m_phases) {
        const double x0 = bar.left() + phase.startImages * scale;
        const double x1 = phase.endImages < 0 ? bar.right() : bar.left() + phase.endImages * scale;
        const QRectF r(x0, bar.top(), std::max(1.0, x1 - x0), bar.height());
        if (phase.fade) {
            QLinearGradient g(r.topLeft(), r.topRight());
            g.setColorAt(0, levelColour(previousResolution));
            g.setColorAt(1, levelColour(phase.resolution));
            p.fillRect(r, g);
        } else {
            p.fillRect(r, levelColour(phase.resolution));
        }
        p.setPen(Qt::white);
        const QString squared = QString::number(phase.resolution) + QChar(0x00B2);
        const QString label = phase.fade ? QChar(0x2192) + squared : squared;
        p.drawText(r, Qt::AlignCenter, label);
        previousResolution = phase.resolution;
    }
    const double x = bar.left() + std::min<double>(m_position, span()) * scale;
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2));
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(0, bar.bottom() + 2, width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1 images shown").arg(images(m_position)));
}

FadeInView::FadeInView(QWidget* parent)
    : QWidget(parent)
    , m_timeline(new GrowthTimeline(this))
    , m_status(new QLabel(this))
    , m_lower(new QLabel(this))
    , m_upper(new QLabel(this))
    , m_blend(new QLabel(this))
    , m_lowerCaption(new QLabel(this))
    , m_upperCaption(new QLabel(this))
    , m_blendCaption(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_follow(new QPushButton(tr("Follow training"), this)) {
    m_slider->setRange(0, 100);
    m_slider->setEnabled(false);
    m_slider->setToolTip(tr("Pause training to preview any blend of the two levels"));
    m_follow->setEnabled(false);
    auto* grid = new QGridLayout;
    int column = 0;
    for (auto [image, caption] :
         {std::pair{m_lower, m_lowerCaption}, std::pair{m_upper, m_upperCaption},
          std::pair{m_blend, m_blendCaption}}) {
        image->setAlignment(Qt::AlignCenter);
        image->setMinimumHeight(48);
        caption->setAlignment(Qt::AlignCenter);
        caption->setWordWrap(true);
        grid->addWidget(caption, 0, column);
        grid->addWidget(image, 1, column);
        ++column;
    }
    auto* sliderRow = new QHBoxLayout;
    sliderRow->addWidget(new QLabel(tr("α"), this));
    sliderRow->addWidget(m_slider, 1);
    sliderRow->addWidget(m_follow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_timeline);
    layout->addWidget(m_status);
    layout->addLayout(grid, 1);
    layout->addLayout(sliderRow);
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (m_paused)
            emit alphaPreviewRequested(v / 100.0);
    });
    connect(m_follow, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(static_cast<int>(m_runAlpha * 100 + 0.5));
        emit alphaPreviewRequested(-1);
    });
    clear();
}

void FadeInView::setSchedule(const std::vector<GrowthPhase>& phases) {
    m_timeline->setPhases(phases);
}

void FadeInView::setPosition(std::int64_t imagesShown, int level, double alpha, bool fading) {
    m_timeline->setPosition(imagesShown);
    m_runAlpha = alpha;
    const int resolution = 4 << level;
    m_status->setText(fading ? tr("Fading in %1×%1: α = %2").arg(resolution).arg(alpha, 0, 'f', 3)
                             : tr("Stabilising at %1×%1").arg(resolution));
    if (!m_paused) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(static_cast<int>(alpha * 100 + 0.5));
    }
}

void FadeInView::showImage(QLabel* label, const QImage& image) {
    const int target = std::max(48, std::min(label->width(), 600));
    label->setPixmap(QPixmap::fromImage(
        image.width() < target ? image.scaledToWidth(target, Qt::FastTransformation) : image));
}

void FadeInView::setImages(const QImage& lower, const QImage& upper, const QImage& blend,
                           int lowerResolution, int upperResolution, double alpha) {
    m_lowerCaption->setText(tr("Lower level %1×%1, upsampled").arg(lowerResolution));
    m_upperCaption->setText(tr("New level %1×%1").arg(upperResolution));
    m_blendCaption->setText(tr("Blend at α = %1").arg(alpha, 0, 'f', 2));
    m_blendImage = blend;
    showImage(m_lower, lower);
    showImage(m_upper, upper);
    showImage(m_blend, blend);
}

void FadeInView::setPaused(bool paused) {
    m_paused = paused;
    m_slider->setEnabled(paused);
    m_follow->setEnabled(paused);
    if (!paused)
        emit alphaPreviewRequested(-1);
}

void FadeInView::clear() {
    m_timeline->setPhases({});
    m_timeline->setPosition(0);
    m_status->setText(tr("Progressive models (pggan) show their growth here."));
    for (auto* label : {m_lower, m_upper, m_blend})
        label->clear();
    m_lowerCaption->setText(tr("Lower level, upsampled"));
    m_upperCaption->setText(tr("New level"));
    m_blendCaption->setText(tr("Blend"));
    m_blendImage = {};
}

QString FadeInView::statusText() const {
    return m_status->text();
}

QString FadeInView::blendCaption() const {
    return m_blendCaption->text();
}

} // namespace ganlab::widgets
