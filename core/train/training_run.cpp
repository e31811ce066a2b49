// TrainingRun: joins a RunDirectory, the dataset import and a Trainer behind the torch-free facade.
#include "api/training_run.h"

#include "api/error.h"
#include "api/metrics_history.h"
#include "data/dataset_loader.h"
#include "data/grid.h"
#include "data/split.h"
#include "data/subset.h"
#include "models/model_registry.h"
#include "train/dataset_tensors.h"
#include "train/generator_snapshot_impl.h"
#include "train/run_directory.h"
#include "train/run_evaluator.h"
#include "train/sample_render.h"
#include "train/trainer.h"
#include "transfer/weight_transfer.h"
#include "util/global_rng_guard.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/spdlog.h>

#include <malloc.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <thread>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

constexpr std::uint64_t kFixedGridSeedOffset = 0x9E3779B9ull;

std::shared_ptr<spdlog::logger> makeRunLogger(const RunDirectory& dir) {
    auto sinks = spdlog::default_logger()->sinks();
    try {
        auto file = std::make_shared<spdlog::sinks::basic_file_sink_mt>(dir.logPath());
        file->set_level(spdlog::level::info);
        sinks.push_back(file);
    } catch (const spdlog::spdlog_ex& e) {
        spdlog::warn("{}: no run log ({})", dir.logPath(), e.what());
    }
    auto logger = std::make_shared<spdlog::logger>("run", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    return logger;
}

std::string joinProblems(const std::vector<std::string>& problems) {
    std::string out;
    for (const auto& p : problems)
        out += (out.empty() ? "" : "; ") + p;
    return out;
}

} // namespace

struct TrainingRun::Impl {
    RunDirectory dir;
    TrainConfig config;
    DatasetInfo dataset;
    bool dataAttached = false;
    std::unique_ptr<Trainer> trainer;
    ImageTensors validation; // the held-out split (for IW and other evaluations)
    std::shared_ptr<spdlog::logger> log;
    std::optional<Image> newSample;
    std::optional<RunEvaluator> evaluatorStorage;
    std::optional<CollapseEvent> collapse;
    std::int64_t injectNanAt = -1;
    std::int64_t cancelledEvalStep = -1; // a scheduled evaluation a stop cut short

    // A stop can end the process between the cut-short evaluation and the next train() (Ctrl-C
    // in ganlab-cli): a step-scheduled evaluation missing from metrics.jsonl at the checkpoint's
    // step is owed too.
    void restoreCancelledEvaluation() {
        const std::int64_t at = trainer->stepCount();
        if (config.evalEvery <= 0 || at == 0 || at % config.evalEvery != 0)
            return;
        for (const auto& s : readMetricsHistory(dir.root()).series)
            if (s.evaluation &&
                std::find(s.steps.begin(), s.steps.end(), double(at)) != s.steps.end())
                return;
        cancelledEvalStep = at;
    }

    RunEvaluator& evaluator() {
        if (!evaluatorStorage)
            evaluatorStorage.emplace(dir, log);
        return *evaluatorStorage;
    }

    std::vector<MetricResult> evaluate(const EvalSettings& settings, std::stop_token stop) {
        ensureData({}, stop);
        return evaluator().evaluate(*trainer, validation, config, dataset, settings, stop);
    }

    explicit Impl(const std::string& root)
        : dir(root) {}

    // The projected D's "classifier" features are the run's own classifier.pt.
    std::string runClassifierPath() const { return dir.root() + "/classifier.pt"; }

    void buildTrainer() {
        TrainConfig resolved = config;
        if (config.discriminator == "projected" && config.projectedFeatures == "classifier")
            resolved.projectedFeatures = "classifier:" + runClassifierPath();
        trainer = std::make_unique<Trainer>(resolved, dataset.channels,
                                            static_cast<int>(dataset.classNames.size()));
        if (injectNanAt >= 0)
            trainer->injectNanAtStep(injectNanAt);
    }

    // A fresh start from a pretrained source (config.transfer): loads it and records what it did.
    void applyTransfer(const std::vector<std::string>& notes = {}) {
        if (!config.transfer.active())
            return;
        TransferReport report = transferWeights(*trainer, config.transfer);
        report.notes.insert(report.notes.end(), notes.begin(), notes.end());
        log->info("transfer {}", report.summary());
        for (const auto& a : report.adapted)
            log->info("  adapted {}", a);
        for (const auto& n : report.notes)
            log->info("  {}", n);
        if (!report.fresh.empty())
            log->info("  {} tensors start fresh (first: {})", report.fresh.size(),
                      report.fresh.front());
        dir.writeTransferReport(report);
    }

    // Trains the classifier a projected D with "classifier" features stands on, if not there yet.
    void prepareProjectedFeatures(std::stop_token stop) {
        if (config.discriminator == "projected" && config.projectedFeatures == "classifier")
            evaluator().runClassifier(config, dataset, stop);
    }

    void attach(DecodedDataset data) {
        if (config.conditional && !data.labelled())
            throw Error(ErrorKind::Data, data.path,
                        "a class-conditional run needs labelled images (class subfolders, IDX "
                        "labels or CIFAR)");
        const Split split = makeSplit(data.count, data.labels, config.validationFraction);
        ImageTensors train = gatherImages(data, split.train);
        validation = gatherImages(data, split.validation);
        const auto n = train.images.size(0);
        trainer->setData(train.images, train.labels);
        dataAttached = true;
        log->info("training on {} images, {} held out for validation", n, split.validation.size());
    }

    void ensureData(const ProgressCallback& progress, std::stop_token stop) {
        if (dataAttached)
            return;
        DecodedDataset data =
            loadDataset(config.dataPath, {ImportSettings::from(config), progress, stop});
        selectSubset(data, config.classes, config.maxImages);
        if (data.channels != dataset.channels || data.resolution != dataset.resolution ||
            data.classNames.size() != dataset.classNames.size())
            throw Error(
                ErrorKind::Data, data.path,
                "the dataset no longer matches this run (channels, resolution or classes changed)");
        dataset.preview = data.previewGrid();
        attach(std::move(data));
    }

    SampleRequest fixedGrid() const {
        SampleRequest r;
        r.seed = config.seed + kFixedGridSeedOffset;
        if (config.conditional)
            r.rows = std::min<int>(10, static_cast<int>(dataset.classNames.size()));
        return r;
    }

    Image sample(const SampleRequest& r) {
        return renderSampleGrid(r.useEma ? trainer->emaGenerator() : trainer->generator(),
                                trainer->spec(), r);
    }

    CheckpointInfo checkpoint() {
        CheckpointInfo info{dir.checkpointPath(trainer->stepCount()), trainer->stepCount()};
        trainer->saveCheckpoint(info.path);
        dir.pruneCheckpoints(config.keepCheckpoints);
        log->info("checkpoint written: {}", info.path);
        return info;
    }

    StepStats step() {
        if (collapse)
            throw Error(ErrorKind::Training, dir.root(),
                        "the run collapsed at step " + std::to_string(collapse->step) + " (" +
                            collapse->reason + "); roll back or continue anyway first");
        ensureData({}, {});
        StepStats stats = trainer->step();
        const auto s = stats.step;
        if (!stats.collapse.empty()) {
            CollapseEvent event{s, stats.collapse, 0, {}};
            const auto good = dir.checkpoints();
            if (!good.empty()) {
                event.lastGoodStep = good.front().step;
                event.lastGoodCheckpoint = good.front().path;
            }
            log->error("collapse at step {}: {}; last good checkpoint: {}", s, stats.collapse,
                       good.empty() ? std::string("none") : good.front().path);
            collapse = event;
            return stats; // nothing of this step is written
        }
        const bool last = s >= config.steps;
        if (s % config.logEvery == 0 || last) {
            dir.appendMetrics(stats);
            if (s % (config.logEvery * 10) == 0 || last)
                log->info("step {}: loss_d {:.4f}, loss_g {:.4f}, {:.0f} img/s", s, stats.lossD,
                          stats.lossG, stats.imagesPerSec);
        }
        if (config.sampleEvery > 0 && (s % config.sampleEvery == 0 || last)) {
            newSample = sample(fixedGrid());
            writePng(*newSample, dir.samplePath(s));
        }
        if ((config.checkpointEvery > 0 && s % config.checkpointEvery == 0) || last)
            checkpoint();
        return stats;
    }
};

TrainingRun::TrainingRun(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
TrainingRun::TrainingRun(TrainingRun&&) noexcept = default;
TrainingRun& TrainingRun::operator=(TrainingRun&&) noexcept = default;
TrainingRun::~TrainingRun() = default;

TrainingRun TrainingRun::create(const TrainConfig& requested, const std::string& runDir,
                                const ProgressCallback& progress, std::stop_token stop) {
    if (const auto problems = validateConfig(requested); !problems.empty())
        throw Error(ErrorKind::Usage, {}, "invalid configuration: " + joinProblems(problems));
    auto impl = std::make_unique<Impl>(runDir);
    std::vector<std::string> transferNotes;
    impl->config = adaptConfigToSource(requested, &transferNotes); // before anything is created
    impl->config.dataPath =
        fs::absolute(resolveDatasetPath(requested.dataPath)).lexically_normal().string();
    impl->dir.createFresh();
    impl->log = makeRunLogger(impl->dir);
    try {
        DecodedDataset data = loadDataset(impl->config.dataPath,
                                          {ImportSettings::from(impl->config), progress, stop});
        selectSubset(data, impl->config.classes, impl->config.maxImages);
        impl->dataset = data.info();
        impl->dir.writeConfig(impl->config);
        impl->dir.writeDatasetInfo(impl->dataset);
        impl->prepareProjectedFeatures(stop);
        impl->buildTrainer();
        impl->applyTransfer(transferNotes);
        impl->attach(std::move(data));
    } catch (...) {
        std::error_code ec; // leave nothing behind for a run that never started
        impl->log.reset();
        fs::remove_all(runDir, ec);
        throw;
    }
    impl->log->info("new run in {}: {} / {} at {} px, {} steps", runDir, impl->config.model,
                    impl->config.loss, impl->config.resolution, impl->config.steps);
    return TrainingRun(std::move(impl));
}

TrainingRun TrainingRun::open(const std::string& runDir) {
    auto impl = std::make_unique<Impl>(runDir);
    impl->config = impl->dir.readConfig();
    if (const auto problems = validateConfig(impl->config); !problems.empty())
        throw Error(ErrorKind::Data, runDir + "/config.json", joinProblems(problems));
    impl->dataset = impl->dir.readDatasetInfo();
    impl->log = makeRunLogger(impl->dir);
    impl->buildTrainer();
    bool resumed = false;
    for (const auto& ckpt : impl->dir.checkpoints()) {
        try {
            impl->trainer->loadCheckpoint(ckpt.path);
            impl->log->info("resumed {} at step {}", ckpt.path, ckpt.step);
            resumed = true;
            break;
        } catch (const Error& e) {
            impl->log->warn("skipping unreadable checkpoint: {}", e.what());
            impl->buildTrainer(); // a half-applied load must not leak into the next attempt
        }
    }
    if (!resumed)
        impl->applyTransfer(); // not trained yet: start from the source again
    impl->dir.truncateMetricsAfter(impl->trainer->stepCount());
    impl->restoreCancelledEvaluation();
    return TrainingRun(std::move(impl));
}

const TrainConfig& TrainingRun::config() const {
    return m_impl->config;
}
const std::string& TrainingRun::runDir() const {
    return m_impl->dir.root();
}
std::int64_t TrainingRun::step() const {
    return m_impl->trainer->stepCount();
}

void TrainingRun::setTotalSteps(std::int64_t steps) {
    if (steps < step())
        throw Error(ErrorKind::Usage, m_impl->dir.root(),
                    "the run is already at step " + std::to_string(step()) + "; cannot end it at " +
                        std::to_string(steps));
    m_impl->config.steps = steps;
    m_impl->dir.writeConfig(m_impl->config);
}

const DatasetInfo& TrainingRun::dataset(const ProgressCallback& progress, std::stop_token stop) {
    m_impl->ensureData(progress, stop);
    return m_impl->dataset;
}

StepStats TrainingRun::trainStep() {
    return m_impl->step();
}

bool TrainingRun::finished() const {
    return step() >= config().steps && m_impl->cancelledEvalStep < 0;
}

std::int64_t TrainingRun::train(std::int64_t untilStep, std::stop_token stop,
                                const StepCallback& onStep, const SampleCallback& onSample,
                                const MetricsCallback& onMetrics) {
    // A scheduled evaluation; false when a stop cut it short (it runs first on the next call, so
    // a pause never leaves a hole in the curves — comparisons rely on aligned eval steps).
    const auto evaluateNow = [&](std::int64_t at) {
        try {
            const auto results = m_impl->evaluate(m_impl->config.eval, stop);
            m_impl->cancelledEvalStep = -1;
            if (onMetrics)
                onMetrics(results);
        } catch (const Error& e) {
            if (e.kind() == ErrorKind::Cancelled) {
                m_impl->cancelledEvalStep = at;
                return false;
            }
            m_impl->cancelledEvalStep = -1;
            m_impl->log->warn("evaluation at step {} failed: {}", at, e.what());
        }
        return true;
    };
    if (m_impl->cancelledEvalStep >= 0 && m_impl->cancelledEvalStep == step() &&
        !stop.stop_requested() && !evaluateNow(step()))
        return 0;
    const std::int64_t target = std::min(untilStep, m_impl->config.steps);
    std::int64_t done = 0;
    while (step() < target && !stop.stop_requested() && !m_impl->collapse) {
        const StepStats stats = m_impl->step();
        ++done;
        if (onStep)
            onStep(stats);
        if (m_impl->collapse)
            break;
        if (m_impl->newSample && onSample)
            onSample(stats.step, *m_impl->newSample);
        m_impl->newSample.reset();
        if (m_impl->evaluator().scheduledAt(stats.step, m_impl->config,
                                            m_impl->trainer->elapsedSeconds()) &&
            !evaluateNow(stats.step))
            break;
    }
    return done;
}

std::vector<MetricResult> TrainingRun::evaluate(const EvalSettings& settings,
                                                std::stop_token stop) {
    return m_impl->evaluate(settings, stop);
}

SampleRequest TrainingRun::fixedGridRequest() const {
    return m_impl->fixedGrid();
}
Image TrainingRun::sampleGrid(const SampleRequest& request) {
    return m_impl->sample(request);
}
std::shared_ptr<GeneratorSnapshot> TrainingRun::snapshot() const {
    Trainer& trainer = *m_impl->trainer;
    const auto& family = findModel(m_impl->config.model);
    auto impl = std::make_unique<GeneratorSnapshot::Impl>();
    impl->spec = trainer.spec();
    impl->step = trainer.stepCount();
    {
        const GlobalRngGuard keepTrainingRng; // snapshots never change what training draws
        impl->ema = family.makeGenerator(impl->spec);
        impl->raw = family.makeGenerator(impl->spec);
    }
    copyModuleState(trainer.emaGenerator(), *impl->ema);
    copyModuleState(trainer.generator(), *impl->raw);
    for (auto* g : {impl->ema.get(), impl->raw.get()}) {
        g->eval();
        for (auto& p : g->parameters())
            p.set_requires_grad(false);
    }
    return std::make_shared<GeneratorSnapshot>(std::move(impl));
}

CheckpointInfo TrainingRun::saveCheckpoint() {
    if (m_impl->collapse)
        throw Error(ErrorKind::Checkpoint, m_impl->dir.root(),
                    "not writing a checkpoint of a collapsed run (step " +
                        std::to_string(m_impl->collapse->step) + ": " + m_impl->collapse->reason +
                        ")");
    return m_impl->checkpoint();
}

const std::optional<CollapseEvent>& TrainingRun::collapse() const {
    return m_impl->collapse;
}

CheckpointInfo TrainingRun::rollBack() {
    Impl& impl = *m_impl;
    const bool attached = impl.dataAttached;
    torch::Tensor images, labels;
    if (attached) {
        images = impl.trainer->images();
        labels = impl.trainer->labels();
    }
    CheckpointInfo restored;
    impl.injectNanAt = -1; // an injected fault is one-shot
    impl.buildTrainer();
    for (const auto& ckpt : impl.dir.checkpoints()) {
        try {
            impl.trainer->loadCheckpoint(ckpt.path);
            restored = ckpt;
            break;
        } catch (const Error& e) {
            impl.log->warn("skipping unreadable checkpoint: {}", e.what());
            impl.buildTrainer();
        }
    }
    if (restored.path.empty())
        impl.applyTransfer();
    if (attached)
        impl.trainer->setData(images, labels);
    impl.dir.truncateMetricsAfter(impl.trainer->stepCount());
    impl.log->warn("rolled back to step {} ({})", restored.step,
                   restored.path.empty() ? std::string("a fresh start") : restored.path);
    impl.collapse.reset();
    return restored;
}

void TrainingRun::dismissCollapse() {
    if (!m_impl->collapse)
        return;
    m_impl->log->warn("continuing after the collapse warning at step {}", m_impl->collapse->step);
    m_impl->collapse.reset();
    m_impl->trainer->health().rebaseline();
}

void TrainingRun::injectNanAtStep(std::int64_t step) {
    m_impl->injectNanAt = step;
    m_impl->trainer->injectNanAtStep(step);
}

std::optional<GrowthSchedule> TrainingRun::growthSchedule() const {
    return m_impl->trainer->growthSchedule();
}

std::optional<GrowthState> TrainingRun::growthState() const {
    return m_impl->trainer->growthState();
}
std::vector<CheckpointInfo> TrainingRun::checkpoints() const {
    return m_impl->dir.checkpoints();
}
std::vector<std::string> TrainingRun::classNames() const {
    return m_impl->config.conditional ? m_impl->dataset.classNames : std::vector<std::string>{};
}

DatasetInfo inspectDataset(const TrainConfig& importSettings, const ProgressCallback& progress,
                           std::stop_token stop) {
    return loadDataset(importSettings.dataPath,
                       {ImportSettings::from(importSettings), progress, stop})
        .info();
}

int setComputeThreads(int threads) {
    // glibc hands tensors above 128 KiB back to the kernel on every free, so each step
    // page-faults its buffers in again; keeping them in the heap makes a DCGAN step ~25% faster
    // (bench_presets: cpu-quick 128 → 94 ms on two cores).
    static const bool allocatorTuned = [] {
        mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's maximum on 64-bit
        mallopt(M_TRIM_THRESHOLD, 512 << 20); // keep freed memory for the next step
        return true;
    }();
    (void)allocatorTuned;
    at::set_num_threads(std::max(1, threads));
    return at::get_num_threads();
}

int hardwareThreads() {
    return std::max(1u, std::thread::hardware_concurrency());
}

} // namespace ganlab
