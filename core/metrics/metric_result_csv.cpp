// The one CSV layout of metric results (evaluations.csv and ganlab-cli eval --csv).
#include "api/metric_result.h"

#include "util/csv.h"

namespace ganlab {

std::string metricCsvHeader() {
    return "step,name,metric,network,value,stddev,samples,seconds,note,parent";
}

std::string metricCsvRow(const MetricResult& r) {
    return std::to_string(r.step) + ',' + csvText(r.name) + ',' + csvText(r.metric) + ',' +
           csvText(r.network) + ',' + csvNumber(r.value) + ',' + csvNumber(r.stddev) + ',' +
           std::to_string(r.samples) + ',' + csvNumber(r.seconds) + ',' + csvText(r.note.text()) +
           ',' + csvText(r.parent);
}

} // namespace ganlab
