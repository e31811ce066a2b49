// ConfigPanel: the Configuration form, generated from the settings table (api/settings.h) — one
// row per setting, grouped as the table groups them, each with its translated label, tooltip,
// range and choices; rows that do not apply to the chosen model are greyed out. Choosing a preset
// or a model brings its own settings (the table's cascades). Values the engine would refuse are
// listed with the reason under the form.
#pragma once

#include "api/settings.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;

namespace ganlab::widgets {

class SettingEditor;

class ConfigPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConfigPanel(QWidget* parent = nullptr);
    ~ConfigPanel() override;

    // Shows every setting of `config` (the data path is kept, not shown).
    void setConfig(const TrainConfig& config);
    // The config the form shows, or nothing while a field is invalid.
    std::optional<TrainConfig> config() const;
    // One translated reason per problem; empty when the form holds a usable config.
    QStringList problems() const;
    void setDatasetPath(const QString& path);
    // Forbids editing while a run trains (its config is fixed).
    void setLocked(bool locked);

    // The field of a setting (a QCheckBox, QSpinBox, QComboBox or QLineEdit) by config key.
    QWidget* editor(const QString& key) const;
    QLabel* problemLabel() const { return m_problemLabel; }

signals:
    void configChanged();
    void validityChanged(bool valid);

private:
    // The form's config and the problems of its fields (parse failures, then validation).
    TrainConfig read(std::vector<Problem>* problems) const;
    void edited(const SettingEditor& editor);
    void refresh();

    TrainConfig m_shown; // what setConfig showed: settings without a row are kept from it
    std::vector<std::unique_ptr<SettingEditor>> m_editors;
    QLabel* m_problemLabel;
    bool m_valid = true;
    bool m_loading = false;
    bool m_locked = false;
};

} // namespace ganlab::widgets
