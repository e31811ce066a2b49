// Study budgets: a few timed steps of each arm (after warm-up) decide how many steps all can take.
#include "study/study_budget.h"

#include "api/settings.h"
#include "api/training_run.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

constexpr int kWarmupSteps = 2;
constexpr int kTimedSteps = 3;
constexpr double kTrainingShare = 0.8; // the rest: evaluations, sample grids, checkpoints

// Seconds per step of a config at its final resolution (a growing arm is timed without growth: an
// upper bound on its steps' cost).
double secondsPerStep(TrainConfig c, const std::string& scratch, std::stop_token stop) {
    c.growth.startResolution = c.resolution;
    c.growth.batchSizes.clear();
    c.transfer = {};
    c.evalEvery = 0;
    c.evalEveryMinutes = 0;
    c.sampleEvery = 0;
    c.checkpointEvery = 0;
    c.healthEvery = 0;
    c.steps = kWarmupSteps + kTimedSteps;
    std::error_code ec;
    fs::remove_all(scratch, ec);
    double seconds = 0;
    {
        TrainingRun run = TrainingRun::create(c, scratch, {}, stop);
        run.train(kWarmupSteps, stop);
        const auto started = std::chrono::steady_clock::now();
        run.train(kWarmupSteps + kTimedSteps, stop);
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    }
    fs::remove_all(scratch, ec);
    return seconds / kTimedSteps;
}

} // namespace

std::int64_t fitStepsToBudget(const StudyState& state, std::stop_token stop) {
    const auto scratch = state.path(".timing");
    std::map<std::string, double> timed; // config JSON → seconds per step
    const auto timeOf = [&](const TrainConfig& c) {
        TrainConfig key = c;
        key.growth = {};
        const auto text = toJson(key);
        if (!timed.count(text))
            timed[text] = secondsPerStep(c, scratch, stop);
        return timed[text];
    };
    double perStep = 0; // seconds for one step of every arm
    const auto& arms = state.plan.arms;
    for (const auto& arm : arms)
        perStep += timeOf(armConfigOf(state.plan.target, arm));
    if (arms.empty())
        perStep += timeOf(state.plan.target);
    if (state.plan.source) // trained for its own share of steps before the arms
        perStep += timeOf(*state.plan.source) * double(state.plan.source->steps) /
                   double(std::max<std::int64_t>(1, state.plan.target.steps));
    std::error_code ec;
    fs::remove_all(scratch, ec);
    const double seconds = state.spec.budgetMinutes * 60 * kTrainingShare;
    const auto steps = static_cast<std::int64_t>(std::floor(seconds / std::max(perStep, 1e-6)));
    return std::max(kMinStudySteps, steps);
}

} // namespace ganlab
