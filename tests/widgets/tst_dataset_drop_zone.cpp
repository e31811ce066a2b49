// Widget test (offscreen): DatasetDropZone takes a dropped dataset and announces it, and refuses
// what is not one.
#include "dataset_drop_zone.h"
#include "support/test_data.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;
using namespace ganlab::testing;

class TestDatasetDropZone : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dropZoneAcceptsAFolderAndEmitsIt() {
        TempDir dir;
        writeImageFolder(dir / "images", 1, 2, 8, 1);
        DatasetDropZone zone;
        zone.resize(300, 120);
        zone.show();
        QSignalSpy dropped(&zone, &DatasetDropZone::datasetDropped);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(dir / "images"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&zone, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&zone, &drop);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped[0][0].toString(),
                 QFileInfo(QString::fromStdString(dir / "images")).absoluteFilePath());

        // Not a dataset: text, a missing file, several files, a remote URL.
        QMimeData text;
        text.setText("hello");
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                                Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&zone, &refused);
        QVERIFY(!refused.isAccepted());
        QMimeData missing, several, remote;
        missing.setUrls({QUrl::fromLocalFile("/no/such/folder")});
        several.setUrls({QUrl::fromLocalFile(QString::fromStdString(dir.path())),
                         QUrl::fromLocalFile(QString::fromStdString(dir / "images"))});
        remote.setUrls({QUrl("https://example.org/data.zip")});
        QVERIFY(DatasetDropZone::datasetPath(&missing).isEmpty());
        QVERIFY(DatasetDropZone::datasetPath(&several).isEmpty());
        QVERIFY(DatasetDropZone::datasetPath(&remote).isEmpty());
        // Neither dragging nor dropping any of them is taken or announced. (The drop goes straight
        // to the zone: Qt delivers drops only to a widget that accepted the drag.)
        for (const QMimeData* notADataset : {&text, &missing, &several, &remote}) {
            QDragEnterEvent enterWith(QPoint(10, 10), Qt::CopyAction, notADataset, Qt::LeftButton,
                                      Qt::NoModifier);
            QApplication::sendEvent(&zone, &enterWith);
            QVERIFY(!enterWith.isAccepted());
            QDropEvent dropWith(QPointF(10, 10), Qt::CopyAction, notADataset, Qt::LeftButton,
                                Qt::NoModifier);
            static_cast<QObject&>(zone).event(&dropWith);
            QVERIFY(!dropWith.isAccepted());
        }
        QCOMPARE(dropped.count(), 1);
    }
};

QTEST_MAIN(TestDatasetDropZone)
#include "tst_dataset_drop_zone.moc"
