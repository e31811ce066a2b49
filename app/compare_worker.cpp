// CompareWorker: the comparison's jobs on its own thread.
#include "compare_worker.h"

#include "image_conversion.h"
#include "message_text.h"

#include "api/metrics_history.h"

#include <filesystem>

namespace ganlab::app {

template <typename Job> void CompareWorker::guarded(Job job) {
    try {
        job();
    } catch (const std::exception& e) {
        emit failed(widgets::exceptionText(e));
    }
}

void CompareWorker::create(const CompareSpec& spec, const QString& dir, std::stop_token stop) {
    guarded([&] {
        m_comparison.emplace(SourceComparison::create(
            spec, dir.toStdString(),
            [this](double, const std::string& m) { emit message(QString::fromStdString(m)); },
            stop));
        emit ready(dir, m_comparison->results(), m_comparison->finished());
        readModeCollapse();
    });
}

void CompareWorker::open(const QString& dir) {
    guarded([&] {
        m_comparison.emplace(SourceComparison::open(dir.toStdString()));
        emit ready(dir, m_comparison->results(), m_comparison->finished());
        readModeCollapse();
    });
}

void CompareWorker::train(std::stop_token stop) {
    if (!m_comparison)
        return;
    bool trained = false;
    guarded([&] {
        m_comparison->train(stop, [&] {
            emit resultsReady(m_comparison->results());
            readModeCollapse();
        });
        emit resultsReady(m_comparison->results()); // saved when stopped
        readModeCollapse();
        trained = true;
    });
    emit trainingEnded(trained && m_comparison->finished());
}

void CompareWorker::readModeCollapse() {
    ArmModeCollapse readings;
    for (const auto& arm : m_comparison->arms())
        if (const auto r = modeCollapseReading(
                (std::filesystem::path(m_comparison->dir()) / arm.runDir).string()))
            readings.emplace(arm.label, *r);
    emit modeCollapseRead(readings);
}

void CompareWorker::requestGrids(qint64 step) {
    if (!m_comparison)
        return;
    QVector<QImage> grids;
    for (std::size_t i = 0; i < m_comparison->arms().size(); ++i) {
        try {
            grids.append(widgets::toQImage(m_comparison->armGrid(i, step)));
        } catch (const Error&) {
            grids.append(QImage()); // being written right now: the next refresh shows it
        }
    }
    emit gridsReady(step, grids);
}

void CompareWorker::exportPng(const QString& path, qint64 step) {
    guarded([&] {
        exportComparisonPng(*m_comparison, path.toStdString(), step);
        emit exported(path);
    });
}

void CompareWorker::exportCsv(const QString& path) {
    guarded([&] {
        exportComparisonCsv(m_comparison->results(), path.toStdString());
        emit exported(path);
    });
}

void CompareWorker::exportJson(const QString& path) {
    guarded([&] {
        exportComparisonJson(*m_comparison, m_comparison->results(), path.toStdString());
        emit exported(path);
    });
}

} // namespace ganlab::app
