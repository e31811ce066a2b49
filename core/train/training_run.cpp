// TrainingRun: the facade — creating and opening run folders, the training loop with its
// scheduled evaluations, collapse handling; the jobs themselves are TrainingRun::Impl's.
#include "api/training_run.h"

#include "api/error.h"
#include "api/metrics_history.h"
#include "api/settings.h"
#include "data/dataset_loader.h"
#include "data/subset.h"
#include "train/checkpoint_file.h"
#include "train/training_run_impl.h"
#include "transfer/weight_transfer.h"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

// The run's logger: the process's sinks and, unless the run is only read, its log.txt. A log line
// that cannot be written (a full disk) is dropped, never an exception in the middle of a step:
// the checked writes of metrics and checkpoints say what went wrong.
std::shared_ptr<spdlog::logger> makeRunLogger(const RunDirectory& dir, RunAccess access) {
    auto sinks = spdlog::default_logger()->sinks();
    if (access == RunAccess::ReadWrite) {
        try {
            auto file = std::make_shared<spdlog::sinks::basic_file_sink_mt>(dir.logPath());
            file->set_level(spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& e) {
            spdlog::warn("{}: no run log ({})", dir.logPath(), e.what());
        }
    }
    auto logger = std::make_shared<spdlog::logger>("run", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    logger->set_error_handler([](const std::string&) {});
    return logger;
}

} // namespace

TrainingRun::TrainingRun(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
TrainingRun::TrainingRun(TrainingRun&&) noexcept = default;
TrainingRun& TrainingRun::operator=(TrainingRun&&) noexcept = default;
TrainingRun::~TrainingRun() = default;

namespace {

// The feature networks' files a new run names must exist now, not fail at its first evaluation.
std::vector<Problem> missingFeatureFiles(const TrainConfig& config) {
    std::vector<Problem> problems;
    const std::pair<const char*, const FeatureSpec*> specs[] = {
        {"eval_features", &config.eval.features},
        {"projected_features", &config.projectedFeatures}};
    for (const auto& [key, spec] : specs) {
        std::error_code ec;
        if (!spec->path.empty() && !fs::is_regular_file(spec->path, ec))
            problems.push_back({key, message(MessageCode::FeatureFileMissing, spec->path)});
    }
    return problems;
}

} // namespace

TrainingRun TrainingRun::create(const TrainConfig& requested, const std::string& runDir,
                                const ProgressCallback& progress, std::stop_token stop) {
    auto problems = validateConfig(requested);
    for (auto& p : missingFeatureFiles(requested))
        problems.push_back(std::move(p));
    if (!problems.empty())
        throw Error(ErrorKind::Usage, {}, message(MessageCode::InvalidConfiguration),
                    std::move(problems));
    auto impl = std::make_unique<Impl>(runDir, RunAccess::ReadWrite);
    std::vector<std::string> transferNotes;
    impl->config = adaptConfigToSource(requested, &transferNotes); // before anything is created
    impl->config.dataPath =
        fs::absolute(resolveDatasetPath(requested.dataPath)).lexically_normal().string();
    impl->dir.createFresh();
    impl->log = makeRunLogger(impl->dir, RunAccess::ReadWrite);
    try {
        DecodedDataset data = loadRunDataset(impl->config, progress, stop);
        impl->dataset = data.info();
        // dataset.json first: config.json makes the folder a run, which must then be whole.
        impl->dir.writeDatasetInfo(impl->dataset);
        impl->dir.writeConfig(impl->config);
        impl->prepareProjectedFeatures(stop);
        impl->buildTrainer();
        impl->applyTransfer(transferNotes, /*record=*/true);
        impl->attach(std::move(data));
        impl->dir.finishCreation();
        impl->writesPrepared = true;
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

TrainingRun TrainingRun::open(const std::string& runDir, RunAccess access,
                              const std::string& device, std::optional<std::int64_t> atStep) {
    auto impl = std::make_unique<Impl>(runDir, access);
    impl->config = impl->dir.readConfig();
    if (!device.empty()) {
        TrainConfig probe;
        probe.device = device;
        if (auto m = findSetting("device").check(probe))
            throw Error(ErrorKind::Usage, {}, message(MessageCode::InvalidConfiguration),
                        {{"device", *m}});
        impl->deviceOverride = device; // this session only: config.json keeps its own
    }
    if (auto problems = validateConfig(impl->config); !problems.empty())
        throw Error(ErrorKind::Data, impl->dir.configPath(),
                    message(MessageCode::InvalidConfiguration), std::move(problems));
    impl->dataset = impl->dir.readDatasetInfo();
    impl->log = makeRunLogger(impl->dir, access);
    if (atStep && access != RunAccess::ReadOnly)
        throw Error(ErrorKind::Usage, runDir, plainText("an older checkpoint opens read-only"));
    const CheckpointInfo restored = impl->restoreNewestCheckpoint(atStep);
    if (!restored.path.empty())
        impl->log->info("resumed {} at step {}", restored.path, restored.step);
    impl->owedEvaluation.restore(impl->config, impl->trainer->stepCount(),
                                 readMetricsHistory(runDir));
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
                    message(MessageCode::AlreadyPastStep, step(), steps));
    if (auto m = checkValueRange(findSetting("steps"), steps))
        throw Error(ErrorKind::Usage, m_impl->dir.root(),
                    message(MessageCode::InvalidConfiguration), {{"steps", *m}});
    m_impl->prepareWrites();
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
    return step() >= config().steps && !m_impl->owedEvaluation.owed();
}

std::int64_t TrainingRun::train(std::int64_t untilStep, std::stop_token stop,
                                const StepCallback& onStep, const SampleCallback& onSample,
                                const MetricsCallback& onMetrics) {
    Impl& impl = *m_impl;
    // A scheduled evaluation; false when a stop cut it short (it is then owed).
    const auto evaluateNow = [&](std::int64_t at) {
        try {
            const auto results = impl.evaluate(impl.config.eval, stop);
            impl.owedEvaluation.settle();
            if (onMetrics)
                onMetrics(results);
        } catch (const Error& e) {
            if (e.kind() == ErrorKind::Cancelled) {
                impl.owedEvaluation.owe(at);
                return false;
            }
            impl.owedEvaluation.settle();
            impl.log->warn("evaluation at step {} failed: {}", at, e.what());
        }
        return true;
    };
    if (impl.owedEvaluation.owedAt(step()) && !stop.stop_requested() && !evaluateNow(step()))
        return 0;
    const std::int64_t target = std::min(untilStep, impl.config.steps);
    std::int64_t done = 0;
    while (step() < target && !stop.stop_requested() && !impl.collapse) {
        const StepStats stats = impl.step();
        ++done;
        if (onStep)
            onStep(stats);
        if (impl.collapse)
            break;
        if (impl.newSample && onSample)
            onSample(stats.step, *impl.newSample);
        impl.newSample.reset();
        if (impl.evaluator().scheduledAt(stats.step, impl.config, impl.trainer->elapsedSeconds()) &&
            !evaluateNow(stats.step))
            break;
    }
    return done;
}

void TrainingRun::distribute(std::shared_ptr<DistributedSession> session,
                             const TrainConfig* requested) {
    m_impl->distribute(std::move(session), requested);
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
    return m_impl->snapshot();
}

CheckpointInfo TrainingRun::saveCheckpoint() {
    if (const auto& c = m_impl->collapse)
        throw Error(ErrorKind::Checkpoint, m_impl->dir.root(),
                    message(MessageCode::NoCheckpointOfCollapsedRun, c->step, c->reason.text()));
    return m_impl->checkpoint();
}

const std::optional<CollapseEvent>& TrainingRun::collapse() const {
    return m_impl->collapse;
}

CheckpointInfo TrainingRun::rollBack() {
    Impl& impl = *m_impl;
    impl.prepareWrites();
    torch::Tensor images, labels;
    if (impl.dataAttached) { // the restored trainer keeps the data already in memory
        images = impl.trainer->images();
        labels = impl.trainer->labels();
    }
    impl.injectNanAt = -1; // an injected fault is one-shot
    const CheckpointInfo restored = impl.restoreNewestCheckpoint();
    if (impl.dataAttached)
        impl.trainer->setData(images, labels);
    impl.resendState();
    impl.prepareWrites(); // metrics after the restored step go now
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

TrainConfig readRunConfig(const std::string& runDir) {
    return RunDirectory(runDir).readConfig();
}

DatasetInfo inspectDataset(const TrainConfig& importSettings, const ProgressCallback& progress,
                           std::stop_token stop) {
    return loadDataset(importSettings.dataPath,
                       {ImportSettings::from(importSettings), progress, stop})
        .info();
}

} // namespace ganlab
