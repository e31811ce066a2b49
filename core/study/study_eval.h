// Evaluating a finished run for a study: read-only (nothing is written into the run), on the
// study's feature network, with a sample grid kept beside the study.
#pragma once

#include "study/study_kind.h"

namespace ganlab {

// The run the study analyses: spec.run, else its first arm's run.
std::string analysedRun(const StudyState& state);
// One evaluation's overall and per-class results as JSON rows {name, metric, class, value}.
nlohmann::json resultsToJson(const std::vector<MetricResult>& results);
// The value of the overall (or a class's) result of a metric in such rows; NaN when absent.
double resultValue(const nlohmann::json& rows, const std::string& metric,
                   const std::string& namePrefix = {}, const std::string& className = {});

} // namespace ganlab
