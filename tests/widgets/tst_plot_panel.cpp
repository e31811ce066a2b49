// Widget test (offscreen): PlotPanel groups series into its plots and exports them as one CSV.
#include "metric_plot.h"
#include "plot_panel.h"
#include "support/test_data.h"

#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;
using namespace ganlab::testing;

class TestPlotPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plotPanelGroupsSeriesAndExportsOneCsv() {
        PlotPanel panel;
        panel.addPoint(PlotGroup::Losses, "loss_d", 1, 0.5);
        panel.addPoint(PlotGroup::Gradients, "grad_norm_d", 1, 3);
        panel.addPoint(PlotGroup::Metrics, "FD[random]", 1, 42);
        QCOMPARE(panel.plot(PlotGroup::Losses)->pointCount("loss_d"), 1);
        QCOMPARE(panel.plot(PlotGroup::Gradients)->pointCount("grad_norm_d"), 1);
        TempDir out;
        QVERIFY(panel.exportCsv(QString::fromStdString(out / "all.csv")));
        QFile csv(QString::fromStdString(out / "all.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.startsWith("step,\"Losses/loss_d\""));
        QVERIFY(text.contains("\"Metrics/FD[random]\""));
        QVERIFY(text.contains("1,0.5,3,42"));
    }
};

QTEST_MAIN(TestPlotPanel)
#include "tst_plot_panel.moc"
