// Widget test (offscreen): DatasetPanel reports a dataset's counts, classes, thumbnails and
// problems.
#include "dataset_panel.h"
#include "sample_grid_view.h"

#include <QTableWidget>
#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;

class TestDatasetPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void datasetPanelReportsCountsAndProblems() {
        DatasetPanel panel;
        DatasetInfo d;
        d.path = "/data/pets";
        d.format = "folder";
        d.count = 30;
        d.resolution = 32;
        d.channels = 3;
        d.classNames = {"cat", "dog"};
        d.classCounts = {10, 20};
        d.report.skipped = 12;
        d.report.skippedExamples = {"a.png: truncated", "b.jpg: not an image"};
        d.preview = Image{8 * 32 + 9, 2 * 32 + 3, 3, {}};
        d.preview.pixels.assign(std::size_t(d.preview.width) * d.preview.height * 3, 100);
        panel.show();
        panel.showDataset(d);
        QVERIFY(panel.summaryText().contains("30"));
        QCOMPARE(panel.classTable()->rowCount(), 2);
        QCOMPARE(panel.classTable()->item(1, 0)->text(), QStringLiteral("dog"));
        QCOMPARE(panel.classTable()->item(1, 1)->text(), QStringLiteral("20"));
        QVERIFY(panel.problemsText().contains("12"));
        QVERIFY(panel.problemsText().contains("a.png: truncated"));
        QVERIFY(panel.problemsText().contains("10 more"));
        QCOMPARE(panel.thumbnails()->rows(), 2);
        panel.showFailure("/data/broken.zip", "not a zip archive");
        QVERIFY(panel.summaryText().contains("broken.zip"));
        QVERIFY(panel.problemsText().contains("not a zip archive"));
    }
};

QTEST_MAIN(TestDatasetPanel)
#include "tst_dataset_panel.moc"
