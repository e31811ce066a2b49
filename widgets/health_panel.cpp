// HealthPanel implementation.
#include "health_panel.h"

#include "metric_plot.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace ganlab::widgets {

HealthPanel::HealthPanel(QWidget* parent)
    : QWidget(parent)
    , m_sigma(new MetricPlot(this))
    , m_gradients(new MetricPlot(this))
    , m_diversity(new MetricPlot(this))
    , m_modeCollapse(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_message(new QLabel(m_banner))
    , m_state(new QLabel(this))
    , m_rollBack(new QPushButton(tr("Roll back to last good checkpoint"), m_banner))
    , m_continue(new QPushButton(tr("Continue anyway"), m_banner)) {
    m_sigma->setLogScale(true);
    m_sigma->setToolTip(tr("Top singular values σ0–σ2 of the watched layers. A σ0 that explodes "
                           "in G's first layer precedes collapse (BigGAN §4.1)."));
    m_gradients->setToolTip(tr("Global gradient norms of G and D"));
    m_diversity->setToolTip(
        tr("The samples' diversity: mean pairwise feature distance of a fixed batch of samples "
           "over the same of fixed real images (1: as varied as the reals; near 0: G draws the "
           "same image whatever z is — mode collapse). Dashed: the threshold."));
    m_modeCollapse->setWordWrap(true);
    m_modeCollapse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modeCollapse->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; border: 1px solid #e0c36a; padding: 4px; }"));
    m_modeCollapse->hide();
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
    split->addWidget(m_diversity);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_banner);
    layout->addWidget(m_modeCollapse);
    layout->addWidget(m_state);
    layout->addWidget(split, 1);
    connect(m_rollBack, &QPushButton::clicked, this, &HealthPanel::rollBackRequested);
    connect(m_continue, &QPushButton::clicked, this, &HealthPanel::continueRequested);
}

bool HealthPanel::accepts(SeriesKind kind) {
    return kind == SeriesKind::SingularValue || kind == SeriesKind::SigmaRatio ||
           kind == SeriesKind::GradientNorm || kind == SeriesKind::Diversity;
}

void HealthPanel::addPoint(SeriesKind kind, const QString& series, double step, double value) {
    if (kind == SeriesKind::Diversity) {
        m_diversity->addPoint(series, step, value);
        if (std::isfinite(value)) {
            m_diversitySteps.push_back(step);
            m_diversityValues.push_back(value);
        }
        showDiversity();
    } else if (kind == SeriesKind::SigmaRatio) {
        setSigmaRatio(value);
    } else if (accepts(kind))
        (kind == SeriesKind::SingularValue ? m_sigma : m_gradients)->addPoint(series, step, value);
}

void HealthPanel::setSeries(SeriesKind kind, const QString& series, const QVector<double>& steps,
                            const QVector<double>& values) {
    if (kind == SeriesKind::Diversity) {
        m_diversity->setSeries(series, steps, values);
        m_diversitySteps.clear();
        m_diversityValues.clear();
        for (qsizetype i = 0; i < std::min(steps.size(), values.size()); ++i)
            if (std::isfinite(values[i])) {
                m_diversitySteps.push_back(steps[i]);
                m_diversityValues.push_back(values[i]);
            }
        showDiversity();
    } else if (kind == SeriesKind::SigmaRatio && !values.isEmpty())
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
    m_diversity->clear();
    m_diversitySteps.clear();
    m_diversityValues.clear();
    showDiversity();
    clearCollapse();
    m_state->setText(tr("Healthy"));
}

void HealthPanel::setModeCollapseRule(const ModeCollapseRule& rule) {
    m_rule = rule;
    showDiversity();
}

// The threshold as a dashed line under the curve, and the flag as the rule reads the readings.
void HealthPanel::showDiversity() {
    const QString threshold = QString::fromLatin1("mode_collapse_below");
    if (m_rule.threshold > 0 && !m_diversitySteps.empty()) {
        m_diversity->setSeries(threshold, {m_diversitySteps.front(), m_diversitySteps.back()},
                               {m_rule.threshold, m_rule.threshold});
        m_diversity->setSeriesDashed(threshold, true);
    }
    const auto since = modeCollapseSince(m_diversitySteps, m_diversityValues, m_rule);
    if (!since) {
        m_modeCollapse->hide();
        m_modeCollapse->clear();
        return;
    }
    m_modeCollapse->setText(
        tr("Mode collapse: samples' diversity %1 of the reals' (below %2) since step %3")
            .arg(m_diversityValues.back(), 0, 'f', 2)
            .arg(m_rule.threshold)
            .arg(*since));
    m_modeCollapse->show();
}

bool HealthPanel::modeCollapseShown() const {
    return !m_modeCollapse->isHidden();
}

QString HealthPanel::modeCollapseText() const {
    return m_modeCollapse->text();
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
