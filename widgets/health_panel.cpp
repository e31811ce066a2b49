// HealthPanel implementation.
#include "health_panel.h"

#include "metric_plot.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace ganlab::widgets {

HealthPanel::HealthPanel(QWidget* parent)
    : QWidget(parent)
    , m_sigma(new MetricPlot(this))
    , m_gradients(new MetricPlot(this))
    , m_banner(new QFrame(this))
    , m_message(new QLabel(m_banner))
    , m_state(new QLabel(this))
    , m_rollBack(new QPushButton(tr("Roll back to last good checkpoint"), m_banner))
    , m_continue(new QPushButton(tr("Continue anyway"), m_banner)) {
    m_sigma->setLogScale(true);
    m_sigma->setToolTip(tr("Top singular values σ0–σ2 of the watched layers. A σ0 that explodes "
                           "in G's first layer precedes collapse (BigGAN §4.1)."));
    m_gradients->setToolTip(tr("Global gradient norms of G and D"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("QFrame { background: #fde2e1; }"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_rollBack);
    buttons->addWidget(m_continue);
    buttons->addStretch();
    bannerLayout->addLayout(buttons);
    m_banner->hide();
    m_state->setText(tr("Healthy"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_sigma);
    split->addWidget(m_gradients);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_banner);
    layout->addWidget(m_state);
    layout->addWidget(split, 1);
    connect(m_rollBack, &QPushButton::clicked, this, &HealthPanel::rollBackRequested);
    connect(m_continue, &QPushButton::clicked, this, &HealthPanel::continueRequested);
}

bool HealthPanel::accepts(SeriesKind kind) {
    return kind == SeriesKind::SingularValue || kind == SeriesKind::SigmaRatio ||
           kind == SeriesKind::GradientNorm;
}

void HealthPanel::addPoint(SeriesKind kind, const QString& series, double step, double value) {
    if (kind == SeriesKind::SigmaRatio)
        setSigmaRatio(value);
    else if (accepts(kind))
        (kind == SeriesKind::SingularValue ? m_sigma : m_gradients)->addPoint(series, step, value);
}

void HealthPanel::setSeries(SeriesKind kind, const QString& series, const QVector<double>& steps,
                            const QVector<double>& values) {
    if (kind == SeriesKind::SigmaRatio && !values.isEmpty())
        setSigmaRatio(values.back());
    else if (accepts(kind) && kind != SeriesKind::SigmaRatio)
        (kind == SeriesKind::SingularValue ? m_sigma : m_gradients)
            ->setSeries(series, steps, values);
}

void HealthPanel::setSigmaRatio(double ratio) {
    m_state->setText(tr("σ0 of G's first layer: %1× its running level").arg(ratio, 0, 'f', 2));
}

void HealthPanel::clear() {
    m_sigma->clear();
    m_gradients->clear();
    clearCollapse();
    m_state->setText(tr("Healthy"));
}

void HealthPanel::showCollapse(qint64 step, const QString& reason, qint64 lastGoodStep,
                               const QString& lastGood) {
    const QString target =
        lastGood.isEmpty()
            ? tr("No checkpoint was written before it: rolling back restarts "
                 "the run.")
            : tr("Last good checkpoint: step %1 (%2).").arg(lastGoodStep).arg(lastGood);
    m_message->setText(tr("<b>Training paused: collapse at step %1.</b><br>%2<br>%3<br>Nothing "
                          "from this step on was saved.")
                           .arg(step)
                           .arg(reason.toHtmlEscaped(), target.toHtmlEscaped()));
    m_state->setText(tr("Collapsed"));
    m_banner->show();
}

void HealthPanel::clearCollapse() {
    m_banner->hide();
    m_message->clear();
    m_state->setText(tr("Healthy"));
}

bool HealthPanel::collapseShown() const {
    return !m_banner->isHidden();
}

QString HealthPanel::collapseText() const {
    return m_message->text();
}

} // namespace ganlab::widgets
