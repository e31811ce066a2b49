// TrainingWorker implementation: ~75 ms training chunks on the worker thread.
#include "training_worker.h"

#include "api/error.h"

#include <QTimer>

#include <chrono>

namespace ganlab::app {
namespace {

constexpr auto kChunk = std::chrono::milliseconds(75);

} // namespace

TrainingWorker::TrainingWorker(int computeThreads, QObject* parent)
    : QObject(parent)
    , m_threads(computeThreads) {}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::startNew(const TrainConfig& config, const QString& runDir) {
    setComputeThreads(m_threads); // OpenMP thread counts are per calling thread: set them here
    try {
        m_run.emplace(TrainingRun::create(config, runDir.toStdString(),
                                          [this](double f, const std::string& m) {
                                              emit importProgress(f, QString::fromStdString(m));
                                          }));
        begin();
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
    }
}

void TrainingWorker::openExisting(const QString& runDir) {
    setComputeThreads(m_threads);
    try {
        m_run.emplace(TrainingRun::open(runDir.toStdString()));
        m_run->dataset([this](double f, const std::string& m) {
            emit importProgress(f, QString::fromStdString(m));
        });
        begin();
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
    }
}

void TrainingWorker::begin() {
    m_lastSavedStep = m_run->step();
    emit runReady(QString::fromStdString(m_run->runDir()), m_run->dataset(), m_run->step(),
                  m_run->config().steps);
    emit sampleReady(m_run->step(), toQImage(m_run->sampleGrid(m_run->fixedGridRequest())));
    m_paused = false;
    emit pausedChanged(false);
    scheduleChunk();
}

void TrainingWorker::scheduleChunk() {
    if (m_chunkQueued || m_paused || !m_run)
        return;
    m_chunkQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_chunkQueued = false;
        runChunk();
    });
}

void TrainingWorker::runChunk() {
    if (!m_run || m_paused || m_stop.stop_requested())
        return;
    try {
        const auto until = std::chrono::steady_clock::now() + kChunk;
        // The run's own schedule renders the fixed-z grid; the worker only forwards it.
        const auto onStep = [this](const StepStats& stats) { emit statsReady(stats); };
        const auto onSample = [this](std::int64_t step, const Image& grid) {
            emit sampleReady(step, toQImage(grid));
        };
        while (!m_run->finished() && std::chrono::steady_clock::now() < until)
            m_run->train(m_run->step() + 1, m_stop.get_token(), onStep, onSample);
        if (m_run->finished()) {
            m_lastSavedStep = m_run->step(); // the run writes its final checkpoint itself
            emit pausedChanged(true);
            m_paused = true;
            return;
        }
    } catch (const std::exception& e) {
        m_paused = true;
        emit pausedChanged(true);
        emit failed(QString::fromUtf8(e.what()));
        return;
    }
    scheduleChunk();
}

void TrainingWorker::pause() {
    m_paused = true;
    emit pausedChanged(true);
}

void TrainingWorker::resume() {
    if (!m_run || m_run->finished())
        return;
    m_paused = false;
    emit pausedChanged(false);
    scheduleChunk();
}

void TrainingWorker::stopAndSave() {
    m_stop.request_stop();
    if (m_run && m_run->step() != m_lastSavedStep) {
        try {
            emit checkpointSaved(QString::fromStdString(m_run->saveCheckpoint().path));
        } catch (const std::exception& e) {
            emit failed(QString::fromUtf8(e.what()));
        }
    }
    m_run.reset(); // torch objects die on this thread
    emit finished();
}

} // namespace ganlab::app
