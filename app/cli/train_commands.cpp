// ganlab-cli verbs that train a run: train, resume, pretrain — with one progress display, Ctrl-C
// saving a checkpoint, and the collapse guard's policy.
#include "api/error.h"
#include "api/presets.h"
#include "api/training_run.h"
#include "cli/common_options.h"
#include "cli/interrupt.h"
#include "cli/progress_printer.h"
#include "cli/setting_options.h"
#include "cli/verb.h"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <memory>

namespace fs = std::filesystem;

namespace ganlab::cli {
namespace {

// The collapse guard tripped: say what and where, roll back if asked, exit 4.
int reportCollapse(TrainingRun& run, OnCollapse policy) {
    const CollapseEvent event = *run.collapse();
    std::printf("collapse at step %lld: %s\n", static_cast<long long>(event.step),
                event.reason.text().c_str());
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

void printEvaluation(ProgressPrinter& progress, const std::vector<MetricResult>& results) {
    std::string line = "evaluation at step " + std::to_string(results.front().step) + ":";
    char value[32];
    for (const auto& r : results)
        if (r.parent.empty()) {
            std::snprintf(value, sizeof value, "%.4g", r.value);
            line += "  " + r.name + " " + value;
        }
    progress.message(line);
}

// Trains to the run's step count; Ctrl-C stops after the current step and saves a checkpoint.
int trainToEnd(TrainingRun& run, OnCollapse onCollapse, const InterruptWatch& interrupt) {
    ProgressPrinter progress(run.step(), run.config().steps);
    if (progress.interactive())
        spdlog::set_level(spdlog::level::warn); // keep the bar readable; log.txt has everything
    run.dataset(
        [&](double f, const std::string& m) {
            if (progress.interactive())
                std::fprintf(stdout, "\rimporting %3.0f%% %-60.60s", f * 100, m.c_str());
        },
        interrupt.token());
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
        {}, [&](const std::vector<MetricResult>& results) { printEvaluation(progress, results); });
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

std::string presetList(PresetPurpose purpose) {
    std::string out;
    for (const auto& p : presets())
        if (p.purpose == purpose)
            out += "  " + p.name + ": " + p.description + "\n";
    return out;
}

// What train and pretrain share: the settings, --out and the run's own options.
struct TrainOptions {
    SettingOptions settings;
    std::string out;
    bool outGiven = false;
    int threads = 1;
    OnCollapse onCollapse = OnCollapse::Stop;
    std::int64_t injectNanAt = -1;

    void declare(CLI::App& app) {
        settings.declare(app);
        app.add_option("--out", out, "run folder (default runs/<model>-<date-time>)")
            ->type_name("DIR")
            ->each([this](const std::string&) { outGiven = true; });
        addThreadsOption(app, threads);
        addOnCollapseOption(app, onCollapse);
        app.add_option("--debug-inject-nan", injectNanAt,
                       "testing aid: NaN into G's first layer before step N (trips the guard)")
            ->type_name("N")
            ->group("Testing");
    }

    int run(TrainConfig config) const {
        settings.applyTo(config);
        applyThreads(threads);
        if (outGiven && out.empty()) // "" would be the current folder
            throw Error(ErrorKind::Usage, {}, message(MessageCode::EmptyRunFolder));
        const std::string dir = out.empty() ? defaultRunDir(config.model) : out;
        std::printf("training %s (%s) on %s → %s\n", config.model.c_str(), config.loss.c_str(),
                    config.dataPath.c_str(), dir.c_str());
        InterruptWatch interrupt; // a signal during the import removes the half-made folder
        TrainingRun run = TrainingRun::create(config, dir, {}, interrupt.token());
        const auto& info = run.dataset();
        std::printf("dataset: %lld images, %d px, %d channel(s), %zu classes, %lld skipped\n",
                    static_cast<long long>(info.count), info.resolution, info.channels,
                    info.classNames.size(), static_cast<long long>(info.report.skipped));
        if (injectNanAt >= 0)
            run.injectNanAtStep(injectNanAt);
        return trainToEnd(run, onCollapse, interrupt);
    }
};

Verb trainVerb() {
    return {"train", "start a new run on a dataset", [](CLI::App& app) {
                app.description(
                    "Start a new run. --data is an image folder (class subfolders become labels), "
                    "a .zip of one, an IDX file or folder (MNIST family), CIFAR-10/100 .bin "
                    "batches, or \"fashion-mnist\". The preset (default cpu-quick) gives every "
                    "setting; the options change them.");
                app.footer("Presets:\n" + presetList(PresetPurpose::Training) +
                           presetList(PresetPurpose::TransferSource));
                auto options = std::make_shared<TrainOptions>();
                options->declare(app);
                return [options]() -> int {
                    if (!options->settings.given("data"))
                        throw Error(
                            ErrorKind::Usage, {},
                            plainText("--data PATH is required (try --data fashion-mnist)"));
                    return options->run(presetConfig("cpu-quick"));
                };
            }};
}

Verb pretrainVerb() {
    return {"pretrain", "build a transfer source from a dataset at hand (source-… presets)",
            [](CLI::App& app) {
                app.description("Train a source to start other runs from (ganlab-cli train "
                                "--transfer-from DIR, or compare). --data defaults to "
                                "fashion-mnist and --out to sources/NAME. Any train option may be "
                                "given too, e.g. --classes, --steps, --model.");
                app.footer("Source presets:\n" + presetList(PresetPurpose::TransferSource));
                auto options = std::make_shared<TrainOptions>();
                options->declare(app);
                return [options]() -> int {
                    const std::string preset = options->settings.given("preset")
                                                   ? options->settings.text("preset")
                                                   : "source-all";
                    if (findPreset(preset).purpose != PresetPurpose::TransferSource)
                        throw Error(ErrorKind::Usage, {},
                                    plainText("pretrain takes a source preset (source-…), not \"" +
                                              preset + "\"; use train for others"));
                    TrainConfig config = presetConfig(preset);
                    config.dataPath = "fashion-mnist";
                    if (options->out.empty() && !options->outGiven) // --out "" is refused
                        options->out = (fs::path("sources") / preset).string();
                    return options->run(config);
                };
            }};
}

Verb resumeVerb() {
    struct Options {
        std::string runDir;
        std::int64_t steps = -1;
        int threads = 1;
        std::string device;
        OnCollapse onCollapse = OnCollapse::Stop;
    };
    return {"resume", "continue a run from its newest good checkpoint", [](CLI::App& app) {
                app.description("Continue RUN from its newest readable checkpoint (a broken newest "
                                "one is skipped, with a warning).");
                auto o = std::make_shared<Options>();
                app.add_option("RUN", o->runDir, "the run folder")->required();
                app.add_option("--steps", o->steps,
                               "a new total step count (recorded in the run's config.json)")
                    ->type_name("N");
                app.add_option("--device", o->device,
                               "compute on this device this time (auto, cpu, cuda, cuda:N) "
                               "instead of the run's own")
                    ->type_name("D");
                addThreadsOption(app, o->threads);
                addOnCollapseOption(app, o->onCollapse);
                return [o]() -> int {
                    applyThreads(o->threads);
                    TrainingRun run = TrainingRun::open(o->runDir, RunAccess::ReadWrite, o->device);
                    if (o->steps >= 0)
                        run.setTotalSteps(o->steps);
                    std::printf("resuming %s at step %lld of %lld\n", run.runDir().c_str(),
                                static_cast<long long>(run.step()),
                                static_cast<long long>(run.config().steps));
                    if (run.finished()) {
                        std::printf("nothing to do: the run already finished\n");
                        return kOk;
                    }
                    InterruptWatch interrupt;
                    return trainToEnd(run, o->onCollapse, interrupt);
                };
            }};
}

} // namespace

std::vector<Verb> trainingVerbs() {
    return {trainVerb(), resumeVerb(), pretrainVerb()};
}

} // namespace ganlab::cli
