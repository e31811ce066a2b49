// ClassPicker: which classes a conditional grid shows, one row each; hidden when there are none.
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QListWidget;

namespace ganlab::widgets {

class ClassPicker : public QWidget {
    Q_OBJECT

public:
    explicit ClassPicker(QWidget* parent = nullptr);

    // An empty list hides the picker (unconditional model). The first `initiallyChecked` are on.
    void setClasses(const QStringList& names, int initiallyChecked = 10);
    QStringList classNames() const { return m_names; }
    QList<int> selectedClasses() const; // in class order
    void setSelectedClasses(const QList<int>& classes);
    QListWidget* list() const { return m_list; }

signals:
    void selectionChanged(const QList<int>& classes);

private:
    QListWidget* m_list;
    QStringList m_names;
};

} // namespace ganlab::widgets
