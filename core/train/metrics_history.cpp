// readMetricsHistory: metrics.jsonl → named series (torn lines from a crash are counted, skipped).
#include "api/metrics_history.h"

#include "api/error.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace ganlab {

MetricsHistory readMetricsHistory(const std::string& runDir) {
    if (!fs::exists(fs::path(runDir) / "config.json"))
        throw Error(ErrorKind::Data, runDir, "not a ganlab run folder (no config.json)");
    MetricsHistory history;
    std::ifstream in(fs::path(runDir) / "metrics.jsonl");
    std::map<std::string, std::size_t> index;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        json row;
        try {
            row = json::parse(line);
            if (!row.is_object() || !row.contains("step") || !row["step"].is_number())
                throw json::other_error::create(501, "no step", nullptr);
        } catch (const json::exception&) {
            ++history.unreadableLines;
            continue;
        }
        const double step = row["step"].get<double>();
        const bool evaluation = row.value("kind", "") == "eval";
        for (const auto& [key, value] : row.items()) {
            if (key == "step" || key == "elapsed_s" || !value.is_number())
                continue;
            auto [it, added] = index.try_emplace(key, history.series.size());
            if (added)
                history.series.push_back({key, {}, {}, evaluation});
            history.series[it->second].steps.push_back(step);
            history.series[it->second].values.push_back(value.get<double>());
        }
    }
    return history;
}

} // namespace ganlab
