// Widget test (offscreen): HealthPanel plots σ0 and gradient norms and offers the collapse guard's
// roll back / continue.
#include "health_panel.h"
#include "metric_plot.h"

#include <QLabel>
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
        QVERIFY(widgets::HealthPanel::accepts(SeriesKind::SingularValue));
        QVERIFY(widgets::HealthPanel::accepts(SeriesKind::GradientNorm));
        QVERIFY(!widgets::HealthPanel::accepts(SeriesKind::Loss));
        QVERIFY(!widgets::HealthPanel::accepts(SeriesKind::Evaluation));
        panel.addPoint(SeriesKind::SingularValue, "sigma0_g_first", 10, 3.5);
        panel.addPoint(SeriesKind::SingularValue, "sigma0_g_first", 20, 3.7);
        panel.addPoint(SeriesKind::GradientNorm, "grad_norm_g", 10, 1.2);
        panel.addPoint(SeriesKind::SigmaRatio, "sigma0_g_first_ratio", 20, 1.06);
        panel.addPoint(SeriesKind::Loss, "loss_d", 20, 0.7); // not the panel's: dropped
        QCOMPARE(panel.sigmaPlot()->pointCount("sigma0_g_first"), 2);
        QCOMPARE(panel.gradientPlot()->pointCount("grad_norm_g"), 1);
        QCOMPARE(panel.sigmaPlot()->seriesLabels().size() +
                     panel.gradientPlot()->seriesLabels().size(),
                 2); // the ratio is the state line, not a curve
        bool ratioShown = false;
        for (auto* label : panel.findChildren<QLabel*>())
            ratioShown |= label->text().contains("1.06");
        QVERIFY(ratioShown);
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
