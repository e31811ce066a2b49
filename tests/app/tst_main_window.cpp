// End-to-end test of the real main window (offscreen): a dropped dataset is imported and shown,
// training runs on the worker thread, plots and the sample grid fill, the truncation slider
// re-renders, a grid and the metrics are exported, closing saves a checkpoint, and reopening the
// run explores it paused (its saved grids scrubbed, a timelapse exported) and continues it.
#include "api/presets.h"
#include "api/training_run.h"
#include "app_settings.h"
#include "class_picker.h"
#include "compare_window.h"
#include "config_panel.h"
#include "dataset_panel.h"
#include "fade_in_view.h"
#include "health_panel.h"
#include "main_window.h"
#include "message_text.h"
#include "metric_table.h"
#include "plot_panel.h"
#include "sample_explorer.h"
#include "sample_grid_view.h"
#include "sample_history_bar.h"
#include "source_compare_view.h"
#include "support/decoded_animation.h"
#include "support/gui_isolation.h"
#include "support/test_data.h"
#include "translations.h"
#include "truncation_slider.h"

#include <QAction>
#include <QCheckBox>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QtTest/QtTest>

#include <filesystem>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        isolateGuiTest(m_tmp);
        writeImageFolder(m_tmp / "data", 2, 8, 20, 3);
        writeImageFolder(m_tmp / "other", 1, 5, 20, 1);
        writeBytes(m_tmp / "other/broken.png", {0x89, 'P', 'N', 'G', 1, 2, 3});
    }

    void trainExploreExportCloseAndReopen() {
        app::LaunchOptions options;
        options.config = presetConfig("cpu-quick");
        options.config.dataPath = m_tmp / "data";
        options.config.resolution = 16;
        options.config.width = 0.125;
        options.config.batchSize = 8;
        options.config.latentDim = 8;
        options.config.conditional = true;
        options.config.steps = 100000;
        options.config.sampleEvery = 3;
        options.config.checkpointEvery = 0;
        options.config.logEvery = 1;
        options.config.evalEvery = 4; // FD and KID on random features, live in the Metrics tab
        options.config.eval.samples = 16;
        options.runDir = QString::fromStdString(m_tmp / "run");
        const std::string ckptDir = m_tmp / "run/checkpoints";
        qint64 closedAt = 0;
        {
            app::MainWindow window(options, 1);
            window.show();
            QVERIFY(window.sampleView()->image().isNull());
            // The launch dataset is imported in the background and described.
            QTRY_VERIFY_WITH_TIMEOUT(window.datasetPanel()->summaryText().contains("16 images"),
                                     30000);

            // A dropped folder with a broken file: imported, the file reported by name.
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(QString::fromStdString(m_tmp / "other"))});
            QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &drop);
            QTRY_VERIFY_WITH_TIMEOUT(window.datasetPanel()->summaryText().contains("5 images"),
                                     30000);
            QVERIFY(window.datasetPanel()->problemsText().contains("broken.png"));
            window.openDataset(QString::fromStdString(m_tmp / "data"));
            QTRY_VERIFY_WITH_TIMEOUT(window.datasetPanel()->summaryText().contains("16 images"),
                                     30000);

            window.startAction()->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(window.lastStep() >= 6, 120000);
            // The scrubber follows the grids the run saves (every 3 steps).
            QTRY_VERIFY_WITH_TIMEOUT(window.explorer()->historyBar()->count() >= 2, 30000);
            QVERIFY(window.explorer()->historyBar()->atLatest());
            auto* losses = window.plotPanel()->plot(widgets::PlotGroup::Losses);
            QVERIFY(losses->pointCount("loss_d") >= 6);
            QVERIFY(window.plotPanel()
                        ->plot(widgets::PlotGroup::Gradients)
                        ->pointCount("grad_norm_g") >= 6);
            auto* metrics = window.plotPanel()->plot(widgets::PlotGroup::Metrics);
            QTRY_VERIFY_WITH_TIMEOUT(metrics->pointCount("FD[random]") >= 1, 60000);
            QVERIFY(metrics->pointCount("KID[random]") >= 1);
            QTRY_VERIFY_WITH_TIMEOUT(!window.metricTable()->valueText("FD[random]").isEmpty(),
                                     10000);
            // "Evaluate now" adds a point between chunks.
            const int evaluated = metrics->pointCount("FD[random]");
            window.evaluateAction()->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(metrics->pointCount("FD[random]") > evaluated, 60000);
            // One row per class (2), 8 columns of 16 px with 2 px padding.
            QTRY_VERIFY_WITH_TIMEOUT(!window.sampleView()->image().isNull(), 30000);
            QCOMPARE(window.sampleView()->image().size(), QSize(8 * 16 + 9 * 2, 2 * 16 + 3 * 2));
            QVERIFY(window.explorer()->classPicker()->isVisible());
            QCOMPARE(window.explorer()->classPicker()->classNames().size(), 2);

            // The truncation slider re-renders while training goes on.
            const qint64 before = window.lastStep();
            window.explorer()->truncationSlider()->setValue(0.5);
            QTRY_VERIFY_WITH_TIMEOUT(window.explorer()->caption().contains("truncation 0.50"),
                                     30000);
            window.explorer()->classPicker()->setSelectedClasses({1});
            QTRY_COMPARE_WITH_TIMEOUT(window.sampleView()->image().height(), 16 + 2 * 2, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(window.lastStep() > before, 60000);

            // Interpolation between two samples of the shown grid: a strip of 10 frames.
            const SampleRequest shown = window.explorer()->request();
            emit window.explorer()->interpolationRequested(shown, 0, 1, 10);
            QTRY_VERIFY_WITH_TIMEOUT(window.explorer()->interpolationView()->isVisible(), 30000);
            QCOMPARE(window.explorer()->interpolationView()->image().size(),
                     QSize(10 * 16 + 11 * 2, 16 + 2 * 2));

            QVERIFY(window.pauseAction()->isEnabled());
            window.pauseAction()->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(window.paused(), 10000);
            const qint64 pausedAt = window.lastStep();
            QTest::qWait(300);
            QVERIFY(window.lastStep() <= pausedAt + 1); // at most the step in flight

            // Export a grid: 2 rows (classes 1 and 0) × 3 columns, padding 1.
            QSignalSpy exported(&window, &app::MainWindow::gridExported);
            SampleRequest r;
            r.cols = 3;
            r.classes = {1, 0};
            r.padding = 1;
            r.truncation = 0.8;
            const QString png = QString::fromStdString(m_tmp / "grid.png");
            window.exportGrid(r, png);
            QVERIFY(exported.wait(30000));
            const QImage grid(png);
            QCOMPARE(grid.size(), QSize(3 * 16 + 4, 2 * 16 + 3));
            QVERIFY(grid.copy(1, 1, 16, 16) != grid.copy(18, 1, 16, 16)); // real, distinct samples

            // File → Export generator…: the EMA generator as TorchScript (opened further below).
            QSignalSpy generatorWritten(&window, &app::MainWindow::generatorExported);
            window.exportGenerator(QString::fromStdString(m_tmp / "generator.pt"));
            QVERIFY(generatorWritten.wait(30000));
            QVERIFY(fs::file_size(m_tmp / "generator.pt") > 1000);

            const QString csv = QString::fromStdString(m_tmp / "metrics.csv");
            QVERIFY(window.exportMetricsCsv(csv));
            QFile csvFile(csv);
            QVERIFY(csvFile.open(QIODevice::ReadOnly));
            const QStringList rows =
                QString::fromUtf8(csvFile.readAll()).split('\n', Qt::SkipEmptyParts);
            QVERIFY(rows.front().contains("Losses/loss_d"));
            QVERIFY(rows.size() >= 7);

            QVERIFY(fs::is_empty(ckptDir));
            closedAt = window.lastStep();
            QElapsedTimer closing;
            closing.start();
            window.close();
            QVERIFY(closing.elapsed() < 10000); // closes within seconds
        }
        QVERIFY(!fs::is_empty(ckptDir)); // closing saved the run

        // Reopened: paused at the checkpoint, history plotted, samples shown; Resume continues.
        app::LaunchOptions reopen;
        reopen.openRun = QString::fromStdString(m_tmp / "run");
        app::MainWindow again(reopen, 1);
        again.show();
        QTRY_VERIFY_WITH_TIMEOUT(!again.sampleView()->image().isNull(), 60000);
        QVERIFY(again.paused());
        QCOMPARE(again.lastStep(), closedAt);
        // The scrubber over the saved grids (read from samples/): an older step shows its PNG,
        // Latest the live grid again.
        auto* history = again.explorer()->historyBar();
        QCOMPARE(history->count(), static_cast<int>(closedAt / 3));
        QVERIFY(history->atLatest());
        QVERIFY(history->isVisible());
        const QImage live = again.sampleView()->image();
        history->slider()->setValue(0);
        QCOMPARE(history->currentStep(), 3);
        const QString firstGrid = QString::fromStdString(m_tmp / "run/samples/step-00000003.png");
        QCOMPARE(history->currentPath(), firstGrid);
        QCOMPARE(again.sampleView()->image().convertToFormat(QImage::Format_RGB32),
                 QImage(firstGrid).convertToFormat(QImage::Format_RGB32));
        QVERIFY(again.explorer()->caption().contains("step-00000003.png"));
        history->latestButton()->click();
        QCOMPARE(again.sampleView()->image(), live);
        // File → Export timelapse…: one frame per saved grid, written on its own thread.
        QSignalSpy timelapse(&again, &app::MainWindow::timelapseExported);
        const QString gif = QString::fromStdString(m_tmp / "timelapse.gif");
        again.exportTimelapse(gif);
        QVERIFY(timelapse.wait(60000));
        QCOMPARE(timelapse.last()[1].toInt(), history->count());
        QCOMPARE(timelapse.last()[2].toInt(), 0);
        QCOMPARE(static_cast<int>(decodeGif(gif.toStdString()).frames.size()), history->count());
        QVERIFY(again.plotPanel()->plot(widgets::PlotGroup::Losses)->pointCount("loss_d") >= 6);
        QVERIFY(again.plotPanel()->plot(widgets::PlotGroup::Metrics)->pointCount("FD[random]") >=
                1);
        QTest::qWait(300);
        QCOMPARE(again.lastStep(), closedAt); // exploring does not train
        again.pauseAction()->trigger();       // "Resume"
        QTRY_VERIFY_WITH_TIMEOUT(again.lastStep() > closedAt + 2, 60000);
        again.close();
    }

    // File → Open generator…: the file exported above, explored without its run folder; a file
    // that is not a generator is reported by name, and the window stays usable.
    void opensAnExportedGenerator() {
        app::LaunchOptions options;
        options.config = presetConfig("cpu-quick");
        options.config.dataPath = m_tmp / "data";
        app::MainWindow window(options, 1);
        window.show();
        // The launch dataset's import ends first (its "ready" line would replace the error's).
        QTRY_VERIFY_WITH_TIMEOUT(window.datasetPanel()->summaryText().contains("16 images"), 30000);
        const QString junk = QString::fromStdString(m_tmp / "junk.pt");
        writeBytes(junk.toStdString(), {'P', 'K', 3, 4, 0, 0});
        window.openGenerator(junk);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("not a readable TorchScript"), 30000);
        QVERIFY(window.statusText().contains("junk.pt"));

        QSignalSpy opened(&window, &app::MainWindow::generatorOpened);
        window.openGenerator(QString::fromStdString(m_tmp / "generator.pt"));
        QVERIFY(opened.wait(30000));
        QVERIFY(window.statusText().contains("dcgan"));
        QVERIFY(window.runDir().isEmpty());
        // Conditional, two classes: the class picker offers them; the grid is one row each.
        QCOMPARE(window.explorer()->classPicker()->classNames().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!window.sampleView()->image().isNull(), 30000);
        QCOMPARE(window.sampleView()->image().height(), 2 * 16 + 3 * 2);
        // Truncation re-renders from the imported generator too.
        window.explorer()->truncationSlider()->setValue(0.5);
        QTRY_VERIFY_WITH_TIMEOUT(window.explorer()->caption().contains("truncation 0.50"), 30000);
        QSignalSpy exported(&window, &app::MainWindow::gridExported);
        SampleRequest r;
        r.cols = 4;
        r.classes = {1};
        const QString png = QString::fromStdString(m_tmp / "imported-grid.png");
        window.exportGrid(r, png);
        QVERIFY(exported.wait(30000));
        QCOMPARE(QImage(png).size(), QSize(4 * 16 + 5 * 2, 16 + 2 * 2));
        window.close();
    }

    // PG-GAN in the window: the Growth dock shows the schedule, the three strips, and on pause the
    // α slider previews any blend.
    void growingRunShowsItsFade() {
        app::LaunchOptions options = quickLaunch("pggan", "growing");
        options.config.growth = {.startResolution = 8, // 8², then →16² after 500 steps of 4
                                 .stabiliseImages = 2000,
                                 .fadeImages = 2000,
                                 .batchSizes = {}};
        app::MainWindow window(options, 1);
        window.show();
        auto* fade = window.fadeInView();
        QTRY_VERIFY_WITH_TIMEOUT(fade->statusText().contains("Stabilising at 8×8"), 60000);
        QCOMPARE(fade->timeline()->currentPhase(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(fade->hasImages(), 30000); // 4×4 upsampled, 8×8, blend
        QTRY_VERIFY_WITH_TIMEOUT(fade->statusText().contains("Fading in 16×16"), 120000);
        QVERIFY(fade->timeline()->currentPhase() >= 1);
        QVERIFY(fade->blendCaption().contains("α"));
        QVERIFY(!fade->alphaSlider()->isEnabled());
        window.pauseAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.paused(), 10000);
        QVERIFY(fade->alphaSlider()->isEnabled());
        const QImage before = fade->blendImage();
        fade->alphaSlider()->setValue(fade->alphaSlider()->value() > 50 ? 10 : 90);
        const QString wanted = fade->alphaSlider()->value() == 10 ? "0.10" : "0.90";
        QTRY_VERIFY_WITH_TIMEOUT(fade->blendCaption().contains(wanted), 30000);
        QVERIFY(fade->blendImage() != before);
        window.close();
    }

    // ADA in the window: p and r_t draw live in the "Overfitting & ADA" tab and p is in the status
    // line; a reopened run draws them from metrics.jsonl.
    void adaCurvesDrawLiveAndReopen() {
        app::LaunchOptions options = quickLaunch("cpu-quick", "ada");
        options.config.augment = {.mode = AugmentMode::Ada, .ops = {}};
        options.config.augment.adaInterval = 1;
        options.config.logEvery = 1;
        options.config.checkpointEvery = 5;
        {
            app::MainWindow window(options, 1);
            window.show();
            auto* plot = window.plotPanel()->plot(widgets::PlotGroup::Augmentation);
            QTRY_VERIFY_WITH_TIMEOUT(plot->pointCount("ada_p") >= 6, 60000);
            QVERIFY(plot->pointCount("ada_rt") >= 5);
            QVERIFY(window.statusText().contains("ADA p"));
            window.close();
        }
        app::LaunchOptions reopen;
        reopen.openRun = QString::fromStdString(m_tmp / "ada");
        app::MainWindow again(reopen, 1);
        again.show();
        auto* plot = again.plotPanel()->plot(widgets::PlotGroup::Augmentation);
        QTRY_VERIFY_WITH_TIMEOUT(plot->pointCount("ada_rt") >= 5, 60000);
        QVERIFY(plot->pointCount("ada_p") >= 5);
        again.close();
    }

    // The collapse guard in the window: injected NaN pauses the run with a message; "Roll back"
    // restores the last good checkpoint, and training continues from there.
    void collapsePausesAndRollsBack() {
        app::LaunchOptions options = quickLaunch("cpu-quick", "collapsing");
        options.config.checkpointEvery = 5;
        options.config.healthEvery = 2;
        options.injectNanAt = 8;
        app::MainWindow window(options, 1);
        window.show();
        auto* health = window.healthPanel();
        QTRY_VERIFY_WITH_TIMEOUT(health->collapseShown(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window.paused(), 10000);
        QVERIFY(health->collapseText().contains("step 8"));
        QVERIFY(health->collapseText().contains("non-finite"));
        QVERIFY(health->collapseText().contains("step 5"));
        QVERIFY(health->sigmaPlot()->pointCount("sigma0_g_first") >= 3);
        QTest::qWait(300);
        QCOMPARE(window.lastStep(), qint64(8)); // nothing trains while collapsed
        QVERIFY(!fs::exists(m_tmp / "collapsing/checkpoints/step-00000008.pt"));
        health->rollBackButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.lastStep(), qint64(5), 30000);
        QVERIFY(!health->collapseShown());
        QVERIFY(window.paused());
        window.pauseAction()->trigger(); // Resume: the injected fault was one-shot
        QTRY_VERIFY_WITH_TIMEOUT(window.lastStep() > 9, 60000);
        QVERIFY(!health->collapseShown());
        window.close();
    }

    // A reopened run whose samples lost their diversity: the Health panel flags mode collapse from
    // its history (here a tiny run judged at its last step against a threshold of 1).
    void reopenedRunShowsModeCollapse() {
        TrainConfig config = quickLaunch("cpu-quick", "unused").config;
        config.steps = 4;
        config.logEvery = 1;
        config.healthEvery = 1;
        config.modeCollapseBelow = 1.0;
        const std::string dir = m_tmp / "mode-collapse";
        {
            auto run = TrainingRun::create(config, dir);
            run.train(4, {});
        }
        app::LaunchOptions reopen;
        reopen.openRun = QString::fromStdString(dir);
        app::MainWindow window(reopen, 1);
        window.show();
        auto* health = window.healthPanel();
        QTRY_VERIFY_WITH_TIMEOUT(health->modeCollapseShown(), 60000);
        QVERIFY2(health->modeCollapseText().contains("(below 1) since step 4"),
                 qPrintable(health->modeCollapseText()));
        QCOMPARE(health->diversityPlot()->pointCount("diversity"), 4);
        QVERIFY(!health->collapseShown()); // a warning, not the guard
        window.close();
    }

    // The "Training processes" setting: the run trains in 2 processes (the window and a
    // ganlab-cli beside it); the status shows each one's compute; pause, "Evaluate now", previews
    // and resume work; closing writes one checkpoint and ends the other rank.
    void trainsInTwoProcesses() {
        app::settings::setTrainingProcesses(2);
        const auto reset = qScopeGuard([] { app::settings::setTrainingProcesses(1); });
        qputenv("GANLAB_CLI", GANLAB_CLI_PATH);
        app::LaunchOptions options = quickLaunch("cpu-quick", "two-processes");
        options.config.eval.samples = 16;
        {
            app::MainWindow window(options, 2);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains("2 processes"), 120000);
            QTRY_VERIFY_WITH_TIMEOUT(window.lastStep() >= 4, 60000);
            window.pauseAction()->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(window.paused(), 10000);
            auto* metrics = window.plotPanel()->plot(widgets::PlotGroup::Metrics);
            window.evaluateAction()->trigger(); // on rank 0, while the other waits
            QTRY_VERIFY_WITH_TIMEOUT(metrics->pointCount("FD[random]") >= 1, 60000);
            window.explorer()->truncationSlider()->setValue(0.7);
            QTRY_VERIFY_WITH_TIMEOUT(window.explorer()->caption().contains("truncation 0.70"),
                                     30000);
            const qint64 pausedAt = window.lastStep();
            window.pauseAction()->trigger(); // resume
            QTRY_VERIFY_WITH_TIMEOUT(window.lastStep() > pausedAt + 2, 60000);
            window.close();
        }
        QVERIFY(fs::exists(m_tmp / "two-processes/checkpoints"));
        QVERIFY(!fs::is_empty(m_tmp / "two-processes/checkpoints"));
        const auto log = readBytes(m_tmp / "two-processes/log.txt");
        QVERIFY(std::string(log.begin(), log.end()).find("training in 2 processes (the window)") !=
                std::string::npos);
    }

    // Last: it switches the application's language.
    // The transfer lab's window: a comparison of two sources and scratch is created on its
    // thread, trains interleaved, stops part-way (every arm saved), continues to the end, and
    // shows aligned curves, both rankings and grids from the same z; the main window reopens it.
    void comparisonWindowTrainsStopsAndReopens() {
        for (const std::string cls : {"class0", "class1"}) {
            TrainConfig source = quickLaunch("cpu-quick", "unused").config;
            source.classes = {cls};
            source.steps = 20;
            source.checkpointEvery = 20;
            auto run = TrainingRun::create(source, m_tmp / ("source-" + cls));
            run.train(20, {});
        }
        CompareSpec spec;
        spec.target = quickLaunch("cpu-quick", "unused").config;
        spec.target.classes = {"class0"};
        spec.target.steps = 12;
        spec.target.evalEvery = 4;
        spec.target.sampleEvery = 4;
        spec.target.eval.samples = 16;
        spec.sources = {m_tmp / "source-class0", m_tmp / "source-class1"};
        spec.chunkSteps = 2;
        spec.ranking.samples = 16;
        const QString dir = QString::fromStdString(m_tmp / "comparison");
        {
            app::CompareWindow window(spec, dir);
            window.show();
            auto* view = window.view();
            QTRY_VERIFY_WITH_TIMEOUT(view->progressText() == "3 arms at step 0 of 12", 120000);
            QCOMPARE(view->predictionTable()->rowCount(), 2);
            QSignalSpy ended(&window, &app::CompareWindow::trainingEnded);
            window.startTraining();
            QVERIFY(window.training());
            QTRY_VERIFY_WITH_TIMEOUT(!view->progressText().contains("step 0 "), 120000);
            window.stopTraining();
            QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 120000);
            QCOMPARE(ended[0][0].toBool(), false);
            QVERIFY(!window.isFinished());
            window.startTraining(); // continues where every arm stopped
            QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 300000);
            QVERIFY2(ended[1][0].toBool(), qPrintable(window.lastError()));
            QVERIFY(window.isFinished());
            QCOMPARE(view->progressText(), QString("3 arms at step 12 of 12"));
            QCOMPARE(view->currentMetric(), QString("FD[random]"));
            QCOMPARE(view->plot()->seriesLabels().size(), 3);
            for (const QString arm : {"scratch", "G+D ← source-class0", "G+D ← source-class1"})
                QCOMPARE(view->plot()->pointCount(arm), 3); // steps 4, 8, 12 in every arm
            QCOMPARE(view->rankingTable()->rowCount(), 3);
            QCOMPARE(view->currentStep(), 12);
            QTRY_VERIFY_WITH_TIMEOUT(!view->gridImage(2).isNull(), 30000);
            window.close();
        }
        app::LaunchOptions options;
        options.config = quickLaunch("cpu-quick", "unused").config;
        options.runDir = QString::fromStdString(m_tmp / "main-for-comparison");
        app::MainWindow main(options, 1);
        main.openComparison(dir);
        QCOMPARE(main.comparisons().size(), 1);
        auto* reopened = main.comparisons().front();
        QTRY_VERIFY_WITH_TIMEOUT(reopened->isFinished(), 60000);
        QCOMPARE(reopened->view()->rankingTable()->rowCount(), 3);
        main.openComparison(dir); // a second one, left open when the main window goes
        reopened->close();        // deleted on close
        QTRY_COMPARE(main.comparisons().size(), 1);
        QVERIFY(main.comparisons().front() != reopened);
        main.close();
    }

    void translationsAreCompiledInAndComplete() {
        QCOMPARE(app::installTranslations("zh_CN"), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate("ganlab::widgets::PlotPanel", "Losses"),
                 QStringLiteral("损失"));
        widgets::PlotPanel panel; // a real widget picks the language up
        QVERIFY(panel.findChildren<QCheckBox*>().front()->text() == QStringLiteral("对数坐标"));
        // The engine's coded messages and the settings' labels are the window's language too;
        // ganlab-cli keeps the same codes' English.
        const Problem refused{"lr_g", message(MessageCode::SettingOpenRange, 0, 1, 5)};
        QCOMPARE(widgets::problemText(refused),
                 QStringLiteral("学习率 G: 必须大于 0 且小于 1，而不是 5"));
        QCOMPARE(refused.message.text(), std::string("must be above 0 and below 1, not 5"));
        const Error badData(ErrorKind::Data, "/d/x.idx", message(MessageCode::IdxBadMagic));
        QVERIFY(!widgets::errorText(badData).contains("bad magic"));
        QVERIFY(widgets::errorText(badData).startsWith("/d/x.idx: "));
        widgets::ConfigPanel form;
        form.editor("lr_g")->setProperty("text", "fast");
        QVERIFY2(form.problems().join(' ').startsWith(QStringLiteral("学习率 G")),
                 qPrintable(form.problems().join(' ')));
        app::installTranslations("zh_TW");
        QCOMPARE(QCoreApplication::translate("ganlab::app::MainWindow", "Dataset"),
                 QStringLiteral("資料集"));
        // Every message of both languages is translated (lupdate marks the rest "unfinished").
        for (const char* ts : {GANLAB_SOURCE_DIR "/translations/ganlab_zh_CN.ts",
                               GANLAB_SOURCE_DIR "/translations/ganlab_zh_TW.ts"}) {
            QFile file(QString::fromUtf8(ts));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY2(!text.contains("type=\"unfinished\""), ts);
            QVERIFY(text.count("<message") > 100);
        }
    }

private:
    // A tiny, endless, auto-started run of a preset on the test folder, into m_tmp/runName.
    app::LaunchOptions quickLaunch(const std::string& preset, const std::string& runName) {
        app::LaunchOptions options;
        options.config = presetConfig(preset);
        options.config.dataPath = m_tmp / "data";
        options.config.resolution = 16;
        options.config.width = 0.125;
        options.config.latentDim = 8;
        options.config.batchSize = 4;
        options.config.steps = 100000;
        options.config.sampleEvery = 0;
        options.config.checkpointEvery = 0;
        options.config.evalEvery = 0;
        options.runDir = QString::fromStdString(m_tmp / runName);
        options.autoStart = true;
        return options;
    }

    TempDir m_tmp;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
