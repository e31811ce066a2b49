// DatasetInspector implementation: one short-lived QThread per request.
#include "dataset_inspector.h"
#include "message_text.h"

#include "api/error.h"
#include "api/training_run.h"

namespace ganlab::app {

DatasetInspector::DatasetInspector(QObject* parent)
    : QObject(parent) {
    registerValueTypes();
}

DatasetInspector::~DatasetInspector() {
    m_stop.request_stop();
    for (const auto& thread : m_threads)
        if (thread)
            thread->wait();
}

void DatasetInspector::inspect(const TrainConfig& settings) {
    m_stop.request_stop(); // the previous import, if any, ends early
    m_stop = std::stop_source();
    const quint64 generation = ++m_generation;
    const QString path = QString::fromStdString(settings.dataPath);
    QThread* thread =
        QThread::create([this, settings, path, generation, stop = m_stop.get_token()] {
            const auto current = [this, generation] { return generation == m_generation; };
            try {
                const DatasetInfo info = inspectDataset(
                    settings,
                    [&](double f, const std::string& m) {
                        QMetaObject::invokeMethod(this, [=, this, msg = QString::fromStdString(m)] {
                            if (current())
                                emit progress(f, msg);
                        });
                    },
                    stop);
                QMetaObject::invokeMethod(this, [=, this] {
                    if (current())
                        emit ready(info);
                });
            } catch (const std::exception& e) {
                const auto* error = dynamic_cast<const Error*>(&e);
                if (error && error->kind() == ErrorKind::Cancelled)
                    return;
                QMetaObject::invokeMethod(this, [=, this, msg = widgets::exceptionText(e)] {
                    if (current())
                        emit failed(path, msg);
                });
            }
        });
    thread->setObjectName("dataset-import");
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeAll(thread);
        thread->deleteLater();
    });
    thread->start();
}

} // namespace ganlab::app
