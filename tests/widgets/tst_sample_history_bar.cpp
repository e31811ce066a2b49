// Widget test (offscreen): SampleHistoryBar keeps its grids in step order, follows new ones at its
// end, keeps an older choice while more arrive, and says which grid is chosen.
#include "sample_history_bar.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QtTest/QtTest>

using namespace ganlab::widgets;

class TestSampleHistoryBar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scrubsAndFollows() {
        SampleHistoryBar bar;
        QCOMPARE(bar.currentStep(), -1);
        QVERIFY(bar.atLatest());
        QSignalSpy chosen(&bar, &SampleHistoryBar::gridChosen);
        QSignalSpy latest(&bar, &SampleHistoryBar::latestChosen);
        bar.setGrids({{30, "c.png"}, {10, "a.png"}, {20, "b.png"}, {20, "b2.png"}});
        QCOMPARE(bar.count(), 3); // one per step, the last given
        QCOMPARE(bar.currentStep(), 30);
        QVERIFY(bar.atLatest());
        QVERIFY(!bar.latestButton()->isEnabled());
        QVERIFY(bar.text().contains("3"));

        // While at the end, a new grid is followed (the live view stays: no signal).
        latest.clear();
        bar.addGrid(40, "d.png");
        QCOMPARE(bar.currentStep(), 40);
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(latest.count(), 0);

        // An older grid chosen: named, with its file; new grids keep it chosen.
        bar.slider()->setValue(1);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.last()[0].toLongLong(), 20);
        QCOMPARE(chosen.last()[1].toString(), QString("b2.png"));
        QVERIFY(bar.text().contains("20") && bar.text().contains("2") && bar.text().contains("4"));
        QVERIFY(bar.latestButton()->isEnabled());
        bar.addGrid(50, "e.png");
        bar.addGrid(5, "z.png"); // an earlier one (a rolled-back run rewrites its grids)
        QCOMPARE(bar.currentStep(), 20);
        QCOMPARE(bar.currentPath(), QString("b2.png"));
        QCOMPARE(bar.count(), 6);
        bar.showStep(35); // the newest at or before
        QCOMPARE(bar.currentStep(), 30);

        // Latest: back to the end and the live view.
        latest.clear();
        bar.latestButton()->click();
        QCOMPARE(latest.count(), 1);
        QCOMPARE(bar.currentStep(), 50);
        bar.clear();
        QCOMPARE(bar.count(), 0);
        QCOMPARE(bar.currentStep(), -1);
    }
};

QTEST_MAIN(TestSampleHistoryBar)
#include "tst_sample_history_bar.moc"
