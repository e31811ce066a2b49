// ProgressPrinter: a one-line progress bar on a terminal, plain periodic lines otherwise.
#pragma once

#include "api/step_stats.h"

#include <cstdint>
#include <cstdio>
#include <string>

namespace ganlab::cli {

class ProgressPrinter {
public:
    ProgressPrinter(std::int64_t firstStep, std::int64_t lastStep, std::FILE* out = stdout);
    ~ProgressPrinter();

    bool interactive() const { return m_tty; }
    void update(const StepStats& stats);
    void message(const std::string& text); // a line that does not break the bar
    void finish();

private:
    std::int64_t m_first, m_last;
    std::FILE* m_out;
    bool m_tty;
    bool m_barShown = false;
    double m_startElapsed = -1;
};

std::string formatDuration(double seconds);

} // namespace ganlab::cli
