// SourceCompareView implementation.
#include "source_compare_view.h"

#include "message_text.h"
#include "metric_plot.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ganlab::widgets {
namespace {

QString value(double v) {
    return std::isfinite(v) ? QString::number(v, 'g', 4) : QStringLiteral("—");
}

QString rank(int r) {
    return r > 0 ? QString::number(r) : QStringLiteral("—");
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells) {
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

SourceCompareView::SourceCompareView(QWidget* parent)
    : QWidget(parent)
    , m_metric(new QComboBox(this))
    , m_plot(new MetricPlot(this))
    , m_scrubber(new QSlider(Qt::Horizontal, this))
    , m_stepLabel(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_gridPanel(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_gridPanel))
    , m_ranking(makeTable(
          {tr("Achieved"), tr("Predicted"), tr("Value"), tr("Arm"), tr("All final values")}, this))
    , m_prediction(makeTable({tr("Rank"), tr("FD samples"), tr("KID samples"), tr("FD data"),
                              tr("KID data"), tr("Source")},
                             this))
    , m_caveat(new QLabel(messageText(message(MessageCode::RankingCaveat)), this))
    , m_exportPng(new QPushButton(tr("Export grids PNG…"), this))
    , m_exportCsv(new QPushButton(tr("Export curves CSV…"), this))
    , m_exportJson(new QPushButton(tr("Export JSON…"), this)) {
    m_metric->setToolTip(tr("The metric whose curves are overlaid, one per arm"));
    m_scrubber->setEnabled(false);
    m_scrubber->setToolTip(tr("Step of the side-by-side samples (the same z in every arm)"));
    m_caveat->setWordWrap(true);
    m_caveat->setStyleSheet(QStringLiteral("color: palette(dark); font-style: italic"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Metric:"), this));
    top->addWidget(m_metric, 1);
    top->addWidget(m_progress, 2);
    top->addWidget(m_exportPng);
    top->addWidget(m_exportCsv);
    top->addWidget(m_exportJson);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_gridPanel);
    scroll->setWidgetResizable(true);
    auto* gridBox = new QWidget(this);
    auto* gridBoxLayout = new QVBoxLayout(gridBox);
    gridBoxLayout->setContentsMargins(0, 0, 0, 0);
    auto* scrub = new QHBoxLayout;
    scrub->addWidget(new QLabel(tr("Samples at"), this));
    scrub->addWidget(m_scrubber, 1);
    scrub->addWidget(m_stepLabel);
    gridBoxLayout->addLayout(scrub);
    gridBoxLayout->addWidget(scroll, 1);

    auto* tables = new QWidget(this);
    auto* tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(new QLabel(tr("Final ranking"), this));
    tablesLayout->addWidget(m_ranking, 1);
    tablesLayout->addWidget(new QLabel(tr("Predicted before training"), this));
    tablesLayout->addWidget(m_prediction, 1);
    tablesLayout->addWidget(m_caveat);

    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_plot);
    upper->addWidget(tables);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(gridBox);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_metric, &QComboBox::currentTextChanged, this, [this] { showMetric(); });
    connect(m_scrubber, &QSlider::valueChanged, this, [this](int index) {
        if (index >= 0 && index < static_cast<int>(m_data.sampleSteps.size())) {
            m_stepLabel->setText(tr("step %1").arg(m_data.sampleSteps[index]));
            emit stepRequested(m_data.sampleSteps[index]);
        }
    });
    connect(m_exportPng, &QPushButton::clicked, this,
            [this] { emit exportPngRequested(currentStep()); });
    connect(m_exportCsv, &QPushButton::clicked, this, &SourceCompareView::exportCsvRequested);
    connect(m_exportJson, &QPushButton::clicked, this, &SourceCompareView::exportJsonRequested);
    setSnapshot({});
}

void SourceCompareView::setSnapshot(const CompareResults& snapshot) {
    const bool armsChanged = snapshot.arms != m_data.arms;
    const qint64 keepStep = currentStep();
    const bool atEnd = m_scrubber->value() == m_scrubber->maximum();
    m_data = snapshot;
    showMetricNames();
    showTables();
    std::int64_t least = m_data.totalSteps;
    for (auto s : m_data.armSteps)
        least = std::min(least, s);
    m_progress->setText(m_data.arms.empty() ? tr("No comparison")
                                            : tr("%1 arms at step %2 of %3")
                                                  .arg(m_data.arms.size())
                                                  .arg(m_data.armSteps.empty() ? 0 : least)
                                                  .arg(m_data.totalSteps));
    if (armsChanged)
        rebuildGridCells();
    showSampleSteps(keepStep, atEnd, armsChanged);
}

void SourceCompareView::setModeCollapse(
    const std::map<std::string, ModeCollapseReading>& readings) {
    m_modeCollapse = readings;
    showTables();
}

void SourceCompareView::showMetricNames() {
    // Metrics: overall evaluation results first (those worth comparing), then training curves;
    // per-class values stay in the tables.
    QStringList evaluations, training;
    for (const auto& c : m_data.curves) {
        const auto n = QString::fromStdString(c.series.name);
        auto& list = c.series.kind == SeriesKind::Evaluation ? evaluations : training;
        if (c.series.parent.empty() && !evaluations.contains(n) && !training.contains(n))
            list.append(n);
    }
    const QStringList names = evaluations + training;
    const QString keep = currentMetric();
    {
        const QSignalBlocker block(m_metric);
        m_metric->clear();
        m_metric->addItems(names);
        const QString wanted =
            names.contains(keep) ? keep : QString::fromStdString(m_data.rankingMetric);
        if (names.contains(wanted))
            m_metric->setCurrentText(wanted);
    }
    showMetric();
}

void SourceCompareView::showTables() {
    m_ranking->setRowCount(static_cast<int>(m_data.ranking.size()));
    for (int i = 0; i < static_cast<int>(m_data.ranking.size()); ++i) {
        const auto& r = m_data.ranking[i];
        QStringList finals;
        for (const auto& [name, v] : r.finals)
            finals << QString::fromStdString(name) + QStringLiteral(" ") + value(v);
        QString arm = QString::fromStdString(r.arm);
        const auto flagged = m_modeCollapse.find(r.arm);
        const bool collapsed = flagged != m_modeCollapse.end() && flagged->second.collapsed;
        if (collapsed)
            arm += QStringLiteral("  ⚠ ") +
                   tr("mode collapse (diversity %1)").arg(flagged->second.diversity, 0, 'f', 2);
        setRow(m_ranking, i,
               {rank(r.achievedRank), rank(r.predictedRank), value(r.value), arm,
                finals.join(QStringLiteral(", "))});
        if (collapsed) {
            const auto& m = flagged->second;
            m_ranking->item(i, 3)->setToolTip(
                messageText(message(MessageCode::ModeCollapseArm, r.arm,
                                    QString::number(m.diversity, 'f', 2).toStdString(), m.step)));
            m_ranking->item(i, 3)->setForeground(QColor(0xb0, 0x5a, 0x00));
        }
    }
    m_prediction->setRowCount(static_cast<int>(m_data.prediction.scores.size()));
    for (int i = 0; i < static_cast<int>(m_data.prediction.scores.size()); ++i) {
        const auto& s = m_data.prediction.scores[i];
        setRow(
            m_prediction, i,
            {rank(s.predictedRank), value(s.fdSamples), value(s.kidSamples), value(s.fdData),
             value(s.kidData),
             QString::fromStdString(s.source + " — " + s.description) +
                 (s.problem ? QStringLiteral(" (%1)").arg(messageText(*s.problem)) : QString())});
    }
    m_prediction->setToolTip(
        tr("Distances to the target's real images in %1 features, %2 images each")
            .arg(QString::fromStdString(m_data.prediction.features))
            .arg(m_data.prediction.samples));
    m_caveat->setVisible(!m_data.prediction.scores.empty());
}

// The scrubber over the steps every arm has grids for: it follows the newest unless the person
// scrubbed back, and asks for the grids of the step it shows.
void SourceCompareView::showSampleSteps(qint64 keepStep, bool atEnd, bool armsChanged) {
    const int count = static_cast<int>(m_data.sampleSteps.size());
    const QSignalBlocker block(m_scrubber);
    m_scrubber->setEnabled(count > 0);
    m_scrubber->setRange(0, std::max(0, count - 1));
    int index = count - 1; // follow the newest grids unless the user scrubbed back
    if (!atEnd)
        for (int i = 0; i < count; ++i)
            if (m_data.sampleSteps[i] == keepStep)
                index = i;
    m_scrubber->setValue(std::max(0, index));
    m_exportPng->setEnabled(count > 0);
    if (count > 0) {
        m_stepLabel->setText(tr("step %1").arg(m_data.sampleSteps[index]));
        if (m_data.sampleSteps[index] != keepStep || armsChanged)
            emit stepRequested(m_data.sampleSteps[index]);
    } else {
        m_stepLabel->setText(tr("no samples yet"));
    }
}

void SourceCompareView::rebuildGridCells() {
    for (auto* w : m_gridHeaders)
        delete w;
    for (auto* w : m_gridImages)
        delete w;
    m_gridHeaders.clear();
    m_gridImages.clear();
    m_grids.clear();
    for (int i = 0; i < static_cast<int>(m_data.arms.size()); ++i) {
        auto* header = new QLabel(QString::fromStdString(m_data.arms[i]), m_gridPanel);
        header->setAlignment(Qt::AlignCenter);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        auto* image = new QLabel(m_gridPanel);
        image->setAlignment(Qt::AlignCenter);
        image->setMinimumSize(96, 96);
        m_gridLayout->addWidget(header, 0, i);
        m_gridLayout->addWidget(image, 1, i);
        m_gridHeaders.append(header);
        m_gridImages.append(image);
        m_grids.append(QImage());
    }
}

void SourceCompareView::setGrids(qint64 step, const QVector<QImage>& grids) {
    if (step != currentStep())
        return; // the scrubber moved on meanwhile
    for (int i = 0; i < grids.size() && i < m_gridImages.size(); ++i) {
        m_grids[i] = grids[i];
        m_gridImages[i]->setPixmap(QPixmap::fromImage(grids[i]));
    }
}

void SourceCompareView::showMetric() {
    m_plot->clear();
    const auto metric = m_metric->currentText().toStdString();
    for (const auto& c : m_data.curves) {
        if (c.series.name != metric)
            continue;
        m_plot->setSeries(QString::fromStdString(c.arm),
                          QVector<double>(c.series.steps.begin(), c.series.steps.end()),
                          QVector<double>(c.series.values.begin(), c.series.values.end()));
    }
    m_plot->resetView();
}

QStringList SourceCompareView::metricNames() const {
    QStringList out;
    for (int i = 0; i < m_metric->count(); ++i)
        out << m_metric->itemText(i);
    return out;
}

QString SourceCompareView::currentMetric() const {
    return m_metric->currentText();
}

void SourceCompareView::setCurrentMetric(const QString& metric) {
    m_metric->setCurrentText(metric);
}

qint64 SourceCompareView::currentStep() const {
    const int i = m_scrubber->value();
    return i >= 0 && i < static_cast<int>(m_data.sampleSteps.size()) ? m_data.sampleSteps[i] : 0;
}

void SourceCompareView::setCurrentStep(qint64 step) {
    for (int i = 0; i < static_cast<int>(m_data.sampleSteps.size()); ++i)
        if (m_data.sampleSteps[i] == step)
            m_scrubber->setValue(i);
}

QString SourceCompareView::progressText() const {
    return m_progress->text();
}

QImage SourceCompareView::gridImage(int arm) const {
    return arm >= 0 && arm < m_grids.size() ? m_grids[arm] : QImage();
}

} // namespace ganlab::widgets
