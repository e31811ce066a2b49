// ganlab-cli verbs of the transfer lab: rank-sources (before training) and compare (train one
// target from several sources side by side, then rank them, predicted beside achieved).
#include "api/error.h"
#include "api/presets.h"
#include "api/source_comparison.h"
#include "api/source_ranking.h"
#include "cli/common_options.h"
#include "cli/interrupt.h"
#include "cli/setting_options.h"
#include "cli/verb.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

namespace fs = std::filesystem;

namespace ganlab::cli {
namespace {

std::string number(double v, const char* format = "%.4g") {
    if (!std::isfinite(v))
        return "-";
    char out[32];
    std::snprintf(out, sizeof out, format, v);
    return out;
}

TrainConfig targetConfig(const SettingOptions& settings, const char* defaultPreset) {
    TrainConfig c = presetConfig(defaultPreset);
    c.dataPath = "fashion-mnist";
    settings.applyTo(c);
    if (c.transfer.active())
        throw Error(ErrorKind::Usage, {},
                    plainText("give sources with --sources, not --transfer-from"));
    return c;
}

void printRanking(const SourceRanking& r) {
    std::printf("\nsources ranked before training (%d images, features %s):\n", r.samples,
                r.features.c_str());
    std::printf("  %-4s %-12s %-12s %-12s %-12s %s\n", "rank", "FD samples", "KID samples",
                "FD data", "KID data", "source");
    for (const auto& s : r.scores) {
        std::printf("  %-4d %-12s %-12s %-12s %-12s %s\n", s.predictedRank,
                    number(s.fdSamples).c_str(), number(s.kidSamples).c_str(),
                    number(s.fdData).c_str(), number(s.kidData).c_str(), s.source.c_str());
        std::printf("       %s%s%s\n", s.description.c_str(), s.problem ? "; " : "",
                    s.problem ? s.problem->text().c_str() : "");
    }
    std::printf("note: %s\n", message(MessageCode::RankingCaveat).text().c_str());
}

void printComparison(const CompareResults& r) {
    const auto& metric = r.rankingMetric;
    std::printf("\narms ranked by final %s (predicted rank from before training):\n",
                metric.empty() ? "(no evaluation yet)" : metric.c_str());
    std::printf("  %-8s %-9s %-12s %s\n", "achieved", "predicted", "value", "arm");
    for (const auto& row : r.ranking)
        std::printf("  %-8s %-9s %-12s %s\n",
                    row.achievedRank ? std::to_string(row.achievedRank).c_str() : "-",
                    row.predictedRank ? std::to_string(row.predictedRank).c_str() : "-",
                    number(row.value).c_str(), row.arm.c_str());
    if (!r.prediction.scores.empty())
        std::printf("note: %s\n", message(MessageCode::RankingCaveat).text().c_str());
}

// Writes the comparison's exports; returns the step of the side-by-side grids (0 if none).
std::int64_t writeExports(const SourceComparison& c, const CompareResults& r) {
    const fs::path dir = c.dir();
    exportComparisonCsv(r, (dir / "curves.csv").string());
    exportComparisonJson(c, r, (dir / "comparison.json").string());
    if (r.sampleSteps.empty())
        return 0;
    exportComparisonPng(c, (dir / "comparison.png").string(), r.sampleSteps.back());
    return r.sampleSteps.back();
}

struct RankOptions {
    SettingOptions settings;
    std::string sources, features = "random", json;
    int samples = 500, threads = 1;
};

int rank(const RankOptions& o) {
    const auto sources = splitList(o.sources);
    applyThreads(o.threads);
    const TrainConfig target = targetConfig(o.settings, "cpu-quick");
    RankSettings rs;
    rs.features = featureSpec(o.features, FeatureUse::Evaluation);
    rs.samples = o.samples;
    rs.seed = target.seed;
    const SourceRanking ranking = rankSources(target, sources, rs);
    printRanking(ranking);
    if (!o.json.empty()) {
        std::FILE* f = std::fopen(o.json.c_str(), "w");
        if (!f)
            throw Error(ErrorKind::Io, o.json, message(MessageCode::CannotCreate));
        std::fprintf(f, "%s\n", toJson(ranking).c_str());
        std::fclose(f);
    }
    return kOk;
}

Verb rankVerb() {
    return {
        "rank-sources", "rank pretrained sources for a target before training (FD/KID)",
        [](CLI::App& app) {
            app.description(
                "Before any training, rank pretrained sources (run folders or checkpoints) "
                "for a target dataset: the Fréchet distance and KID of each source's "
                "generated images — and of its own training images, when still readable — to "
                "the target's real images, in one named feature space. Transferring GANs "
                "(Wang et al. 2018) found this an imperfect predictor of the best source. The "
                "target is --data with the train options (--classes, --max-images, …).");
            auto o = std::make_shared<RankOptions>();
            app.add_option("--sources", o->sources,
                           "comma-separated run folders or checkpoint files")
                ->type_name("LIST")
                ->required();
            app.add_option("--features", o->features,
                           "random (default) | classifier:FILE | inception:FILE")
                ->type_name("NET");
            app.add_option("--samples", o->samples, "images per distance (default 500)")
                ->type_name("N")
                ->check(CLI::Range(10, 100000));
            app.add_option("--json", o->json, "also write the ranking as JSON")->type_name("FILE");
            addThreadsOption(app, o->threads);
            o->settings.declare(app);
            return [o] { return rank(*o); };
        }};
}

struct CompareOptions {
    SettingOptions settings;
    std::string sources, rankFeatures, resume, out;
    bool combinations = false, noScratch = false;
    int chunk = 20, threads = 1;

    SourceComparison open() const {
        if (!resume.empty()) {
            std::printf("resuming comparison %s\n", resume.c_str());
            return SourceComparison::open(resume);
        }
        CompareSpec spec;
        spec.target = targetConfig(settings, "transfer-target");
        spec.sources = splitList(sources);
        spec.scratch = !noScratch;
        spec.combinations = combinations;
        spec.chunkSteps = chunk;
        if (!rankFeatures.empty()) {
            spec.ranking.features = featureSpec(rankFeatures, FeatureUse::Evaluation);
            spec.rankWithEvaluationFeatures = false;
        }
        if (spec.combinations && spec.sources.empty())
            throw Error(ErrorKind::Usage, {},
                        plainText("--combinations needs a source in --sources"));
        if (out.empty())
            throw Error(ErrorKind::Usage, {}, plainText("--out DIR is required"));
        auto c = SourceComparison::create(
            spec, out, [](double, const std::string& m) { std::printf("%s…\n", m.c_str()); });
        if (!c.prediction().scores.empty())
            printRanking(c.prediction());
        return c;
    }
};

void trainArms(SourceComparison& c) {
    std::printf("\n%zu arms, %lld steps each, evaluated every %d steps:\n", c.arms().size(),
                static_cast<long long>(c.target().steps), c.target().evalEvery);
    for (const auto& arm : c.arms())
        std::printf("  %s\n", arm.label.c_str());
    std::int64_t lastReported = -1;
    InterruptWatch interrupt; // Ctrl-C stops within a step; every arm is saved
    c.train(interrupt.token(), [&] {
        const auto steps = c.armSteps();
        const auto least = *std::min_element(steps.begin(), steps.end());
        if (least / std::max(1, c.target().evalEvery) == lastReported)
            return;
        lastReported = least / std::max(1, c.target().evalEvery);
        std::string line = "step " + std::to_string(least) + ":";
        for (const auto& row : c.results().ranking)
            line += "  " + row.arm + " " + number(row.value);
        std::printf("%s\n", line.c_str());
        std::fflush(stdout);
    });
}

int compare(const CompareOptions& o) {
    applyThreads(o.threads);
    SourceComparison c = o.open();
    trainArms(c);
    const CompareResults results = c.results();
    const auto gridStep = writeExports(c, results);
    printComparison(results);
    for (std::size_t i = 0; i < c.arms().size(); ++i) // sample diversity against the reals'
        if (const auto m = modeCollapseReading((fs::path(c.dir()) / c.arms()[i].runDir).string());
            m && m->collapsed)
            std::printf("MODE COLLAPSE: %s\n",
                        message(MessageCode::ModeCollapseArm, c.arms()[i].label,
                                number(m->diversity), m->step)
                            .text()
                            .c_str());
    std::printf("\nwrote %s/curves.csv, comparison.json%s\n", c.dir().c_str(),
                gridStep ? (", comparison.png (step " + std::to_string(gridStep) + ")").c_str()
                         : "");
    if (!c.finished()) {
        std::printf("stopped; continue with: ganlab-cli compare --resume %s\n", c.dir().c_str());
        return kInterrupted;
    }
    return kOk;
}

Verb compareVerb() {
    return {
        "compare", "train a target from several sources (and scratch) side by side and rank them",
        [](CLI::App& app) {
            app.description(
                "Train one target from several pretrained sources, and from scratch, with the "
                "same seeds, step budget and evaluation schedule, interleaved so every arm "
                "advances together; then rank the arms by their final FD (else KID, else "
                "|IW|) beside the ranking predicted before training. --out DIR gets "
                "runs/NN-label/ (ordinary runs), comparison.png (all arms' samples from the "
                "same z at the last common step), curves.csv, comparison.json and "
                "prediction.json. Every train option applies to the target (default preset "
                "transfer-target); continue a stopped comparison with --resume DIR.");
            auto o = std::make_shared<CompareOptions>();
            app.add_option("--sources", o->sources,
                           "comma-separated run folders or checkpoint files")
                ->type_name("LIST");
            app.add_flag("--combinations", o->combinations,
                         "also G-only and D-only arms for the first source (the paper's four "
                         "combinations with G+D and scratch)");
            app.add_flag("--no-scratch", o->noScratch, "leave out the arm from scratch");
            app.add_option("--chunk", o->chunk, "steps per arm per round (default 20)")
                ->type_name("N")
                ->check(CLI::Range(1, 1'000'000));
            app.add_option("--rank-features", o->rankFeatures,
                           "feature network of the prediction (default: the evaluation's)")
                ->type_name("NET");
            app.add_option("--resume", o->resume, "continue the comparison in DIR")
                ->type_name("DIR");
            app.add_option("--out", o->out, "the comparison folder to create")->type_name("DIR");
            addThreadsOption(app, o->threads);
            o->settings.declare(app);
            return [o] { return compare(*o); };
        }};
}

} // namespace

std::vector<Verb> transferVerbs() {
    return {rankVerb(), compareVerb()};
}

} // namespace ganlab::cli
