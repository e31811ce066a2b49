// CompareWindow: the view, the toolbar and the worker's values.
#include "compare_window.h"

#include "source_compare_view.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace ganlab::app {

CompareWindow::CompareWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_worker(new CompareWorker)
    , m_view(new widgets::SourceCompareView(this)) {
    setWindowTitle(tr("Compare sources"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setCentralWidget(m_view);
    resize(1200, 800);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("ganlab-compare"));
    m_thread.start();

    auto* toolbar = addToolBar(tr("Comparison"));
    m_start = toolbar->addAction(tr("Train"), this, &CompareWindow::startTraining);
    m_start->setToolTip(tr("Train every arm, interleaved, until the budget is spent"));
    m_stopAction = toolbar->addAction(tr("Stop"), this, &CompareWindow::stopTraining);
    m_stopAction->setToolTip(tr("Save every arm where it is (Train continues later)"));
    updateActions();
    connectWorker();
    connectExports();
}

void CompareWindow::connectWorker() {
    connect(m_worker, &CompareWorker::ready, this, &CompareWindow::onReady);
    connect(m_worker, &CompareWorker::message, this,
            [this](const QString& m) { statusBar()->showMessage(m); });
    connect(m_worker, &CompareWorker::resultsReady, this, [this](const CompareResults& results) {
        m_results = results;
        m_view->setSnapshot(results);
    });
    connect(m_worker, &CompareWorker::gridsReady, m_view, &widgets::SourceCompareView::setGrids);
    connect(m_worker, &CompareWorker::modeCollapseRead, m_view,
            &widgets::SourceCompareView::setModeCollapse);
    connect(m_worker, &CompareWorker::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Written: %1").arg(path), 8000);
    });
    connect(m_worker, &CompareWorker::failed, this, [this](const QString& message) {
        m_error = message;
        statusBar()->showMessage(message);
        if (!qEnvironmentVariableIsSet("GANLAB_NO_DIALOGS"))
            QMessageBox::warning(this, tr("Comparison"), message);
    });
    connect(m_worker, &CompareWorker::trainingEnded, this, [this](bool finished) {
        m_training = false;
        m_finished = finished;
        statusBar()->showMessage(finished ? tr("Every arm finished") : tr("Stopped"));
        updateActions();
        emit trainingEnded(finished);
    });
    connect(m_view, &widgets::SourceCompareView::stepRequested, m_worker,
            &CompareWorker::requestGrids);
}

void CompareWindow::connectExports() {
    connect(m_view, &widgets::SourceCompareView::exportPngRequested, this, [this](qint64 step) {
        const auto path = QFileDialog::getSaveFileName(this, tr("Export side-by-side grids"),
                                                       m_dir + QStringLiteral("/comparison.png"),
                                                       tr("PNG images (*.png)"));
        if (!path.isEmpty() && m_ready)
            QMetaObject::invokeMethod(m_worker,
                                      [w = m_worker, path, step] { w->exportPng(path, step); });
    });
    connect(m_view, &widgets::SourceCompareView::exportCsvRequested, this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Export all curves"),
                                                       m_dir + QStringLiteral("/curves.csv"),
                                                       tr("CSV files (*.csv)"));
        if (!path.isEmpty() && m_ready)
            QMetaObject::invokeMethod(m_worker, [w = m_worker, path] { w->exportCsv(path); });
    });
    connect(m_view, &widgets::SourceCompareView::exportJsonRequested, this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Export the comparison"),
                                                       m_dir + QStringLiteral("/comparison.json"),
                                                       tr("JSON files (*.json)"));
        if (!path.isEmpty() && m_ready)
            QMetaObject::invokeMethod(m_worker, [w = m_worker, path] { w->exportJson(path); });
    });
}

CompareWindow::CompareWindow(const CompareSpec& spec, const QString& dir, QWidget* parent)
    : CompareWindow(parent) {
    statusBar()->showMessage(tr("Ranking the sources and creating the arms…"));
    m_training = true; // busy until ready
    updateActions();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, spec, dir, t = m_stop.get_token()] { w->create(spec, dir, t); },
        Qt::QueuedConnection);
}

CompareWindow::CompareWindow(const QString& dir, QWidget* parent)
    : CompareWindow(parent) {
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, dir] { w->open(dir); }, Qt::QueuedConnection);
}

CompareWindow::~CompareWindow() {
    m_stop.request_stop();
    m_thread.quit();
    m_thread.wait();
}

void CompareWindow::onReady(const QString& dir, const CompareResults& results, bool finished) {
    m_dir = dir;
    m_ready = true;
    m_training = false;
    m_finished = finished;
    m_results = results;
    setWindowTitle(tr("Compare sources — %1").arg(dir));
    statusBar()->showMessage(tr("Ready: %1 arms").arg(results.arms.size()));
    updateActions();
    m_view->setSnapshot(results);
}

void CompareWindow::startTraining() {
    if (m_training || !m_ready)
        return;
    m_stop = std::stop_source();
    m_training = true;
    updateActions();
    statusBar()->showMessage(tr("Training every arm, interleaved…"));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, t = m_stop.get_token()] { w->train(t); }, Qt::QueuedConnection);
}

void CompareWindow::stopTraining() {
    m_stop.request_stop();
}

void CompareWindow::updateActions() {
    m_start->setEnabled(!m_training && m_ready && !m_finished);
    m_stopAction->setEnabled(m_training);
}

void CompareWindow::closeEvent(QCloseEvent* event) {
    m_stop.request_stop(); // the worker saves every arm before it ends
    m_thread.quit();
    m_thread.wait();
    event->accept();
}

} // namespace ganlab::app
