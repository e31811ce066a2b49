// ClassPicker implementation over a checkable list.
#include "class_picker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ganlab::widgets {

ClassPicker::ClassPicker(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this)) {
    auto* all = new QPushButton(tr("All"), this);
    auto* none = new QPushButton(tr("None"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Classes (one row each)"), this), 1);
    buttons->addWidget(all);
    buttons->addWidget(none);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    m_list->setMinimumWidth(140);
    connect(m_list, &QListWidget::itemChanged, this,
            [this] { emit selectionChanged(selectedClasses()); });
    const auto setAll = [this](bool on) {
        QList<int> classes;
        for (int i = 0; on && i < m_names.size(); ++i)
            classes << i;
        setSelectedClasses(classes);
    };
    connect(all, &QPushButton::clicked, this, [setAll] { setAll(true); });
    connect(none, &QPushButton::clicked, this, [setAll] { setAll(false); });
    setVisible(false);
}

void ClassPicker::setClasses(const QStringList& names, int initiallyChecked) {
    m_names = names;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (int i = 0; i < names.size(); ++i) {
            auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(i).arg(names[i]), m_list);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(i < initiallyChecked ? Qt::Checked : Qt::Unchecked);
        }
    }
    setVisible(!names.isEmpty());
    emit selectionChanged(selectedClasses());
}

QList<int> ClassPicker::selectedClasses() const {
    QList<int> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << i;
    return out;
}

void ClassPicker::setSelectedClasses(const QList<int>& classes) {
    {
        const QSignalBlocker block(m_list);
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(classes.contains(i) ? Qt::Checked : Qt::Unchecked);
    }
    emit selectionChanged(selectedClasses());
}

} // namespace ganlab::widgets
