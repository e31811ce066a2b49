// SettingsDialog implementation.
#include "settings_dialog.h"

#include "app_settings.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace ganlab::app {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_plotPoints(new QSpinBox(this))
    , m_processes(new QSpinBox(this)) {
    setWindowTitle(tr("Settings"));
    for (const auto& [code, name] : availableLanguages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language())));
    m_plotPoints->setRange(1000, 1'000'000);
    m_plotPoints->setSingleStep(1000);
    m_plotPoints->setValue(settings::maxPlotPoints());
    m_plotPoints->setToolTip(
        tr("Beyond this count a series keeps every other point (its whole history, coarser)"));
    m_processes->setRange(1, 64);
    m_processes->setValue(settings::trainingProcesses());
    m_processes->setToolTip(tr("Train in this many processes, data-parallel (each takes its share "
                               "of the batch and of the cores); from the next run opened"));
    auto* note = new QLabel(tr("A new language takes effect when ganlab starts again."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Points kept per plot series"), m_plotPoints);
    form->addRow(tr("Training processes"), m_processes);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool SettingsDialog::apply() {
    const QString language = m_language->currentData().toString();
    const bool changed = language != settings::language();
    settings::setLanguage(language);
    settings::setMaxPlotPoints(m_plotPoints->value());
    settings::setTrainingProcesses(m_processes->value());
    return changed;
}

} // namespace ganlab::app
