// DatasetInspector: imports a dropped or opened dataset on a background thread (through the same
// cache a run uses) and reports progress, the DatasetInfo, or the failure; a newer request cancels
// an older one.
#pragma once

#include "value_types.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <stop_token>

namespace ganlab::app {

class DatasetInspector : public QObject {
    Q_OBJECT

public:
    explicit DatasetInspector(QObject* parent = nullptr);
    ~DatasetInspector() override;

    void inspect(const ganlab::TrainConfig& importSettings);

signals:
    void progress(double fraction, const QString& message);
    void ready(const ganlab::DatasetInfo& info);
    void failed(const QString& path, const QString& message);

private:
    std::stop_source m_stop;
    quint64 m_generation = 0;
    QList<QPointer<QThread>> m_threads;
};

} // namespace ganlab::app
