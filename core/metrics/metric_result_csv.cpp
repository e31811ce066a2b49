// The one CSV layout of metric results (evaluations.csv and ganlab-cli eval --csv).
#include "api/metric_result.h"

#include <cmath>
#include <cstdio>

namespace ganlab {
namespace {

std::string quoted(std::string s) {
    for (std::size_t i = 0; (i = s.find('"', i)) != std::string::npos; i += 2)
        s.insert(i, 1, '"');
    return '"' + s + '"';
}

std::string number(double v) {
    if (!std::isfinite(v))
        return {};
    char text[32];
    std::snprintf(text, sizeof text, "%.8g", v);
    return text;
}

} // namespace

std::string metricCsvHeader() {
    return "step,name,metric,network,value,stddev,samples,seconds,note";
}

std::string metricCsvRow(const MetricResult& r) {
    return std::to_string(r.step) + ',' + quoted(r.name) + ',' + r.metric + ',' +
           quoted(r.network) + ',' + number(r.value) + ',' + number(r.stddev) + ',' +
           std::to_string(r.samples) + ',' + number(r.seconds) + ',' + quoted(r.note);
}

} // namespace ganlab
