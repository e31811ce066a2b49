// SettingEditor: one form field per setting type.
#include "setting_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSpinBox>

#include <climits>

namespace ganlab::widgets {
namespace {

QString tr(const char* text) {
    return text ? QCoreApplication::translate("Setting", text) : QString();
}

QString unitSuffix(const Setting& s) {
    return s.unit ? QStringLiteral(" ") + tr(s.unit) : QString();
}

bool fitsSpinBox(const Setting& s) {
    return s.type == SettingType::Integer && s.range && s.range->max <= INT_MAX &&
           s.range->min >= INT_MIN && !s.choices;
}

QWidget* makeWidget(const Setting& s, QWidget* parent) {
    if (s.type == SettingType::Flag)
        return new QCheckBox(tr(s.label), parent);
    if (fitsSpinBox(s)) {
        auto* spin = new QSpinBox(parent);
        spin->setRange(s.zeroMeans ? 0 : static_cast<int>(s.range->min),
                       static_cast<int>(s.range->max));
        spin->setGroupSeparatorShown(s.range->max >= 100'000);
        spin->setSuffix(unitSuffix(s));
        if (s.zeroMeans)
            spin->setSpecialValueText(tr(s.zeroMeans));
        return spin;
    }
    if (s.choices) {
        auto* box = new QComboBox(parent);
        box->setEditable(s.type == SettingType::Text); // suggestions; a FILE may be typed
        for (const auto& c : s.choices()) {
            const QString value = QString::fromStdString(c.value);
            box->addItem(c.label && *c.label ? tr(c.label) : value + unitSuffix(s), value);
            if (c.help && *c.help)
                box->setItemData(box->count() - 1, tr(c.help), Qt::ToolTipRole);
        }
        return box;
    }
    auto* edit = new QLineEdit(parent);
    if (s.emptyMeans)
        edit->setPlaceholderText(tr(s.emptyMeans));
    return edit;
}

} // namespace

QString settingLabel(const Setting& s) {
    return tr(s.label);
}

QString settingToolTip(const Setting& s) {
    QString tip = tr(s.help);
    if (s.zeroMeans)
        tip += QCoreApplication::translate("Setting", "; 0: %1").arg(tr(s.zeroMeans));
    if (s.appliesTo)
        tip += QCoreApplication::translate("Setting", " (for %1)").arg(tr(s.appliesTo));
    return tip;
}

SettingEditor::SettingEditor(const Setting& setting, QWidget* parent)
    : m_setting(&setting)
    , m_widget(makeWidget(setting, parent)) {
    m_widget->setObjectName(QString::fromStdString(setting.key));
    m_widget->setToolTip(settingToolTip(setting));
}

QString SettingEditor::label() const {
    return m_setting->type == SettingType::Flag ? QString() : settingLabel(*m_setting);
}

QString SettingEditor::toolTip() const {
    return m_widget->toolTip();
}

QString SettingEditor::text() const {
    if (auto* check = qobject_cast<QCheckBox*>(m_widget))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto* spin = qobject_cast<QSpinBox*>(m_widget))
        return QString::number(spin->value());
    if (auto* box = qobject_cast<QComboBox*>(m_widget)) {
        if (box->isEditable()) // the shown text is the value (or a file the person typed)
            return box->currentText().trimmed();
        return box->currentData().toString();
    }
    return qobject_cast<QLineEdit*>(m_widget)->text().trimmed();
}

void SettingEditor::show(const TrainConfig& config) {
    const QString value = QString::fromStdString(settingText(*m_setting, m_setting->get(config)));
    if (auto* check = qobject_cast<QCheckBox*>(m_widget)) {
        check->setChecked(value == QLatin1String("true"));
    } else if (auto* spin = qobject_cast<QSpinBox*>(m_widget)) {
        spin->setValue(value.toInt());
    } else if (auto* box = qobject_cast<QComboBox*>(m_widget)) {
        const int index = box->findData(value);
        if (index >= 0)
            box->setCurrentIndex(index);
        else if (box->isEditable())
            box->setCurrentText(value);
    } else {
        qobject_cast<QLineEdit*>(m_widget)->setText(value);
    }
}

void SettingEditor::onEdited(const std::function<void()>& changed) {
    if (auto* check = qobject_cast<QCheckBox*>(m_widget))
        QObject::connect(check, &QCheckBox::toggled, check, changed);
    else if (auto* spin = qobject_cast<QSpinBox*>(m_widget))
        QObject::connect(spin, &QSpinBox::valueChanged, spin, changed);
    else if (auto* box = qobject_cast<QComboBox*>(m_widget))
        QObject::connect(box, &QComboBox::currentTextChanged, box, changed);
    else if (auto* edit = qobject_cast<QLineEdit*>(m_widget))
        QObject::connect(edit, &QLineEdit::textChanged, edit, changed);
}

} // namespace ganlab::widgets
