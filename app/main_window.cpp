// MainWindow implementation.
#include "main_window.h"

#include "sample_grid_view.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace ganlab::app {
namespace {

QString duration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("--:--");
    const qint64 s = std::llround(seconds);
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QChar('0'))
                           .arg(s % 60, 2, 10, QChar('0'))
                     : QStringLiteral("%1:%2")
                           .arg(s / 60, 2, 10, QChar('0'))
                           .arg(s % 60, 2, 10, QChar('0'));
}

} // namespace

MainWindow::MainWindow(LaunchOptions options, int computeThreads, QWidget* parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_controller(computeThreads) {
    buildUi();
    connect(m_controller.worker(), &TrainingWorker::importProgress, this,
            [this](double f, const QString& m) {
                m_progress->setRange(0, 1000);
                m_progress->setValue(static_cast<int>(f * 1000));
                m_statusLabel->setText(tr("Importing: %1").arg(m));
            });
    connect(m_controller.worker(), &TrainingWorker::runReady, this, &MainWindow::showRun);
    connect(m_controller.worker(), &TrainingWorker::statsReady, this, &MainWindow::showStats);
    connect(m_controller.worker(), &TrainingWorker::sampleReady, this,
            [this](qint64, const QImage& grid) { m_grid->setImage(grid); });
    connect(m_controller.worker(), &TrainingWorker::checkpointSaved, this,
            [this](const QString& path) {
                statusBar()->showMessage(tr("Checkpoint saved: %1").arg(path), 5000);
            });
    connect(m_controller.worker(), &TrainingWorker::failed, this, [this](const QString& message) {
        m_statusLabel->setText(tr("Error: %1").arg(message));
        m_start->setEnabled(!m_controller.active() || m_lastStep == 0);
        if (!qEnvironmentVariableIsSet("GANLAB_NO_DIALOGS"))
            QMessageBox::warning(this, tr("ganlab"), message);
    });
    connect(m_controller.worker(), &TrainingWorker::pausedChanged, this, [this](bool paused) {
        m_paused = paused;
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    });
    if (!m_options.openRun.isEmpty())
        openRun(m_options.openRun);
    else if (m_options.autoStart)
        startTraining();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi() {
    setWindowTitle(tr("ganlab"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_datasetLabel = new QLabel(
        tr("Dataset: %1").arg(QString::fromStdString(m_options.config.dataPath)), central);
    m_datasetLabel->setWordWrap(true);
    m_grid = new widgets::SampleGridView(central);
    m_grid->setPlaceholderText(
        tr("Press Train to start on the dataset above.\nSamples from a fixed latent "
           "batch (EMA generator) appear here as training runs."));
    layout->addWidget(m_datasetLabel);
    layout->addWidget(m_grid, 1);
    setCentralWidget(central);

    auto* toolbar = addToolBar(tr("Training"));
    toolbar->setObjectName("training-toolbar");
    m_start = toolbar->addAction(tr("Train"), this, &MainWindow::startTraining);
    m_start->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_pause = toolbar->addAction(tr("Pause"), this, &MainWindow::togglePause);
    m_pause->setShortcut(QKeySequence(Qt::Key_Space));
    m_pause->setEnabled(false);
    m_open = toolbar->addAction(tr("Open run…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a run folder"));
        if (!dir.isEmpty())
            openRun(dir);
    });
    m_open->setShortcut(QKeySequence::Open);

    m_statusLabel = new QLabel(tr("Ready"), this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(240);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    resize(720, 760);
}

QString MainWindow::newRunDir() const {
    if (!m_options.runDir.isEmpty())
        return m_options.runDir;
    const QString base =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/runs";
    QDir().mkpath(base);
    return base + "/" + QString::fromStdString(m_options.config.model) + "-" +
           QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss");
}

void MainWindow::startTraining() {
    if (m_controller.active())
        return;
    m_start->setEnabled(false);
    m_open->setEnabled(false);
    m_statusLabel->setText(tr("Preparing the dataset…"));
    m_controller.startNew(m_options.config, newRunDir());
}

void MainWindow::openRun(const QString& runDir) {
    if (m_controller.active())
        return;
    m_start->setEnabled(false);
    m_open->setEnabled(false);
    m_statusLabel->setText(tr("Opening %1…").arg(runDir));
    m_controller.openExisting(runDir);
}

void MainWindow::togglePause() {
    if (m_paused)
        m_controller.resume();
    else
        m_controller.pause();
}

void MainWindow::showRun(const QString& runDir, const DatasetInfo& d, qint64 step, qint64 total) {
    m_lastStep = step;
    m_totalSteps = total;
    m_datasetLabel->setText(tr("Dataset: %1 — %2 images, %3 px, %4 classes, %5 skipped · Run: %6")
                                .arg(QString::fromStdString(d.path))
                                .arg(d.count)
                                .arg(d.resolution)
                                .arg(d.classNames.size())
                                .arg(d.report.skipped)
                                .arg(runDir));
    m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT32_MAX)));
    m_progress->setValue(static_cast<int>(step));
    m_pause->setEnabled(true);
    setWindowTitle(tr("ganlab — %1").arg(QDir(runDir).dirName()));
}

void MainWindow::showStats(const StepStats& s) {
    m_lastStep = s.step;
    m_progress->setValue(static_cast<int>(s.step));
    const double perStep = s.stepMs / 1000.0;
    m_statusLabel->setText(tr("Step %1 / %2 · D %3 · G %4 · %5 img/s · elapsed %6 · ETA %7")
                               .arg(s.step)
                               .arg(m_totalSteps)
                               .arg(s.lossD, 0, 'f', 3)
                               .arg(s.lossG, 0, 'f', 3)
                               .arg(s.imagesPerSec, 0, 'f', 0)
                               .arg(duration(s.elapsedSec))
                               .arg(duration(perStep * double(m_totalSteps - s.step))));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_statusLabel->setText(tr("Saving a checkpoint…"));
    m_controller.shutdown();
    event->accept();
}

} // namespace ganlab::app
