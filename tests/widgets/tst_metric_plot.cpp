// Widget test (offscreen): MetricPlot keeps named series with bounded memory, exports PNG, PDF
// and CSV, and reads out the point under the mouse.
#include "metric_plot.h"
#include "support/test_data.h"

#include <QtTest/QtTest>

#include <qcustomplot.h>

using namespace ganlab;
using namespace ganlab::widgets;
using namespace ganlab::testing;

class TestMetricPlot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plotAddsPointsToNamedSeriesAndBoundsMemory() {
        MetricPlot plot;
        plot.resize(500, 300);
        plot.show();
        for (int i = 1; i <= 100; ++i) {
            plot.addPoint("loss_d", i, 1.0 / i);
            if (i % 10 == 0)
                plot.addPoint("FD[random]", i, 100 - i);
        }
        plot.addPoint("loss_d", 101, std::nan("")); // dropped, not drawn
        QCOMPARE(plot.pointCount("loss_d"), 100);
        QCOMPARE(plot.pointCount("FD[random]"), 10);
        QCOMPARE(plot.seriesLabels(), (QStringList{"loss_d", "FD[random]"}));
        plot.setSeries("loss_d", {1, 2, 3}, {3, 2, 1}, "other-run");
        QCOMPARE(plot.seriesLabels().last(), QStringLiteral("loss_d (other-run)"));
        QCOMPARE(plot.runs(), QStringList{"other-run"});

        plot.setMaxPointsPerSeries(64);
        for (int i = 101; i <= 5000; ++i)
            plot.addPoint("loss_d", i, 1.0 / i);
        QVERIFY(plot.pointCount("loss_d") <= 64);
        QVERIFY(plot.pointCount("loss_d") >= 32);
        const auto data = plot.seriesData().front();
        QCOMPARE(data.xs.last(), 5000.0); // the newest point is kept
        QVERIFY(std::is_sorted(data.xs.begin(), data.xs.end()));
        QCOMPARE(data.xs.front(), 1.0); // the old history is thinned, not dropped

        TempDir out;
        QVERIFY(plot.saveImage(QString::fromStdString(out / "plot.png"), 400, 300));
        QCOMPARE(QImage(QString::fromStdString(out / "plot.png")).size(), QSize(400, 300));
        QVERIFY(plot.saveImage(QString::fromStdString(out / "plot.pdf")));
        QVERIFY(QFileInfo(QString::fromStdString(out / "plot.pdf")).size() > 500);
        QVERIFY(plot.exportCsv(QString::fromStdString(out / "plot.csv")));
        QFile csv(QString::fromStdString(out / "plot.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(rows[0], QStringLiteral("step,\"loss_d\",\"FD[random]\",\"loss_d (other-run)\""));
        QVERIFY(rows.contains("1,1,,3")); // step 1: loss_d 1, no FD point, the overlay's 3

        plot.setLogScale(true);
        QCOMPARE(plot.customPlot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        plot.removeRun("other-run");
        QCOMPARE(plot.seriesLabels(), (QStringList{"loss_d", "FD[random]"}));
    }

    void plotHoverReadsOutTheNearestPoint() {
        MetricPlot plot;
        plot.resize(500, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.addPoint("loss_g", 10, 2.0);
        plot.addPoint("loss_g", 20, 4.0);
        plot.replotNow();
        plot.customPlot()->replot();
        const auto* axisX = plot.customPlot()->xAxis;
        const auto* axisY = plot.customPlot()->yAxis;
        const QPoint at(static_cast<int>(axisX->coordToPixel(20)),
                        static_cast<int>(axisY->coordToPixel(4.0)));
        QCOMPARE(plot.readoutAt(at), QStringLiteral("loss_g: step 20, 4"));
        QVERIFY(plot.readoutAt(at + QPoint(200, 200)).isEmpty());
    }
};

QTEST_MAIN(TestMetricPlot)
#include "tst_metric_plot.moc"
