// readMetricsHistory: metrics.jsonl → typed series (torn lines from a crash are counted, skipped).
// A row holds the step's values, its loss terms, health, growth and augmentation as groups, and an
// evaluation row its results with their metric; runs written before that kept every value flat.
#include "api/metrics_history.h"

#include "api/error.h"
#include "api/step_stats.h"
#include "api/training_run.h"
#include "util/csv.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace ganlab {
namespace {

class SeriesCollector {
public:
    explicit SeriesCollector(MetricsHistory& history)
        : m_history(history) {}

    void add(const MetricSeries& prototype, double step, const json& value) {
        if (!value.is_number())
            return;
        auto [it, added] = m_index.try_emplace(prototype.name, m_history.series.size());
        if (added) {
            m_history.series.push_back(prototype);
            m_history.series.back().steps.clear();
            m_history.series.back().values.clear();
        }
        m_history.series[it->second].steps.push_back(step);
        m_history.series[it->second].values.push_back(value.get<double>());
    }

private:
    MetricsHistory& m_history;
    std::map<std::string, std::size_t> m_index;
};

// A text field, or "" when it is absent or not text (a damaged or foreign row).
std::string textOr(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

MetricSeries series(const std::string& name, SeriesKind kind) {
    MetricSeries s;
    s.name = name;
    s.kind = kind;
    return s;
}

SeriesKind fixedKind(const std::string& key) {
    if (key == "grad_norm_d" || key == "grad_norm_g")
        return SeriesKind::GradientNorm;
    if (key == "images_per_s" || key == "step_ms")
        return SeriesKind::Speed;
    return SeriesKind::Loss;
}

// Runs written before the grouped rows kept health, growth and loss terms flat beside the step's
// values, under keys that ganlab itself chose: "sigma<i>_<layer>", "sigma0_g_first_ratio",
// "growth_<field>"; anything else was a loss term.
SeriesKind legacyKind(const std::string& key) {
    if (key == kSigmaRatioSeries)
        return SeriesKind::SigmaRatio;
    if (key == kDiversitySeries)
        return SeriesKind::Diversity;
    if (key.rfind("sigma", 0) == 0)
        return SeriesKind::SingularValue;
    if (key.rfind("growth_", 0) == 0)
        return SeriesKind::Growth;
    return SeriesKind::LossTerm;
}

void readStepRow(const json& row, double step, SeriesCollector& out) {
    static const std::vector<std::string> kFixed = {"loss_d",      "loss_g",       "grad_norm_d",
                                                    "grad_norm_g", "images_per_s", "step_ms"};
    for (const auto& key : kFixed)
        if (row.contains(key))
            out.add(series(key, fixedKind(key)), step, row[key]);
    const auto group = [&](const char* name, auto kindOf) {
        if (const auto it = row.find(name); it != row.end() && it->is_object())
            for (const auto& [key, value] : it->items())
                out.add(series(key, kindOf(key)), step, value);
    };
    group("terms", [](const std::string&) { return SeriesKind::LossTerm; });
    group("health", [](const std::string& key) {
        if (key == kDiversitySeries)
            return SeriesKind::Diversity;
        return key == kSigmaRatioSeries ? SeriesKind::SigmaRatio : SeriesKind::SingularValue;
    });
    group("growth", [](const std::string&) { return SeriesKind::Growth; });
    group("augment", [](const std::string&) { return SeriesKind::Augmentation; });
    for (const auto& [key, value] : row.items()) // the flat layout of older runs
        if (value.is_number() && key != "step" && key != "elapsed_s" &&
            std::find(kFixed.begin(), kFixed.end(), key) == kFixed.end())
            out.add(series(key, legacyKind(key)), step, value);
}

MetricSeries evaluationSeries(std::string name, std::string metric, std::string parent) {
    MetricSeries s = series(std::move(name), SeriesKind::Evaluation);
    s.metric = std::move(metric);
    s.parent = std::move(parent);
    const auto info = findMetricInfo(s.metric);
    s.direction = info ? info->direction : Direction::Neither;
    return s;
}

// Older runs wrote evaluation rows as name → value; evaluations.csv beside them names each
// result's metric, and a per-class value was its overall result's name + "/" + the class.
class LegacyEvaluations {
public:
    explicit LegacyEvaluations(fs::path csv)
        : m_csv(std::move(csv)) {}

    void read(const json& row, double step, SeriesCollector& out) {
        for (const auto& [key, value] : row.items()) {
            if (key == "step" || key == "kind")
                continue;
            std::string parent;
            for (const auto& [other, v] : row.items())
                if (other != key && key.size() > other.size() + 1 && key.starts_with(other) &&
                    key[other.size()] == '/')
                    parent = other;
            out.add(evaluationSeries(key, metricOf(key), parent), step, value);
        }
    }

private:
    std::string metricOf(const std::string& name) {
        if (!m_loaded) {
            m_loaded = true;
            std::ifstream in(m_csv);
            for (std::string line; std::getline(in, line);)
                if (const auto f = parseCsvLine(line); f.size() > 2 && f[0] != "step")
                    m_metrics.emplace(f[1], f[2]);
        }
        const auto it = m_metrics.find(name);
        return it == m_metrics.end() ? std::string() : it->second;
    }

    fs::path m_csv;
    bool m_loaded = false;
    std::map<std::string, std::string> m_metrics;
};

void readEvaluationRow(const json& row, double step, SeriesCollector& out,
                       LegacyEvaluations& legacy) {
    const auto it = row.find("results");
    if (it == row.end() || !it->is_array())
        return legacy.read(row, step, out);
    for (const auto& r : *it)
        if (r.is_object() && r.contains("name") && r["name"].is_string())
            out.add(evaluationSeries(r["name"], textOr(r, "metric"), textOr(r, "parent")), step,
                    r.value("value", json()));
}

} // namespace

std::string sigmaSeriesName(const std::string& layerKey, std::size_t index) {
    return "sigma" + std::to_string(index) + "_" + layerKey;
}

MetricsHistory readMetricsHistory(const std::string& runDir) {
    if (!fs::exists(fs::path(runDir) / "config.json"))
        throw Error(ErrorKind::Data, runDir, message(MessageCode::NotARunFolder));
    MetricsHistory history;
    SeriesCollector collector(history);
    LegacyEvaluations legacy(fs::path(runDir) / "evaluations.csv");
    std::ifstream in(fs::path(runDir) / "metrics.jsonl");
    for (std::string line; std::getline(in, line);) {
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
        if (textOr(row, "kind") == "eval")
            readEvaluationRow(row, step, collector, legacy);
        else
            readStepRow(row, step, collector);
    }
    return history;
}

ModeCollapseRule modeCollapseRule(const TrainConfig& config) {
    // The EMA forgets its start over about 1/(1 − β) steps: twice that, and never under 500 (a
    // cpu-quick run on Fashion-MNIST passes 0.3 near step 100).
    const double horizon = config.emaBeta < 1 ? 2.0 / (1.0 - config.emaBeta) : 0.0;
    return {.threshold = config.modeCollapseBelow,
            .graceSteps = std::max<std::int64_t>(500, std::llround(std::min(horizon, 1e15))),
            .lastStep = config.steps};
}

std::optional<std::int64_t> modeCollapseSince(const std::vector<double>& steps,
                                              const std::vector<double>& values,
                                              const ModeCollapseRule& rule) {
    if (!(rule.threshold > 0))
        return std::nullopt;
    bool reached = false;
    std::optional<std::int64_t> since;
    for (std::size_t i = 0; i < steps.size() && i < values.size(); ++i) {
        const auto step = static_cast<std::int64_t>(steps[i]);
        const double v = values[i];
        if (!(v < rule.threshold))
            reached = true;
        if (since && !(v < rule.threshold * kModeCollapseRecovery))
            since.reset();
        else if (!since && v < rule.threshold &&
                 (reached || step >= rule.graceSteps || step >= rule.lastStep))
            since = step;
    }
    return since;
}

std::optional<ModeCollapseReading> modeCollapseReading(const std::string& runDir) {
    try {
        const MetricsHistory history = readMetricsHistory(runDir);
        for (const auto& s : history.series)
            if (s.kind == SeriesKind::Diversity && !s.values.empty()) {
                const ModeCollapseRule rule = modeCollapseRule(readRunConfig(runDir));
                ModeCollapseReading r;
                r.step = static_cast<std::int64_t>(s.steps.back());
                r.diversity = s.values.back();
                r.threshold = rule.threshold;
                const auto since = modeCollapseSince(s.steps, s.values, rule);
                r.collapsed = since.has_value();
                r.since = since.value_or(0);
                return r;
            }
    } catch (const Error&) { // not a run (yet), or its config does not read: nothing to say
    }
    return std::nullopt;
}

} // namespace ganlab
