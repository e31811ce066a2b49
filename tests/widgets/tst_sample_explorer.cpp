// Widget test (offscreen): SampleExplorer states what it wants rendered as a SampleRequest.
#include "sample_explorer.h"
#include "truncation_slider.h"

#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;

Q_DECLARE_METATYPE(ganlab::SampleRequest)

class TestSampleExplorer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void explorerStatesItsRequest() {
        SampleExplorer explorer;
        QSignalSpy spy(&explorer, &SampleExplorer::requestChanged);
        explorer.setGridSize(4, 6);
        explorer.setSeed(77);
        explorer.truncationSlider()->setValue(0.5);
        auto last = spy.last()[0].value<SampleRequest>();
        QCOMPARE(last.rows, 4);
        QCOMPARE(last.cols, 6);
        QCOMPARE(last.seed, std::uint64_t(77));
        QCOMPARE(last.truncation, 0.5);
        explorer.setClasses({"a", "b", "c"});
        last = spy.last()[0].value<SampleRequest>();
        QCOMPARE(last.classes, (std::vector<int>{0, 1, 2}));
        explorer.newSeeds();
        QVERIFY(spy.last()[0].value<SampleRequest>().seed != 77);
    }
};

QTEST_MAIN(TestSampleExplorer)
#include "tst_sample_explorer.moc"
