// SampleHistoryBar implementation: the slider's positions are indices into the grids.
#include "sample_history_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>

namespace ganlab::widgets {

SampleHistoryBar::SampleHistoryBar(QWidget* parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_label(new QLabel(this))
    , m_latest(new QPushButton(tr("Latest"), this)) {
    m_slider->setToolTip(tr("The grids the run saved from its fixed latents (samples/), oldest "
                            "on the left; at the right end the view follows training"));
    m_slider->setPageStep(1);
    m_latest->setToolTip(tr("Back to the newest samples, following training"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);
    layout->addWidget(m_latest);
    connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
        refresh();
        if (atLatest())
            emit latestChosen();
        else
            emit gridChosen(m_grids[index].step, m_grids[index].path);
    });
    connect(m_latest, &QPushButton::clicked, this, &SampleHistoryBar::showLatest);
    refresh();
}

void SampleHistoryBar::setGrids(QList<Grid> grids) {
    std::stable_sort(grids.begin(), grids.end(),
                     [](const Grid& a, const Grid& b) { return a.step < b.step; });
    m_grids.clear();
    for (const Grid& g : grids) // one per step: the last given
        if (!m_grids.isEmpty() && m_grids.back().step == g.step)
            m_grids.back() = g;
        else
            m_grids.append(g);
    moveTo(count() - 1);
    emit latestChosen();
}

void SampleHistoryBar::addGrid(qint64 step, const QString& path) {
    const bool following = atLatest();
    const qint64 chosen = currentStep();
    const auto at = std::lower_bound(m_grids.begin(), m_grids.end(), step,
                                     [](const Grid& g, qint64 s) { return g.step < s; });
    if (at != m_grids.end() && at->step == step)
        at->path = path;
    else
        m_grids.insert(at, Grid{step, path});
    if (following) {
        moveTo(count() - 1);
        return;
    }
    const auto same = std::find_if(m_grids.begin(), m_grids.end(),
                                   [&](const Grid& g) { return g.step == chosen; });
    moveTo(static_cast<int>(same - m_grids.begin()));
}

void SampleHistoryBar::clear() {
    m_grids.clear();
    moveTo(-1);
    emit latestChosen();
}

bool SampleHistoryBar::atLatest() const {
    return m_grids.isEmpty() || m_slider->value() >= count() - 1;
}

qint64 SampleHistoryBar::currentStep() const {
    return m_grids.isEmpty() ? -1 : m_grids[std::clamp(m_slider->value(), 0, count() - 1)].step;
}

QString SampleHistoryBar::currentPath() const {
    return m_grids.isEmpty() ? QString()
                             : m_grids[std::clamp(m_slider->value(), 0, count() - 1)].path;
}

QString SampleHistoryBar::text() const {
    return m_label->text();
}

void SampleHistoryBar::showStep(qint64 step) {
    if (m_grids.isEmpty())
        return;
    int index = 0;
    for (int i = 0; i < count(); ++i)
        if (m_grids[i].step <= step)
            index = i;
    m_slider->setValue(index);
}

void SampleHistoryBar::showLatest() {
    m_slider->setValue(std::max(0, count() - 1));
}

void SampleHistoryBar::moveTo(int index) {
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, std::max(0, count() - 1));
    m_slider->setValue(std::max(0, index));
    refresh();
}

void SampleHistoryBar::refresh() {
    if (parentWidget()) // hidden in a window while there is no history
        setVisible(!m_grids.isEmpty());
    m_slider->setEnabled(count() > 1);
    m_latest->setEnabled(!atLatest());
    if (m_grids.isEmpty())
        m_label->clear();
    else if (atLatest())
        m_label->setText(tr("Latest · %n saved grid(s)", "", count()));
    else
        m_label->setText(tr("Step %1 · grid %2 of %3")
                             .arg(currentStep())
                             .arg(m_slider->value() + 1)
                             .arg(count()));
}

} // namespace ganlab::widgets
