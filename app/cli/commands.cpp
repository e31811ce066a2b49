// ganlab-cli verbs: parse options, drive TrainingRun, print progress and results.
#include "cli/commands.h"

#include "api/error.h"
#include "api/registry_info.h"
#include "api/training_run.h"
#include "cli/arguments.h"
#include "cli/eval_commands.h"
#include "cli/interrupt.h"
#include "cli/progress_printer.h"
#include "cli/train_options.h"
#include "cli/transfer_commands.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace ganlab::cli {
namespace {

const char* kMainHelp = R"(ganlab-cli — train and study GANs without a window

Usage: ganlab-cli <verb> [options]     (ganlab-cli <verb> --help for each)

Verbs:
  train    start a new run on a dataset
  resume   continue a run from its newest good checkpoint
  sample   write a sample grid PNG from a run
  info     describe a dataset or a run
  eval     evaluate a run: FD, KID, IW, MS-SSIM, precision/recall, class accuracy
  train-classifier
           train the classifier behind "classifier" features and class accuracy
  pretrain build a transfer source from a dataset at hand (source-… presets)
  rank-sources
           rank pretrained sources for a target before training (FD/KID)
  compare  train a target from several sources (and scratch) side by side and rank them

Exit codes: 0 ok, 1 failed, 2 bad usage, 3 unreadable data, 4 training collapsed (see
--on-collapse), 130 interrupted (checkpoint saved).
)";

std::string trainHelp() {
    return R"(Usage: ganlab-cli train --data PATH [options]

Start a new run. PATH is an image folder (class subfolders become labels), a .zip of one,
an IDX file or folder (MNIST family), CIFAR-10/100 .bin batches, or "fashion-mnist".

  --data PATH            dataset (required)
)" + trainOptionsHelp();
}

const char* kResumeHelp =
    R"(Usage: ganlab-cli resume RUN [--steps N] [--threads N] [--on-collapse stop|rollback]

Continue RUN from its newest readable checkpoint (a broken newest one is skipped, with a
warning). --steps sets a new total step count (recorded in the run's config.json).
)";

const char* kSampleHelp = R"(Usage: ganlab-cli sample RUN --out FILE.png [options]

  --rows N, --cols N     grid size (default 8 × 8)
  --seed N               latent seed (default 0)
  --truncation X         resample |z_i| > X (0 = off; e.g. 0.5 for fidelity over variety)
  --class LIST           conditional runs: one row per listed class id, e.g. 0,3,7
  --per-class            conditional runs: one row per class
  --padding N            pixels between tiles (default 2)
  --raw                  use the raw generator instead of its EMA
)";

const char* kInfoHelp = R"(Usage: ganlab-cli info PATH [--resolution N] [--channels N]

Describe a dataset (images, classes, skipped files) or a run (config, progress, checkpoints).
)";

enum class OnCollapse { Stop, Rollback };

OnCollapse onCollapseOption(const Arguments& a) {
    const auto v = a.get("on-collapse", "stop");
    if (v != "stop" && v != "rollback")
        throw Error(ErrorKind::Usage, {}, "--on-collapse must be stop or rollback, not " + v);
    return v == "rollback" ? OnCollapse::Rollback : OnCollapse::Stop;
}

// The collapse guard tripped: say what and where, roll back if asked, exit 4.
int reportCollapse(TrainingRun& run, OnCollapse policy) {
    const CollapseEvent event = *run.collapse();
    std::printf("collapse at step %lld: %s\n", static_cast<long long>(event.step),
                event.reason.c_str());
    if (policy == OnCollapse::Rollback) {
        const auto restored = run.rollBack();
        if (restored.path.empty()) {
            std::printf("no checkpoint was written before it: the run is back at step 0\n");
        } else { // BigGAN's remedy: early stopping at the last good checkpoint
            run.setTotalSteps(restored.step);
            std::printf("rolled back to step %lld (%s); metrics after it were trimmed and the "
                        "run now ends there (extend it with resume --steps N)\n",
                        static_cast<long long>(restored.step), restored.path.c_str());
        }
    } else {
        std::printf("no checkpoint written at the collapse; last good checkpoint: %s\n",
                    event.lastGoodCheckpoint.empty() ? "(none)" : event.lastGoodCheckpoint.c_str());
    }
    std::printf("resume with: ganlab-cli resume %s (consider lower learning rates)\n",
                run.runDir().c_str());
    return kCollapsed;
}

std::string defaultRunDir(const std::string& model) {
    char stamp[32];
    const std::time_t now = std::time(nullptr);
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
    return (fs::path("runs") / (model + "-" + stamp)).string();
}

// Trains to the run's step count; Ctrl-C stops after the current step and saves a checkpoint.
int trainToEnd(TrainingRun& run, OnCollapse onCollapse) {
    InterruptWatch interrupt;
    ProgressPrinter progress(run.step(), run.config().steps);
    if (progress.interactive())
        spdlog::set_level(spdlog::level::warn); // keep the bar readable; log.txt has everything
    run.dataset([&](double f, const std::string& m) {
        if (progress.interactive())
            std::fprintf(stdout, "\rimporting %3.0f%% %-60.60s", f * 100, m.c_str());
    });
    if (progress.interactive())
        std::fprintf(stdout, "\r%-80s\r", "");
    std::stop_source stop;
    run.train(
        run.config().steps, stop.get_token(),
        [&](const StepStats& s) {
            progress.update(s);
            if (interrupt.requested()) // between steps: an evaluation under way completes
                stop.request_stop();
        },
        {},
        [&](const std::vector<MetricResult>& results) {
            std::string line = "evaluation at step " + std::to_string(results.front().step) + ":";
            char value[32];
            for (const auto& r : results)
                if (r.name.find('/') == std::string::npos) {
                    std::snprintf(value, sizeof value, "%.4g", r.value);
                    line += "  " + r.name + " " + value;
                }
            progress.message(line);
        });
    progress.finish();
    if (run.collapse())
        return reportCollapse(run, onCollapse);
    if (interrupt.requested()) {
        const auto ckpt = run.saveCheckpoint();
        std::printf("interrupted at step %lld; checkpoint %s\nresume with: ganlab-cli resume %s\n",
                    static_cast<long long>(ckpt.step), ckpt.path.c_str(), run.runDir().c_str());
        return kInterrupted;
    }
    const auto checkpoints = run.checkpoints();
    std::printf("finished %lld steps in %s\nrun: %s\nlatest checkpoint: %s\n",
                static_cast<long long>(run.step()), run.runDir().c_str(), run.runDir().c_str(),
                checkpoints.empty() ? "(none)" : checkpoints.front().path.c_str());
    return kOk;
}

int cmdTrain(const std::vector<std::string>& args) {
    if (wantsHelp(args))
        return std::printf("%s", trainHelp().c_str()), kOk;
    const Arguments a(args, trainOptionNames(), trainFlagNames());
    if (!a.positional().empty())
        throw Error(ErrorKind::Usage, {}, "unexpected argument \"" + a.positional().front() + "\"");
    const auto data = a.get("data");
    if (!data)
        throw Error(ErrorKind::Usage, {}, "--data PATH is required (try --data fashion-mnist)");
    TrainConfig config = presetConfig(a.get("preset", "cpu-quick"));
    config.dataPath = *data;
    applyOverrides(config, a);
    const OnCollapse onCollapse = onCollapseOption(a);
    applyThreads(a);
    const std::string out = a.get("out", defaultRunDir(config.model));
    std::printf("training %s (%s) on %s → %s\n", config.model.c_str(), config.loss.c_str(),
                data->c_str(), out.c_str());
    TrainingRun run = TrainingRun::create(config, out);
    const auto& info = run.dataset();
    std::printf("dataset: %lld images, %d px, %d channel(s), %zu classes, %lld skipped\n",
                static_cast<long long>(info.count), info.resolution, info.channels,
                info.classNames.size(), static_cast<long long>(info.report.skipped));
    if (auto step = a.integer("debug-inject-nan"))
        run.injectNanAtStep(*step);
    return trainToEnd(run, onCollapse);
}

std::string pretrainHelp() {
    std::string h =
        R"(Usage: ganlab-cli pretrain [--preset NAME] [--data PATH] [--out DIR] [train options]

Train a source to start other runs from (ganlab-cli train --transfer-from DIR, or compare).
--data defaults to fashion-mnist and --out to sources/NAME. Presets:
)";
    for (const auto& p : presetNames())
        if (isPretrainPreset(p))
            h += "  " + p + ": " + presetDescription(p) + "\n";
    return h + "Any train option may be given too, e.g. --classes, --steps, --model.\n";
}

int cmdPretrain(const std::vector<std::string>& args) {
    if (wantsHelp(args))
        return std::printf("%s", pretrainHelp().c_str()), kOk;
    const Arguments a(args, trainOptionNames(), trainFlagNames());
    const auto preset = a.get("preset", "source-all");
    if (!isPretrainPreset(preset))
        throw Error(ErrorKind::Usage, {},
                    "pretrain takes a source preset (source-all, source-tops, source-footwear), "
                    "not \"" +
                        preset + "\"; use train for others");
    std::vector<std::string> full = args;
    if (!a.has("preset"))
        full.insert(full.end(), {"--preset", preset});
    if (!a.has("data"))
        full.insert(full.end(), {"--data", "fashion-mnist"});
    if (!a.has("out"))
        full.insert(full.end(), {"--out", (fs::path("sources") / preset).string()});
    return cmdTrain(full);
}

int cmdResume(const std::vector<std::string>& args) {
    if (wantsHelp(args))
        return std::printf("%s", kResumeHelp), kOk;
    const Arguments a(args, {"steps", "threads", "on-collapse"}, {});
    if (a.positional().size() != 1)
        throw Error(ErrorKind::Usage, {}, "resume needs exactly one RUN folder");
    const OnCollapse onCollapse = onCollapseOption(a);
    applyThreads(a);
    TrainingRun run = TrainingRun::open(a.positional().front());
    if (auto steps = a.integer("steps"))
        run.setTotalSteps(*steps);
    std::printf("resuming %s at step %lld of %lld\n", run.runDir().c_str(),
                static_cast<long long>(run.step()), static_cast<long long>(run.config().steps));
    if (run.finished()) {
        std::printf("nothing to do: the run already finished\n");
        return kOk;
    }
    return trainToEnd(run, onCollapse);
}

std::vector<int> parseClassList(const std::string& text) {
    std::vector<int> out;
    std::stringstream s(text);
    for (std::string item; std::getline(s, item, ',');) {
        try {
            std::size_t used = 0;
            out.push_back(std::stoi(item, &used));
            if (used != item.size())
                throw std::invalid_argument(item);
        } catch (const std::exception&) {
            throw Error(ErrorKind::Usage, {},
                        "--class expects comma-separated class ids, not \"" + text + "\"");
        }
    }
    return out;
}

int cmdSample(const std::vector<std::string>& args) {
    if (wantsHelp(args))
        return std::printf("%s", kSampleHelp), kOk;
    const Arguments a(args,
                      {"out", "rows", "cols", "seed", "truncation", "class", "padding", "threads"},
                      {"per-class", "raw"});
    if (a.positional().size() != 1)
        throw Error(ErrorKind::Usage, {}, "sample needs exactly one RUN folder");
    const auto out = a.get("out");
    if (!out)
        throw Error(ErrorKind::Usage, {}, "--out FILE.png is required");
    applyThreads(a);
    TrainingRun run = TrainingRun::open(a.positional().front());
    if (run.checkpoints().empty())
        throw Error(ErrorKind::Data, run.runDir(), "has no checkpoint to sample from yet");
    SampleRequest r;
    r.rows = static_cast<int>(a.integer("rows").value_or(8));
    r.cols = static_cast<int>(a.integer("cols").value_or(8));
    r.seed = static_cast<std::uint64_t>(a.integer("seed").value_or(0));
    r.truncation = a.number("truncation").value_or(0.0);
    r.padding = static_cast<int>(a.integer("padding").value_or(2));
    r.useEma = !a.has("raw");
    if (r.truncation < 0)
        throw Error(ErrorKind::Usage, {}, "--truncation must be ≥ 0");
    if (r.padding < 0 || r.padding > 64)
        throw Error(ErrorKind::Usage, {}, "--padding must be 0–64");
    const auto classes = run.classNames();
    if ((a.has("class") || a.has("per-class")) && classes.empty())
        throw Error(ErrorKind::Usage, {},
                    "this run is not class-conditional; --class and --per-class need one");
    if (auto list = a.get("class"))
        r.classes = parseClassList(*list);
    else if (a.has("per-class"))
        for (int i = 0; i < static_cast<int>(classes.size()); ++i)
            r.classes.push_back(i);
    const Image grid = run.sampleGrid(r);
    writePng(grid, *out);
    std::printf("wrote %s (%d×%d px, step %lld)\n", out->c_str(), grid.width, grid.height,
                static_cast<long long>(run.step()));
    return kOk;
}

int cmdInfo(const std::vector<std::string>& args) {
    if (wantsHelp(args))
        return std::printf("%s", kInfoHelp), kOk;
    const Arguments a(args, {"resolution", "channels"}, {});
    if (a.positional().size() != 1)
        throw Error(ErrorKind::Usage, {}, "info needs exactly one PATH");
    const std::string path = a.positional().front();
    if (fs::exists(fs::path(path) / "config.json")) {
        TrainingRun run = TrainingRun::open(path);
        const auto& c = run.config();
        std::printf("run %s\n  model %s, loss %s, %d px, batch %d, %d critic step(s)\n  data %s\n"
                    "  progress %lld / %lld steps\n",
                    path.c_str(), c.model.c_str(), c.loss.c_str(), c.resolution, c.batchSize,
                    c.criticSteps, c.dataPath.c_str(), static_cast<long long>(run.step()),
                    static_cast<long long>(c.steps));
        if (!c.classes.empty() || c.maxImages > 0) {
            std::string classes;
            for (const auto& name : c.classes)
                classes += (classes.empty() ? "" : ",") + name;
            std::printf(
                "  subset: classes %s, %s images\n", classes.empty() ? "all" : classes.c_str(),
                c.maxImages > 0 ? ("at most " + std::to_string(c.maxImages)).c_str() : "all");
        }
        if (c.transfer.active())
            std::printf("  transferred %s from %s (what was copied: transfer.json)\n",
                        c.transfer.generator ? (c.transfer.discriminator ? "G and D" : "G") : "D",
                        c.transfer.source.c_str());
        for (const auto& ckpt : run.checkpoints())
            std::printf("  checkpoint step %lld: %s\n", static_cast<long long>(ckpt.step),
                        ckpt.path.c_str());
        return kOk;
    }
    TrainConfig settings;
    settings.dataPath = path;
    settings.resolution = static_cast<int>(a.integer("resolution").value_or(32));
    settings.channels = static_cast<int>(a.integer("channels").value_or(0));
    const DatasetInfo d = inspectDataset(settings);
    std::printf("dataset %s\n  format %s, %lld images (as %d px, %d channel(s))%s\n",
                d.path.c_str(), d.format.c_str(), static_cast<long long>(d.count), d.resolution,
                d.channels, d.report.fromCache ? ", from cache" : "");
    if (d.classNames.empty())
        std::printf("  unlabelled\n");
    for (std::size_t i = 0; i < d.classNames.size(); ++i)
        std::printf("  class %zu %-20s %lld\n", i, d.classNames[i].c_str(),
                    static_cast<long long>(d.classCounts[i]));
    std::printf("  skipped %lld unusable file(s), ignored %lld non-image file(s)\n",
                static_cast<long long>(d.report.skipped), static_cast<long long>(d.report.ignored));
    for (const auto& e : d.report.skippedExamples)
        std::printf("    %s\n", e.c_str());
    return kOk;
}

} // namespace

int runCli(const std::vector<std::string>& args) {
    if (args.empty() || args.front() == "--help" || args.front() == "-h" ||
        args.front() == "help") {
        std::printf("%s", kMainHelp);
        return args.empty() ? kUsage : kOk;
    }
    const std::string verb = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        if (verb == "train")
            return cmdTrain(rest);
        if (verb == "resume")
            return cmdResume(rest);
        if (verb == "sample")
            return cmdSample(rest);
        if (verb == "info")
            return cmdInfo(rest);
        if (verb == "eval")
            return cmdEval(rest);
        if (verb == "train-classifier")
            return cmdTrainClassifier(rest);
        if (verb == "pretrain")
            return cmdPretrain(rest);
        if (verb == "rank-sources")
            return cmdRankSources(rest);
        if (verb == "compare")
            return cmdCompare(rest);
        std::fprintf(stderr, "ganlab-cli: unknown verb \"%s\"\n\n%s", verb.c_str(), kMainHelp);
        return kUsage;
    } catch (const Error& e) {
        std::fprintf(stderr, "\nganlab-cli %s: error: %s\n", verb.c_str(), e.what());
        switch (e.kind()) {
        case ErrorKind::Usage:
            return kUsage;
        case ErrorKind::Data:
            return kBadData;
        case ErrorKind::Cancelled:
            return kInterrupted;
        default:
            return kFailed;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "\nganlab-cli %s: error: %s\n", verb.c_str(), e.what());
        return kFailed;
    }
}

} // namespace ganlab::cli
