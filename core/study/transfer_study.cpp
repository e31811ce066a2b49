// The transfer study (Wang et al., "Transferring GANs: generating images from limited data",
// ECCV 2018, §4–5 and Table 2): one target trained from scratch, from a source's G and D, from its
// G only and from its D only — in the paper's setting (ResNet WGAN-GP, LayerNorm critic) or with
// the DCGAN presets — and which half carried more.
#include "study/study_arms.h"

#include "api/error.h"
#include "api/presets.h"

#include <algorithm>
#include <cmath>

namespace ganlab {
namespace {

TrainConfig targetFor(const StudySpec& spec, std::int64_t steps) {
    if (spec.setting == "dcgan")
        return studyTarget("cpu-quick", spec, steps);
    if (spec.setting != "paper")
        throw Error(ErrorKind::Usage, {}, message(MessageCode::StudyUnknownSetting, spec.setting));
    // The paper's model at a CPU width: ResNet G and a LayerNorm critic, WGAN-GP, 5 critic steps.
    TrainConfig c = presetConfig("quality");
    c.resolution = 32;
    c.width = 0.25;
    c.latentDim = 64;
    c.batchSize = 32;
    c.emaBeta = 0.995;
    return studyTarget(c, spec, steps); // the user's settings on top
}

StudyPlan plan(const StudySpec& spec, const DatasetInfo&, std::int64_t steps, const std::string&) {
    StudyPlan p;
    p.target = targetFor(spec, steps);
    if (spec.sources.empty()) {
        if (spec.sourceData.empty())
            throw Error(ErrorKind::Usage, {}, message(MessageCode::StudyNeedsSource));
        TrainConfig source = p.target;
        source.dataPath = spec.sourceData;
        source.classes = spec.sourceClasses;
        source.maxImages = 0;
        source.eval.reals.clear();
        source.steps = 2 * steps; // a source trained longer than each arm, on more data
        source.evalEvery = static_cast<int>(source.steps);
        source.checkpointEvery = static_cast<int>(std::max<std::int64_t>(1, source.steps / 4));
        p.source = source;
    }
    // The comparison names these after its source; four arms to fit the budget to.
    for (const char* label : {"scratch", "G+D", "G", "D"})
        p.arms.push_back(studyArm(label));
    return p;
}

nlohmann::json analyse(StudyState&, std::stop_token) {
    return nlohmann::json::object();
}

const ArmSummary* armStarting(const ArmsOverview& o, const std::string& prefix) {
    for (const auto& a : o.arms)
        if (a.arm.rfind(prefix, 0) == 0)
            return &a;
    return nullptr;
}

// Mean of an arm's loss_d over the first fifth of its logged steps.
double earlyLossD(const CompareResults& r, const std::string& arm) {
    for (const auto& c : r.curves)
        if (c.arm == arm && c.series.name == "loss_d" && !c.series.values.empty()) {
            const auto n = std::max<std::size_t>(1, c.series.values.size() / 5);
            double sum = 0;
            for (std::size_t i = 0; i < n; ++i)
                sum += c.series.values[i];
            return sum / double(n);
        }
    return std::nan("");
}

void present(const StudyState& state, StudyResults& out) {
    const auto o = overviewArms(state, out.arms);
    presentArms(state, o, out);
    const auto* scratch = armStarting(o, "scratch");
    const auto* both = armStarting(o, "G+D ");
    const auto* g = armStarting(o, "G ");
    const auto* d = armStarting(o, "D ");
    const bool paper = state.spec.setting == "paper";
    out.findings.push_back(
        std::string("Setting: ") +
        (paper ? "the paper's — ResNet generator, WGAN-GP critic with LayerNorm, 5 critic steps "
                 "(width 0.25, 32 px for a CPU)"
               : "the DCGAN presets (cpu-quick: non-saturating loss, BatchNorm D)") +
        ".");
    if (!scratch || !both || !g || !d || !std::isfinite(g->best) || !std::isfinite(d->best))
        return;
    out.findings.push_back("Best " + o.metric + ": scratch " + formatNumber(scratch->best, 3) +
                           ", G+D " + formatNumber(both->best, 3) + ", G only " +
                           formatNumber(g->best, 3) + ", D only " + formatNumber(d->best, 3) + ".");
    const bool dBetter = d->best < g->best;
    out.findings.push_back(std::string("Here the ") + (dBetter ? "discriminator" : "generator") +
                           " was the more useful half to transfer (" +
                           formatNumber(dBetter ? d->best : g->best, 3) + " against " +
                           formatNumber(dBetter ? g->best : d->best, 3) +
                           "); the paper found the discriminator the more useful half" +
                           (dBetter ? ", as here." : " — this run disagrees."));
    if (!dBetter) {
        const double dEarly = earlyLossD(out.arms, d->arm);
        const double sEarly = earlyLossD(out.arms, scratch->arm);
        const bool dCollapsed =
            std::any_of(out.collapsed.begin(), out.collapsed.end(),
                        [&](const std::string& c) { return c.rfind(d->arm, 0) == 0; });
        std::string why = "A likely reason: a pretrained D faces a freshly initialised G";
        if (std::isfinite(dEarly) && std::isfinite(sEarly) && dEarly < sEarly)
            why += " and wins at once — D's loss over the first fifth of training averaged " +
                   formatNumber(dEarly, 3) + " against " + formatNumber(sEarly, 3) +
                   " from scratch" +
                   std::string(state.plan.target.loss == "wgan-gp"
                                   ? " (a wider critic gap)"
                                   : " (D separates reals from fakes almost perfectly)") +
                   ", which leaves G little useful gradient";
        if (dCollapsed)
            why += "; its samples collapsed (see the mode-collapse flag below)";
        why += ". The paper's setting (a Lipschitz critic under WGAN-GP) keeps such a critic's "
               "gradients informative" +
               std::string(paper ? ", yet this run still found G more useful."
                                 : ": try --setting paper.");
        out.findings.push_back(why);
    }
    if (both->best < scratch->best)
        out.findings.push_back("Transferring both halves beat training from scratch (" +
                               formatNumber(both->best, 3) + " against " +
                               formatNumber(scratch->best, 3) + ").");
    else
        out.findings.push_back("Transferring both halves did not beat training from scratch (" +
                               formatNumber(both->best, 3) + " against " +
                               formatNumber(scratch->best, 3) +
                               "): the source may be too far from the target, or the budget too "
                               "short for either to matter.");
}

GANLAB_REGISTER_STUDY({.info = {.name = "transfer",
                                .paper = "Transferring GANs, Wang et al. 2018",
                                .description = GANLAB_TR(
                                    "Study", "a target trained from scratch and from a source's "
                                             "G and D, G only and D only, in the paper's setting "
                                             "or with the DCGAN presets: which half carries "
                                             "more")},
                       .plan = plan,
                       .analyse = analyse,
                       .present = present});

} // namespace
} // namespace ganlab
