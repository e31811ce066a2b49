// Trainer: the D/G phase loop with EMA, seeded data order, growth (PG-GAN), augmentation, the
// AC-GAN and orthogonal terms, health measurements and per-step statistics.
#include "train/trainer.h"

#include "api/error.h"
#include "api/metrics_history.h"
#include "dist/cross_rank_sum.h"
#include "losses/orthogonal.h"
#include "models/model_registry.h"
#include "models/projected_discriminator.h"
#include "nn/diff_augment.h"
#include "train/latent.h"

#include <ATen/CPUGeneratorImpl.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

namespace ganlab {
namespace {

torch::optim::AdamOptions adamOptions(double lr, const TrainConfig& c) {
    return torch::optim::AdamOptions(lr).betas({c.beta1, c.beta2}).eps(1e-8);
}

} // namespace

double gradientNorm(torch::nn::Module& module) {
    torch::Tensor sum; // on the parameters' device, in double; read back once
    for (const auto& p : module.parameters())
        if (p.grad().defined()) {
            const auto s = p.grad().pow(2).sum().to(torch::kDouble);
            sum = sum.defined() ? sum + s : s;
        }
    return sum.defined() ? std::sqrt(sum.item<double>()) : 0.0;
}

void copyModuleState(torch::nn::Module& from, torch::nn::Module& to) {
    torch::NoGradGuard guard;
    const auto src = from.named_parameters(), dst = to.named_parameters();
    for (const auto& item : src)
        dst[item.key()].copy_(item.value());
    const auto srcB = from.named_buffers(), dstB = to.named_buffers();
    for (const auto& item : srcB)
        dstB[item.key()].copy_(item.value());
}

bool allFinite(torch::nn::Module& module) {
    for (const auto& p : module.parameters())
        if (!torch::isfinite(p).all().item<bool>())
            return false;
    for (const auto& b : module.buffers())
        if (b.is_floating_point() && !torch::isfinite(b).all().item<bool>())
            return false;
    return true;
}

torch::Tensor fadeReals(const torch::Tensor& images, const GrowthState& state) {
    const auto factor = images.size(2) / state.resolution;
    auto y = factor > 1 ? torch::avg_pool2d(images, factor) : images;
    if (state.fading && state.alpha < 1.0) {
        const auto lower = torch::avg_pool2d(y, 2).repeat_interleave(2, 2).repeat_interleave(2, 3);
        y = y + (1.0 - state.alpha) * (lower - y);
    }
    return factor > 1 ? y.repeat_interleave(factor, 2).repeat_interleave(factor, 3) : y;
}

Trainer::Trainer(const TrainConfig& config, int channels, int numClasses)
    : m_config(config)
    , m_device(resolveDevice(config.device, config.precision))
    , m_scaleD(config.precision == Precision::Fp16)
    , m_scaleG(config.precision == Precision::Fp16)
    , m_ada(config.augment)
    , m_rng(at::make_generator<at::CPUGeneratorImpl>(config.seed)) {
    const auto& family = findModel(config.model);
    const auto& loss = findLoss(config.loss);
    m_spec = {.resolution = config.resolution,
              .channels = channels,
              .latentDim = config.latentDim,
              .numClasses = config.conditional ? numClasses : 0,
              .width = config.width,
              .perSampleCritic = loss.perSampleCritic,
              .auxClassifier = config.auxClassifier,
              .conditionalBn =
                  config.conditional && config.conditioning == Conditioning::ClassBatchNorm,
              .mbstdGroup = config.mbstdGroup,
              .projectedFeatures = config.projectedFeatures};
    torch::manual_seed(config.seed); // parameter initialisation draws from the global generator
    m_g = family.makeGenerator(m_spec);
    m_d = config.discriminator == DiscriminatorKind::Projected ? makeProjectedDiscriminator(m_spec)
                                                               : family.makeDiscriminator(m_spec);
    m_gEma = family.makeGenerator(m_spec);
    // Drawn on the CPU from the seed (the same weights on every device), then moved.
    m_g->to(m_device);
    m_d->to(m_device);
    m_gEma->to(m_device);
    copyModuleState(*m_g, *m_gEma);
    for (auto& p : m_gEma->parameters())
        p.set_requires_grad(false);
    m_gEma->eval();
    for (const auto& p : m_d->parameters())
        if (p.requires_grad())
            m_dTrainable.push_back(p);
    m_dView = std::make_unique<AutocastDiscriminator>(*m_d, config.precision, m_device);
    m_loss = loss.make(config);
    if (config.auxClassifier)
        m_aux = AuxClassifierSettings{config.auxWeight, config.auxFakeInD};
    if (config.augment.mode == AugmentMode::DiffAugment)
        m_diffAugment = config.augment.ops;
    if (config.augment.mode == AugmentMode::Ada)
        m_adaOps = nn::parseAdaOps(config.augment.ops);
    if (family.progressive) {
        m_growth.emplace(config.growth, config.resolution, config.batchSize);
        applyGrowth();
    }
    makeOptimizers();
    m_health = std::make_unique<HealthMonitor>(*m_g, *m_d, config.collapseFactor);
    m_diversity = std::make_unique<DiversityWatch>(m_spec, config.seed);
}

void Trainer::makeOptimizers() {
    m_optG = std::make_unique<torch::optim::Adam>(m_g->parameters(),
                                                  adamOptions(m_config.lrG, m_config));
    m_optD =
        std::make_unique<torch::optim::Adam>(m_dTrainable, adamOptions(m_config.lrD, m_config));
}

std::optional<GrowthState> Trainer::growthState() const {
    if (!m_growth)
        return std::nullopt;
    return m_growth->at(m_imagesShown);
}

GrowthState Trainer::applyGrowth() {
    const GrowthState state = m_growth->at(m_imagesShown);
    const Growth growth{state.level, state.alpha};
    setGrowth(*m_g, growth);
    setGrowth(*m_gEma, growth);
    setGrowth(*m_d, growth);
    if (m_lastGrowth && GrowthSchedule::resetsOptimizer(*m_lastGrowth, state))
        makeOptimizers(); // the reference resets Adam whenever the resolution changes
    m_lastGrowth = state;
    m_lastGrowthAt = m_imagesShown;
    return state;
}

void Trainer::setData(torch::Tensor images, torch::Tensor labels) {
    if (images.dim() != 4 || images.size(1) != m_spec.channels ||
        images.size(2) != m_spec.resolution)
        throw Error(ErrorKind::Training, {}, message(MessageCode::ImagesDoNotMatchModel));
    if (m_spec.numClasses > 0 && !labels.defined())
        throw Error(ErrorKind::Training, {}, message(MessageCode::ConditionalModelNeedsLabels));
    m_images = images.to(m_device);
    m_labels = labels.defined() ? labels.to(m_device) : labels;
    m_hostImages = std::move(images);
    m_hostLabels = std::move(labels);
    m_diversity->forgetReals();
    if (m_order.defined() && m_order.size(0) != m_images.size(0))
        throw Error(ErrorKind::Training, {}, message(MessageCode::DatasetSizeChanged));
}

void Trainer::setProcessGroup(std::shared_ptr<dist::ProcessGroup> group) {
    m_group = std::move(group);
    m_rankSum.reset();
    if (m_group && m_group->worldSize() > 1 && m_config.syncBatchNorm)
        m_rankSum = std::make_unique<dist::GroupRankSum>(*m_group);
}

dist::BatchShare Trainer::share(std::int64_t b) const {
    return m_group ? m_group->shareOf(b) : dist::BatchShare{0, b, b};
}

nn::BatchRandom Trainer::batchRandom(const dist::BatchShare& mine) {
    return m_group ? nn::BatchRandom(m_rng, mine.offset, mine.total) : nn::BatchRandom(m_rng);
}

// Every rank draws the whole batch's indices from the shared permutation and takes its slice.
std::pair<torch::Tensor, torch::Tensor> Trainer::nextBatch(const dist::BatchShare& mine) {
    const std::int64_t n = m_images.size(0), b = mine.total;
    torch::Tensor index;
    if (n < b) { // tiny datasets: draw with replacement
        index = torch::randint(0, n, {b}, m_rng, torch::kLong)
                    .narrow(0, mine.offset, mine.size)
                    .to(m_device);
    } else {
        if (!m_order.defined() || m_cursor + b > n) {
            m_order = torch::randperm(n, m_rng, torch::kLong);
            m_cursor = 0;
        }
        const auto first = m_cursor + mine.offset;
        index = m_order.slice(0, first, first + mine.size).to(m_device);
        m_cursor += b;
    }
    auto real = m_images.index_select(0, index).to(torch::kFloat).div_(127.5).sub_(1.0);
    torch::Tensor labels = m_labels.defined() && m_spec.numClasses > 0
                               ? m_labels.index_select(0, index)
                               : torch::Tensor();
    return {real, labels};
}

torch::Tensor Trainer::randomLabels(const dist::BatchShare& mine) {
    if (m_spec.numClasses == 0)
        return {};
    return batchRandom(mine).integers(0, m_spec.numClasses, {mine.size}).to(m_device);
}

torch::Tensor Trainer::latent(const dist::BatchShare& mine) {
    // Drawn on the CPU from the run's generator: the same z on every device (and, sliced, on
    // every rank).
    return sampleLatent(mine.total, m_spec.latentDim, 0, m_rng)
        .narrow(0, mine.offset, mine.size)
        .to(m_device);
}

torch::Tensor Trainer::weighted(const torch::Tensor& loss, const dist::BatchShare& mine) const {
    return m_group ? loss * mine.weight() : loss;
}

void Trainer::reduceGradients(const std::vector<torch::Tensor>& parameters) {
    if (!m_group)
        return;
    std::vector<torch::Tensor> grads;
    for (const auto& p : parameters)
        if (p.grad().defined()) // the same on every rank: the same graph ran everywhere
            grads.push_back(p.grad());
    m_group->allReduceSum(grads);
}

void Trainer::reduceStats(StepStats& stats, const dist::BatchShare& mine, double computeMs,
                          double& signSum, double& signCount) {
    if (!m_group)
        return;
    // [loss_d, loss_g, r_t's Σ sign and count, terms…, each rank's ms]: weighted means of the
    // losses, sums of the signs, one ms slot a rank.
    const double w = mine.weight();
    std::vector<double> values{stats.lossD * w, stats.lossG * w, signSum, signCount};
    for (const auto& [key, value] : stats.lossTerms)
        values.push_back(value * w);
    const std::size_t ranksAt = values.size();
    values.resize(ranksAt + m_group->worldSize(), 0.0);
    values[ranksAt + m_group->rank()] = computeMs;
    auto packed = torch::tensor(values, torch::kDouble);
    m_group->allReduceSum({packed}, /*counted=*/false);
    const auto* v = packed.data_ptr<double>();
    stats.lossD = v[0];
    stats.lossG = v[1];
    signSum = v[2];
    signCount = v[3];
    std::size_t i = 4;
    for (auto& [key, value] : stats.lossTerms)
        value = v[i++];
    stats.rankStepMs.assign(v + ranksAt, v + ranksAt + m_group->worldSize());
}

std::vector<std::pair<std::string, torch::Tensor>> Trainer::stateTensors() const {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    const auto addModule = [&](const std::string& prefix, torch::nn::Module& m) {
        for (const auto& p : m.named_parameters())
            out.emplace_back(prefix + "." + p.key(), p.value());
        for (const auto& b : m.named_buffers())
            out.emplace_back(prefix + "." + b.key(), b.value());
    };
    addModule("G", *m_g);
    addModule("D", *m_d);
    addModule("G_ema", *m_gEma);
    for (auto& [name, tensor] : frozenTensors(*m_d)) // a TorchScript feature network's too
        if (name.rfind("script.", 0) == 0)
            out.emplace_back("D." + name, tensor);
    const auto addOptimizer = [&](const std::string& prefix, const torch::optim::Adam& opt) {
        int i = 0; // in parameter order (the state map's own order is a hash's)
        for (const auto& group : opt.param_groups())
            for (const auto& p : group.params()) {
                const auto found = opt.state().find(c10::guts::to_string(p.unsafeGetTensorImpl()));
                const auto name = prefix + "." + std::to_string(i++);
                if (found == opt.state().end())
                    continue;
                const auto& s = static_cast<const torch::optim::AdamParamState&>(*found->second);
                out.emplace_back(name + ".exp_avg", s.exp_avg());
                out.emplace_back(name + ".exp_avg_sq", s.exp_avg_sq());
                if (s.max_exp_avg_sq().defined())
                    out.emplace_back(name + ".max_exp_avg_sq", s.max_exp_avg_sq());
            }
    };
    addOptimizer("opt_G", *m_optG);
    addOptimizer("opt_D", *m_optD);
    return out;
}

torch::Tensor Trainer::augment(const torch::Tensor& images, const nn::BatchRandom& random) {
    switch (m_config.augment.mode) {
    case AugmentMode::DiffAugment:
        return nn::diffAugment(images, m_diffAugment, random);
    case AugmentMode::Ada:
        return nn::adaAugment(images, m_adaOps, m_ada.p(), random);
    case AugmentMode::None:
        break;
    }
    return images;
}

void Trainer::setDiscriminatorTrainable(bool on) {
    for (auto& p : m_dTrainable)
        p.set_requires_grad(on);
}

StepStats Trainer::step() {
    if (!hasData())
        throw Error(ErrorKind::Training, {}, message(MessageCode::NoTrainingData));
    const auto started = std::chrono::steady_clock::now();
    if (m_injectNanAt == m_step + 1)
        for (const auto& layer : m_health->layers())
            if (layer.key == "g_first") {
                torch::NoGradGuard guard;
                layer.weight.fill_(std::numeric_limits<float>::quiet_NaN());
            }
    const std::optional<GrowthState> growth =
        m_growth ? std::optional<GrowthState>(applyGrowth()) : std::nullopt;
    const std::int64_t b = growth ? growth->batchSize : m_config.batchSize; // the global batch
    const dist::BatchShare mine = share(b);
    const double reducedBefore = m_group ? m_group->traffic().allReduceSeconds : 0.0;
    if (m_group)
        m_group->setStep(m_step + 1);
    m_g->train();
    m_d->train();
    StepStats stats;
    LossTerms dTerms, gTerms;
    {
        const nn::CrossRankScope syncBatchNorm(m_rankSum.get()); // null unless sync_bn
        dTerms = discriminatorPhase(mine, growth, stats);
        gTerms = generatorPhase(mine, stats);
    }
    if (!m_group || m_group->rank() == 0) // the EMA generator is rank 0's alone
        updateEma();
    ++m_step;

    stats.lossD = dTerms.total.item<double>();
    stats.lossG = gTerms.total.item<double>();
    stats.lossTerms = dTerms.parts;
    for (const auto& [k, v] : gTerms.parts)
        stats.lossTerms[k] = v;
    auto [signSum, signCount] = m_ada.takeStep();
    if (m_group) {
        stats.allReduceMs = (m_group->traffic().allReduceSeconds - reducedBefore) * 1000.0;
        const double computeMs =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                .count() -
            stats.allReduceMs;
        reduceStats(stats, mine, computeMs, signSum, signCount);
    }
    m_ada.addStep(signSum, signCount); // over every process: the same sums on each
    adjustAugmentation(stats);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    m_elapsed += seconds;
    stats.step = m_step;
    stats.stepMs = seconds * 1000.0;
    stats.imagesPerSec = seconds > 0 ? double(b * m_config.criticSteps) / seconds : 0;
    stats.elapsedSec = m_elapsed;
    if (growth) {
        stats.growth = *growth;
        stats.growth->imagesShown = m_imagesShown;
    }
    checkHealth(stats);
    return stats;
}

LossTerms Trainer::discriminatorPhase(const dist::BatchShare& mine,
                                      const std::optional<GrowthState>& growth, StepStats& stats) {
    LossTerms dTerms;
    for (int k = 0; k < m_config.criticSteps; ++k) {
        auto [real, labels] = nextBatch(mine);
        if (growth)
            real = fadeReals(real, *growth);
        torch::Tensor fake;
        {
            torch::NoGradGuard guard;
            fake = generateIn(m_config.precision, m_device, *m_g, latent(mine), labels);
        }
        m_optD->zero_grad();
        const nn::BatchRandom random = batchRandom(mine);
        // Drawn fake first: the order GCC gave the two calls when they were arguments, which
        // checkpoints of DiffAugment runs from before carry on from.
        const auto fakeSeen = augment(fake, random);
        const auto realSeen = augment(real, random);
        dTerms = m_loss->discriminatorLoss(*m_dView, realSeen, fakeSeen, labels, random);
        if (m_aux)
            addAuxClassifierLossD(dTerms, labels, labels, *m_aux);
        m_ada.observe(dTerms.realLogits, mine.total);
        m_scaleD.scaled(weighted(dTerms.total, mine)).backward();
        reduceGradients(m_dTrainable);
        const bool finite = m_scaleD.unscaleAndCheck(m_dTrainable);
        stats.gradNormD = gradientNorm(*m_d);
        if (m_config.gradClip > 0)
            torch::nn::utils::clip_grad_norm_(m_dTrainable, m_config.gradClip);
        if (finite) // fp16: a step with overflowing gradients is skipped (the scale backs off)
            m_optD->step();
        m_imagesShown += mine.total;
    }
    return dTerms;
}

LossTerms Trainer::generatorPhase(const dist::BatchShare& mine, StepStats& stats) {
    setDiscriminatorTrainable(false);
    m_optG->zero_grad();
    const auto labels = randomLabels(mine);
    const auto fake = generateIn(m_config.precision, m_device, *m_g, latent(mine), labels);
    auto gTerms = m_loss->generatorLoss(*m_dView, augment(fake, batchRandom(mine)), labels);
    if (m_aux)
        addAuxClassifierLossG(gTerms, labels, *m_aux);
    m_scaleG.scaled(weighted(gTerms.total, mine)).backward();
    reduceGradients(m_g->parameters());
    const bool finite = m_scaleG.unscaleAndCheck(m_g->parameters());
    if (m_config.orthoReg > 0)
        gTerms.parts["ortho"] = addOrthogonalGradient(*m_g, m_config.orthoReg, {"shared"});
    stats.gradNormG = gradientNorm(*m_g);
    if (m_config.gradClip > 0)
        torch::nn::utils::clip_grad_norm_(m_g->parameters(), m_config.gradClip);
    if (finite)
        m_optG->step();
    setDiscriminatorTrainable(true);
    return gTerms;
}

// r_t on every interval's last step (over all ranks' logits) and, with ADA, p after it.
void Trainer::adjustAugmentation(StepStats& stats) {
    const auto rt = m_ada.adjust(m_step);
    if (rt || m_config.augment.mode == AugmentMode::Ada)
        stats.augment = AugmentReading{m_config.augment.mode == AugmentMode::Ada
                                           ? std::optional<double>(m_ada.p())
                                           : std::nullopt,
                                       rt};
}

// The collapse guard: non-finite losses now, and the health reading on its schedule (or at once
// when the losses already tripped it).
void Trainer::checkHealth(StepStats& stats) {
    if (!std::isfinite(stats.lossD) || !std::isfinite(stats.lossG))
        stats.collapse = message(MessageCode::NonFiniteLoss, stats.lossD, stats.lossG);
    if (m_group && m_group->rank() != 0)
        return; // rank 0 reads the health and stops the others
    if (m_config.healthEvery > 0 && (m_step % m_config.healthEvery == 0 || stats.collapse)) {
        stats.health.emplace();
        if (auto problem = m_health->measure(*stats.health); problem && !stats.collapse)
            stats.collapse = *problem;
        if (!stats.collapse)
            watchDiversity(stats);
    }
}

// Mode collapse: the EMA generator's fixed batch against the reals — a warning, never a stop, and
// raised by modeCollapseSince over the run's readings (api/metrics_history.h: not while a fresh
// generator has yet to learn to vary).
void Trainer::watchDiversity(StepStats& stats) {
    const auto diversity = m_diversity->measure(*m_gEma, m_images, m_device, stats.growth);
    stats.health->diversity = diversity;
    if (!diversity)
        return;
    m_diversitySteps.push_back(static_cast<double>(m_step));
    m_diversityValues.push_back(*diversity);
    const ModeCollapseRule rule = modeCollapseRule(m_config);
    if (modeCollapseSince(m_diversitySteps, m_diversityValues, rule)) {
        char ratio[32];
        std::snprintf(ratio, sizeof ratio, "%.2f", *diversity);
        stats.modeCollapse = message(MessageCode::ModeCollapse, m_step, ratio, rule.threshold);
    }
}

void Trainer::recallDiversity(std::vector<double> steps, std::vector<double> values) {
    m_diversitySteps = std::move(steps);
    m_diversityValues = std::move(values);
}

void Trainer::updateEma() {
    // Warm-up: early in training the average follows G closely (β_eff = min(β, (1+t)/(10+t))).
    const double t = static_cast<double>(m_step);
    const double beta = std::min(m_config.emaBeta, (1.0 + t) / (10.0 + t));
    torch::NoGradGuard guard;
    const auto src = m_g->named_parameters();
    auto dst = m_gEma->named_parameters();
    for (const auto& item : src)
        dst[item.key()].lerp_(item.value(), 1.0 - beta);
    const auto srcB = m_g->named_buffers();
    auto dstB = m_gEma->named_buffers();
    for (const auto& item : srcB)
        dstB[item.key()].copy_(item.value());
}

} // namespace ganlab
