// SettingEditor: the form field of one setting, made from its declaration (api/settings.h) — a
// check box, spin box, combo box or line edit with the translated label, tooltip, range, choices
// and what 0 or an empty value means — that reads and shows the setting's value as text.
#pragma once

#include "api/settings.h"

#include <QString>

class QWidget;

namespace ganlab::widgets {

class SettingEditor {
public:
    SettingEditor(const Setting& setting, QWidget* parent);

    const Setting& setting() const { return *m_setting; }
    QWidget* widget() const { return m_widget; }
    QString label() const; // translated; empty for a check box (its text says it)
    QString toolTip() const;

    // The value as the setting's text ("0.0002", "a,b", "true").
    QString text() const;
    void show(const TrainConfig& config);

    // Calls `changed` whenever the person edits the field.
    void onEdited(const std::function<void()>& changed);

private:
    const Setting* m_setting;
    QWidget* m_widget;
};

// A setting's translated strings.
QString settingLabel(const Setting& setting);
QString settingToolTip(const Setting& setting);

} // namespace ganlab::widgets
