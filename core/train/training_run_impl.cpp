// TrainingRun::Impl: the jobs behind the facade — building the trainer, restoring checkpoints,
// attaching data, stepping with its scheduled writes, snapshots.
#include "train/training_run_impl.h"

#include "api/error.h"
#include "api/metrics_history.h"
#include "api/settings.h"
#include "data/dataset_loader.h"
#include "data/split.h"
#include "data/subset.h"
#include "dist/run_handover.h"
#include "models/model_registry.h"
#include "train/generator_snapshot_impl.h"
#include "train/sample_render.h"
#include "transfer/weight_transfer.h"
#include "util/global_rng_guard.h"

#include <filesystem>

namespace ganlab {
namespace {

constexpr std::uint64_t kFixedGridSeedOffset = 0x9E3779B9ull;

} // namespace

TrainingRun::Impl::~Impl() {
    if (session && !session->group().failed())
        try {
            session->group().post(dist::Command::Stop);
            session->group().awaitStopAcknowledged();
        } catch (const std::exception&) { // the others are gone already
        }
}

void TrainingRun::Impl::refuseAfterFailedPeer() const {
    if (session && session->group().failed())
        throw Error(ErrorKind::Training, dir.root(), message(MessageCode::DistGroupFailed));
}

void TrainingRun::Impl::distribute(std::shared_ptr<DistributedSession> group,
                                   const TrainConfig* requested) {
    ensureData({}, {});
    dist::RunHandover handover;
    handover.requested = requested ? toJson(*requested) : std::string();
    handover.config = toJson(config);
    handover.device = deviceOverride;
    handover.channels = dataset.channels;
    handover.numClasses = static_cast<int>(dataset.classNames.size());
    handover.classifierPath = std::filesystem::absolute(dir.classifierPath()).string();
    handover.fingerprint = imagesFingerprint({trainer->images(), trainer->labels()});
    handover.state = trainer->stateBytes();
    auto& g = group->group();
    for (const auto b : config.growth.batchSizes) // refused now, not when a level is reached
        g.shareOf(b);
    g.shareOf(config.batchSize);
    dist::sendHandover(g, handover);
    g.awaitReady();
    const auto b = config.batchSize;
    const auto share = g.shareOf(b);
    log->info("training in {} processes ({}): the batch of {} is {} per process{}; rank 0 writes "
              "the run",
              g.worldSize(), g.launch().launcher, b, share.size,
              config.syncBatchNorm ? ", BatchNorm statistics over all of it" : "");
    if (findModel(config.model).progressive && config.mbstdGroup > 1)
        log->warn("PG-GAN's minibatch-stddev groups are formed within each process's share, so "
                  "its batch statistic differs from one process's (--mbstd-group 1 has none)");
    trainer->setProcessGroup(group->groupPtr());
    session = std::move(group);
}

void TrainingRun::Impl::resendState() {
    if (!session)
        return;
    auto& g = session->group();
    g.post(dist::Command::Reload);
    g.broadcastBytes(trainer->stateBytes());
    trainer->setProcessGroup(session->groupPtr());
}

RunEvaluator& TrainingRun::Impl::evaluator() {
    if (!evaluatorStorage)
        evaluatorStorage.emplace(dir, log);
    return *evaluatorStorage;
}

std::vector<MetricResult> TrainingRun::Impl::evaluate(const EvalSettings& settings,
                                                      std::stop_token stop) {
    const bool record = access != RunAccess::ReadOnly;
    if (access == RunAccess::ReadWrite)
        prepareWrites();
    ensureData({}, stop);
    return evaluator().evaluate(*trainer, validation, config, dataset, settings, stop, record);
}

void TrainingRun::Impl::buildTrainer() {
    TrainConfig resolved = config;
    if (!deviceOverride.empty())
        resolved.device = deviceOverride;
    if (config.projectedFeatures.source == FeatureSource::RunClassifier)
        resolved.projectedFeatures = {FeatureSource::ClassifierFile, dir.classifierPath()};
    trainer = std::make_unique<Trainer>(resolved, dataset.channels,
                                        static_cast<int>(dataset.classNames.size()));
    if (injectNanAt >= 0)
        trainer->injectNanAtStep(injectNanAt);
}

void TrainingRun::Impl::applyTransfer(const std::vector<std::string>& notes, bool record) {
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
    if (record)
        dir.writeTransferReport(report);
}

void TrainingRun::Impl::prepareWrites() {
    if (access != RunAccess::ReadWrite)
        throw Error(ErrorKind::Usage, dir.root(), message(MessageCode::RunOpenedReadOnly));
    if (writesPrepared)
        return;
    dir.truncateMetricsAfter(trainer->stepCount());
    if (const int removed = dir.removeSamplesAfter(trainer->stepCount()))
        log->info("removed {} sample grid(s) of steps after {}: training draws them again", removed,
                  trainer->stepCount());
    if (const int removed = dir.removeTemporaries())
        log->warn("removed {} temporary file(s) that a crash left", removed);
    writesPrepared = true;
}

void TrainingRun::Impl::prepareProjectedFeatures(std::stop_token stop) {
    if (config.discriminator == DiscriminatorKind::Projected &&
        config.projectedFeatures.source == FeatureSource::RunClassifier)
        evaluator().runClassifier(config, dataset, stop);
}

CheckpointInfo TrainingRun::Impl::restoreNewestCheckpoint(std::optional<std::int64_t> atStep) {
    buildTrainer();
    auto all = dir.checkpoints();
    if (atStep) {
        std::string steps;
        for (const auto& c : all)
            steps += (steps.empty() ? "" : ", ") + std::to_string(c.step);
        std::erase_if(all, [&](const CheckpointInfo& c) { return c.step != *atStep; });
        if (all.empty())
            throw Error(ErrorKind::Usage, dir.root(),
                        message(MessageCode::NoCheckpointAtStep, *atStep,
                                steps.empty() ? std::string("none") : steps));
    }
    std::vector<Problem> refused;
    for (const auto& ckpt : all) {
        try {
            trainer->loadCheckpoint(ckpt.path);
            recallDiversity(ckpt.step);
            writesPrepared = false; // rows after this step go before the next write
            return ckpt;
        } catch (const Error& e) {
            log->warn("skipping a checkpoint that does not load: {}", e.what());
            refused.push_back({ckpt.path, e.message()});
            buildTrainer(); // a half-applied load must not leak into the next attempt
        }
    }
    if (!all.empty())
        throw Error(ErrorKind::Checkpoint, dir.root(),
                    message(MessageCode::NoLoadableCheckpoint, all.size()), refused);
    applyTransfer(); // not trained yet: start from the source again
    modeCollapseWarnedAt.reset();
    writesPrepared = false;
    return {};
}

void TrainingRun::Impl::attach(DecodedDataset data) {
    if (config.conditional && !data.labelled())
        throw Error(ErrorKind::Data, data.path, message(MessageCode::ConditionalNeedsLabels));
    RunImages images = splitRunImages(data, config.validationFraction);
    validation = std::move(images.validation);
    trainer->setData(images.train.images, images.train.labels);
    dataAttached = true;
    log->info("training on {} images, {} held out for validation; computing on {} in {}",
              images.train.images.size(0), validation.images.size(0), trainer->device().str(),
              precisionName(config.precision));
}

void TrainingRun::Impl::ensureData(const ProgressCallback& progress, std::stop_token stop) {
    if (dataAttached)
        return;
    DecodedDataset data = loadRunDataset(config, progress, stop);
    if (data.channels != dataset.channels || data.resolution != dataset.resolution ||
        data.classNames.size() != dataset.classNames.size())
        throw Error(ErrorKind::Data, data.path, message(MessageCode::DatasetChanged));
    dataset.preview = data.previewGrid();
    attach(std::move(data));
}

SampleRequest TrainingRun::Impl::fixedGrid() const {
    SampleRequest r;
    r.seed = config.seed + kFixedGridSeedOffset;
    if (config.conditional)
        r.rows = std::min<int>(10, static_cast<int>(dataset.classNames.size()));
    return r;
}

Image TrainingRun::Impl::sample(const SampleRequest& r) {
    return renderSampleGrid(r.useEma ? trainer->emaGenerator() : trainer->generator(),
                            trainer->spec(), r);
}

CheckpointInfo TrainingRun::Impl::checkpoint() {
    refuseAfterFailedPeer(); // its state may hold half a step
    prepareWrites();
    CheckpointInfo info{dir.checkpointPath(trainer->stepCount()), trainer->stepCount()};
    trainer->saveCheckpoint(info.path);
    for (const auto& damaged : dir.pruneCheckpoints(config.keepCheckpoints))
        log->warn("{} is damaged: set aside as {}.damaged, not counted", damaged, damaged);
    log->info("checkpoint written: {}", info.path);
    return info;
}

StepStats TrainingRun::Impl::step() {
    if (collapse)
        throw Error(ErrorKind::Training, dir.root(),
                    message(MessageCode::RunCollapsed, collapse->step, collapse->reason.text()));
    refuseAfterFailedPeer();
    prepareWrites();
    ensureData({}, {});
    if (!worldSizeNoted) {
        worldSizeNoted = true;
        const int now = session ? session->worldSize() : 1;
        if (trainer->stepCount() > 0 && trainer->loadedWorldSize() != now)
            log->warn("the checkpoint was written by {} process(es), now {}: the same batches are "
                      "shared out anew (only per-process batch statistics — BatchNorm without "
                      "sync_bn, PG-GAN's minibatch stddev — change with it)",
                      trainer->loadedWorldSize(), now);
    }
    if (session)
        session->group().post(dist::Command::Step);
    StepStats stats = trainer->step();
    if (stats.collapse) {
        CollapseEvent event{stats.step, *stats.collapse, 0, {}};
        const auto good = dir.checkpoints();
        if (!good.empty()) {
            event.lastGoodStep = good.front().step;
            event.lastGoodCheckpoint = good.front().path;
        }
        log->error("collapse at step {}: {}; last good checkpoint: {}", stats.step,
                   stats.collapse->text(), good.empty() ? std::string("none") : good.front().path);
        collapse = event;
        return stats; // nothing of this step is written
    }
    noteModeCollapse(stats);
    writeOnSchedule(stats);
    return stats;
}

void TrainingRun::Impl::recallDiversity(std::int64_t step) {
    std::vector<double> steps, values;
    try {
        for (const auto& s : readMetricsHistory(dir.root()).series)
            for (std::size_t i = 0; s.kind == SeriesKind::Diversity && i < s.steps.size(); ++i)
                if (s.steps[i] <= static_cast<double>(step)) {
                    steps.push_back(s.steps[i]);
                    values.push_back(s.values[i]);
                }
    } catch (const Error& e) { // a damaged history: the flag starts afresh
        log->warn("{}", e.what());
    }
    // A collapse they show was warned of then: the log says again only when it ends.
    modeCollapseWarnedAt = modeCollapseSince(steps, values, modeCollapseRule(config));
    trainer->recallDiversity(std::move(steps), std::move(values));
}

void TrainingRun::Impl::noteModeCollapse(const StepStats& stats) {
    if (!stats.health || !stats.health->diversity)
        return;
    if (stats.modeCollapse && !modeCollapseWarnedAt) {
        modeCollapseWarnedAt = stats.step;
        log->warn("{} (training goes on)", stats.modeCollapse->text());
    } else if (!stats.modeCollapse && modeCollapseWarnedAt) {
        log->info("the samples' diversity is back to {:.2f} of the real images' at step {} (mode "
                  "collapse since step {})",
                  *stats.health->diversity, stats.step, *modeCollapseWarnedAt);
        modeCollapseWarnedAt.reset();
    }
}

void TrainingRun::Impl::writeOnSchedule(const StepStats& stats) {
    const auto s = stats.step;
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
}

std::shared_ptr<GeneratorSnapshot> TrainingRun::Impl::snapshot() const {
    const auto& family = findModel(config.model);
    auto impl = std::make_unique<GeneratorSnapshot::Impl>();
    impl->spec = trainer->spec();
    impl->step = trainer->stepCount();
    impl->model = config.model;
    if (config.conditional)
        impl->classNames = dataset.classNames;
    {
        const GlobalRngGuard keepTrainingRng; // snapshots never change what training draws
        impl->ema = family.makeGenerator(impl->spec);
        impl->raw = family.makeGenerator(impl->spec);
    }
    copyModuleState(trainer->emaGenerator(), *impl->ema);
    copyModuleState(trainer->generator(), *impl->raw);
    for (auto* g : {impl->ema.get(), impl->raw.get()}) {
        g->eval();
        for (auto& p : g->parameters())
            p.set_requires_grad(false);
    }
    return std::make_shared<GeneratorSnapshot>(std::move(impl));
}

} // namespace ganlab
