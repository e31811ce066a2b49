// InterruptWatch implementation.
#include "cli/interrupt.h"

#include <atomic>
#include <chrono>
#include <csignal>

namespace ganlab::cli {
namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
std::atomic<bool> g_interrupted{false};
extern "C" void onInterrupt(int) {
    g_interrupted = true;
}

} // namespace

InterruptWatch::InterruptWatch() {
    g_interrupted = false;
    for (int s : kSignals)
        std::signal(s, onInterrupt);
    m_watcher = std::jthread([this](std::stop_token done) {
        while (!done.stop_requested() && !g_interrupted)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (g_interrupted)
            m_stop.request_stop();
    });
}

InterruptWatch::~InterruptWatch() {
    m_watcher.request_stop();
    m_watcher.join();
    for (int s : kSignals)
        std::signal(s, SIG_DFL);
}

bool InterruptWatch::requested() const {
    return g_interrupted;
}

} // namespace ganlab::cli
