// DatasetPanel implementation.
#include "dataset_panel.h"

#include "image_conversion.h"
#include "sample_grid_view.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ganlab::widgets {

DatasetPanel::DatasetPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_classes(new QTableWidget(0, 2, this))
    , m_thumbs(new SampleGridView(this))
    , m_problems(new QPlainTextEdit(this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_classes->setHorizontalHeaderLabels({tr("Class"), tr("Images")});
    m_classes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_classes->verticalHeader()->setVisible(false);
    m_classes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classes->setMaximumHeight(220);
    m_thumbs->setMinimumSize(160, 120);
    m_thumbs->setPlaceholderText(tr("No dataset loaded"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(90);
    m_problems->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_thumbs, 1);
    layout->addWidget(m_classes);
    layout->addWidget(m_problems);
}

void DatasetPanel::showImporting(const QString& path) {
    m_summary->setText(tr("Importing %1…").arg(path));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_problems->setVisible(false);
}

void DatasetPanel::setProgress(double fraction, const QString& message) {
    m_progress->setVisible(true);
    m_progress->setValue(static_cast<int>(fraction * 1000));
    m_progress->setFormat(message);
}

void DatasetPanel::showDataset(const DatasetInfo& d) {
    m_progress->setVisible(false);
    m_summary->setText(tr("<b>%1</b><br>%2 · %3 images · %4×%4 px · %5 · %6")
                           .arg(QString::fromStdString(d.path).toHtmlEscaped())
                           .arg(QString::fromStdString(d.format))
                           .arg(d.count)
                           .arg(d.resolution)
                           .arg(d.channels == 1 ? tr("grayscale") : tr("colour"))
                           .arg(d.classNames.empty() ? tr("unlabelled")
                                                     : tr("%n class(es)", nullptr,
                                                          static_cast<int>(d.classNames.size()))));
    m_classes->setRowCount(static_cast<int>(d.classNames.size()));
    for (std::size_t i = 0; i < d.classNames.size(); ++i) {
        const int row = static_cast<int>(i);
        m_classes->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(d.classNames[i])));
        auto* count =
            new QTableWidgetItem(QString::number(i < d.classCounts.size() ? d.classCounts[i] : 0));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_classes->setItem(row, 1, count);
    }
    m_classes->setVisible(!d.classNames.empty());
    if (!d.preview.empty()) {
        const int rows =
            d.classNames.empty() ? 4 : std::min(10, static_cast<int>(d.classNames.size()));
        m_thumbs->setGrid(toQImage(d.preview), rows, 8, 1);
    }
    QStringList problems;
    if (d.report.skipped > 0)
        problems << tr("%n file(s) could not be used:", nullptr,
                       static_cast<int>(d.report.skipped));
    for (const auto& example : d.report.skippedExamples)
        problems << QStringLiteral("  • ") + QString::fromStdString(example);
    if (d.report.skipped > static_cast<std::int64_t>(d.report.skippedExamples.size()))
        problems << tr("  … and %1 more (see the log)")
                        .arg(d.report.skipped -
                             static_cast<std::int64_t>(d.report.skippedExamples.size()));
    if (d.report.ignored > 0)
        problems << tr("%n file(s) without an image extension were ignored.", nullptr,
                       static_cast<int>(d.report.ignored));
    m_problems->setPlainText(problems.join('\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void DatasetPanel::showFailure(const QString& path, const QString& message) {
    m_progress->setVisible(false);
    m_summary->setText(tr("<b>Could not import %1</b>").arg(path.toHtmlEscaped()));
    m_problems->setPlainText(message);
    m_problems->setVisible(true);
}

QString DatasetPanel::summaryText() const {
    return m_summary->text();
}

QString DatasetPanel::problemsText() const {
    return m_problems->isVisible() ? m_problems->toPlainText() : QString();
}

} // namespace ganlab::widgets
