// The chart's axes: data ranges padded, ticks on 1-2-5 values (decades on log axes) spaced by
// their labels, labels that resolve their step (0.04, 250, 1.5k, 3M, 2.5e-5).
#pragma once

#include <string>
#include <vector>

namespace ganlab::chart {

struct Tick {
    long double pos; // in axis space (log10 of the value on a log axis)
    double value;
    double resolution; // what its label must resolve
};

struct Axis {
    bool log = false;
    long double lo = 0, hi = 1; // in axis space
    std::vector<Tick> ticks;
    std::vector<std::string> labels;

    long double fraction(long double pos) const { return (pos - lo) / (hi - lo); }
};

bool usable(double v, bool log);
long double toAxis(double v, bool log);
// The data's range [lo, hi] (axis space) padded by 5 % each side; a point or all-equal values
// get a range around them.
void setRange(Axis& a, long double lo, long double hi);
// Ticks and labels for `pixels` of axis, at least `minGap` px apart; `labelWidths`: also as far
// apart as their labels are wide (the x axis).
void placeTicks(Axis& a, double pixels, double minGap, bool labelWidths);

} // namespace ganlab::chart
