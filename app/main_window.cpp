// MainWindow implementation.
#include "main_window.h"
#include "message_text.h"

#include "app_settings.h"
#include "config_panel.h"
#include "dataset_drop_zone.h"
#include "dataset_panel.h"
#include "fade_in_view.h"
#include "health_panel.h"
#include "metric_table.h"

#include "export_grid_dialog.h"
#include "log_bridge.h"
#include "log_panel.h"
#include "plot_series.h"
#include "sample_explorer.h"
#include "sample_grid_view.h"
#include "settings_dialog.h"

#include "api/metrics_history.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace ganlab::app {
namespace {

QDockWidget* addDock(QMainWindow* window, const QString& title, const QString& name,
                     QWidget* content, Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    return dock;
}

} // namespace

MainWindow::MainWindow(LaunchOptions options, int computeThreads, QWidget* parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_controller(computeThreads) {
    buildUi();
    buildActions();
    connectWorkers();
    if (m_options.injectNanAt >= 0)
        m_controller.setFaultInjection(m_options.injectNanAt);
    restoreSettings();
    m_config->setConfig(m_options.config);
    if (!m_options.openRun.isEmpty()) {
        openRun(m_options.openRun);
    } else if (m_options.autoStart) {
        m_datasetPath = QString::fromStdString(m_options.config.dataPath);
        startTraining();
    } else {
        openDataset(QString::fromStdString(m_options.config.dataPath));
    }
}

MainWindow::~MainWindow() {
    cancelTimelapse();
}

widgets::SampleGridView* MainWindow::sampleView() const {
    return m_explorer->gridView();
}

void MainWindow::buildUi() {
    setWindowTitle(tr("ganlab"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ganlab-256.png")));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_explorer = new widgets::SampleExplorer(this);
    setCentralWidget(m_explorer);
    m_viewMenu = new QMenu(tr("&View"), this);
    buildSideDocks();
    buildBottomDocks();

    m_statusLabel = new QLabel(tr("Ready"), this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    resize(1400, 900);
}

void MainWindow::buildSideDocks() {
    auto* datasetBox = new QWidget(this);
    auto* datasetLayout = new QVBoxLayout(datasetBox);
    datasetLayout->setContentsMargins(0, 0, 0, 0);
    m_dropZone = new widgets::DatasetDropZone(datasetBox);
    m_datasetPanel = new widgets::DatasetPanel(datasetBox);
    datasetLayout->addWidget(m_dropZone);
    datasetLayout->addWidget(m_datasetPanel, 1);
    auto* datasetDock = addDock(this, tr("Dataset"), QStringLiteral("dataset-dock"), datasetBox,
                                Qt::LeftDockWidgetArea);

    m_config = new widgets::ConfigPanel(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_config);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_config->sizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width() + 8);
    auto* configDock = addDock(this, tr("Configuration"), QStringLiteral("config-dock"), scroll,
                               Qt::RightDockWidgetArea);
    m_viewMenu->addAction(datasetDock->toggleViewAction());
    m_viewMenu->addAction(configDock->toggleViewAction());
}

void MainWindow::buildBottomDocks() {
    m_plots = new widgets::PlotPanel(this);
    auto* plotDock =
        addDock(this, tr("Plots"), QStringLiteral("plot-dock"), m_plots, Qt::BottomDockWidgetArea);
    m_log = new widgets::LogPanel(this);
    auto* logDock =
        addDock(this, tr("Log"), QStringLiteral("log-dock"), m_log, Qt::BottomDockWidgetArea);
    m_health = new widgets::HealthPanel(this);
    m_healthDock = addDock(this, tr("Health"), QStringLiteral("health-dock"), m_health,
                           Qt::BottomDockWidgetArea);
    m_metricTable = new widgets::MetricTable(this);
    auto* evaluationDock = addDock(this, tr("Evaluation"), QStringLiteral("evaluation-dock"),
                                   m_metricTable, Qt::BottomDockWidgetArea);
    m_fade = new widgets::FadeInView(this);
    m_fadeDock = addDock(this, tr("Growth"), QStringLiteral("growth-dock"), m_fade,
                         Qt::BottomDockWidgetArea);
    tabifyDockWidget(plotDock, logDock);
    tabifyDockWidget(plotDock, evaluationDock);
    tabifyDockWidget(plotDock, m_healthDock);
    tabifyDockWidget(plotDock, m_fadeDock);
    plotDock->raise();
    for (auto* dock : {plotDock, evaluationDock, logDock, m_healthDock, m_fadeDock})
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::connectWorkers() {
    connectTraining();
    connectHealthAndGrowth();
    connectPreviews();
    connectPanels();
}

void MainWindow::connectTraining() {
    const TrainingWorker* worker = m_controller.worker();
    connect(worker, &TrainingWorker::importProgress, this, [this](double f, const QString& m) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(f * 1000));
        m_statusLabel->setText(tr("Importing: %1").arg(m));
        m_datasetPanel->setProgress(f, m);
    });
    connect(worker, &TrainingWorker::runReady, this, &MainWindow::showRun);
    connect(worker, &TrainingWorker::statsReady, this, &MainWindow::showStats);
    connect(worker, &TrainingWorker::metricsReady, this, [this](const MetricResults& results) {
        addMetricResults(*m_plots, results);
        m_metricTable->showResults(results);
    });
    connect(worker, &TrainingWorker::checkpointSaved, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Checkpoint saved: %1").arg(path), 5000);
    });
    connect(worker, &TrainingWorker::failed, this, &MainWindow::reportError);
    connect(worker, &TrainingWorker::sampleSaved, this, &MainWindow::addSavedGrid);
    connect(worker, &TrainingWorker::pausedChanged, this, [this](bool paused) {
        m_paused = paused;
        m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
        m_fade->setPaused(paused);
    });
    connect(worker, &TrainingWorker::runFinished, this, [this](qint64 step) {
        m_statusLabel->setText(
            tr("Finished at step %1 · explore the samples, or Train a new run").arg(step));
    });
    connect(worker, &TrainingWorker::stopped, this, [this] {
        setRunning(false);
        m_pause->setEnabled(false);
        if (!m_runDir.isEmpty())
            m_statusLabel->setText(tr("Stopped at step %1 · %2").arg(m_lastStep).arg(m_runDir));
    });
}

void MainWindow::connectHealthAndGrowth() {
    connect(m_controller.worker(), &TrainingWorker::collapseDetected, this,
            &MainWindow::showCollapse);
    connect(m_health, &widgets::HealthPanel::rollBackRequested, this, [this] {
        m_health->clearCollapse();
        m_statusLabel->setText(tr("Rolling back to the last good checkpoint…"));
        m_controller.rollBack();
    });
    connect(m_health, &widgets::HealthPanel::continueRequested, this, [this] {
        m_health->clearCollapse();
        m_controller.continueAfterCollapse();
    });
    connect(m_fade, &widgets::FadeInView::alphaPreviewRequested, &m_controller,
            &TrainingController::setFadeAlpha);
    connect(m_controller.preview(), &PreviewWorker::fadeReady, this, [this](const FadeImages& f) {
        m_fade->setImages(f.lower, f.upper, f.blend, f.lowerResolution, f.upperResolution, f.alpha);
    });
}

void MainWindow::connectPreviews() {
    const PreviewWorker* preview = m_controller.preview();
    connect(m_explorer, &widgets::SampleExplorer::requestChanged, &m_controller,
            &TrainingController::setSampleRequest);
    connect(m_explorer, &widgets::SampleExplorer::interpolationRequested, &m_controller,
            &TrainingController::interpolate);
    connect(preview, &PreviewWorker::gridReady, m_explorer, &widgets::SampleExplorer::showGrid);
    connect(preview, &PreviewWorker::interpolationReady, m_explorer,
            &widgets::SampleExplorer::showInterpolation);
    connect(preview, &PreviewWorker::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Sample grid written: %1").arg(path), 8000);
        emit gridExported(path);
    });
    connect(preview, &PreviewWorker::generatorExported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Generator written: %1 (torch.jit.load)").arg(path), 8000);
        emit generatorExported(path);
    });
    connect(preview, &PreviewWorker::generatorOpened, this, &MainWindow::showImportedGenerator);
    connect(preview, &PreviewWorker::failed, this, &MainWindow::reportError);
}

void MainWindow::connectPanels() {
    connect(&m_inspector, &DatasetInspector::progress, m_datasetPanel,
            &widgets::DatasetPanel::setProgress);
    connect(&m_inspector, &DatasetInspector::ready, this, [this](const DatasetInfo& info) {
        m_datasetPanel->showDataset(info);
        m_statusLabel->setText(
            tr("Dataset ready: %1 images. Press Train to start.").arg(info.count));
    });
    connect(&m_inspector, &DatasetInspector::failed, this,
            [this](const QString& path, const QString& message) {
                m_datasetPanel->showFailure(path, message);
                m_statusLabel->setText(tr("Could not import %1").arg(path));
            });
    connect(m_dropZone, &widgets::DatasetDropZone::datasetDropped, this, &MainWindow::openDataset);
    connect(m_plots, &widgets::PlotPanel::overlayRunRequested, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Overlay a run's curves"));
        if (!dir.isEmpty())
            overlayRun(dir);
    });
    connect(m_config, &widgets::ConfigPanel::validityChanged, this,
            [this](bool valid) { m_start->setEnabled(valid && !m_controller.active()); });
    connect(&LogBridge::instance(), &LogBridge::lineLogged, m_log, &widgets::LogPanel::appendLine);
}

void MainWindow::restoreSettings() {
    QSettings s;
    restoreGeometry(s.value("window/geometry").toByteArray());
    restoreState(s.value("window/state").toByteArray());
    m_plots->setMaxPointsPerSeries(settings::maxPlotPoints());
    refreshRecentMenu();
}

void MainWindow::refreshRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = settings::recentDatasets();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openDataset(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QString MainWindow::newRunDir() const {
    if (!m_options.runDir.isEmpty())
        return m_options.runDir;
    const QString base =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/runs";
    QDir().mkpath(base);
    const auto config = m_config->config();
    return base + "/" + QString::fromStdString(config ? config->model : "run") + "-" +
           QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss");
}

void MainWindow::setRunning(bool running) {
    m_start->setEnabled(!running && m_config->problems().isEmpty());
    m_stop->setEnabled(running);
    m_evaluate->setEnabled(running);
    m_openRun->setEnabled(!running);
    m_config->setLocked(running);
}

void MainWindow::openDataset(const QString& path) {
    if (path.isEmpty())
        return;
    m_datasetPath = path;
    m_config->setDatasetPath(path);
    m_datasetPanel->showImporting(path);
    if (path != QLatin1String("fashion-mnist") && path != QLatin1String("default")) {
        settings::addRecentDataset(path);
        refreshRecentMenu();
    }
    auto config = m_config->config().value_or(m_options.config);
    config.dataPath = path.toStdString();
    m_inspector.inspect(config);
    if (m_controller.active())
        statusBar()->showMessage(
            tr("The running run keeps its dataset; %1 is for the next run.").arg(path), 8000);
}

void MainWindow::startTraining() {
    if (m_controller.active())
        return;
    const auto config = m_config->config();
    if (!config) {
        reportError(
            tr("The configuration is not usable:\n%1").arg(m_config->problems().join('\n')));
        return;
    }
    TrainConfig c = *config;
    if (!m_datasetPath.isEmpty())
        c.dataPath = m_datasetPath.toStdString();
    settings::setLastConfig(c);
    m_plots->removeRun(QString());
    m_lastStep = 0;
    m_stepMsAverage = 0;
    setRunning(true);
    m_statusLabel->setText(tr("Preparing the dataset…"));
    m_controller.startNew(c, newRunDir());
}

void MainWindow::openRun(const QString& runDir) {
    if (m_controller.active())
        return;
    setRunning(true);
    m_plots->removeRun(QString());
    m_statusLabel->setText(tr("Opening %1…").arg(runDir));
    m_controller.openExisting(runDir);
}

void MainWindow::togglePause() {
    if (m_paused)
        m_controller.resume();
    else
        m_controller.pause();
}

void MainWindow::stopTraining() {
    if (!m_controller.active())
        return;
    m_statusLabel->setText(tr("Stopping: saving a checkpoint…"));
    m_controller.stop();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!widgets::DatasetDropZone::datasetPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = widgets::DatasetDropZone::datasetPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openDataset(path);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings s;
    s.setValue("window/geometry", saveGeometry());
    s.setValue("window/state", saveState());
    if (const auto config = m_config->config(); config && !m_controller.active())
        settings::setLastConfig(*config);
    m_statusLabel->setText(tr("Saving a checkpoint…"));
    cancelTimelapse();
    m_controller.shutdown();
    event->accept();
}

} // namespace ganlab::app
