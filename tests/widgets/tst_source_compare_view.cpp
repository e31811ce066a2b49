// Widget test (offscreen): SourceCompareView overlays every arm's curves, ranks the arms beside
// the prediction and scrubs the arms' grids by step.
#include "metric_plot.h"
#include "source_compare_view.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;

class TestSourceCompareView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sourceCompareViewOverlaysArmsAndRanksThem() {
        SourceCompareView view;
        view.resize(900, 700);
        QSignalSpy steps(&view, &SourceCompareView::stepRequested);
        const auto series = [](const char* name, SeriesKind kind, std::vector<double> steps,
                               std::vector<double> values, const char* parent = "") {
            MetricSeries m;
            m.name = name;
            m.kind = kind;
            m.parent = parent;
            m.steps = std::move(steps);
            m.values = std::move(values);
            return m;
        };
        CompareResults s;
        s.arms = {"scratch", "G+D ← tops"};
        // loss_d first: the view still lists evaluations first, by their kind, and leaves
        // per-class values to the tables.
        s.curves = {
            {"scratch", series("loss_d", SeriesKind::Loss, {1, 2}, {0.9, 0.8})},
            {"scratch", series("FD[random]", SeriesKind::Evaluation, {10, 20}, {50, 40})},
            {"scratch", series("Acc/c1", SeriesKind::Evaluation, {10}, {1}, "Acc")},
            {"G+D ← tops", series("FD[random]", SeriesKind::Evaluation, {10, 20}, {30, 20})},
            {"G+D ← tops", series("loss_d", SeriesKind::Loss, {1, 2}, {0.7, 0.6})}};
        CompareRow best{"G+D ← tops", "/runs/tops", 1, 1, 20, {{"FD[random]", 20}}};
        CompareRow scratch{"scratch", "", 0, 2, 40, {{"FD[random]", 40}}};
        s.ranking = {best, scratch};
        s.prediction.features = "random";
        s.prediction.samples = 64;
        SourceScore tops;
        tops.source = "/runs/tops";
        tops.description = "dcgan 32 px";
        tops.fdSamples = 12.5;
        tops.predictedRank = 1;
        s.prediction.scores = {tops};
        s.rankingMetric = "FD[random]";
        s.armSteps = {20, 20};
        s.totalSteps = 40;
        s.sampleSteps = {10, 20};
        view.setSnapshot(s);

        // Evaluation series come first, the ranking metric is shown, one curve per arm.
        QCOMPARE(view.metricNames(), QStringList({"FD[random]", "loss_d"}));
        QCOMPARE(view.currentMetric(), QString("FD[random]"));
        QCOMPARE(view.plot()->seriesLabels().size(), 2);
        QCOMPARE(view.plot()->pointCount("scratch"), 2);
        view.setCurrentMetric("loss_d");
        QCOMPARE(view.plot()->pointCount("G+D ← tops"), 2);

        QCOMPARE(view.rankingTable()->rowCount(), 2);
        QCOMPARE(view.rankingTable()->item(0, 3)->text(), QString("G+D ← tops"));
        QCOMPARE(view.rankingTable()->item(1, 1)->text(), QString("—")); // scratch: no prediction
        QCOMPARE(view.predictionTable()->rowCount(), 1);
        QCOMPARE(view.predictionTable()->item(0, 1)->text(), QString("12.5"));
        QVERIFY(view.predictionTable()->item(0, 5)->text().contains("dcgan 32 px"));
        bool caveatShown = false;
        for (auto* label : view.findChildren<QLabel*>())
            caveatShown |= label->text().contains("imperfect predictor") && !label->isHidden();
        QVERIFY(caveatShown);
        QCOMPARE(view.progressText(), QString("2 arms at step 20 of 40"));

        // The scrubber follows the newest grids and asks for the grids of the step it shows.
        QCOMPARE(view.currentStep(), 20);
        QCOMPARE(steps.count(), 1);
        QCOMPARE(steps.last()[0].toLongLong(), 20);
        view.setCurrentStep(10);
        QCOMPARE(steps.last()[0].toLongLong(), 10);
        QImage a(8, 8, QImage::Format_RGB32), b(8, 8, QImage::Format_RGB32);
        a.fill(Qt::red);
        b.fill(Qt::blue);
        view.setGrids(20, {a, b}); // stale: the scrubber is at 10 now
        QVERIFY(view.gridImage(0).isNull());
        view.setGrids(10, {a, b});
        QCOMPARE(view.gridImage(1).pixelColor(0, 0), QColor(Qt::blue));

        // A later snapshot keeps the user's step rather than jumping to the newest.
        s.sampleSteps = {10, 20, 30};
        view.setSnapshot(s);
        QCOMPARE(view.currentStep(), 10);
    }

    void anArmWithModeCollapseIsMarkedInTheRanking() {
        SourceCompareView view;
        CompareResults s;
        s.arms = {"scratch", "G+D ← tops"};
        s.ranking = {{"G+D ← tops", "/runs/tops", 1, 1, 20, {{"FD[random]", 20}}},
                     {"scratch", "", 0, 2, 40, {{"FD[random]", 40}}}};
        view.setSnapshot(s);
        // scratch is diverse; the transfer arm draws one grey blob 64 times.
        view.setModeCollapse({{"scratch", {.step = 300, .diversity = 0.7, .threshold = 0.3}},
                              {"G+D ← tops",
                               {.step = 300,
                                .diversity = 0.04,
                                .threshold = 0.3,
                                .collapsed = true,
                                .since = 200}}});
        const auto* flagged = view.rankingTable()->item(0, 3);
        QVERIFY(flagged->text().startsWith("G+D ← tops"));
        QVERIFY(flagged->text().contains("mode collapse (diversity 0.04)"));
        QVERIFY(flagged->toolTip().contains("0.04 of the real images' at step 300"));
        QCOMPARE(view.rankingTable()->item(1, 3)->text(), QString("scratch"));
        view.setSnapshot(s); // a new snapshot keeps the marks
        QVERIFY(view.rankingTable()->item(0, 3)->text().contains("mode collapse"));
        view.setModeCollapse({});
        QCOMPARE(view.rankingTable()->item(0, 3)->text(), QString("G+D ← tops"));
    }
};

QTEST_MAIN(TestSourceCompareView)
#include "tst_source_compare_view.moc"
