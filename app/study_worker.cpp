// StudyWorker: the study's jobs on its own thread, and its results as values.
#include "study_worker.h"

#include "image_conversion.h"
#include "message_text.h"

namespace ganlab::app {
namespace {

QStringList toStringList(const std::vector<std::string>& items) {
    QStringList out;
    out.reserve(static_cast<qsizetype>(items.size()));
    for (const auto& i : items)
        out << QString::fromStdString(i);
    return out;
}

} // namespace

template <typename Job> bool StudyWorker::guarded(Job job, bool quietCancel) {
    try {
        job();
        return true;
    } catch (const Error& e) {
        if (!(quietCancel && e.kind() == ErrorKind::Cancelled))
            emit failed(widgets::errorText(e));
    } catch (const std::exception& e) {
        emit failed(widgets::exceptionText(e));
    }
    return false;
}

StudySnapshot StudyWorker::snapshotOf(const StudyResults& r) const {
    StudySnapshot s;
    s.study = QString::fromStdString(r.study);
    s.phase = QString::fromStdString(r.phase);
    s.features = QString::fromStdString(r.features);
    if (!r.figure.empty())
        s.figure = widgets::toQImage(r.figure);
    if (!r.samples.empty())
        s.samples = widgets::toQImage(r.samples);
    s.columns = toStringList(r.table.columns);
    for (const auto& row : r.table.rows)
        s.rows << toStringList(row);
    s.findings = toStringList(r.findings);
    s.trust = QString::fromStdString(r.trust);
    s.collapsed = toStringList(r.collapsed);
    s.arms = toStringList(r.arms.arms);
    s.command = QString::fromStdString(m_study->command());
    s.reportPath = QString::fromStdString(m_study->reportPath());
    s.finished = m_study->finished();
    return s;
}

ProgressCallback StudyWorker::progressCallback() {
    return [this](double fraction, const std::string& m) {
        emit progressed(fraction, QString::fromStdString(m));
    };
}

void StudyWorker::create(const StudySpec& spec, const QString& dir, std::stop_token stop) {
    guarded([&] {
        m_study.emplace(Study::create(spec, dir.toStdString(), progressCallback(), stop));
        emit ready(dir, snapshotOf(m_study->results()));
    });
}

void StudyWorker::open(const QString& dir) {
    guarded([&] {
        m_study.emplace(Study::open(dir.toStdString()));
        emit ready(dir, snapshotOf(m_study->results()));
    });
}

void StudyWorker::run(std::stop_token stop) {
    if (!m_study)
        return;
    const bool ran = guarded(
        [&] {
            m_study->run(
                stop, [this](const StudyResults& r) { emit resultsReady(snapshotOf(r)); },
                progressCallback());
        },
        true);
    if (!m_study->finished()) // stopped (every arm saved) or failed: what it shows now
        guarded([&] { emit resultsReady(snapshotOf(m_study->results())); });
    emit runEnded(ran && m_study->finished());
}

} // namespace ganlab::app
