// The growing study (Karras et al., "Progressive Growing of GANs", ICLR 2018, §2 and Table 1's
// "progressive growing" ablation): the same PG-GAN, the same images shown and the same final
// resolution, with and without growing — FD against images shown and against wall time.
#include "study/study_arms.h"

#include <algorithm>
#include <cmath>

namespace ganlab {
namespace {

StudyPlan plan(const StudySpec& spec, const DatasetInfo&, std::int64_t steps, const std::string&) {
    StudyPlan p;
    p.target = studyTarget("pggan", spec, steps);
    TrainConfig& t = p.target;
    t.growth.batchSizes.clear(); // one batch size throughout: equal steps are equal images shown
    const std::int64_t images = steps * t.batchSize;
    // Stabilise the start, fade and stabilise each next level: the final resolution is faded in
    // by two thirds of the budget and trained alone for the last third.
    int levels = 0;
    for (int r = t.growth.startResolution; r < t.resolution; r *= 2)
        ++levels;
    const auto phase = std::max<std::int64_t>(t.batchSize, images / (3 * std::max(1, levels)));
    t.growth.stabiliseImages = phase;
    t.growth.fadeImages = phase;
    p.arms.push_back(studyArm("growing " + std::to_string(t.growth.startResolution) + "→" +
                              std::to_string(t.resolution) + " px"));
    p.arms.push_back(studyArm("fixed " + std::to_string(t.resolution) + " px",
                              {{"grow_start_resolution", std::to_string(t.resolution)}}));
    return p;
}

nlohmann::json analyse(StudyState&, std::stop_token) {
    return nlohmann::json::object(); // the curves are the result
}

void present(const StudyState& state, StudyResults& out) {
    const auto o = overviewArms(state, out.arms);
    presentArms(state, o, out);
    if (o.arms.size() != 2 || !std::isfinite(o.arms[0].final) || !std::isfinite(o.arms[1].final))
        return;
    const auto& g = o.arms[0];
    const auto& f = o.arms[1];
    out.findings.push_back(
        "After the same " + formatNumber(g.curve.images.back(), 6) + " images shown, " + g.arm +
        " reached " + o.metric + " " + formatNumber(g.final, 3) + " (best " +
        formatNumber(g.best, 3) + ") in " + formatNumber(g.minutes, 3) + " training minutes; " +
        f.arm + " reached " + formatNumber(f.final, 3) + " (best " + formatNumber(f.best, 3) +
        ") in " + formatNumber(f.minutes, 3) + " minutes.");
    std::string verdict;
    const bool better = g.best < f.best;
    const double speed = f.minutes / std::max(g.minutes, 1e-9);
    verdict = "Growing " + std::string(better ? "gave the better" : "did not give a better") +
              " best FD here, and its training took " + formatNumber(speed, 2) +
              "× less wall time than training at full resolution throughout";
    if (std::isfinite(g.toReach) && std::isfinite(f.toReach))
        verdict += "; to reach " + o.metric + " " + formatNumber(o.common, 3) + " it needed " +
                   formatNumber(g.toReach, 5) + " images against " + formatNumber(f.toReach, 5);
    verdict += ". The paper reports both: growing is faster (most images are shown at low "
               "resolution) and more stable, with similar or better final quality.";
    out.findings.push_back(verdict);
}

GANLAB_REGISTER_STUDY(
    {.info = {.name = "growing",
              .paper = "PG-GAN, Karras et al. 2018",
              .description = GANLAB_TR("Study", "the same PG-GAN with and without progressive "
                                                "growing, for the same images shown: FD against "
                                                "images shown and wall time, and the samples")},
     .plan = plan,
     .analyse = analyse,
     .present = present});

} // namespace
} // namespace ganlab
