// DatasetPanel: what a dataset holds — path, format, count, resolution, classes with counts,
// example thumbnails, and the files an import could not use (count and names).
#pragma once

#include "api/dataset_info.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableWidget;
class QPlainTextEdit;

namespace ganlab::widgets {

class SampleGridView;

class DatasetPanel : public QWidget {
    Q_OBJECT

public:
    explicit DatasetPanel(QWidget* parent = nullptr);

    void showImporting(const QString& path);
    void setProgress(double fraction, const QString& message);
    void showDataset(const DatasetInfo& info);
    void showFailure(const QString& path, const QString& message);

    QString summaryText() const;
    QTableWidget* classTable() const { return m_classes; }
    QString problemsText() const;
    SampleGridView* thumbnails() const { return m_thumbs; }

private:
    QLabel* m_summary;
    QProgressBar* m_progress;
    QTableWidget* m_classes;
    SampleGridView* m_thumbs;
    QPlainTextEdit* m_problems;
};

} // namespace ganlab::widgets
