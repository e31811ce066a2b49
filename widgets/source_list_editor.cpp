// SourceListEditor implementation.
#include "source_list_editor.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ganlab::widgets {

SourceListEditor::SourceListEditor(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("Remove"), this)) {
    auto* add = new QPushButton(tr("Add run folder…"), this);
    auto* addFile = new QPushButton(tr("Add checkpoint…"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const auto dir = QFileDialog::getExistingDirectory(this, tr("A source run folder"));
        if (!dir.isEmpty())
            addSource(dir);
    });
    connect(addFile, &QPushButton::clicked, this, [this] {
        const auto file = QFileDialog::getOpenFileName(this, tr("A source checkpoint"), {},
                                                       tr("Checkpoints (*.pt)"));
        if (!file.isEmpty())
            addSource(file);
    });
    connect(m_remove, &QPushButton::clicked, this, &SourceListEditor::removeSelected);
    m_remove->setEnabled(false);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(addFile);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void SourceListEditor::addSource(const QString& path) {
    const auto listed = m_list->findItems(path, Qt::MatchExactly);
    if (!listed.isEmpty()) {
        m_list->setCurrentItem(listed.front()); // selects it too
        return;
    }
    m_list->addItem(path);
    emit sourcesChanged();
}

void SourceListEditor::removeSelected() {
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return; // a current row that is not selected (e.g. focus by Tab) is not removed
    qDeleteAll(selected);
    emit sourcesChanged();
}

QStringList SourceListEditor::sources() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void SourceListEditor::setVisibleRows(int rows) {
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * rows + 2 * m_list->frameWidth());
}

} // namespace ganlab::widgets
