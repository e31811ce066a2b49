// CompareWindow and CompareWorker implementation.
#include "compare_window.h"

#include "api/error.h"
#include "image_conversion.h"
#include "source_compare_view.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace ganlab::app {

void CompareWorker::create(const CompareSpec& spec, const QString& dir, std::stop_token stop) {
    try {
        m_comparison.emplace(SourceComparison::create(
            spec, dir.toStdString(),
            [this](double, const std::string& m) { emit message(QString::fromStdString(m)); },
            stop));
        emit ready(dir);
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
    }
}

void CompareWorker::open(const QString& dir) {
    try {
        m_comparison.emplace(SourceComparison::open(dir.toStdString()));
        emit ready(dir);
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
    }
}

void CompareWorker::train(std::stop_token stop) {
    if (!m_comparison)
        return;
    auto steps = [this] {
        QVector<qint64> out;
        for (auto s : m_comparison->armSteps())
            out.append(s);
        return out;
    };
    try {
        m_comparison->train(stop, [&] { emit progressed(steps()); }); // saves when stopped
        emit progressed(steps());
        emit trainingEnded(m_comparison->finished());
    } catch (const std::exception& e) {
        emit failed(QString::fromStdString(e.what()));
        emit trainingEnded(false);
    }
}

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

    connect(m_worker, &CompareWorker::ready, this, &CompareWindow::onReady);
    connect(m_worker, &CompareWorker::message, this,
            [this](const QString& m) { statusBar()->showMessage(m); });
    connect(m_worker, &CompareWorker::progressed, this, [this](const QVector<qint64>& steps) {
        m_armSteps = steps;
        refresh();
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
    connect(m_view, &widgets::SourceCompareView::stepRequested, this, &CompareWindow::showGrids);
    connect(m_view, &widgets::SourceCompareView::exportPngRequested, this, [this](qint64 step) {
        const auto path = QFileDialog::getSaveFileName(this, tr("Export side-by-side grids"),
                                                       m_dir + QStringLiteral("/comparison.png"),
                                                       tr("PNG images (*.png)"));
        if (!path.isEmpty() && m_reader)
            m_reader->exportPng(path.toStdString(), step);
    });
    connect(m_view, &widgets::SourceCompareView::exportCsvRequested, this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Export all curves"),
                                                       m_dir + QStringLiteral("/curves.csv"),
                                                       tr("CSV files (*.csv)"));
        if (!path.isEmpty() && m_reader)
            m_reader->exportCsv(path.toStdString());
    });
    connect(m_view, &widgets::SourceCompareView::exportJsonRequested, this, [this] {
        const auto path = QFileDialog::getSaveFileName(this, tr("Export the comparison"),
                                                       m_dir + QStringLiteral("/comparison.json"),
                                                       tr("JSON files (*.json)"));
        if (!path.isEmpty() && m_reader)
            m_reader->exportJson(path.toStdString());
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

void CompareWindow::onReady(const QString& dir) {
    m_dir = dir;
    m_training = false;
    try {
        m_reader.emplace(SourceComparison::open(dir.toStdString()));
        m_armSteps.clear();
        for (auto s : m_reader->armSteps())
            m_armSteps.append(s);
        m_finished = m_reader->finished();
    } catch (const std::exception& e) {
        m_error = QString::fromStdString(e.what());
    }
    setWindowTitle(tr("Compare sources — %1").arg(dir));
    statusBar()->showMessage(tr("Ready: %1 arms").arg(m_reader ? m_reader->arms().size() : 0));
    updateActions();
    refresh();
}

void CompareWindow::startTraining() {
    if (m_training || !m_reader)
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

void CompareWindow::refresh() {
    if (!m_reader)
        return;
    widgets::CompareSnapshot s;
    try {
        for (const auto& a : m_reader->arms())
            s.arms.push_back(a.label);
        s.curves = m_reader->curves();
        s.ranking = m_reader->ranking();
        s.prediction = m_reader->prediction();
        s.rankingMetric = m_reader->rankingMetric();
        s.armSteps.assign(m_armSteps.begin(), m_armSteps.end());
        s.totalSteps = m_reader->target().steps;
        s.sampleSteps = m_reader->sampleSteps();
    } catch (const std::exception& e) {
        statusBar()->showMessage(QString::fromStdString(e.what()));
        return;
    }
    m_view->setSnapshot(s);
}

void CompareWindow::showGrids(qint64 step) {
    if (!m_reader)
        return;
    QVector<QImage> grids;
    for (std::size_t i = 0; i < m_reader->arms().size(); ++i) {
        try {
            grids.append(widgets::toQImage(m_reader->armGrid(i, step)));
        } catch (const Error&) {
            grids.append(QImage()); // being written right now: the next refresh shows it
        }
    }
    m_view->setGrids(step, grids);
}

void CompareWindow::updateActions() {
    m_start->setEnabled(!m_training && m_reader && !m_finished);
    m_stopAction->setEnabled(m_training);
}

void CompareWindow::closeEvent(QCloseEvent* event) {
    m_stop.request_stop(); // the worker saves every arm before it ends
    m_thread.quit();
    m_thread.wait();
    event->accept();
}

} // namespace ganlab::app
