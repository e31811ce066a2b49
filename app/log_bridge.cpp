// LogBridge implementation: a spdlog sink whose sink_it_ emits the formatted line.
#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

#include "log_bridge.h"

#include <mutex>

namespace ganlab::app {
namespace {

widgets::LogLevel levelOf(spdlog::level::level_enum level) {
    using widgets::LogLevel;
    switch (level) {
    case spdlog::level::trace:
        return LogLevel::Trace;
    case spdlog::level::debug:
        return LogLevel::Debug;
    case spdlog::level::warn:
        return LogLevel::Warning;
    case spdlog::level::err:
        return LogLevel::Error;
    case spdlog::level::critical:
        return LogLevel::Critical;
    default:
        return LogLevel::Info;
    }
}

class QtSignalSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit QtSignalSink(LogBridge* bridge)
        : m_bridge(bridge) {}

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        QString line =
            QString::fromUtf8(formatted.data(), static_cast<qsizetype>(formatted.size()));
        while (line.endsWith('\n'))
            line.chop(1);
        emit m_bridge->lineLogged(levelOf(msg.level), line);
    }
    void flush_() override {}

private:
    LogBridge* m_bridge;
};

} // namespace

LogBridge& LogBridge::instance() {
    static LogBridge* bridge = [] {
        qRegisterMetaType<widgets::LogLevel>(); // crosses threads in queued signals
        auto* b = new LogBridge; // lives as long as the process: spdlog may log at exit
        auto sink = std::make_shared<QtSignalSink>(b);
        sink->set_pattern("%H:%M:%S %^%l%$ %v");
        spdlog::default_logger()->sinks().push_back(sink);
        return b;
    }();
    return *bridge;
}

} // namespace ganlab::app
