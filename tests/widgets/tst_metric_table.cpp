// Widget test (offscreen): MetricTable lists evaluation results with per-class rows indented.
#include "metric_table.h"

#include <QTableWidget>
#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;

class TestMetricTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void metricTableListsResultsWithPerClassRows() {
        widgets::MetricTable table;
        MetricResult fd;
        fd.name = "FD[random]";
        fd.network = "random";
        fd.value = 12.5;
        fd.step = 300;
        fd.samples = 500;
        MetricResult kid = fd;
        kid.name = "KID[random]";
        kid.value = 0.0123;
        kid.stddev = 0.002;
        MetricResult acc = fd;
        acc.name = "Accuracy[classifier:shapes]";
        acc.value = 0.8;
        MetricResult perClass = acc;
        perClass.name = "Accuracy[classifier:shapes]/circle";
        perClass.parent = acc.name; // a per-class row is known by its parent, not by its name
        perClass.className = "circle";
        perClass.value = 0.95;
        acc.note = message(MessageCode::NoteClassifierAccuracy, 0.9);
        MetricResult slashed = fd; // a "/" in an overall result's name is just a character
        slashed.name = "FD[inception:a/b]";
        table.showResults({fd, kid, acc, perClass, slashed});
        QCOMPARE(table.table()->rowCount(), 5);
        QCOMPARE(table.table()->item(4, 0)->text(), QStringLiteral("FD[inception:a/b]"));
        QCOMPARE(table.table()->item(2, 4)->text(),
                 QStringLiteral("the classifier scores 0.9 on held-out real images"));
        QCOMPARE(table.valueText("FD[random]"), QStringLiteral("12.5"));
        QVERIFY(table.valueText("KID[random]").contains("±"));
        QCOMPARE(table.valueText("Accuracy[classifier:shapes]/circle"), QStringLiteral("0.95"));
        QCOMPARE(table.table()->item(3, 0)->text().trimmed(), QStringLiteral("circle"));
        table.clear();
        QCOMPARE(table.table()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMetricTable)
#include "tst_metric_table.moc"
