// MetricTable implementation.
#include "metric_table.h"

#include "message_text.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ganlab::widgets {
namespace {

QString formatValue(const MetricResult& r) {
    QString text = QString::number(r.value, 'g', 4);
    if (std::isfinite(r.stddev))
        text += QStringLiteral(" ± ") + QString::number(r.stddev, 'g', 2);
    return text;
}

} // namespace

MetricTable::MetricTable(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this)) {
    m_table->setHorizontalHeaderLabels(
        {tr("Metric"), tr("Value"), tr("Feature network"), tr("Samples"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    clear();
}

void MetricTable::showResults(const std::vector<MetricResult>& results) {
    m_table->setRowCount(0);
    if (results.empty())
        return clear();
    m_title->setText(tr("Evaluation at step %1").arg(results.front().step));
    for (const auto& r : results) {
        const QString name = QString::fromStdString(r.name);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* nameItem = new QTableWidgetItem(
            r.parent.empty() ? name : QStringLiteral("    ") + QString::fromStdString(r.className));
        nameItem->setData(Qt::UserRole, name);
        nameItem->setToolTip(name);
        m_table->setItem(row, 0, nameItem);
        m_table->setItem(row, 1, new QTableWidgetItem(formatValue(r)));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(r.network)));
        m_table->setItem(
            row, 3, new QTableWidgetItem(r.samples > 0 ? QString::number(r.samples) : QString()));
        m_table->setItem(row, 4, new QTableWidgetItem(messageText(r.note)));
    }
}

void MetricTable::clear() {
    m_table->setRowCount(0);
    m_title->setText(tr("No evaluation yet: set “Evaluate every” or use Training ▸ Evaluate now."));
}

QString MetricTable::valueText(const QString& name) const {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == name)
            return m_table->item(row, 1)->text();
    return {};
}

} // namespace ganlab::widgets
