// Widget test (offscreen): SampleGridView names the clicked cell and keeps a Ctrl+click selection.
#include "sample_grid_view.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;

class TestSampleGridView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gridViewNamesTheClickedCell() {
        SampleGridView view;
        view.resize(2 * 48 + 3 * 2, 3 * 48 + 4 * 2); // image size: scale 1, no letterbox
        QImage grid(view.size(), QImage::Format_Grayscale8);
        grid.fill(0);
        view.setGrid(grid, 3, 2, 2);
        view.show();
        QSignalSpy clicked(&view, &SampleGridView::cellClicked);
        QSignalSpy selected(&view, &SampleGridView::selectionChanged);
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(2 + 48 + 2 + 5, 2 + 48 + 2 + 5));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked[0][0].toInt(), 3);      // row 1, column 1
        QCOMPARE(view.cellAt(QPoint(1, 1)), -1); // padding
        QTest::mouseClick(&view, Qt::LeftButton, Qt::ControlModifier, QPoint(5, 5));
        QTest::mouseClick(&view, Qt::LeftButton, Qt::ControlModifier, QPoint(57, 107));
        QCOMPARE(view.selection(), (QList<int>{0, 5}));
        QCOMPARE(selected.count(), 2);
        QCOMPARE(view.cellImage(0).size(), QSize(48, 48));
    }
};

QTEST_MAIN(TestSampleGridView)
#include "tst_sample_grid_view.moc"
