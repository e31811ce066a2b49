// The study registry and what the studies share: curves against images shown and wall time, the
// images needed to reach a value, the trust sentence and the mode-collapse flags.
#include "api/error.h"
#include "api/presets.h"
#include "api/settings.h"
#include "api/training_run.h"
#include "study/study_kind.h"
#include "util/text_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

std::vector<StudyKind>& registry() {
    static std::vector<StudyKind> kinds;
    return kinds;
}

// elapsed_s by step from an arm's metrics.jsonl (training time: evaluations excluded).
std::map<double, double> elapsedByStep(const std::string& runDir) {
    std::map<double, double> out;
    std::ifstream in(fs::path(runDir) / "metrics.jsonl");
    for (std::string line; std::getline(in, line);) {
        const auto row = nlohmann::json::parse(line, nullptr, false);
        if (row.is_object() && row.contains("elapsed_s") && row.contains("step") &&
            row["elapsed_s"].is_number() && row["step"].is_number())
            out[row["step"].get<double>()] = row["elapsed_s"].get<double>();
    }
    return out;
}

} // namespace

bool registerStudy(StudyKind kind) {
    auto& kinds = registry();
    std::erase_if(kinds, [&](const StudyKind& k) { return k.info.name == kind.info.name; });
    kinds.push_back(std::move(kind));
    return true;
}

const StudyKind& findStudyKind(const std::string& name) {
    for (const auto& k : registry())
        if (k.info.name == name)
            return k;
    std::string names;
    for (const auto& s : studies())
        names += (names.empty() ? "" : ", ") + s.name;
    throw Error(ErrorKind::Usage, {}, message(MessageCode::UnknownStudy, name, names));
}

const std::vector<StudyInfo>& studies() {
    static const std::vector<StudyInfo> list = [] {
        // In the order a reader meets the seeds: transfer, AC-GAN, PG-GAN, Projected, BigGAN.
        const std::vector<std::string> order = {"transfer", "acgan", "growing", "projected",
                                                "truncation"};
        std::vector<StudyInfo> out;
        for (const auto& name : order)
            for (const auto& k : registry())
                if (k.info.name == name)
                    out.push_back(k.info);
        return out;
    }();
    return list;
}

const StudyInfo& findStudy(const std::string& name) {
    return findStudyKind(name).info;
}

TrainConfig studyTarget(const std::string& preset, const StudySpec& spec, std::int64_t steps) {
    return studyTarget(presetConfig(preset), spec, steps);
}

TrainConfig studyTarget(TrainConfig c, const StudySpec& spec, std::int64_t steps) {
    c.dataPath = spec.dataPath;
    c.classes = spec.classes;
    c.maxImages = spec.maxImages;
    c.seed = spec.seed;
    auto given = spec.settings;
    if (!spec.reals.empty())
        given.emplace_back("eval_reals", spec.reals);
    if (!given.empty())
        if (auto problems = applySettingTexts(c, given); !problems.empty())
            throw Error(ErrorKind::Usage, {}, message(MessageCode::InvalidConfiguration), problems);
    c.steps = steps;
    c.evalEvery = static_cast<int>(std::max<std::int64_t>(1, steps / 8));
    c.evalEveryMinutes = 0;
    c.evalBudget = 1.0;
    c.eval.metrics = {"fd", "kid"};
    c.eval.samples = spec.evalSamples > 0 ? spec.evalSamples : 500;
    c.sampleEvery = static_cast<int>(std::max<std::int64_t>(1, steps / 10));
    c.checkpointEvery = static_cast<int>(std::max<std::int64_t>(1, steps / 4));
    c.logEvery = static_cast<int>(std::clamp<std::int64_t>(steps / 50, 1, 10));
    return c;
}

CompareArm studyArm(std::string label, std::vector<std::pair<std::string, std::string>> settings) {
    CompareArm arm;
    arm.label = std::move(label);
    arm.settings = std::move(settings);
    return arm;
}

std::string formatNumber(double v, int digits) {
    if (!std::isfinite(v))
        return "—";
    char text[32];
    std::snprintf(text, sizeof text, "%.*g", digits, v);
    return text;
}

const MetricSeries* findEvaluation(const CompareResults& results, const std::string& arm,
                                   const std::string& metric) {
    for (const auto& c : results.curves)
        if (c.arm == arm && c.series.kind == SeriesKind::Evaluation && c.series.metric == metric &&
            c.series.parent.empty() && c.series.name.find("@t") == std::string::npos)
            return &c.series;
    return nullptr;
}

ArmCurve armCurve(const StudyState& state, const CompareResults& results, std::size_t arm,
                  const std::string& metric) {
    ArmCurve curve;
    curve.arm = results.arms.at(arm);
    const MetricSeries* s = findEvaluation(results, curve.arm, metric);
    if (!s)
        return curve;
    const TrainConfig config = armConfigOf(state.plan.target, state.plan.arms.at(arm));
    const auto elapsed = elapsedByStep(state.runDirOf(arm));
    for (std::size_t i = 0; i < s->steps.size(); ++i) {
        const double step = s->steps[i];
        curve.images.push_back(step * config.batchSize);
        auto it = elapsed.upper_bound(step); // the newest logged time at or before the step
        curve.minutes.push_back(it == elapsed.begin() ? 0.0 : std::prev(it)->second / 60.0);
        curve.values.push_back(s->values[i]);
    }
    return curve;
}

double imagesToReach(const ArmCurve& curve, double target) {
    for (std::size_t i = 0; i < curve.values.size(); ++i) {
        if (!(curve.values[i] <= target))
            continue;
        if (i == 0 || !std::isfinite(curve.values[i - 1]))
            return curve.images[i];
        const double a = curve.values[i - 1], b = curve.values[i];
        const double f = a == b ? 1.0 : (a - target) / (a - b);
        return curve.images[i - 1] + f * (curve.images[i] - curve.images[i - 1]);
    }
    return std::nan("");
}

std::string trustSentence(const StudyState& state, const std::string& features) {
    const auto& s = state.spec;
    std::string text = "One seed (" + std::to_string(s.seed) + ")";
    if (state.plan.trains)
        text += ", " + std::to_string(state.plan.target.steps) + " steps per arm (a budget of " +
                formatNumber(s.budgetMinutes, 3) + " min)";
    text += ", " +
            std::to_string(state.analysis.is_object() && state.analysis.contains("samples")
                               ? state.analysis["samples"].get<int>()
                               : state.plan.target.eval.samples) +
            " samples per evaluation on " + features + " features";
    text += features.rfind("inception", 0) == 0
                ? "."
                : " — not Inception, so no number here is comparable to a paper's FID.";
    text += " Differences smaller than the run-to-run spread (unknown with one seed; typically "
            "10–20% of FD at this size) are not evidence; rerun with other --seed values to see "
            "the spread.";
    return text;
}

void flagCollapsedArms(const StudyState& state, StudyResults& results) {
    const auto check = [&](const std::string& label, const std::string& runDir) {
        if (!fs::exists(fs::path(runDir) / "metrics.jsonl"))
            return;
        const auto m = modeCollapseReading(runDir);
        results.diversityMeasured = results.diversityMeasured || m.has_value();
        if (m && m->collapsed)
            results.collapsed.push_back(
                message(MessageCode::ModeCollapseArm, label, formatNumber(m->diversity, 2), m->step)
                    .text());
    };
    if (state.comparison)
        for (std::size_t i = 0; i < state.comparison->arms().size(); ++i)
            check(
                state.comparison->arms()[i].label,
                (fs::path(state.comparison->dir()) / state.comparison->arms()[i].runDir).string());
    if (!state.spec.run.empty())
        check(fs::path(state.spec.run).lexically_normal().filename().string(), state.spec.run);
}

} // namespace ganlab
