// LogBridge: routes the engine's spdlog output (every run logger shares the default logger's
// sinks) to the GUI as queued Qt signals.
#pragma once

#include "log_panel.h"

#include <QObject>
#include <QString>

namespace ganlab::app {

class LogBridge : public QObject {
    Q_OBJECT

public:
    // The process-wide bridge; its sink joins spdlog's default logger on first use, so install it
    // before a run starts.
    static LogBridge& instance();

signals:
    // Emitted on the logging thread, delivered queued.
    void lineLogged(ganlab::widgets::LogLevel level, const QString& line);

private:
    LogBridge() = default;
};

} // namespace ganlab::app
