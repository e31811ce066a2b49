// Widget tests (offscreen): each view over plain values shows and emits what it should.
#include "class_picker.h"
#include "config_panel.h"
#include "dataset_drop_zone.h"
#include "dataset_panel.h"
#include "fade_in_view.h"
#include "health_panel.h"
#include "log_panel.h"
#include "metric_plot.h"
#include "metric_table.h"
#include "plot_panel.h"
#include "sample_explorer.h"
#include "sample_grid_view.h"
#include "source_compare_view.h"
#include "support/test_data.h"
#include "truncation_slider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest/QtTest>

#include <qcustomplot.h>

using namespace ganlab;
using namespace ganlab::widgets;
using namespace ganlab::testing;

Q_DECLARE_METATYPE(ganlab::SampleRequest)

class TestWidgets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dropZoneAcceptsAFolderAndEmitsIt() {
        TempDir dir;
        writeImageFolder(dir / "images", 1, 2, 8, 1);
        DatasetDropZone zone;
        zone.resize(300, 120);
        zone.show();
        QSignalSpy dropped(&zone, &DatasetDropZone::datasetDropped);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(dir / "images"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&zone, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&zone, &drop);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped[0][0].toString(),
                 QFileInfo(QString::fromStdString(dir / "images")).absoluteFilePath());

        // Not a dataset: text, a missing file, several files, a remote URL.
        QMimeData text;
        text.setText("hello");
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                                Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&zone, &refused);
        QVERIFY(!refused.isAccepted());
        QMimeData missing, several, remote;
        missing.setUrls({QUrl::fromLocalFile("/no/such/folder")});
        several.setUrls({QUrl::fromLocalFile(QString::fromStdString(dir.path())),
                         QUrl::fromLocalFile(QString::fromStdString(dir / "images"))});
        remote.setUrls({QUrl("https://example.org/data.zip")});
        QVERIFY(DatasetDropZone::datasetPath(&missing).isEmpty());
        QVERIFY(DatasetDropZone::datasetPath(&several).isEmpty());
        QVERIFY(DatasetDropZone::datasetPath(&remote).isEmpty());
        QCOMPARE(dropped.count(), 1);
    }

    void configPanelRoundTripsAConfig() {
        ConfigPanel panel;
        TrainConfig c = presetConfig("quality");
        c.dataPath = "/some/data";
        c.resolution = 16;
        c.batchSize = 12;
        c.lrG = 3e-5;
        c.lrD = 7e-4;
        c.beta1 = 0.25;
        c.emaBeta = 0.9;
        c.steps = 1234;
        c.seed = 987654321012ull;
        c.sampleEvery = 0;
        c.evalEvery = 123;
        c.evalEveryMinutes = 2.5;
        c.eval.metrics = {"fd", "iw"};
        c.eval.features = "classifier";
        c.eval.samples = 777;
        c.conditional = true;
        c.conditioning = "bn";
        c.classes = {"Dress", "3"};
        c.maxImages = 500;
        c.transfer.source = "/runs/tops";
        c.transfer.discriminator = false;
        panel.setConfig(c);
        QCOMPARE(panel.classesEdit()->text(), QString("Dress, 3"));
        QCOMPARE(panel.conditioningBox()->currentData().toString(), QString("bn"));
        QVERIFY(!panel.transferDBox()->isChecked());
        const auto back = panel.config();
        QVERIFY2(back.has_value(), qPrintable(panel.problems().join("; ")));
        QCOMPARE(QString::fromStdString(toJson(*back)), QString::fromStdString(toJson(c)));

        // Choosing a preset fills the form with it and keeps the dataset.
        const int cpu = panel.presetBox()->findText("cpu-quick");
        panel.presetBox()->setCurrentIndex(cpu);
        emit panel.presetBox()->activated(cpu);
        TrainConfig expected = presetConfig("cpu-quick");
        expected.dataPath = "/some/data";
        QCOMPARE(QString::fromStdString(toJson(*panel.config())),
                 QString::fromStdString(toJson(expected)));
    }

    void configPanelRejectsBadValuesWithAReason() {
        ConfigPanel panel;
        QSignalSpy validity(&panel, &ConfigPanel::validityChanged);
        panel.lrGEdit()->setText("fast");
        QVERIFY(!panel.config());
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity[0][0].toBool(), false);
        QVERIFY(panel.problems().join(' ').contains("fast"));
        QVERIFY(panel.problemLabel()->text().contains("Learning rate G"));
        panel.lrGEdit()->setText("2e-4");
        QVERIFY(panel.config());
        QCOMPARE(validity.last()[0].toBool(), true);
        panel.lrDEdit()->setText("-1"); // parses, but the engine's checks refuse it
        QVERIFY(!panel.config());
        QVERIFY(panel.problems().join(' ').contains("learning rates must be in (0, 1)"));
        panel.lrDEdit()->setText("0.0002");
        panel.seedEdit()->setText("-3");
        QVERIFY(!panel.config());
        QVERIFY(panel.problems().join(' ').contains("Seed"));
        panel.seedEdit()->setText("3");
        panel.evalMetricsEdit()->setText("fd,fidd");
        QVERIFY(!panel.config());
        QVERIFY(panel.problems().join(' ').contains("unknown metric \"fidd\""));
        panel.evalMetricsEdit()->setText("fd");
        QVERIFY(panel.config());
        panel.transferSourceEdit()->setText("/runs/tops");
        panel.transferGBox()->setChecked(false);
        panel.transferDBox()->setChecked(false); // nothing loaded: from scratch
        QVERIFY(panel.config() && !panel.config()->transfer.active());
        panel.transferDBox()->setChecked(true);
        QVERIFY(panel.config());
        QCOMPARE(panel.config()->transfer.source, std::string("/runs/tops"));
        QVERIFY(!panel.config()->transfer.generator);
        QVERIFY(panel.config()->transfer.active());
    }

    void sourceCompareViewOverlaysArmsAndRanksThem() {
        SourceCompareView view;
        view.resize(900, 700);
        QSignalSpy steps(&view, &SourceCompareView::stepRequested);
        CompareSnapshot s;
        s.arms = {"scratch", "G+D ← tops"};
        s.curves = {{"scratch", "loss_d", {1, 2}, {0.9, 0.8}},
                    {"scratch", "FD[random]", {10, 20}, {50, 40}},
                    {"G+D ← tops", "FD[random]", {10, 20}, {30, 20}},
                    {"G+D ← tops", "loss_d", {1, 2}, {0.7, 0.6}}};
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

    void truncationSliderEmitsWhatItShows() {
        TruncationSlider slider;
        QSignalSpy spy(&slider, &TruncationSlider::valueChanged);
        QCOMPARE(slider.value(), 0.0); // off by default
        slider.slider()->setValue(70);
        QCOMPARE(spy.count(), 0); // moving a disabled threshold changes nothing
        slider.toggle()->setChecked(true);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last()[0].toDouble(), 0.7);
        for (int v : {50, 51, 120}) {
            slider.slider()->setValue(v);
            QCOMPARE(spy.last()[0].toDouble(), v / 100.0);
            QCOMPARE(slider.value(), v / 100.0);
            QVERIFY(slider.findChildren<QLabel*>().front()->text().contains(
                QString::number(v / 100.0, 'f', 2)));
        }
        slider.toggle()->setChecked(false);
        QCOMPARE(spy.last()[0].toDouble(), 0.0);
        slider.setValue(9); // clamped to the slider's range
        QCOMPARE(slider.value(), TruncationSlider::kMax);
    }

    void classPickerEmitsItsSelectionAndHidesWithoutClasses() {
        QWidget host;
        auto* picker = new ClassPicker(&host);
        host.show();
        QSignalSpy spy(picker, &ClassPicker::selectionChanged);
        picker->setClasses({"cat", "dog", "owl"}, 2);
        QVERIFY(picker->isVisible());
        QCOMPARE(spy.last()[0].value<QList<int>>(), (QList<int>{0, 1}));
        picker->list()->item(2)->setCheckState(Qt::Checked);
        QCOMPARE(spy.last()[0].value<QList<int>>(), (QList<int>{0, 1, 2}));
        picker->list()->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(picker->selectedClasses(), (QList<int>{1, 2}));
        QCOMPARE(spy.last()[0].value<QList<int>>(), (QList<int>{1, 2}));
        picker->setClasses({});
        QVERIFY(!picker->isVisible());
    }

    void gridViewNamesTheClickedCell() {
        SampleGridView view;
        view.resize(2 * 48 + 3 * 2, 3 * 48 + 4 * 2); // image size: scale 1, no letterbox
        QImage grid(view.size(), QImage::Format_Grayscale8);
        grid.fill(0);
        view.setGrid(grid, 3, 2, 2);
        view.show();
        QSignalSpy clicked(&view, &SampleGridView::cellClicked);
        QSignalSpy selected(&view, &SampleGridView::selectionChanged);
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(2 + 48 + 2 + 5, 2 + 48 + 2 + 5));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked[0][0].toInt(), 3);      // row 1, column 1
        QCOMPARE(view.cellAt(QPoint(1, 1)), -1); // padding
        QTest::mouseClick(&view, Qt::LeftButton, Qt::ControlModifier, QPoint(5, 5));
        QTest::mouseClick(&view, Qt::LeftButton, Qt::ControlModifier, QPoint(57, 107));
        QCOMPARE(view.selection(), (QList<int>{0, 5}));
        QCOMPARE(selected.count(), 2);
        QCOMPARE(view.cellImage(0).size(), QSize(48, 48));
    }

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

    void fadeInViewShowsTheScheduleAndPreviewsAlphaWhenPaused() {
        widgets::FadeInView view;
        view.resize(600, 300);
        const GrowthSchedule schedule(
            {.startResolution = 8, .stabiliseImages = 100, .fadeImages = 50, .batchSizes = {}}, 32,
            8);
        view.setSchedule(schedule.phases());
        view.setPosition(125, 2, 0.5, true);
        QCOMPARE(view.timeline()->currentPhase(), 1); // →16² fading
        QVERIFY(view.statusText().contains("16×16") && view.statusText().contains("0.500"));
        QCOMPARE(view.alphaSlider()->value(), 50);
        QVERIFY(!view.alphaSlider()->isEnabled());
        QSignalSpy requested(&view, &widgets::FadeInView::alphaPreviewRequested);
        view.setPaused(true);
        QVERIFY(view.alphaSlider()->isEnabled());
        view.alphaSlider()->setValue(20);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().at(0).toDouble(), 0.2);
        view.setPaused(false); // back to following training
        QCOMPARE(requested.takeFirst().at(0).toDouble(), -1.0);
        QImage strip(60, 16, QImage::Format_Grayscale8);
        strip.fill(128);
        view.setImages(strip, strip, strip, 8, 16, 0.5);
        QVERIFY(view.hasImages());
        QVERIFY(view.blendCaption().contains("0.50"));
        view.setPosition(400, 3, 1.0, false);
        QCOMPARE(view.timeline()->currentPhase(), 4); // 32², open-ended
        QVERIFY(view.statusText().contains("Stabilising at 32×32"));
        QVERIFY(!view.grab().isNull()); // the timeline paints
        view.clear();
        QVERIFY(!view.hasImages());
    }

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
        perClass.value = 0.95;
        table.showResults({fd, kid, acc, perClass});
        QCOMPARE(table.table()->rowCount(), 4);
        QCOMPARE(table.valueText("FD[random]"), QStringLiteral("12.5"));
        QVERIFY(table.valueText("KID[random]").contains("±"));
        QCOMPARE(table.valueText("Accuracy[classifier:shapes]/circle"), QStringLiteral("0.95"));
        QCOMPARE(table.table()->item(3, 0)->text().trimmed(), QStringLiteral("circle"));
        table.clear();
        QCOMPARE(table.table()->rowCount(), 0);
    }

    void logPanelFiltersAndStaysBounded() {
        LogPanel log;
        log.appendLine(1, "debug detail"); // below the default "info" filter
        log.appendLine(2, "step 10");
        log.appendLine(3, "skipped a file");
        QCOMPARE(log.lineCount(), 2);
        QVERIFY(log.text().contains("skipped a file"));
        for (int i = 0; i < LogPanel::kMaxLines + 100; ++i)
            log.appendLine(2, QString::number(i));
        QCOMPARE(log.lineCount(), LogPanel::kMaxLines);
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
