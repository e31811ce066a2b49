// MainWindow's actions: menus, toolbar and keyboard shortcuts, and the dialogs they open
// (split from main_window.cpp).
#include "main_window.h"

#include "compare_dialog.h"
#include "compare_window.h"
#include "study_dialog.h"
#include "study_window.h"

#include "app_settings.h"
#include "config_panel.h"
#include "export_grid_dialog.h"
#include "plot_panel.h"
#include "sample_explorer.h"
#include "settings_dialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace ganlab::app {

void MainWindow::buildActions() {
    m_start = new QAction(tr("&Train"), this);
    m_start->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_start->setToolTip(tr("Start a new run with the configuration on the right (Ctrl+T)"));
    connect(m_start, &QAction::triggered, this, &MainWindow::startTraining);
    m_pause = new QAction(tr("&Pause"), this);
    m_pause->setShortcut(QKeySequence(Qt::Key_Space));
    m_pause->setEnabled(false);
    connect(m_pause, &QAction::triggered, this, &MainWindow::togglePause);
    m_stop = new QAction(tr("&Stop"), this);
    m_stop->setShortcut(QKeySequence(tr("Ctrl+.")));
    m_stop->setToolTip(tr("Save a checkpoint and end the run (it can be reopened later)"));
    m_stop->setEnabled(false);
    connect(m_stop, &QAction::triggered, this, &MainWindow::stopTraining);
    m_openDataset = new QAction(tr("Open &dataset…"), this);
    m_openDataset->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(m_openDataset, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Open an image folder (for a zip, IDX or CIFAR file, drop it on the window)"));
        if (!dir.isEmpty())
            openDataset(dir);
    });
    m_openRun = new QAction(tr("Open &run…"), this);
    m_openRun->setShortcut(QKeySequence::Open);
    connect(m_openRun, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a run folder"));
        if (!dir.isEmpty())
            openRun(dir);
    });
    m_exportGrid = new QAction(tr("&Export sample grid…"), this);
    m_exportGrid->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_exportGrid, &QAction::triggered, this, &MainWindow::exportGridWithDialog);
    auto* exportGenerator = new QAction(tr("Export &generator…"), this);
    exportGenerator->setToolTip(tr("Write the EMA generator as a TorchScript file that PyTorch "
                                   "loads without ganlab (torch.jit.load)"));
    connect(exportGenerator, &QAction::triggered, this, [this] {
        QString suggested = QDir::homePath() + "/generator.pt";
        if (!m_runDir.isEmpty()) {
            QDir(m_runDir).mkpath(QStringLiteral("exports"));
            suggested =
                QStringLiteral("%1/exports/generator-step-%2.pt").arg(m_runDir).arg(m_lastStep);
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Export generator"), suggested,
                                                          tr("TorchScript module (*.pt)"));
        if (!path.isEmpty())
            this->exportGenerator(path);
    });
    auto* exportTimelapse = new QAction(tr("Export &timelapse…"), this);
    exportTimelapse->setToolTip(tr("Write the grids the run saved (samples/) as an animated GIF "
                                   "or an MP4 video, each frame labelled with its step and FD"));
    connect(exportTimelapse, &QAction::triggered, this, &MainWindow::exportTimelapseWithDialog);
    auto* openGeneratorAction = new QAction(tr("Open &generator…"), this);
    openGeneratorAction->setToolTip(
        tr("Explore a generator exported as TorchScript, without its run folder"));
    connect(openGeneratorAction, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a TorchScript generator"), QDir::homePath(),
                                         tr("TorchScript module (*.pt *.pth);;All files (*)"));
        if (!path.isEmpty())
            openGenerator(path);
    });
    auto* exportCsv = new QAction(tr("Export &metrics as CSV…"), this);
    exportCsv->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    connect(exportCsv, &QAction::triggered, this, &MainWindow::exportCsvWithDialog);
    auto* overlay = new QAction(tr("&Overlay another run's curves…"), this);
    connect(overlay, &QAction::triggered, m_plots, &widgets::PlotPanel::overlayRunRequested);
    auto* settingsAction = new QAction(tr("Se&ttings…"), this);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_evaluate = new QAction(tr("&Evaluate now"), this);
    m_evaluate->setShortcut(QKeySequence(tr("Ctrl+M")));
    m_evaluate->setToolTip(tr("Compute the run's metrics now (between training chunks)"));
    m_evaluate->setEnabled(false);
    connect(m_evaluate, &QAction::triggered, &m_controller, &TrainingController::evaluateNow);
    auto* compare = new QAction(tr("&Compare sources…"), this);
    compare->setToolTip(tr("Train this configuration from several pretrained sources (and from "
                           "scratch) side by side, and rank them"));
    connect(compare, &QAction::triggered, this, &MainWindow::compareSourcesWithDialog);
    auto* openComparisonAction = new QAction(tr("Open c&omparison…"), this);
    connect(openComparisonAction, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a comparison folder"));
        if (!dir.isEmpty())
            openComparison(dir);
    });
    auto* study = new QAction(tr("St&udies…"), this);
    study->setToolTip(tr("Rerun a seed paper's headline experiment on this dataset (truncation, "
                         "growing, projected, AC-GAN, transfer) and write its report"));
    connect(study, &QAction::triggered, this, &MainWindow::studyWithDialog);
    auto* openStudyAction = new QAction(tr("Open stud&y folder…"), this);
    connect(openStudyAction, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a study folder"));
        if (!dir.isEmpty())
            openStudy(dir);
    });
    auto* newSeeds = new QAction(tr("&New seeds"), this);
    connect(newSeeds, &QAction::triggered, m_explorer, &widgets::SampleExplorer::newSeeds);

    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openDataset);
    m_recentMenu = file->addMenu(tr("Recent datasets"));
    file->addAction(m_openRun);
    file->addAction(openComparisonAction);
    file->addAction(openGeneratorAction);
    file->addSeparator();
    file->addAction(m_exportGrid);
    file->addAction(exportGenerator);
    file->addAction(exportTimelapse);
    file->addAction(exportCsv);
    file->addAction(overlay);
    file->addSeparator();
    file->addAction(settingsAction);
    file->addAction(quit);
    auto* training = menuBar()->addMenu(tr("T&raining"));
    training->addAction(m_start);
    training->addAction(m_pause);
    training->addAction(m_stop);
    training->addAction(m_evaluate);
    training->addSeparator();
    training->addAction(compare);
    training->addAction(study);
    training->addAction(openStudyAction);
    training->addSeparator();
    training->addAction(newSeeds);
    menuBar()->addMenu(m_viewMenu);
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ganlab"), this, [this] {
        QMessageBox::about(
            this, tr("About ganlab"),
            tr("<b>ganlab</b> %1<br>A desktop lab for training and studying GANs.<br>"
               "Ideas from Transferring GANs, AC-GAN, PG-GAN, Projected GANs and BigGAN.")
                .arg(QApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Training"));
    toolbar->setObjectName(QStringLiteral("training-toolbar"));
    toolbar->addAction(m_start);
    toolbar->addAction(m_pause);
    toolbar->addAction(m_stop);
    toolbar->addSeparator();
    toolbar->addAction(m_openDataset);
    toolbar->addAction(m_openRun);
    toolbar->addAction(m_exportGrid);
    m_viewMenu->addAction(toolbar->toggleViewAction());
}

void MainWindow::compareSourcesWithDialog() {
    const auto config = m_config->config();
    if (!config) {
        reportError(
            tr("The configuration is not usable:\n%1").arg(m_config->problems().join('\n')));
        return;
    }
    TrainConfig target = *config;
    if (!m_datasetPath.isEmpty())
        target.dataPath = m_datasetPath.toStdString();
    CompareDialog dialog(target, newRunDir() + QStringLiteral("-comparison"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showComparison(new CompareWindow(dialog.spec(), dialog.outputDir(), this));
}

void MainWindow::openComparison(const QString& dir) {
    showComparison(new CompareWindow(dir, this));
}

void MainWindow::showComparison(CompareWindow* window) {
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    m_comparisons.removeAll(nullptr); // closed ones (a destroyed() slot here would run while
    m_comparisons.append(window);     // ~QWidget deletes the children, after our members)
}

QList<CompareWindow*> MainWindow::comparisons() const {
    QList<CompareWindow*> open;
    for (const auto& w : m_comparisons)
        if (w)
            open.append(w);
    return open;
}

void MainWindow::studyWithDialog() {
    TrainConfig current = m_config->config().value_or(m_options.config);
    if (!m_datasetPath.isEmpty())
        current.dataPath = m_datasetPath.toStdString();
    StudyDialog dialog(current, m_runDir, newRunDir(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showStudy(new StudyWindow(dialog.spec(), dialog.outputDir(), this));
}

void MainWindow::openStudy(const QString& dir) {
    showStudy(new StudyWindow(dir, this));
}

void MainWindow::showStudy(StudyWindow* window) {
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    m_studies.removeAll(nullptr); // closed ones (as for comparisons)
    m_studies.append(window);
}

QList<StudyWindow*> MainWindow::studyWindows() const {
    QList<StudyWindow*> open;
    for (const auto& w : m_studies)
        if (w)
            open.append(w);
    return open;
}

void MainWindow::exportGrid(const SampleRequest& request, const QString& path) {
    m_controller.exportGrid(request, path);
}

void MainWindow::exportGenerator(const QString& path) {
    m_controller.exportGenerator(path);
}

void MainWindow::openGenerator(const QString& path) {
    if (m_controller.active())
        return reportError(tr("Stop the run before opening a generator: %1").arg(path));
    m_controller.openGenerator(path);
}

bool MainWindow::exportMetricsCsv(const QString& path) {
    return m_plots->exportCsv(path);
}

void MainWindow::exportGridWithDialog() {
    QString suggested = QDir::homePath() + "/samples.png";
    if (!m_runDir.isEmpty()) {
        QDir(m_runDir).mkpath(QStringLiteral("exports"));
        suggested = QStringLiteral("%1/exports/grid-step-%2.png").arg(m_runDir).arg(m_lastStep);
    }
    widgets::ExportGridDialog dialog(m_explorer->request(), m_classNames, suggested, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.path().isEmpty())
        exportGrid(dialog.request(), dialog.path());
}

void MainWindow::exportCsvWithDialog() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export metrics"), m_runDir.isEmpty() ? QDir::homePath() : m_runDir + "/plots.csv",
        tr("CSV table (*.csv)"));
    if (!path.isEmpty() && !exportMetricsCsv(path))
        reportError(tr("Could not write %1").arg(path));
}

void MainWindow::openSettings() {
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.apply())
        statusBar()->showMessage(tr("The new language applies when ganlab starts again."), 8000);
    m_plots->setMaxPointsPerSeries(settings::maxPlotPoints());
}

} // namespace ganlab::app
