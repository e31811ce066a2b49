// InterruptWatch: Ctrl-C, SIGTERM and SIGHUP (a closed terminal or ssh session) for the ganlab-cli
// verbs that import or train, as a flag and as a stop token; the handlers are installed for the
// watch's lifetime.
#pragma once

#include <stop_token>
#include <thread>

namespace ganlab::cli {

class InterruptWatch {
public:
    InterruptWatch();  // installs the SIGINT, SIGTERM and SIGHUP handlers
    ~InterruptWatch(); // restores the default handlers
    InterruptWatch(const InterruptWatch&) = delete;
    InterruptWatch& operator=(const InterruptWatch&) = delete;

    bool requested() const;
    // Fires within 50 ms of the signal (a watcher thread), for calls without a per-step callback.
    std::stop_token token() const { return m_stop.get_token(); }

private:
    std::stop_source m_stop;
    std::jthread m_watcher;
};

} // namespace ganlab::cli
