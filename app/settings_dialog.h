// SettingsDialog: language (applied at the next start) and the plots' memory bound.
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace ganlab::app {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    // Writes the choices to the settings; true when the language changed.
    bool apply();

private:
    QComboBox* m_language;
    QSpinBox* m_plotPoints;
    QSpinBox* m_processes;
};

} // namespace ganlab::app
