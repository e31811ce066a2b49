// CompareDialog: sets up a source comparison for the current target configuration — the sources
// (run folders or checkpoints), scratch and the four G/D combinations, chunk size, output folder.
#pragma once

#include "api/source_comparison.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace ganlab::widgets {
class SourceListEditor;
}

namespace ganlab::app {

class CompareDialog : public QDialog {
    Q_OBJECT

public:
    CompareDialog(const TrainConfig& target, const QString& defaultDir, QWidget* parent = nullptr);

    void addSource(const QString& path);
    CompareSpec spec() const;
    QString outputDir() const;

private:
    TrainConfig m_target;
    widgets::SourceListEditor* m_sources;
    QCheckBox* m_scratch;
    QCheckBox* m_combinations;
    QSpinBox* m_chunk;
    QSpinBox* m_steps;
    QLineEdit* m_dir;
};

} // namespace ganlab::app
