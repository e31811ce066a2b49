// ganlab-cli verbs that train a run: train, resume, pretrain — with one progress display, Ctrl-C
// saving a checkpoint, and the collapse guard's policy.
#include "api/distributed.h"
#include "api/error.h"
#include "api/presets.h"
#include "api/training_run.h"
#include "cli/common_options.h"
#include "cli/interrupt.h"
#include "cli/local_launcher.h"
#include "cli/progress_printer.h"
#include "cli/setting_options.h"
#include "cli/verb.h"

#include <spdlog/spdlog.h>

#include <csignal>
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

// Several processes: --nproc, the launcher's environment (torchrun, srun) and the timeout.
struct ProcessOptions {
    int nproc = 1;
    double timeout = kDefaultDistTimeoutSeconds;

    void declare(CLI::App& app) {
        app.add_option("--nproc", nproc,
                       "train in N processes on this machine, data-parallel on torch's c10d "
                       "(Gloo): --batch is shared between them, --threads is per process (default: "
                       "the cores shared out). Under torchrun or srun the launcher's variables "
                       "say the same")
            ->type_name("N")
            ->check(CLI::Range(1, 1024).description(""))
            ->group("Processes");
        app.add_option("--dist-timeout", timeout,
                       "seconds a process waits for the others (joining, and each step's gradient "
                       "exchange) before it stops, naming the rank that did not answer")
            ->type_name("S")
            ->check(CLI::Range(1.0, 86400.0).description(""))
            ->group("Processes");
    }

    // --nproc N: this process only supervises N ranks of the same command.
    bool launchesRanks() const { return nproc > 1; }
    int launchRanks() const {
        std::vector<std::string> args;
        const auto& all = commandLine();
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (all[i] == "--nproc") {
                ++i; // and its value
                continue;
            }
            if (all[i].rfind("--nproc=", 0) != 0)
                args.push_back(all[i]);
        }
        return runLocalRanks(nproc, args, timeout);
    }

    // The session of a process started as one of several; none for a process on its own.
    std::shared_ptr<DistributedSession> join() const {
        auto launch = launchFromEnvironment();
        if (!launch || launch->worldSize <= 1)
            return nullptr;
        if (launch->rank != 0) { // Ctrl-C and a closed terminal reach every rank: rank 0 decides
            std::signal(SIGINT, SIG_IGN);
            std::signal(SIGHUP, SIG_IGN);
        }
        launch->timeoutSeconds = timeout;
        return DistributedSession::join(*launch);
    }
};

// A rank other than 0: follows rank 0 until it says stop; prints only its errors.
int followRank0(DistributedSession& session, const TrainConfig* requested) {
    spdlog::set_level(spdlog::level::warn);
    followRank(session, requested);
    return kOk;
}

// What several processes did: per-rank compute, all-reduce bytes and share of the step.
void printProcessSummary(const DistributedSession& session, const std::vector<double>& rankMs,
                         double stepMs, std::int64_t steps) {
    if (steps == 0)
        return;
    const auto traffic = session.traffic();
    std::string ranks;
    char value[32];
    for (double ms : rankMs) {
        std::snprintf(value, sizeof value, "%.1f", ms / double(steps));
        ranks += (ranks.empty() ? "" : " / ") + std::string(value);
    }
    std::printf("processes: %d (%s); compute per step by rank: %s ms; all-reduce %.2f MB and "
                "%.1f ms per step (%.1f%% of rank 0's %.1f ms/step)\n",
                session.worldSize(), session.launch().launcher.c_str(), ranks.c_str(),
                double(traffic.allReduceBytes) / double(steps) / 1e6,
                traffic.allReduceSeconds * 1000.0 / double(steps),
                100.0 * traffic.allReduceSeconds * 1000.0 / std::max(1e-9, stepMs),
                stepMs / double(steps));
}

// Trains to the run's step count; Ctrl-C stops after the current step and saves a checkpoint.
int trainToEnd(TrainingRun& run, OnCollapse onCollapse, const InterruptWatch& interrupt,
               const DistributedSession* session = nullptr) {
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
    std::vector<double> rankMs;
    double stepMs = 0;
    std::int64_t steps = 0;
    run.train(
        run.config().steps, stop.get_token(),
        [&](const StepStats& s) {
            progress.update(s);
            stepMs += s.stepMs;
            ++steps;
            rankMs.resize(s.rankStepMs.size(), 0.0);
            for (std::size_t r = 0; r < s.rankStepMs.size(); ++r)
                rankMs[r] += s.rankStepMs[r];
            if (interrupt.requested()) // between steps: an evaluation under way completes
                stop.request_stop();
        },
        {}, [&](const std::vector<MetricResult>& results) { printEvaluation(progress, results); });
    progress.finish();
    if (steps > 0)
        std::printf("speed: %.2f ms/step over %lld steps\n", stepMs / double(steps),
                    static_cast<long long>(steps));
    if (session)
        printProcessSummary(*session, rankMs, stepMs, steps);
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
    ProcessOptions processes;

    void declare(CLI::App& app) {
        settings.declare(app);
        processes.declare(app);
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
        if (processes.launchesRanks())
            return processes.launchRanks();
        applyThreads(threads);
        if (outGiven && out.empty()) // "" would be the current folder
            throw Error(ErrorKind::Usage, {}, message(MessageCode::EmptyRunFolder));
        const auto session = processes.join(); // first: a busy port is said before the import
        if (session && session->rank() != 0)
            return followRank0(*session, &config);
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
        if (session) {
            try {
                run.distribute(session, &config);
            } catch (const Error&) { // a rank started otherwise: leave no run that never trained
                const std::string made = run.runDir();
                { TrainingRun closing = std::move(run); }
                std::error_code ec;
                fs::remove_all(made, ec);
                throw;
            }
        }
        return trainToEnd(run, onCollapse, interrupt, session.get());
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
        ProcessOptions processes;
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
                o->processes.declare(app);
                return [o]() -> int {
                    if (o->processes.launchesRanks())
                        return o->processes.launchRanks();
                    applyThreads(o->threads);
                    const auto session = o->processes.join();
                    if (session && session->rank() != 0) // never reads the run folder
                        return followRank0(*session, nullptr);
                    TrainingRun run = TrainingRun::open(o->runDir, RunAccess::ReadWrite, o->device);
                    if (o->steps >= 0)
                        run.setTotalSteps(o->steps);
                    if (session) // the others take the restored state (and stop if finished)
                        run.distribute(session);
                    std::printf("resuming %s at step %lld of %lld\n", run.runDir().c_str(),
                                static_cast<long long>(run.step()),
                                static_cast<long long>(run.config().steps));
                    if (run.finished()) {
                        std::printf("nothing to do: the run already finished\n");
                        return kOk; // closing the run tells any other rank to stop
                    }
                    InterruptWatch interrupt;
                    return trainToEnd(run, o->onCollapse, interrupt, session.get());
                };
            }};
}

} // namespace

std::vector<Verb> trainingVerbs() {
    return {trainVerb(), resumeVerb(), pretrainVerb()};
}

} // namespace ganlab::cli
