// ExportGridDialog: asks for a sample grid to export — rows, columns, truncation, classes, seed,
// padding, generator — and the PNG file to write.
#pragma once

#include "api/sample_request.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace ganlab::widgets {

class ExportGridDialog : public QDialog {
    Q_OBJECT

public:
    // Starts from `current` (what the explorer shows); classNames empty for unconditional models.
    ExportGridDialog(const SampleRequest& current, const QStringList& classNames,
                     const QString& suggestedPath, QWidget* parent = nullptr);

    SampleRequest request() const;
    QString path() const;

private:
    QSpinBox* m_rows;
    QSpinBox* m_cols;
    QDoubleSpinBox* m_truncation;
    QLineEdit* m_seed;
    QSpinBox* m_padding;
    QCheckBox* m_ema;
    QListWidget* m_classes;
    QLineEdit* m_path;
};

} // namespace ganlab::widgets
