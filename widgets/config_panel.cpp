// ConfigPanel: rows from the settings table, cascades on a person's edit, problems translated.
#include "config_panel.h"

#include "api/presets.h"
#include "message_text.h"
#include "setting_editor.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>

#include <optional>

namespace ganlab::widgets {

ConfigPanel::ConfigPanel(QWidget* parent)
    : QWidget(parent)
    , m_problemLabel(new QLabel(this)) {
    auto* form = new QFormLayout(this);
    std::optional<SettingGroup> group;
    for (const auto& s : settings()) {
        if (!s.inForm)
            continue;
        if (s.group != group) {
            group = s.group;
            auto* title = new QLabel(
                QStringLiteral("<b>%1</b>")
                    .arg(QCoreApplication::translate("Setting", settingGroupTitle(s.group))),
                this);
            form->addRow(title);
        }
        auto editor = std::make_unique<SettingEditor>(s, this);
        form->addRow(editor->label(), editor->widget());
        editor->onEdited([this, e = editor.get()] { edited(*e); });
        m_editors.push_back(std::move(editor));
    }
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(m_problemLabel);
    setConfig(presetConfig("cpu-quick"));
}

ConfigPanel::~ConfigPanel() = default;

QWidget* ConfigPanel::editor(const QString& key) const {
    for (const auto& e : m_editors)
        if (QString::fromStdString(e->setting().key) == key)
            return e->widget();
    return nullptr;
}

void ConfigPanel::setConfig(const TrainConfig& config) {
    m_loading = true;
    m_shown = config;
    for (const auto& e : m_editors)
        e->show(config);
    m_loading = false;
    refresh();
}

void ConfigPanel::setDatasetPath(const QString& path) {
    m_shown.dataPath = path.toStdString();
    refresh();
}

void ConfigPanel::setLocked(bool locked) {
    m_locked = locked;
    refresh();
}

TrainConfig ConfigPanel::read(std::vector<Problem>* problems) const {
    TrainConfig c = m_shown;
    std::vector<Problem> fieldProblems;
    for (const auto& e : m_editors) {
        const Setting& s = e->setting();
        auto value = parseSettingText(s, e->text().toStdString());
        std::optional<Message> problem;
        if (auto* m = std::get_if<Message>(&value))
            problem = *m;
        else if (auto m = s.set(c, std::get<SettingValue>(value)))
            problem = *m;
        if (problem)
            fieldProblems.push_back({s.key, *problem});
    }
    if (problems) {
        *problems = fieldProblems;
        if (fieldProblems.empty())
            *problems = validateConfig(c);
    }
    return c;
}

void ConfigPanel::edited(const SettingEditor& editor) {
    if (m_loading)
        return;
    const Setting& s = editor.setting();
    if (s.cascade) { // a preset or a model brings its own settings: show them all
        TrainConfig c = read(nullptr);
        s.cascade(c);
        setConfig(c);
        return;
    }
    refresh();
}

std::optional<TrainConfig> ConfigPanel::config() const {
    std::vector<Problem> problems;
    TrainConfig c = read(&problems);
    if (!problems.empty())
        return std::nullopt;
    return c;
}

QStringList ConfigPanel::problems() const {
    std::vector<Problem> problems;
    read(&problems);
    QStringList out;
    for (const auto& p : problems)
        out << problemText(p);
    return out;
}

void ConfigPanel::refresh() {
    if (m_loading)
        return;
    std::vector<Problem> problems;
    const TrainConfig current = read(&problems);
    for (const auto& e : m_editors)
        e->widget()->setEnabled(!m_locked && e->setting().appliesToConfig(current));
    QStringList reasons;
    for (const auto& p : problems)
        reasons << problemText(p);
    m_problemLabel->setText(reasons.join('\n'));
    m_problemLabel->setVisible(!reasons.isEmpty());
    const bool valid = reasons.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
    emit configChanged();
}

} // namespace ganlab::widgets
