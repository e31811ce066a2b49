// MetricTable: the latest evaluation as a table — every result with its ± spread, feature network,
// sample count and note, per-class values (e.g. AC-GAN's per-class sample accuracy) indented under
// their metric — the numbers the Metrics plot cannot show.
#pragma once

#include "api/metric_result.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace ganlab::widgets {

class MetricTable : public QWidget {
    Q_OBJECT

public:
    explicit MetricTable(QWidget* parent = nullptr);

    // Replaces the table with one evaluation's results (all from the same step).
    void showResults(const std::vector<MetricResult>& results);
    void clear();

    QTableWidget* table() const { return m_table; }
    // The value column's text for a result name ("Accuracy[…]/Sneaker"), or empty.
    QString valueText(const QString& name) const;

private:
    QLabel* m_title;
    QTableWidget* m_table;
};

} // namespace ganlab::widgets
