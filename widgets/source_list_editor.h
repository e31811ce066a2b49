// SourceListEditor: the pretrained sources of a comparison or a study — run folders and
// checkpoints in a list, with Add run folder…, Add checkpoint… and Remove.
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace ganlab::widgets {

class SourceListEditor : public QWidget {
    Q_OBJECT

public:
    explicit SourceListEditor(QWidget* parent = nullptr);

    // Appends a path (a path already listed is selected instead of repeated).
    void addSource(const QString& path);
    void removeSelected();
    QStringList sources() const; // in the order listed
    // Caps the list's height at that many rows (the dialog's other fields stay in view).
    void setVisibleRows(int rows);

    QListWidget* list() const { return m_list; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void sourcesChanged();

private:
    QListWidget* m_list;
    QPushButton* m_remove;
};

} // namespace ganlab::widgets
