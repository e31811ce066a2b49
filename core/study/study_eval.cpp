// Study evaluations: result rows as JSON and read back by metric, name and class.
#include "study/study_eval.h"

#include <cmath>

namespace ganlab {

std::string analysedRun(const StudyState& state) {
    if (!state.spec.run.empty())
        return state.spec.run;
    return state.runDirOf(0);
}

nlohmann::json resultsToJson(const std::vector<MetricResult>& results) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : results)
        rows.push_back(
            {{"name", r.name},
             {"metric", r.metric},
             {"network", r.network},
             {"class", r.className},
             {"value", std::isfinite(r.value) ? nlohmann::json(r.value) : nlohmann::json()}});
    return rows;
}

double resultValue(const nlohmann::json& rows, const std::string& metric,
                   const std::string& namePrefix, const std::string& className) {
    for (const auto& r : rows)
        if (r.value("metric", "") == metric && r.value("class", "") == className &&
            r.value("name", "").rfind(namePrefix, 0) == 0 && r["value"].is_number())
            return r["value"].get<double>();
    return std::nan("");
}

} // namespace ganlab
