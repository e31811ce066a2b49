// MainWindow's views of a run: what it shows when a run is ready, a step's stats and growth
// position, a collapse, errors, and other runs' curves overlaid (split from main_window.cpp).
#include "main_window.h"

#include "config_panel.h"
#include "dataset_panel.h"
#include "fade_in_view.h"
#include "health_panel.h"
#include "log_panel.h"
#include "message_text.h"
#include "metric_table.h"
#include "plot_series.h"
#include "sample_explorer.h"

#include "api/metrics_history.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

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

// An imported TorchScript generator: the explorer draws from it; no run, no curves of its own.
void MainWindow::showImportedGenerator(const SnapshotPtr& generator, const QString& path) {
    m_runDir.clear();
    m_lastStep = std::max<qint64>(generator->step(), 0);
    m_classNames.clear();
    for (const auto& name : generator->classNames())
        m_classNames << QString::fromStdString(name);
    for (int k = m_classNames.size(); k < generator->numClasses(); ++k)
        m_classNames << tr("class %1").arg(k);
    m_explorer->setClasses(m_classNames);
    m_fade->clear();
    showSampleHistory(); // none: no run
    const QString model =
        generator->model().empty() ? tr("a generator") : QString::fromStdString(generator->model());
    m_statusLabel->setText(tr("Generator %1: %2, %3 px, %4 channel(s), latent %5%6")
                               .arg(path, model)
                               .arg(generator->resolution())
                               .arg(generator->channels())
                               .arg(generator->latentDim())
                               .arg(generator->step() >= 0
                                        ? tr(", trained %1 steps").arg(generator->step())
                                        : QString()));
    setWindowTitle(tr("ganlab — %1").arg(QFileInfo(path).fileName()));
    emit generatorOpened(path);
}

void MainWindow::showRun(const RunSummary& run) {
    m_runDir = run.runDir;
    m_lastStep = run.step;
    m_totalSteps = run.totalSteps;
    m_classNames = run.classNames;
    m_datasetPath = QString::fromStdString(run.config.dataPath);
    m_datasetPanel->showDataset(run.dataset);
    m_config->setConfig(run.config);
    m_config->setLocked(true);
    m_explorer->setClasses(run.classNames);
    m_explorer->setGridSize(run.fixedGrid.rows, run.fixedGrid.cols);
    m_explorer->setSeed(run.fixedGrid.seed);
    addHistory(*m_plots, run.history);
    m_metricTable->clear();
    m_health->clear();
    m_health->setModeCollapseRule(modeCollapseRule(run.config));
    addHealthHistory(*m_health, run.history);
    m_fade->clear();
    if (run.growth) {
        m_fade->setSchedule(run.growth->phases());
        if (run.growthState)
            m_fade->setPosition(run.growthState->imagesShown, run.growthState->level,
                                run.growthState->alpha, run.growthState->fading);
        m_fadeDock->raise();
    }
    m_progress->setRange(0, static_cast<int>(std::min<qint64>(run.totalSteps, INT32_MAX)));
    m_progress->setValue(static_cast<int>(run.step));
    m_pause->setEnabled(true);
    showSampleHistory();
    m_statusLabel->setText(
        tr("Run %1 at step %2 of %3").arg(run.runDir).arg(run.step).arg(run.totalSteps));
    setWindowTitle(tr("ganlab — %1").arg(QDir(run.runDir).dirName()));
}

void MainWindow::showStats(const StepStats& s) {
    m_lastStep = s.step;
    m_progress->setValue(static_cast<int>(s.step));
    addStepStats(*m_plots, s);
    addHealth(*m_health, s);
    showGrowth(s);
    m_stepMsAverage = m_stepMsAverage <= 0 ? s.stepMs : 0.95 * m_stepMsAverage + 0.05 * s.stepMs;
    m_statusLabel->setText(
        tr("Step %1 / %2 · %3 img/s · elapsed %4 · ETA %5")
            .arg(s.step)
            .arg(m_totalSteps)
            .arg(s.imagesPerSec, 0, 'f', 0)
            .arg(duration(s.elapsedSec))
            .arg(duration(m_stepMsAverage / 1000.0 * double(m_totalSteps - s.step))));
    if (s.augment && s.augment->p)
        m_statusLabel->setText(m_statusLabel->text() + " · " +
                               tr("ADA p %1").arg(*s.augment->p, 0, 'f', 2));
    if (s.rankStepMs.size() > 1) { // several processes: each one's compute per step
        QStringList ms;
        for (double r : s.rankStepMs)
            ms << QString::number(r, 'f', 0);
        m_statusLabel->setText(
            m_statusLabel->text() + " · " +
            tr("%1 processes: %2 ms/step each").arg(s.rankStepMs.size()).arg(ms.join(" / ")));
    }
}

QString MainWindow::statusText() const {
    return m_statusLabel->text();
}

void MainWindow::showGrowth(const StepStats& s) {
    m_fading = s.growth && s.growth->fading;
    if (const auto& g = s.growth)
        m_fade->setPosition(g->imagesShown, g->level, g->alpha, g->fading);
}

bool MainWindow::showView(const QString& view) {
    const bool plots = view == QLatin1String("metrics") || view == QLatin1String("plots");
    const QString dock = plots ? QStringLiteral("plot") : view;
    auto* widget = findChild<QDockWidget*>(dock + QStringLiteral("-dock"));
    if (!widget)
        return false;
    widget->show();
    widget->raise();
    if (view == QLatin1String("metrics"))
        m_plots->showGroup(widgets::PlotGroup::Metrics);
    return true;
}

void MainWindow::showCollapse(const CollapseEvent& event) {
    const QString reason = widgets::messageText(event.reason);
    const QString lastGood = QString::fromStdString(event.lastGoodCheckpoint);
    m_health->showCollapse(event.step, reason, event.lastGoodStep, lastGood);
    m_healthDock->show();
    m_healthDock->raise();
    m_statusLabel->setText(tr("Paused: collapse at step %1 (%2)").arg(event.step).arg(reason));
    m_log->appendLine(widgets::LogLevel::Error,
                      tr("Collapse at step %1: %2").arg(event.step).arg(reason));
    if (qEnvironmentVariableIsSet("GANLAB_NO_DIALOGS"))
        return;
    QMessageBox box(QMessageBox::Warning, tr("Training collapsed"),
                    tr("Training paused at step %1: %2").arg(event.step).arg(reason), {}, this);
    box.setInformativeText(
        lastGood.isEmpty()
            ? tr("No checkpoint was written before it; rolling back restarts the run.")
            : tr("Roll back to the last good checkpoint (step %1)?").arg(event.lastGoodStep));
    auto* rollBack = box.addButton(tr("Roll back"), QMessageBox::AcceptRole);
    auto* carryOn = box.addButton(tr("Continue anyway"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep paused"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == rollBack)
        emit m_health->rollBackRequested();
    else if (box.clickedButton() == carryOn)
        emit m_health->continueRequested();
}

void MainWindow::reportError(const QString& message) {
    m_statusLabel->setText(tr("Error: %1").arg(message.section('\n', 0, 0)));
    m_log->appendLine(widgets::LogLevel::Error, message);
    if (!qEnvironmentVariableIsSet("GANLAB_NO_DIALOGS"))
        QMessageBox::warning(this, tr("ganlab"), message);
}

void MainWindow::overlayRun(const QString& runDir) {
    try {
        const MetricsHistory history = readMetricsHistory(runDir.toStdString());
        const QString label = QDir(runDir).dirName();
        m_plots->removeRun(label);
        addHistory(*m_plots, history, label);
        if (history.unreadableLines > 0)
            m_log->appendLine(widgets::LogLevel::Warning,
                              tr("%1: skipped %2 unreadable metrics line(s)")
                                  .arg(runDir)
                                  .arg(history.unreadableLines));
    } catch (const std::exception& e) {
        reportError(widgets::exceptionText(e));
    }
}

} // namespace ganlab::app
