// StudyWorker: lives on the study's thread and owns the Study (and so its arms' runs and tensors).
// It creates or opens the study, runs it round by round there, and hands the GUI thread only
// values: StudySnapshots (figure and samples as QImage), progress text and failures.
#pragma once

#include "api/study.h"
#include "value_types.h"

#include <QObject>

#include <optional>
#include <stop_token>

namespace ganlab::app {

class StudyWorker : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    // Each is called on the worker thread (queued by StudyWindow).
    void create(const ganlab::StudySpec& spec, const QString& dir, std::stop_token stop);
    void open(const QString& dir);
    // Trains (resuming where a stopped study left off), analyses and writes the report; a stop
    // saves every arm where it is.
    void run(std::stop_token stop);

signals:
    void ready(const QString& dir, const ganlab::app::StudySnapshot& snapshot);
    void progressed(double fraction, const QString& message);
    void resultsReady(const ganlab::app::StudySnapshot& snapshot);
    void runEnded(bool finished);
    void failed(const QString& message);

private:
    // Runs `job`, reporting an exception as failed() (a cancellation too, unless quietCancel);
    // false when it threw.
    template <typename Job> bool guarded(Job job, bool quietCancel = false);
    StudySnapshot snapshotOf(const StudyResults& results) const;
    ProgressCallback progressCallback();

    std::optional<Study> m_study;
};

} // namespace ganlab::app
