// MainWindow's sample history: the scrubber under the grid fed with the run's saved grids, and
// File → Export timelapse…, written on a thread of its own (split from main_window.cpp).
#include "main_window.h"

#include "log_panel.h"
#include "message_text.h"
#include "sample_explorer.h"
#include "sample_history_bar.h"

#include "api/timelapse.h"

#include <QDir>
#include <QFileDialog>
#include <QStatusBar>
#include <QThread>

namespace ganlab::app {

void MainWindow::showSampleHistory() {
    auto* bar = m_explorer->historyBar();
    if (m_runDir.isEmpty())
        return bar->clear();
    QList<widgets::SampleHistoryBar::Grid> grids;
    try {
        for (const auto& g : listSampleGrids(m_runDir.toStdString()))
            grids.append({g.step, QString::fromStdString(g.path)});
    } catch (const std::exception& e) {
        m_log->appendLine(widgets::LogLevel::Warning, widgets::exceptionText(e));
    }
    bar->setGrids(grids);
}

void MainWindow::addSavedGrid(qint64 step) {
    if (!m_runDir.isEmpty())
        m_explorer->historyBar()->addGrid(
            step, QString::fromStdString(sampleGridPath(m_runDir.toStdString(), step)));
}

void MainWindow::exportTimelapseWithDialog() {
    if (m_runDir.isEmpty())
        return reportError(tr("Open or train a run first: a timelapse shows the grids it saved."));
    QDir(m_runDir).mkpath(QStringLiteral("exports"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export timelapse"), QStringLiteral("%1/exports/timelapse.gif").arg(m_runDir),
        tr("Animated GIF (*.gif);;MP4 video (*.mp4)"));
    if (!path.isEmpty())
        exportTimelapse(path);
}

void MainWindow::exportTimelapse(const QString& path) {
    if (m_runDir.isEmpty())
        return reportError(tr("Open or train a run first: a timelapse shows the grids it saved."));
    if (m_timelapseThread)
        return reportError(tr("A timelapse is being written already: %1").arg(m_timelapsePath));
    TimelapseOptions options;
    options.out = path.toStdString();
    const std::string runDir = m_runDir.toStdString();
    m_timelapseStop = std::stop_source();
    m_timelapsePath = path;
    statusBar()->showMessage(tr("Writing the timelapse %1…").arg(path));
    m_timelapseThread =
        QThread::create([this, runDir, options, stop = m_timelapseStop.get_token()] {
            try {
                const TimelapseResult r = writeTimelapse(runDir, options, {}, stop);
                QMetaObject::invokeMethod(this, [this, r] { finishTimelapse(r, {}); });
            } catch (const std::exception& e) {
                const QString text = widgets::exceptionText(e);
                QMetaObject::invokeMethod(this, [this, text] { finishTimelapse({}, text); });
            }
        });
    connect(m_timelapseThread, &QThread::finished, m_timelapseThread, &QObject::deleteLater);
    m_timelapseThread->start(QThread::LowPriority);
}

void MainWindow::finishTimelapse(const TimelapseResult& r, const QString& error) {
    const QString path = m_timelapsePath;
    if (m_timelapseThread)
        m_timelapseThread->wait();
    m_timelapseThread = nullptr;
    if (!error.isEmpty()) {
        if (m_timelapseStop.stop_requested()) // closing the window cancelled it
            return statusBar()->showMessage(error, 5000);
        return reportError(error);
    }
    if (r.framesSkipped > 0)
        m_log->appendLine(widgets::LogLevel::Warning,
                          widgets::messageText(message(MessageCode::TimelapseFramesSkipped,
                                                       r.framesSkipped, r.firstSkipped)));
    const QString done = tr("Timelapse written: %1 · %2 frame(s), steps %3 to %4, %5 left out")
                             .arg(path)
                             .arg(r.framesWritten)
                             .arg(r.firstStep)
                             .arg(r.lastStep)
                             .arg(r.framesSkipped);
    m_log->appendLine(widgets::LogLevel::Info, done);
    statusBar()->showMessage(done, 10000);
    emit timelapseExported(path, r.framesWritten, r.framesSkipped);
}

void MainWindow::cancelTimelapse() {
    if (!m_timelapseThread)
        return;
    m_timelapseStop.request_stop();
    m_timelapseThread->wait();
}

} // namespace ganlab::app
