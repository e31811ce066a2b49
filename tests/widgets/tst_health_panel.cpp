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

    // A reopened run's history (as addHealthHistory hands it over), then live points.
    void healthPanelFlagsModeCollapseFromHistoryAndLive() {
        widgets::HealthPanel panel;
        QVERIFY(widgets::HealthPanel::accepts(SeriesKind::Diversity));
        panel.setModeCollapseRule({.threshold = 0.3, .graceSteps = 500, .lastStep = 2000});
        // Low at first (a fresh G learning to vary): no flag.
        panel.setSeries(SeriesKind::Diversity, "diversity", {10, 20, 30}, {0.02, 0.1, 0.2});
        QCOMPARE(panel.diversityPlot()->pointCount("diversity"), 3);
        QVERIFY(!panel.modeCollapseShown());
        // Diverse, then 64 grey blobs: flagged from the first low reading after.
        panel.setSeries(SeriesKind::Diversity, "diversity", {10, 100, 600, 610},
                        {0.02, 0.6, 0.05, 0.04});
        QVERIFY(panel.modeCollapseShown());
        QCOMPARE(panel.modeCollapseText(),
                 QString("Mode collapse: samples' diversity 0.04 of the reals' (below 0.3) since "
                         "step 600"));
        QVERIFY(!panel.collapseShown()); // not the guard: no rollback offered
        QVERIFY(panel.diversityPlot()->pointCount("mode_collapse_below") > 0); // the threshold
        // Live readings: it clears when the diversity recovers.
        panel.addPoint(SeriesKind::Diversity, "diversity", 620, 0.03);
        QVERIFY(panel.modeCollapseText().contains("0.03") &&
                panel.modeCollapseText().contains("since step 600"));
        panel.addPoint(SeriesKind::Diversity, "diversity", 630, 0.45);
        QVERIFY(!panel.modeCollapseShown());
        QVERIFY(panel.modeCollapseText().isEmpty());
        // Threshold 0 measures and never flags; clear() drops the readings.
        panel.setModeCollapseRule({.threshold = 0, .graceSteps = 500, .lastStep = 2000});
        panel.addPoint(SeriesKind::Diversity, "diversity", 640, 0.01);
        QVERIFY(!panel.modeCollapseShown());
        panel.setModeCollapseRule({.threshold = 0.3, .graceSteps = 500, .lastStep = 2000});
        QVERIFY(panel.modeCollapseShown());
        panel.clear();
        QVERIFY(!panel.modeCollapseShown());
        QCOMPARE(panel.diversityPlot()->pointCount("diversity"), 0);
    }
};

QTEST_MAIN(TestHealthPanel)
#include "tst_health_panel.moc"
