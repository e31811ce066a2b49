// What the studies that train arms share: FD against images shown and against wall time, the
// arms' samples side by side, and the table of final and best values.
#pragma once

#include "study/study_kind.h"

#include <cmath>

namespace ganlab {

struct ArmSummary {
    std::string arm;
    ArmCurve curve; // FD (or the ranking metric) by images shown and minutes
    double final = std::nan("");
    double best = std::nan("");
    double minutes = std::nan(""); // training time at the last evaluation
    double toReach = std::nan(""); // images shown to reach the common value
};

struct ArmsOverview {
    std::string metric;           // series name, e.g. "FD[random]"
    double common = std::nan(""); // the value every arm reached: the worst arm's best
    std::vector<ArmSummary> arms;
};

ArmsOverview overviewArms(const StudyState& state, const CompareResults& results);
// Figure (value against images shown, and against minutes), samples side by side at the newest
// common step, and the table, into `out`.
void presentArms(const StudyState& state, const ArmsOverview& overview, StudyResults& out);

} // namespace ganlab
