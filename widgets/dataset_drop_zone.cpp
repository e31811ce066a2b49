// DatasetDropZone implementation.
#include "dataset_drop_zone.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace ganlab::widgets {

DatasetDropZone::DatasetDropZone(QWidget* parent)
    : QFrame(parent) {
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    auto* hint = new QLabel(tr("Drop a dataset here: a folder of images (class subfolders become "
                               "labels), a .zip, IDX files or a CIFAR batch"),
                            this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    auto* folder = new QPushButton(tr("Folder…"), this);
    auto* file = new QPushButton(tr("File…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(folder);
    buttons->addWidget(file);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open an image folder"));
        if (!dir.isEmpty())
            emit datasetDropped(dir);
    });
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a dataset file"), QString(),
            tr("Datasets (*.zip *.gz *-ubyte *.idx *.bin);;All files (*)"));
        if (!path.isEmpty())
            emit datasetDropped(path);
    });
}

QString DatasetDropZone::datasetPath(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().front();
    if (!url.isLocalFile())
        return {};
    const QFileInfo info(url.toLocalFile());
    return info.exists() ? info.absoluteFilePath() : QString();
}

void DatasetDropZone::setHighlighted(bool on) {
    setFrameShadow(on ? QFrame::Raised : QFrame::Sunken);
    setBackgroundRole(on ? QPalette::Highlight : QPalette::Window);
    setAutoFillBackground(on);
}

void DatasetDropZone::dragEnterEvent(QDragEnterEvent* event) {
    if (datasetPath(event->mimeData()).isEmpty())
        return event->ignore();
    setHighlighted(true);
    event->acceptProposedAction();
}

void DatasetDropZone::dragLeaveEvent(QDragLeaveEvent*) {
    setHighlighted(false);
}

void DatasetDropZone::dropEvent(QDropEvent* event) {
    setHighlighted(false);
    const QString path = datasetPath(event->mimeData());
    if (path.isEmpty())
        return event->ignore();
    event->acceptProposedAction();
    emit datasetDropped(path);
}

} // namespace ganlab::widgets
