// The projected study (Sauer et al., "Projected GANs Converge Faster", NeurIPS 2021, Fig. 1 and
// §5): the same generator against its own discriminator and against the projected one (frozen
// features, random CCM/CSM projections) — FD against images shown and wall time, and the images
// each needs to reach a common FD.
#include "study/study_arms.h"

#include <cmath>

namespace ganlab {
namespace {

StudyPlan plan(const StudySpec& spec, const DatasetInfo&, std::int64_t steps,
               const std::string& classifier) {
    StudyPlan p;
    p.target = studyTarget("projected", spec, steps);
    // One frozen network for every arm and evaluation: the study's classifier when it has one.
    p.target.projectedFeatures =
        classifier.empty() ? FeatureSpec{} : FeatureSpec{FeatureSource::ClassifierFile, classifier};
    p.arms.push_back(studyArm("own D", {{"discriminator", "own"}}));
    p.arms.push_back(studyArm("projected D"));
    return p;
}

nlohmann::json analyse(StudyState&, std::stop_token) {
    return nlohmann::json::object();
}

void present(const StudyState& state, StudyResults& out) {
    const auto o = overviewArms(state, out.arms);
    presentArms(state, o, out);
    if (o.arms.size() != 2 || !std::isfinite(o.arms[0].final) || !std::isfinite(o.arms[1].final))
        return;
    const auto& own = o.arms[0];
    const auto& proj = o.arms[1];
    out.findings.push_back("Own D: " + o.metric + " " + formatNumber(own.final, 3) + " (best " +
                           formatNumber(own.best, 3) + ") in " + formatNumber(own.minutes, 3) +
                           " training minutes; projected D: " + formatNumber(proj.final, 3) +
                           " (best " + formatNumber(proj.best, 3) + ") in " +
                           formatNumber(proj.minutes, 3) + " minutes, for the same " +
                           formatNumber(own.curve.images.back(), 6) + " images shown.");
    if (std::isfinite(own.toReach) && std::isfinite(proj.toReach)) {
        const double ratio = own.toReach / std::max(proj.toReach, 1.0);
        out.findings.push_back(
            "To reach " + o.metric + " " + formatNumber(o.common, 3) + ", the projected D needed " +
            formatNumber(proj.toReach, 5) + " images and its own D " +
            formatNumber(own.toReach, 5) + ": " +
            (ratio >= 1 ? formatNumber(ratio, 2) + "× fewer with the projected D"
                        : formatNumber(1 / ratio, 2) + "× more with the projected D") +
            ". The paper's claim is faster convergence in images (up to 40× on large "
            "datasets, with pretrained ImageNet features; here the features are " +
            (state.plan.target.projectedFeatures.source == FeatureSource::Random
                 ? "a fixed random network's"
                 : "a small classifier's trained on this dataset") +
            ").");
    }
}

GANLAB_REGISTER_STUDY(
    {.info = {.name = "projected",
              .paper = "Projected GANs, Sauer et al. 2021",
              .description = GANLAB_TR("Study", "the same generator with its own discriminator "
                                                "and with the projected one: FD against images "
                                                "shown and wall time, and the images each needs "
                                                "to reach a common FD")},
     .plan = plan,
     .analyse = analyse,
     .present = present});

} // namespace
} // namespace ganlab
