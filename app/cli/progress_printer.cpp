// ProgressPrinter implementation.
#include "cli/progress_printer.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace ganlab::cli {

namespace {

// ADA's p in the given format, or nothing for a run without ADA.
std::string adaText(const StepStats& s, const char* format) {
    if (!s.augment || !s.augment->p)
        return {};
    char text[32];
    std::snprintf(text, sizeof text, format, *s.augment->p);
    return text;
}

} // namespace

std::string formatDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0)
        return "--:--";
    const long s = std::lround(seconds);
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%02ld:%02ld", s / 60, s % 60);
    return buf;
}

ProgressPrinter::ProgressPrinter(std::int64_t firstStep, std::int64_t lastStep, std::FILE* out)
    : m_first(firstStep)
    , m_last(lastStep)
    , m_out(out)
    , m_tty(::isatty(::fileno(out)) == 1) {}

ProgressPrinter::~ProgressPrinter() {
    finish();
}

void ProgressPrinter::update(const StepStats& s) {
    if (m_startElapsed < 0)
        m_startElapsed = s.elapsedSec - s.stepMs / 1000.0;
    const double done = double(s.step - m_first),
                 total = double(std::max<std::int64_t>(1, m_last - m_first));
    const double spent = s.elapsedSec - m_startElapsed;
    const double eta = done > 0 ? spent / done * (total - done) : -1;
    const double pct = 100.0 * double(s.step) / double(std::max<std::int64_t>(1, m_last));
    if (m_tty) {
        constexpr int kWidth = 24;
        const int filled =
            static_cast<int>(kWidth * double(s.step) / double(std::max<std::int64_t>(1, m_last)));
        std::string bar(std::clamp(filled, 0, kWidth), '#');
        bar.resize(kWidth, '.');
        std::fprintf(m_out, "\r[%s] %lld/%lld %5.1f%%  D %.3f  G %.3f%s  %.0f img/s  ETA %s   ",
                     bar.c_str(), static_cast<long long>(s.step), static_cast<long long>(m_last),
                     pct, s.lossD, s.lossG, adaText(s, "  p %.2f").c_str(), s.imagesPerSec,
                     formatDuration(eta).c_str());
        m_barShown = true;
    } else {
        const std::int64_t every = std::max<std::int64_t>(1, (m_last - m_first) / 20);
        if ((s.step - m_first) % every != 0 && s.step != m_last)
            return;
        std::fprintf(
            m_out,
            "step %lld/%lld (%.1f%%) loss_d %.4f loss_g %.4f%s %.0f img/s %.1f ms/step eta %s\n",
            static_cast<long long>(s.step), static_cast<long long>(m_last), pct, s.lossD, s.lossG,
            adaText(s, " ada_p %.3f").c_str(), s.imagesPerSec, s.stepMs,
            formatDuration(eta).c_str());
    }
    std::fflush(m_out);
}

void ProgressPrinter::message(const std::string& text) {
    if (m_barShown)
        std::fputc('\n', m_out);
    m_barShown = false;
    std::fprintf(m_out, "%s\n", text.c_str());
    std::fflush(m_out);
}

void ProgressPrinter::finish() {
    if (m_barShown)
        std::fputc('\n', m_out);
    m_barShown = false;
    std::fflush(m_out);
}

} // namespace ganlab::cli
