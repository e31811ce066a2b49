// StudyKind: what one study plans, analyses and shows — one file per study (the seed paper's
// experiment) behind a registry; study.cpp runs any of them the same way.
#pragma once

#include "api/dataset_info.h"
#include "api/metrics_history.h"
#include "api/study.h"
#include "api/translatable.h"
#include "util/registry_macros.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace ganlab {

// What a study trains: the arms' common config and the arms (settings on top), or nothing (a
// study of a trained run). `steps` is what the budget allows each arm; the plan sets the
// schedule from it (growth phases, evaluations).
struct StudyPlan {
    TrainConfig target;
    std::vector<CompareArm> arms; // empty: no arms of the study's own (see StudyKind::transfer)
    bool trains = true;
    // Transfer: the source is pretrained first (on spec.sourceData) with this config.
    std::optional<TrainConfig> source;
};

// Everything a study's analysis and presentation read: the folder, its spec and plan, and the
// comparison of its arms when it has one.
struct StudyState {
    std::string dir;
    StudySpec spec;
    StudyPlan plan;
    std::string classifier; // the study's classifier file ("" when unlabelled)
    const SourceComparison* comparison = nullptr;
    nlohmann::json analysis; // analysis.json: what analyse() computed (null before)
    std::function<void(double, const std::string&)> progress;

    std::string path(const std::string& relative) const; // inside the study folder
    // The feature network evaluations use: the spec's, else the study's classifier, else random.
    FeatureSpec features() const;
    std::string runDirOf(std::size_t arm) const; // an arm's run folder
};

struct StudyKind {
    StudyInfo info;
    // The arms and their common config for a dataset (Error where the study does not apply).
    // `classifier`: the study's classifier file, "" when it has none.
    std::function<StudyPlan(const StudySpec&, const DatasetInfo&, std::int64_t steps,
                            const std::string& classifier)>
        plan;
    // After training: what the figure and table need beyond the arms' curves (→ analysis.json).
    std::function<nlohmann::json(StudyState&, std::stop_token)> analyse;
    // The table, figure, samples and findings from the curves and the analysis (live: partial).
    std::function<void(const StudyState&, StudyResults&)> present;
};

bool registerStudy(StudyKind kind);
const StudyKind& findStudyKind(const std::string& name);

#define GANLAB_REGISTER_STUDY(...)                                                                 \
    static const bool GANLAB_CONCAT(kGanlabStudyRegistered_, __LINE__) =                           \
        ::ganlab::registerStudy(__VA_ARGS__)

// Helpers the studies share.
// A preset with the study's data, seed and further settings, and a schedule scaled to `steps`:
// about eight evaluations (spec.evalSamples or 500 samples, FD and KID), ten sample grids, four
// checkpoints.
TrainConfig studyTarget(const std::string& preset, const StudySpec& spec, std::int64_t steps);
TrainConfig studyTarget(TrainConfig base, const StudySpec& spec, std::int64_t steps);
// An arm: its label and the settings it changes on top of the target.
CompareArm studyArm(std::string label,
                    std::vector<std::pair<std::string, std::string>> settings = {});
std::string formatNumber(double v, int digits = 4);
// An arm's evaluation series of that metric ("fd" → FD[…]; the overall result), or nothing.
const MetricSeries* findEvaluation(const CompareResults& results, const std::string& arm,
                                   const std::string& metric);
// An arm's curve of that metric against images shown (step × batch) and against wall time
// (minutes, from elapsed_s at the evaluation's step).
struct ArmCurve {
    std::string arm;
    std::vector<double> images, minutes, values;
};
ArmCurve armCurve(const StudyState& state, const CompareResults& results, std::size_t arm,
                  const std::string& metric);
// Images shown when a curve first reaches `target` (linear between evaluations); NaN if never.
double imagesToReach(const ArmCurve& curve, double target);
// The trust sentence: seeds, budget, evaluation samples and network.
std::string trustSentence(const StudyState& state, const std::string& features);
// Mode-collapse flags of every arm (labels, with the diversity) into results.collapsed.
void flagCollapsedArms(const StudyState& state, StudyResults& results);

} // namespace ganlab
