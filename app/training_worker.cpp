// TrainingWorker implementation: ~75 ms training chunks on the worker thread.
#include "training_worker.h"
#include "api/runtime.h"
#include "app_settings.h"
#include "local_ranks.h"
#include "message_text.h"

#include "api/error.h"

#include <QTimer>

#include <chrono>

namespace ganlab::app {
namespace {

constexpr auto kChunk = std::chrono::milliseconds(75);

QStringList toQStringList(const std::vector<std::string>& names) {
    QStringList out;
    for (const auto& n : names)
        out << QString::fromStdString(n);
    return out;
}

bool isCancellation(const std::exception& e) {
    const auto* error = dynamic_cast<const Error*>(&e);
    return error && error->kind() == ErrorKind::Cancelled;
}

} // namespace

TrainingWorker::TrainingWorker(int computeThreads, QObject* parent)
    : QObject(parent)
    , m_threads(computeThreads) {}

TrainingWorker::~TrainingWorker() = default;

// Training takes every core but yields at once to the GUI thread: lower priority first, so the
// compute threads torch starts from this thread inherit it; OpenMP thread counts are per calling
// thread, so they are set here too.
void TrainingWorker::prepareThread() {
    if (!m_prepared)
        lowerThreadPriority();
    m_prepared = true;
    setComputeThreads(m_threads);
}

void TrainingWorker::startNew(const TrainConfig& config, const QString& runDir,
                              std::stop_token stop) {
    prepareThread();
    m_stop = std::move(stop);
    try {
        m_run.emplace(TrainingRun::create(
            config, runDir.toStdString(),
            [this](double f, const std::string& m) {
                emit importProgress(f, QString::fromStdString(m));
            },
            m_stop));
        begin(false);
    } catch (const std::exception& e) {
        m_run.reset();
        m_ranks.reset();
        if (!isCancellation(e))
            emit failed(widgets::exceptionText(e));
        emit stopped();
    }
}

void TrainingWorker::openExisting(const QString& runDir, std::stop_token stop) {
    prepareThread();
    m_stop = std::move(stop);
    try {
        m_run.emplace(TrainingRun::open(runDir.toStdString()));
        m_run->dataset(
            [this](double f, const std::string& m) {
                emit importProgress(f, QString::fromStdString(m));
            },
            m_stop);
        begin(true);
    } catch (const std::exception& e) {
        m_run.reset();
        m_ranks.reset();
        if (!isCancellation(e))
            emit failed(widgets::exceptionText(e));
        emit stopped();
    }
}

// The "Training processes" setting: the other ranks start beside the window and take the run over
// from this thread, rank 0 (each process with its share of the cores).
void TrainingWorker::distribute() {
    const int processes = settings::trainingProcesses();
    if (processes <= 1 || m_ranks)
        return;
    const int threads = std::max(1, m_threads / processes);
    setComputeThreads(threads);
    m_ranks =
        std::make_unique<LocalRanks>(processes, QString::fromStdString(m_run->runDir()), threads);
    m_run->distribute(m_ranks->session());
}

void TrainingWorker::begin(bool paused) {
    distribute();
    m_lastSavedStep = m_run->step();
    if (m_injectNanAt >= 0) {
        m_run->injectNanAtStep(m_injectNanAt);
        m_injectNanAt = -1; // one-shot, like the fault itself
    }
    RunSummary summary;
    summary.runDir = QString::fromStdString(m_run->runDir());
    summary.config = m_run->config();
    summary.dataset = m_run->dataset();
    summary.classNames = toQStringList(m_run->classNames());
    summary.step = m_run->step();
    summary.totalSteps = m_run->config().steps;
    summary.fixedGrid = m_run->fixedGridRequest();
    summary.history = readMetricsHistory(m_run->runDir()); // file I/O stays off the GUI thread
    summary.growth = m_run->growthSchedule();
    summary.growthState = m_run->growthState();
    emit runReady(summary);
    sendSnapshot();
    setPaused(paused || m_run->finished());
    scheduleChunk();
}

void TrainingWorker::sendSnapshot() {
    m_snapshotStep = m_run->step();
    m_sinceSnapshot.start();
    emit snapshotReady(m_run->snapshot());
}

void TrainingWorker::setPaused(bool paused) {
    m_paused = paused;
    emit pausedChanged(paused);
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
        const auto onStep = [this](const StepStats& stats) { emit statsReady(stats); };
        const auto onMetrics = [this](const MetricResults& r) { emit metricsReady(r); };
        const auto onSample = [this](std::int64_t step, const Image&) { emit sampleSaved(step); };
        while (!m_run->finished() && !m_run->collapse() && std::chrono::steady_clock::now() < until)
            m_run->train(m_run->step() + 1, m_stop, onStep, onSample, onMetrics);
        if (m_run->collapse()) {
            setPaused(true);
            emit collapseDetected(*m_run->collapse());
            return;
        }
        if (m_sinceSnapshot.elapsed() >= kSnapshotIntervalMs || m_run->finished())
            sendSnapshot();
        if (m_run->finished()) {
            m_lastSavedStep = m_run->step(); // the run writes its final checkpoint itself
            setPaused(true);
            emit runFinished(m_run->step());
            return;
        }
    } catch (const std::exception& e) {
        setPaused(true);
        emit failed(widgets::exceptionText(e));
        return;
    }
    scheduleChunk();
}

void TrainingWorker::pause() {
    if (!m_run || m_paused)
        return;
    setPaused(true);
    if (m_snapshotStep != m_run->step())
        sendSnapshot(); // the previews show exactly where training stopped
}

void TrainingWorker::resume() {
    if (!m_run || m_run->finished() || !m_paused || m_run->collapse())
        return;
    setPaused(false);
    scheduleChunk();
}

void TrainingWorker::evaluateNow() {
    if (!m_run)
        return;
    try {
        emit metricsReady(m_run->evaluate(m_run->config().eval, m_stop));
    } catch (const std::exception& e) {
        if (!isCancellation(e))
            emit failed(widgets::exceptionText(e));
    }
}

void TrainingWorker::rollBack() {
    if (!m_run || !m_run->collapse())
        return;
    try {
        m_run->rollBack();
        begin(true);
    } catch (const std::exception& e) {
        emit failed(widgets::exceptionText(e));
    }
}

void TrainingWorker::continueAfterCollapse() {
    if (!m_run || !m_run->collapse())
        return;
    m_run->dismissCollapse();
    resume();
}

void TrainingWorker::stopAndSave() {
    // A collapsed run's state is never saved: its good checkpoints stay the newest.
    if (m_run && !m_run->collapse() && m_run->step() != m_lastSavedStep) {
        try {
            emit checkpointSaved(QString::fromStdString(m_run->saveCheckpoint().path));
        } catch (const std::exception& e) {
            emit failed(widgets::exceptionText(e));
        }
    }
    const bool hadRun = m_run.has_value();
    m_run.reset(); // torch objects die on this thread; other ranks are told to stop
    m_ranks.reset();
    m_paused = true;
    if (hadRun)
        emit stopped();
}

} // namespace ganlab::app
