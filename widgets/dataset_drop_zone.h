// DatasetDropZone: where a dataset arrives — drop a folder, zip, IDX or CIFAR file, or browse.
#pragma once

#include <QFrame>

class QMimeData;

namespace ganlab::widgets {

class DatasetDropZone : public QFrame {
    Q_OBJECT

public:
    explicit DatasetDropZone(QWidget* parent = nullptr);

    // The local folder or file a drag carries, or empty when it carries none (or several).
    static QString datasetPath(const QMimeData* mime);

signals:
    void datasetDropped(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHighlighted(bool on);
};

} // namespace ganlab::widgets
