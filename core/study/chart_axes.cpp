// The chart's axes: padded ranges, 1-2-5 and decade ticks, labels that resolve their step.
#include "study/chart_axes.h"
#include "study/chart_canvas.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ganlab::chart {
namespace {

std::string trimZeros(std::string s) {
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

// Decimals that resolve `step` (a power of ten or 2 or 5 times one) in units of `unit`.
int decimalsFor(double step, double unit) {
    if (!(step > 0) || !std::isfinite(step / unit))
        return 0;
    return std::clamp(static_cast<int>(-std::floor(std::log10(step / unit) + 1e-9)), 0, 8);
}

// A tick label: 0.04, 250, 1.5k, 20k, 3M, 2.5e-5; `step` is the spacing it must tell apart.
std::string formatTick(double v, double step) {
    if (v == 0 || !std::isfinite(v))
        return std::isfinite(v) ? "0" : "?";
    char buf[64];
    const double a = std::fabs(v);
    if (a >= 1e15 || a < 1e-3) {
        int e = static_cast<int>(std::floor(std::log10(a)));
        const double unit = std::pow(10.0, e);
        const int d = std::min(decimalsFor(step, unit), 3);
        std::snprintf(buf, sizeof buf, "%.*f", d, v / unit);
        std::string mantissa = trimZeros(buf);
        if (mantissa == "10" || mantissa == "-10") { // rounded up to the next power
            mantissa = v < 0 ? "-1" : "1";
            ++e;
        }
        return mantissa + "e" + std::to_string(e);
    }
    double unit = 1;
    const char* suffix = "";
    if (a >= 1e12) {
        unit = 1e12;
        suffix = "T";
    } else if (a >= 1e9) {
        unit = 1e9;
        suffix = "G";
    } else if (a >= 1e6) {
        unit = 1e6;
        suffix = "M";
    } else if (a >= 1e3) {
        unit = 1e3;
        suffix = "k";
    }
    std::snprintf(buf, sizeof buf, "%.*f", decimalsFor(step, unit), v / unit);
    return trimZeros(buf) + suffix;
}

long double niceStep(long double raw) {
    const long double magnitude = std::pow(10.0L, std::floor(std::log10(raw)));
    const long double r = raw / magnitude;
    return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * magnitude;
}

// Ticks every 1, 2 or 5 × 10^k over the values [lo, hi], at least about `minGap` of `pixels`
// apart; on a log axis (`log`) only the positive ones, placed at their log10.
std::vector<Tick> linearTicks(long double lo, long double hi, double pixels, double minGap,
                              bool log) {
    std::vector<Tick> ticks;
    const long double span = hi - lo;
    if (!(span > 0) || !std::isfinite(span))
        return ticks;
    const int target = std::max(2, static_cast<int>(pixels / minGap));
    const long double step = niceStep(span / target);
    if (!(step > 0) || !std::isfinite(step))
        return ticks;
    const long double first = std::ceil(lo / step);
    for (int i = 0; i < 64; ++i) {
        long double v = (first + i) * step;
        if (v > hi + step * 1e-9L)
            break;
        if (std::fabs(v) < step * 1e-9L)
            v = 0;
        if (log && v <= 0)
            continue;
        const double value = static_cast<double>(v);
        if (std::isfinite(value))
            ticks.push_back({log ? std::log10(v) : v, value, static_cast<double>(step)});
    }
    return ticks;
}

double smallestGap(const std::vector<Tick>& ticks, long double pxPerUnit) {
    double gap = 1e9;
    for (std::size_t i = 1; i < ticks.size(); ++i)
        gap = std::min(gap, static_cast<double>((ticks[i].pos - ticks[i - 1].pos) * pxPerUnit));
    return gap;
}

// Decades, with 2 and 5 between them where there is room, every n-th decade where there is not;
// ranges under a decade get 1…9 or plain 1-2-5 steps.
std::vector<Tick> logTicks(const Axis& a, double pixels, double minGap) {
    const long double pxPerDecade = pixels / (a.hi - a.lo);
    auto collect = [&](std::vector<int> multiples, long double every) {
        std::vector<Tick> ticks;
        const long double d0 = std::floor(a.lo), d1 = std::ceil(a.hi);
        for (long double d = d0; d <= d1 && ticks.size() < 64; d += 1) {
            if (every > 1 && std::fmod(d, every) != 0)
                continue;
            for (int k : multiples) {
                const long double pos = d + std::log10(static_cast<long double>(k));
                const double value = k * std::pow(10.0, static_cast<double>(d));
                if (pos >= a.lo && pos <= a.hi && value > 0 && std::isfinite(value))
                    ticks.push_back({pos, value, value});
            }
        }
        return ticks;
    };
    auto fits = [&](const std::vector<Tick>& t) {
        return t.size() >= 2 && smallestGap(t, pxPerDecade) >= minGap;
    };
    const auto with25 = collect({1, 2, 5}, 1);
    if (with25.size() < 4) // about a decade: 1…9, or 1, 2, 3, 5, where there is room
        for (const auto& multiples : {std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 5}})
            if (const auto more = collect(multiples, 1); fits(more))
                return more;
    if (fits(with25))
        return with25;
    const auto decades = collect({1}, 1);
    if (fits(decades))
        return decades;
    if (decades.size() >= 2)
        return collect({1}, std::ceil(minGap / pxPerDecade));
    const auto linear = linearTicks(std::pow(10.0L, a.lo), std::pow(10.0L, a.hi), pixels,
                                    std::max(minGap, 40.0), true);
    if (linear.size() >= 2)
        return linear;
    return with25;
}

} // namespace

bool usable(double v, bool log) {
    return std::isfinite(v) && (!log || v > 0);
}
long double toAxis(double v, bool log) {
    return log ? std::log10(static_cast<long double>(v)) : static_cast<long double>(v);
}

// The data's range [lo, hi] (axis space) padded by 5 % each side; a point or all-equal values
// get a range around them.
void setRange(Axis& a, long double lo, long double hi) {
    const long double magnitude = std::max(std::fabs(lo), std::fabs(hi));
    if (hi - lo <= magnitude * 1e-12L) {
        const long double centre = (lo + hi) / 2;
        const long double half = a.log ? 0.5L : (centre == 0 ? 1.0L : std::fabs(centre) * 0.1L);
        lo = centre - half;
        hi = centre + half;
    }
    const long double pad = (hi - lo) * 0.05L;
    a.lo = lo - pad;
    a.hi = hi + pad;
}

// Ticks and labels for `pixels` of axis, at least `minGap` px apart; `labelWidths`: also as far
// apart as their labels are wide (the x axis).
void placeTicks(Axis& a, double pixels, double minGap, bool labelWidths) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        a.ticks =
            a.log ? logTicks(a, pixels, minGap) : linearTicks(a.lo, a.hi, pixels, minGap, false);
        a.labels.clear();
        double widest = 0;
        for (const auto& t : a.ticks) {
            a.labels.push_back(formatTick(t.value, t.resolution));
            widest = std::max(widest, measure(a.labels.back(), kTickFont).width);
        }
        if (!labelWidths || a.ticks.size() < 2 ||
            smallestGap(a.ticks, pixels / (a.hi - a.lo)) >= widest + 12)
            return;
        minGap = std::max(minGap * 1.4, widest + 12);
    }
}

} // namespace ganlab::chart
