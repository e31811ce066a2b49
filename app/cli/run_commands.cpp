// ganlab-cli verbs that read a run or a dataset: sample (a grid PNG), export (the generator as
// TorchScript), timelapse (the saved grids as GIF or MP4) and info.
#include "api/error.h"
#include "api/settings.h"
#include "api/timelapse.h"
#include "api/training_run.h"
#include "cli/common_options.h"
#include "cli/verb.h"

#include <cstdio>
#include <filesystem>
#include <limits>
#include <memory>
#include <optional>

namespace fs = std::filesystem;

namespace ganlab::cli {
namespace {

struct SampleOptions {
    std::string runDir, out, tensors;
    int rows = 8, cols = 8, padding = 2, threads = 1;
    std::uint64_t seed = 0;
    double truncation = 0;
    std::vector<int> classes;
    bool perClass = false, raw = false;
};

// The generator of a run folder's newest checkpoint (or its checkpoint at `step`), or of an
// exported TorchScript file.
std::shared_ptr<GeneratorSnapshot> openGenerator(const std::string& path,
                                                 std::optional<std::int64_t> step = {}) {
    if (fs::is_regular_file(path)) {
        if (step)
            throw Error(ErrorKind::Usage, path,
                        plainText("--step needs a run folder, not an exported generator"));
        return std::make_shared<GeneratorSnapshot>(GeneratorSnapshot::openTorchScript(path));
    }
    TrainingRun run = TrainingRun::open(path, RunAccess::ReadOnly, {}, step);
    if (run.checkpoints().empty())
        throw Error(ErrorKind::Data, run.runDir(), message(MessageCode::NoCheckpointYet));
    return run.snapshot();
}

int sample(const SampleOptions& o) {
    applyThreads(o.threads);
    const auto generator = openGenerator(o.runDir);
    if ((!o.classes.empty() || o.perClass) && generator->numClasses() == 0)
        throw Error(ErrorKind::Usage, {},
                    plainText("this generator is not class-conditional; --class and --per-class "
                              "need one"));
    SampleRequest r;
    r.rows = o.rows;
    r.cols = o.cols;
    r.seed = o.seed;
    r.truncation = o.truncation;
    r.padding = o.padding;
    r.useEma = !o.raw;
    r.classes = o.classes;
    if (o.perClass && r.classes.empty())
        for (int i = 0; i < generator->numClasses(); ++i)
            r.classes.push_back(i);
    const Image grid = generator->sampleGrid(r);
    writePng(grid, o.out);
    std::printf("wrote %s (%d×%d px, step %lld)\n", o.out.c_str(), grid.width, grid.height,
                static_cast<long long>(generator->step()));
    if (!o.tensors.empty()) {
        generator->saveSampleTensors(r, o.tensors);
        std::printf("wrote %s (z, labels and float images; torch.load reads it)\n",
                    o.tensors.c_str());
    }
    return kOk;
}

Verb sampleVerb() {
    return {"sample", "write a sample grid PNG from a run", [](CLI::App& app) {
                auto o = std::make_shared<SampleOptions>();
                app.add_option("RUN", o->runDir,
                               "the run folder, or a generator exported with export --torchscript")
                    ->required();
                app.add_option("--out", o->out, "the PNG to write")->type_name("FILE")->required();
                app.add_option("--save-tensors", o->tensors,
                               "also write the latents, labels and float images (torch.load)")
                    ->type_name("FILE");
                app.add_option("--rows", o->rows, "grid rows (default 8)")
                    ->type_name("N")
                    ->check(CLI::Range(1, 4096));
                app.add_option("--cols", o->cols, "grid columns (default 8)")
                    ->type_name("N")
                    ->check(CLI::Range(1, 4096));
                app.add_option("--seed", o->seed, "latent seed (default 0)")->type_name("N");
                app.add_option("--truncation", o->truncation,
                               "resample |z_i| > X (0 = off; e.g. 0.5 for fidelity over variety)")
                    ->type_name("X")
                    ->check(CLI::Range(0.0, 1e6));
                app.add_option("--class", o->classes,
                               "conditional runs: one row per listed class id, e.g. 0,3,7")
                    ->type_name("LIST")
                    ->delimiter(',');
                app.add_flag("--per-class", o->perClass, "conditional runs: one row per class");
                app.add_option("--padding", o->padding, "pixels between tiles (default 2)")
                    ->type_name("N")
                    ->check(CLI::Range(0, 64));
                app.add_flag("--raw", o->raw, "use the raw generator instead of its EMA");
                addThreadsOption(app, o->threads);
                return [o] { return sample(*o); };
            }};
}

struct ExportOptions {
    std::string runDir, torchscript;
    std::int64_t step = -1; // -1: the newest checkpoint
    bool raw = false;
    int threads = 1;
};

int exportGenerator(const ExportOptions& o) {
    applyThreads(o.threads);
    if (o.raw && fs::is_regular_file(o.runDir))
        throw Error(ErrorKind::Usage, o.runDir,
                    plainText("--raw needs a run folder: an exported file holds one generator"));
    const auto generator =
        openGenerator(o.runDir, o.step >= 0 ? std::optional(o.step) : std::nullopt);
    generator->exportTorchScript(o.torchscript, o.raw);
    std::printf("wrote %s: the %s generator of %s at step %lld (%s, %d px, %d channel(s), "
                "latent %d%s)\n",
                o.torchscript.c_str(), o.raw ? "raw" : "EMA", o.runDir.c_str(),
                static_cast<long long>(generator->step()), generator->model().c_str(),
                generator->resolution(), generator->channels(), generator->latentDim(),
                generator->numClasses() > 0
                    ? (", " + std::to_string(generator->numClasses()) + " classes").c_str()
                    : "");
    std::printf("in Python:  g = torch.jit.load(\"%s\")\n"
                "            z = g.truncated_z(16, 1.0, 0)   # n, threshold (0 = none), seed\n"
                "            x = g(z%s)                      # [16, %d, %d, %d] in [-1, 1]\n",
                o.torchscript.c_str(),
                generator->numClasses() > 0 ? ", torch.arange(16) % g.num_classes" : "",
                generator->channels(), generator->resolution(), generator->resolution());
    return kOk;
}

Verb exportVerb() {
    return {"export", "write a run's generator as TorchScript for PyTorch", [](CLI::App& app) {
                app.description(
                    "Write a run's EMA generator as a TorchScript module that PyTorch loads "
                    "without ganlab (torch.jit.load): forward(z) or forward(z, y) gives images "
                    "in [-1, 1]; latent_dim, num_classes, resolution, channels and class_names "
                    "describe it; truncated_z(n, threshold, seed) draws the latents ganlab-cli "
                    "sample uses for a seed. PG-GAN exports at its current level and alpha.");
                auto o = std::make_shared<ExportOptions>();
                app.add_option("RUN", o->runDir, "the run folder")->required();
                app.add_option("--torchscript", o->torchscript, "the module file to write")
                    ->type_name("FILE")
                    ->required();
                app.add_option("--step", o->step, "a checkpoint's step (default: the newest)")
                    ->type_name("N")
                    ->check(CLI::NonNegativeNumber);
                app.add_flag("--raw", o->raw, "the raw generator instead of its EMA");
                addThreadsOption(app, o->threads);
                return [o] { return exportGenerator(*o); };
            }};
}

int writeTimelapseFile(const std::string& runDir, const TimelapseOptions& o) {
    const TimelapseResult r = writeTimelapse(runDir, o);
    std::printf("wrote %s: %d frame(s), steps %lld to %lld, %d×%d px, %s at %g fps\n",
                o.out.c_str(), r.framesWritten, static_cast<long long>(r.firstStep),
                static_cast<long long>(r.lastStep), r.width, r.height, r.codec.c_str(), o.fps);
    if (r.framesSkipped > 0)
        std::fprintf(stderr, "warning: %s\n",
                     message(MessageCode::TimelapseFramesSkipped, r.framesSkipped, r.firstSkipped)
                         .text()
                         .c_str());
    return kOk;
}

Verb timelapseVerb() {
    struct Options {
        std::string runDir;
        TimelapseOptions timelapse;
    };
    return {"timelapse", "write a run's saved sample grids as a GIF or MP4", [](CLI::App& app) {
                app.description(
                    "Write the grids a run saved from its fixed latents (samples/step-N.png) in "
                    "step order as an animated GIF or an MP4 video, each frame labelled with its "
                    "step and the newest FD evaluation at or before it (named by its feature "
                    "network). A grid that cannot be read is left out and reported.");
                auto o = std::make_shared<Options>();
                app.add_option("RUN", o->runDir, "the run folder")->required();
                app.add_option("--out", o->timelapse.out, "the file to write: .gif or .mp4")
                    ->type_name("FILE")
                    ->required();
                app.add_option("--fps", o->timelapse.fps, "frames per second (default 8)")
                    ->type_name("X")
                    ->check(CLI::Range(0.01, 100.0));
                app.add_option("--from", o->timelapse.from, "first step (default: the first grid)")
                    ->type_name("N")
                    ->check(CLI::NonNegativeNumber);
                app.add_option("--to", o->timelapse.to, "last step (default: the newest grid)")
                    ->type_name("N")
                    ->check(CLI::NonNegativeNumber);
                app.add_option("--every", o->timelapse.every,
                               "every Nth grid between --from and --to (default 1: all)")
                    ->type_name("N")
                    ->check(CLI::Range(1, std::numeric_limits<int>::max()));
                return [o] { return writeTimelapseFile(o->runDir, o->timelapse); };
            }};
}

// A run none of whose checkpoints loads: its config and each checkpoint's problem, exit 1.
int printUnloadableRun(const std::string& path, const Error& e) {
    const TrainConfig c = readRunConfig(path);
    std::printf("run %s\n  model %s, loss %s, %d px, batch %d\n  data %s\n  %s:\n", path.c_str(),
                c.model.c_str(), c.loss.c_str(), c.resolution, c.batchSize, c.dataPath.c_str(),
                e.message().text().c_str());
    for (const auto& p : e.problems())
        std::printf("    %s: %s\n", p.setting.c_str(), p.message.text().c_str());
    return kFailed;
}

int printRun(const std::string& path) {
    std::optional<TrainingRun> opened;
    try {
        opened.emplace(TrainingRun::open(path, RunAccess::ReadOnly));
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::Checkpoint)
            throw;
        return printUnloadableRun(path, e);
    }
    TrainingRun& run = *opened;
    const auto& c = run.config();
    std::printf("run %s\n  model %s, loss %s, %d px, batch %d, %d critic step(s)\n  data %s\n"
                "  progress %lld / %lld steps\n",
                path.c_str(), c.model.c_str(), c.loss.c_str(), c.resolution, c.batchSize,
                c.criticSteps, c.dataPath.c_str(), static_cast<long long>(run.step()),
                static_cast<long long>(c.steps));
    if (!c.classes.empty() || c.maxImages > 0) {
        const Setting& classes = findSetting("classes");
        const std::string names = settingText(classes, classes.get(c));
        std::printf("  subset: classes %s, %s images\n", names.empty() ? "all" : names.c_str(),
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

void printDataset(const std::string& path, int resolution, int channels) {
    TrainConfig settings;
    settings.dataPath = path;
    settings.resolution = resolution;
    settings.channels = channels;
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
}

Verb infoVerb() {
    struct Options {
        std::string path;
        int resolution = 32, channels = 0;
    };
    return {"info", "describe a dataset or a run", [](CLI::App& app) {
                app.description("Describe a dataset (images, classes, skipped files) or a run "
                                "(config, progress, checkpoints).");
                auto o = std::make_shared<Options>();
                app.add_option("PATH", o->path, "a dataset or a run folder")->required();
                app.add_option("--resolution", o->resolution, "import size (default 32)")
                    ->type_name("N");
                app.add_option("--channels", o->channels, "1 or 3 (default: from the dataset)")
                    ->type_name("N");
                return [o]() -> int {
                    if (fs::exists(fs::path(o->path) / "config.json"))
                        return printRun(o->path);
                    printDataset(o->path, o->resolution, o->channels);
                    return kOk;
                };
            }};
}

} // namespace

std::vector<Verb> runVerbs() {
    return {sampleVerb(), exportVerb(), timelapseVerb(), infoVerb()};
}

} // namespace ganlab::cli
