// ganlab-cli verbs: parse options, drive TrainingRun, print progress and results.
#include "cli/commands.h"

#include "api/error.h"
#include "api/registry_info.h"
#include "api/training_run.h"
#include "cli/arguments.h"
#include "cli/eval_commands.h"
#include "cli/progress_printer.h"

#include <spdlog/spdlog.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace ganlab::cli {
namespace {

std::atomic<bool> g_interrupted{false};
extern "C" void onSignal(int) {
    g_interrupted = true;
}

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

Exit codes: 0 ok, 1 failed, 2 bad usage, 3 unreadable data, 4 training collapsed (see
--on-collapse), 130 interrupted (checkpoint saved).
)";

std::string trainHelp() {
    std::ostringstream h;
    h << R"(Usage: ganlab-cli train --data PATH [options]

Start a new run. PATH is an image folder (class subfolders become labels), a .zip of one,
an IDX file or folder (MNIST family), CIFAR-10/100 .bin batches, or "fashion-mnist".

  --data PATH            dataset (required)
  --preset NAME          starting settings (default cpu-quick):
)";
    for (const auto& p : presetNames())
        h << "                           " << p << ": " << presetDescription(p) << "\n";
    h << "  --model NAME           model family (default from preset):";
    for (const auto& m : registeredModels())
        h << " " << m.name;
    h << "\n  --loss NAME            objective (default: the model's own):";
    for (const auto& l : registeredLosses())
        h << " " << l.name;
    h << R"(
  --resolution N         image size in px, a power of two (default from preset; 32/64/128)
  --channels N           1 or 3 (default: from the dataset)
  --fit MODE             center-crop | pad, for non-square images (default center-crop)
  --steps N              generator steps (default from preset)
  --seed N               random seed (default 1)
  --batch N              batch size
  --critic-steps N       D steps per G step
  --lr-g X, --lr-d X     learning rates
  --width X              channel multiplier of the model
  --latent-dim N         size of z
  --conditional          class-conditional model (needs labelled data)
  --aux-classifier       AC-GAN: D gets a class head (dcgan, resnet; implies --conditional)
  --discriminator NAME   projected: Projected GAN's D on frozen features, with any generator
  --projected-features F classifier (the run's own, trained first) | classifier:FILE |
                         torchscript:FILE | random
  --diff-augment LIST    DiffAugment on D's inputs: color,translation,cutout (or a subset)
  --ortho BETA           orthogonal regularisation on G (default with --model biggan: 1e-4)
  --drift EPS            drift term with wgan-gp (default with --model pggan: 0.001)
  --grow-start N         pggan: starting resolution (default 8)
  --grow-images N        pggan: images per stabilise and per fade phase
  --health-every N       singular values of G's/D's first and last layers every N steps
  --collapse-factor X    trip the guard when σ0 of G's first layer jumps X× (0 = NaN/Inf only)
  --on-collapse WHAT     stop (default): write nothing more, exit 4; resume starts again from
                         the newest good checkpoint. rollback: restore that checkpoint and end
                         the run there (BigGAN's early stopping), trimming later metrics
  --sample-every N       sample grid interval in steps (0 = never)
  --checkpoint-every N   checkpoint interval in steps (0 = only at the end)
  --keep N               checkpoints kept (default 3)
  --eval-every N         evaluate every N steps and at the end (0 = never; cpu-quick: 250)
  --eval-minutes X       also evaluate every X minutes of training (0 = never)
  --eval-metrics LIST    e.g. fd,kid (see ganlab-cli eval --help)
  --eval-features NET    random | classifier | classifier:FILE | inception:FILE
  --eval-samples N       generated samples per evaluation
  --out DIR              run folder (default runs/<model>-<date-time>)
  --threads N            compute threads (default: all cores)
  --debug-inject-nan N   testing aid: NaN into G's first layer before step N (trips the guard)
)";
    return h.str();
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

void applyOverrides(TrainConfig& c, const Arguments& a) {
    if (auto v = a.get("model")) { // the family's own loss and regularisers, unless given
        c.model = *v;
        for (const auto& m : registeredModels())
            if (m.name == *v) {
                if (!a.has("loss"))
                    c.loss = m.defaultLoss;
                c.orthoReg = m.defaultOrthoReg;
                c.driftWeight = m.defaultDrift;
            }
    }
    if (auto v = a.get("loss"))
        c.loss = *v;
    if (auto v = a.integer("resolution"))
        c.resolution = static_cast<int>(*v);
    if (auto v = a.integer("channels"))
        c.channels = static_cast<int>(*v);
    if (auto v = a.get("fit")) {
        if (*v != "center-crop" && *v != "pad")
            throw Error(ErrorKind::Usage, {}, "--fit must be center-crop or pad");
        c.fit = *v == "pad" ? FitMode::Pad : FitMode::CenterCrop;
    }
    if (auto v = a.integer("steps"))
        c.steps = *v;
    if (auto v = a.integer("seed"))
        c.seed = static_cast<std::uint64_t>(*v);
    if (auto v = a.integer("batch"))
        c.batchSize = static_cast<int>(*v);
    if (auto v = a.integer("critic-steps"))
        c.criticSteps = static_cast<int>(*v);
    if (auto v = a.number("lr-g"))
        c.lrG = *v;
    if (auto v = a.number("lr-d"))
        c.lrD = *v;
    if (auto v = a.number("width"))
        c.width = *v;
    if (auto v = a.integer("latent-dim"))
        c.latentDim = static_cast<int>(*v);
    if (a.has("conditional"))
        c.conditional = true;
    if (auto v = a.integer("sample-every"))
        c.sampleEvery = static_cast<int>(*v);
    if (auto v = a.integer("checkpoint-every"))
        c.checkpointEvery = static_cast<int>(*v);
    if (auto v = a.integer("keep"))
        c.keepCheckpoints = static_cast<int>(*v);
    if (auto v = a.integer("eval-every"))
        c.evalEvery = static_cast<int>(*v);
    if (auto v = a.number("eval-minutes"))
        c.evalEveryMinutes = *v;
    if (auto v = a.get("eval-metrics"))
        c.eval.metrics = splitList(*v);
    if (auto v = a.get("eval-features"))
        c.eval.features = *v;
    if (auto v = a.integer("eval-samples"))
        c.eval.samples = static_cast<int>(*v);
    if (a.has("aux-classifier"))
        c.auxClassifier = c.conditional = true;
    if (auto v = a.get("discriminator"))
        c.discriminator = *v == "own" ? std::string() : *v;
    if (auto v = a.get("projected-features"))
        c.projectedFeatures = *v;
    if (auto v = a.get("diff-augment"))
        c.diffAugment = *v == "none" ? std::string() : *v;
    if (auto v = a.number("ortho"))
        c.orthoReg = *v;
    if (auto v = a.number("drift"))
        c.driftWeight = *v;
    if (auto v = a.integer("grow-start"))
        c.growth.startResolution = static_cast<int>(*v);
    if (auto v = a.integer("grow-images"))
        c.growth.stabiliseImages = c.growth.fadeImages = *v;
    if (auto v = a.integer("health-every"))
        c.healthEvery = static_cast<int>(*v);
    if (auto v = a.number("collapse-factor"))
        c.collapseFactor = *v;
}

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
    g_interrupted = false;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
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
            if (g_interrupted)
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
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (run.collapse())
        return reportCollapse(run, onCollapse);
    if (g_interrupted) {
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
    const Arguments a(args,
                      {"data",
                       "preset",
                       "model",
                       "loss",
                       "resolution",
                       "channels",
                       "fit",
                       "steps",
                       "seed",
                       "batch",
                       "critic-steps",
                       "lr-g",
                       "lr-d",
                       "width",
                       "latent-dim",
                       "sample-every",
                       "checkpoint-every",
                       "keep",
                       "out",
                       "threads",
                       "eval-every",
                       "eval-minutes",
                       "eval-metrics",
                       "eval-features",
                       "eval-samples",
                       "discriminator",
                       "projected-features",
                       "diff-augment",
                       "ortho",
                       "drift",
                       "grow-start",
                       "grow-images",
                       "health-every",
                       "collapse-factor",
                       "on-collapse",
                       "debug-inject-nan"},
                      {"conditional", "aux-classifier"});
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
