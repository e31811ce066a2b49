// ganlab-cli verbs of the transfer lab: rank-sources (before training) and compare (train one
// target from several sources side by side, then rank them, predicted beside achieved).
#include "cli/transfer_commands.h"

#include "api/error.h"
#include "api/source_comparison.h"
#include "api/source_ranking.h"
#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/interrupt.h"
#include "cli/train_options.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>

namespace fs = std::filesystem;

namespace ganlab::cli {
namespace {

const char* kRankHelp = R"(Usage: ganlab-cli rank-sources --data TARGET --sources A,B,… [options]

Before any training, rank pretrained sources (run folders or checkpoints) for a target dataset:
the Fréchet distance and KID of each source's generated images — and of its own training
images, when still readable — to the target's real images, in one named feature space.
Transferring GANs (Wang et al. 2018) found this an imperfect predictor of the best source.

  --data TARGET          the target dataset (with --classes, --max-images, --resolution,
                         --channels, --preset as for train)
  --sources LIST         comma-separated run folders or checkpoint files
  --features NET         random (default) | classifier:FILE | inception:FILE
  --samples N            images per distance (default 500)
  --json FILE            also write the ranking as JSON
  --threads N            compute threads
)";

const char* kCompareHelp =
    R"(Usage: ganlab-cli compare --data TARGET --sources A,B,… --out DIR [options]
       ganlab-cli compare --resume DIR

Train one target from several pretrained sources, and from scratch, with the same seeds, step
budget and evaluation schedule, interleaved so every arm advances together; then rank the arms
by their final FD (else KID, else |IW|) beside the ranking predicted before training.
DIR gets runs/NN-label/ (ordinary runs), comparison.png (all arms' samples from the same z at
the last common step), curves.csv, comparison.json and prediction.json.

  --sources LIST         comma-separated run folders or checkpoint files
  --combinations         also G-only and D-only arms for the first source (the paper's four
                         combinations with G+D and scratch)
  --no-scratch           leave out the arm trained from scratch
  --chunk N              steps per arm per round (default 20)
  --rank-features NET    feature network of the prediction (default: the evaluation's)
  --preset NAME          the target's settings (default transfer-target)
  Every train option applies to the target (e.g. --steps, --eval-every, --classes).
)";

std::string number(double v, const char* format = "%.4g") {
    if (!std::isfinite(v))
        return "-";
    char out[32];
    std::snprintf(out, sizeof out, format, v);
    return out;
}

TrainConfig targetConfig(const Arguments& a, const char* defaultPreset) {
    TrainConfig c = presetConfig(a.get("preset", defaultPreset));
    if (auto d = a.get("data"))
        c.dataPath = *d;
    else if (c.dataPath.empty())
        c.dataPath = "fashion-mnist";
    applyOverrides(c, a);
    if (c.transfer.active())
        throw Error(ErrorKind::Usage, {}, "give sources with --sources, not --transfer-from");
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
        std::printf("       %s%s%s\n", s.description.c_str(), s.problem.empty() ? "" : "; ",
                    s.problem.c_str());
    }
    std::printf("note: %s\n", kRankingCaveat);
}

void printComparison(const SourceComparison& c) {
    const auto metric = c.rankingMetric();
    std::printf("\narms ranked by final %s (predicted rank from before training):\n",
                metric.empty() ? "(no evaluation yet)" : metric.c_str());
    std::printf("  %-8s %-9s %-12s %s\n", "achieved", "predicted", "value", "arm");
    for (const auto& row : c.ranking())
        std::printf("  %-8s %-9s %-12s %s\n",
                    row.achievedRank ? std::to_string(row.achievedRank).c_str() : "-",
                    row.predictedRank ? std::to_string(row.predictedRank).c_str() : "-",
                    number(row.value).c_str(), row.arm.c_str());
    if (!c.prediction().scores.empty())
        std::printf("note: %s\n", kRankingCaveat);
}

// Writes the comparison's exports; returns the step of the side-by-side grids (0 if none).
std::int64_t writeExports(const SourceComparison& c) {
    const fs::path dir = c.dir();
    c.exportCsv((dir / "curves.csv").string());
    c.exportJson((dir / "comparison.json").string());
    const auto steps = c.sampleSteps();
    if (steps.empty())
        return 0;
    c.exportPng((dir / "comparison.png").string(), steps.back());
    return steps.back();
}

} // namespace

int cmdRankSources(const std::vector<std::string>& args) {
    if (wantsHelp(args))
        return std::printf("%s", kRankHelp), kOk;
    auto valued = trainOptionNames();
    valued.insert({"sources", "features", "samples", "json"});
    const Arguments a(args, valued, trainFlagNames());
    const auto sources = splitList(a.get("sources", ""));
    if (sources.empty())
        throw Error(ErrorKind::Usage, {}, "--sources A,B,… is required");
    applyThreads(a);
    const TrainConfig target = targetConfig(a, "cpu-quick");
    RankSettings rs;
    rs.features = a.get("features", "random");
    rs.samples = static_cast<int>(a.integer("samples").value_or(500));
    rs.seed = target.seed;
    if (rs.samples < 10)
        throw Error(ErrorKind::Usage, {}, "--samples must be at least 10");
    const SourceRanking ranking = rankSources(target, sources, rs);
    printRanking(ranking);
    if (auto path = a.get("json")) {
        std::FILE* f = std::fopen(path->c_str(), "w");
        if (!f)
            throw Error(ErrorKind::Io, *path, "cannot write");
        std::fprintf(f, "%s\n", toJson(ranking).c_str());
        std::fclose(f);
    }
    return kOk;
}

int cmdCompare(const std::vector<std::string>& args) {
    if (wantsHelp(args))
        return std::printf("%s", kCompareHelp), kOk;
    auto valued = trainOptionNames();
    valued.insert({"sources", "chunk", "rank-features", "resume"});
    auto flags = trainFlagNames();
    flags.insert({"combinations", "no-scratch"});
    const Arguments a(args, valued, flags);
    applyThreads(a);
    std::optional<SourceComparison> comparison;
    if (auto dir = a.get("resume")) {
        comparison.emplace(SourceComparison::open(*dir));
        std::printf("resuming comparison %s\n", dir->c_str());
    } else {
        CompareSpec spec;
        spec.target = targetConfig(a, "transfer-target");
        spec.sources = splitList(a.get("sources", ""));
        spec.scratch = !a.has("no-scratch");
        spec.combinations = a.has("combinations");
        spec.chunkSteps = static_cast<int>(a.integer("chunk").value_or(20));
        spec.ranking.features = a.get("rank-features", "");
        if (spec.chunkSteps < 1)
            throw Error(ErrorKind::Usage, {}, "--chunk must be at least 1");
        if (spec.combinations && spec.sources.empty())
            throw Error(ErrorKind::Usage, {}, "--combinations needs a source in --sources");
        const auto out = a.get("out");
        if (!out)
            throw Error(ErrorKind::Usage, {}, "--out DIR is required");
        comparison.emplace(SourceComparison::create(
            spec, *out, [](double, const std::string& m) { std::printf("%s…\n", m.c_str()); }));
        if (!comparison->prediction().scores.empty())
            printRanking(comparison->prediction());
    }
    SourceComparison& c = *comparison;
    std::printf("\n%zu arms, %lld steps each, evaluated every %d steps:\n", c.arms().size(),
                static_cast<long long>(c.target().steps), c.target().evalEvery);
    for (const auto& arm : c.arms())
        std::printf("  %s\n", arm.label.c_str());
    std::int64_t lastReported = -1;
    {
        InterruptWatch interrupt; // Ctrl-C stops within a step; every arm is saved
        c.train(interrupt.token(), [&] {
            const auto steps = c.armSteps();
            const auto least = *std::min_element(steps.begin(), steps.end());
            if (least / std::max(1, c.target().evalEvery) != lastReported) {
                lastReported = least / std::max(1, c.target().evalEvery);
                std::string line = "step " + std::to_string(least) + ":";
                for (const auto& row : c.ranking())
                    line += "  " + row.arm + " " + number(row.value);
                std::printf("%s\n", line.c_str());
                std::fflush(stdout);
            }
        });
    }
    const auto gridStep = writeExports(c);
    printComparison(c);
    std::printf("\nwrote %s/curves.csv, comparison.json%s\n", c.dir().c_str(),
                gridStep ? (", comparison.png (step " + std::to_string(gridStep) + ")").c_str()
                         : "");
    if (!c.finished()) {
        std::printf("stopped; continue with: ganlab-cli compare --resume %s\n", c.dir().c_str());
        return kInterrupted;
    }
    return kOk;
}

} // namespace ganlab::cli
