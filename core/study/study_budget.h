// Fitting a study to its budget: each arm's milliseconds per step, timed on a few real steps.
#pragma once

#include "study/study_kind.h"

namespace ganlab {

// Steps every arm trains so that all arms (and a transfer source) fit spec.budgetMinutes of wall
// time, evaluations included; at least kMinStudySteps. Times each distinct arm config on a few
// steps in a scratch folder inside the study (removed afterwards).
inline constexpr std::int64_t kMinStudySteps = 20;
std::int64_t fitStepsToBudget(const StudyState& state, std::stop_token stop);

} // namespace ganlab
