// Widget test (offscreen): HealthPanel plots σ0 and gradient norms and offers the collapse guard's
// roll back / continue.
#include "health_panel.h"
#include "metric_plot.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;

class TestHealthPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void healthPanelPlotsSigmaAndOffersRollBack() {
        widgets::HealthPanel panel;
        QVERIFY(widgets::HealthPanel::accepts("sigma0_g_first"));
        QVERIFY(widgets::HealthPanel::accepts("grad_norm_d"));
        QVERIFY(!widgets::HealthPanel::accepts("loss_d"));
        panel.addPoint("sigma0_g_first", 10, 3.5);
        panel.addPoint("sigma0_g_first", 20, 3.7);
        panel.addPoint("grad_norm_g", 10, 1.2);
        panel.addPoint("sigma0_g_first_ratio", 20, 1.06);
        QCOMPARE(panel.sigmaPlot()->pointCount("sigma0_g_first"), 2);
        QCOMPARE(panel.gradientPlot()->pointCount("grad_norm_g"), 1);
        QVERIFY(panel.sigmaPlot()->logScale());
        QVERIFY(!panel.collapseShown());
        QSignalSpy rollBack(&panel, &widgets::HealthPanel::rollBackRequested);
        QSignalSpy carryOn(&panel, &widgets::HealthPanel::continueRequested);
        panel.showCollapse(812, "σ0 jumped", 750, "/runs/x/checkpoints/step-00000750.pt");
        QVERIFY(panel.collapseShown());
        QVERIFY(panel.collapseText().contains("812") && panel.collapseText().contains("750"));
        panel.rollBackButton()->click();
        panel.continueButton()->click();
        QCOMPARE(rollBack.size(), 1);
        QCOMPARE(carryOn.size(), 1);
        panel.clearCollapse();
        QVERIFY(!panel.collapseShown());
        panel.showCollapse(3, "non-finite loss", 0, {});
        QVERIFY(panel.collapseText().contains("restarts"));
    }
};

QTEST_MAIN(TestHealthPanel)
#include "tst_health_panel.moc"
