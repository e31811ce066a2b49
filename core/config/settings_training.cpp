// Settings table, training: optimisation, what a run writes, evaluation and health.
#include "api/device_name.h"
#include "api/metric_result.h"
#include "api/registry_info.h"
#include "config/setting_declarations.h"

#include <algorithm>

namespace ganlab {
namespace {

std::optional<Message> checkMetricNames(const TrainConfig& c) {
    std::string names;
    for (const auto& m : registeredMetrics())
        names += (names.empty() ? "" : ", ") + m.name;
    for (const auto& m : c.eval.metrics)
        if (!findMetricInfo(m))
            return message(MessageCode::SettingUnknownItem, m, names);
    return std::nullopt;
}

} // namespace

// Batches and Adam.
std::vector<Setting> optimiserSettings() {
    const auto G = SettingGroup::Optimisation;
    return {
        integerSetting("batch_size", GANLAB_FIELD(batchSize))
            .cli("batch", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Batch"))
            .help(GANLAB_TR("Setting", "images per D and per G step"))
            .range(2, 4096),
        integerSetting("critic_steps", GANLAB_FIELD(criticSteps))
            .cli("critic-steps", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "D steps per G step"))
            .help(GANLAB_TR("Setting", "discriminator updates per generator update"))
            .range(1, 100),
        realSetting("lr_g", GANLAB_FIELD(lrG))
            .cli("lr-g", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "Learning rate G"))
            .help(GANLAB_TR("Setting", "G's Adam learning rate"))
            .range(0, 1, true, true),
        realSetting("lr_d", GANLAB_FIELD(lrD))
            .cli("lr-d", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "Learning rate D"))
            .help(GANLAB_TR("Setting", "D's Adam learning rate"))
            .range(0, 1, true, true),
        realSetting("beta1", GANLAB_FIELD(beta1))
            .cli("beta1", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "Adam β1"))
            .help(GANLAB_TR("Setting", "Adam's first-moment decay"))
            .range(0, 1, false, true),
        realSetting("beta2", GANLAB_FIELD(beta2))
            .cli("beta2", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "Adam β2"))
            .help(GANLAB_TR("Setting", "Adam's second-moment decay"))
            .range(0, 1, false, true),
    };
}

// The loss weight, averaging, clipping, length and seed.
std::vector<Setting> scheduleSettings() {
    const auto G = SettingGroup::Optimisation;
    return {
        realSetting("gp_weight", GANLAB_FIELD(gpWeight))
            .cli("gp-weight", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "Gradient penalty λ"))
            .help(GANLAB_TR("Setting", "weight of WGAN-GP's gradient penalty"))
            .atLeast(0)
            .onlyFor(lossHasGradientPenalty, GANLAB_TR("Setting", "wgan-gp")),
        realSetting("ema_beta", GANLAB_FIELD(emaBeta))
            .cli("ema", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "EMA β (G)"))
            .help(GANLAB_TR("Setting", "decay of the generator's moving average"))
            .range(0, 1, false, true),
        realSetting("grad_clip", GANLAB_FIELD(gradClip))
            .cli("grad-clip", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "Clip gradients at"))
            .help(GANLAB_TR("Setting", "the largest L2 norm of D's and of G's gradients before "
                                       "each Adam step (the plots show the norm before clipping)"))
            .range(0, kNoMax, true)
            .zeroMeans(GANLAB_TR("Setting", "no clipping")),
        integerSetting("steps", GANLAB_FIELD(steps))
            .cli("steps", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Steps"))
            .help(GANLAB_TR("Setting", "generator steps"))
            .range(1, 1e9),
        integerSetting("seed", GANLAB_FIELD(seed))
            .cli("seed", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Seed"))
            .help(GANLAB_TR("Setting", "random seed of weights, data order and samples"))
            .range(0, 9.2e18),
    };
}

std::vector<Setting> outputSettings() {
    const auto G = SettingGroup::Output;
    return {
        integerSetting("sample_every", GANLAB_FIELD(sampleEvery))
            .cli("sample-every", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Samples every"))
            .help(GANLAB_TR("Setting", "steps between the fixed-latent sample grids"))
            .range(1, 1e9)
            .zeroMeans(GANLAB_TR("Setting", "never")),
        integerSetting("checkpoint_every", GANLAB_FIELD(checkpointEvery))
            .cli("checkpoint-every", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Checkpoint every"))
            .help(GANLAB_TR("Setting", "steps between checkpoints"))
            .range(1, 1e9)
            .zeroMeans(GANLAB_TR("Setting", "only at the end")),
        integerSetting("keep_checkpoints", GANLAB_FIELD(keepCheckpoints))
            .cli("keep", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Checkpoints kept"))
            .help(GANLAB_TR("Setting", "the newest checkpoints kept"))
            .range(1, 1e6),
        integerSetting("log_every", GANLAB_FIELD(logEvery))
            .cli("log-every", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Log every"))
            .help(GANLAB_TR("Setting", "steps between rows of metrics.jsonl"))
            .range(1, 1e6),
    };
}

std::vector<Setting> evaluationSettings() {
    const auto G = SettingGroup::Evaluation;
    return {
        integerSetting("eval_every", GANLAB_FIELD(evalEvery))
            .cli("eval-every", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Evaluate every"))
            .help(GANLAB_TR("Setting", "steps between evaluations, and one at the end"))
            .range(1, 1e9)
            .zeroMeans(GANLAB_TR("Setting", "never")),
        realSetting("eval_every_minutes", GANLAB_FIELD(evalEveryMinutes))
            .cli("eval-minutes", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "… or every"))
            .unit(GANLAB_TR("Setting", "min"))
            .help(GANLAB_TR("Setting", "minutes of training between evaluations"))
            .atLeast(0)
            .zeroMeans(GANLAB_TR("Setting", "never")),
        textListSetting("eval_metrics", GANLAB_FIELD(eval.metrics))
            .cli("eval-metrics", "LIST")
            .group(G)
            .label(GANLAB_TR("Setting", "Metrics"))
            .help(GANLAB_TR("Setting", "comma-separated metric names, e.g. fd,kid"))
            .check(checkMetricNames),
        featureSetting("eval_features", GANLAB_FIELD(eval.features), FeatureUse::Evaluation)
            .cli("eval-features", "NET")
            .group(G)
            .label(GANLAB_TR("Setting", "Feature network"))
            .help(GANLAB_TR("Setting", "random, classifier (the run's own), classifier:FILE or "
                                       "inception:FILE; every number is named with it")),
        integerSetting("eval_samples", GANLAB_FIELD(eval.samples))
            .cli("eval-samples", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Evaluation samples"))
            .help(GANLAB_TR("Setting", "generated samples (and real images) per metric"))
            .range(10, 100000),
        integerSetting("eval_iw_steps", GANLAB_FIELD(eval.iwSteps))
            .cli("eval-iw-steps", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "IW critic steps"))
            .help(GANLAB_TR("Setting", "the independent critic's fixed budget"))
            .range(1, 100000),
        textSetting("eval_reals", GANLAB_FIELD(eval.reals))
            .cli("eval-reals", "DATA")
            .group(G)
            .emptyMeans(GANLAB_TR("Setting", "the run's training images"))
            .label(GANLAB_TR("Setting", "Evaluation reals"))
            .help(GANLAB_TR("Setting", "the real images evaluations compare with: a dataset, used "
                                       "whole (the run's classes, at its size), e.g. the full set "
                                       "behind a run limited by max_images")),
        integerSetting("eval_seed", GANLAB_FIELD(eval.seed))
            .cli("eval-seed", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Evaluation seed"))
            .help(GANLAB_TR("Setting", "sampling seed of evaluations"))
            .range(1, 9.2e18)
            .zeroMeans(GANLAB_TR("Setting", "from the run's seed and step")),
        realSetting("eval_truncation", GANLAB_FIELD(eval.truncation))
            .cli("eval-truncation", "T")
            .group(G)
            .label(GANLAB_TR("Setting", "Evaluation truncation"))
            .help(GANLAB_TR("Setting", "evaluate samples whose latent entries beyond ±T are "
                                       "redrawn (BigGAN's truncation trick); results are named "
                                       "with it, e.g. FD[random]@t0.5"))
            .range(0.01, 100)
            .zeroMeans(GANLAB_TR("Setting", "none")),
        realSetting("eval_budget", GANLAB_FIELD(evalBudget))
            .cli("eval-budget", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "Evaluation budget"))
            .help(GANLAB_TR("Setting", "the share of training time scheduled evaluations may "
                                       "take (over it they are skipped, the last one never)"))
            .range(0, 1, true),
    };
}

std::vector<Setting> healthSettings() {
    const auto G = SettingGroup::Health;
    return {
        integerSetting("health_every", GANLAB_FIELD(healthEvery))
            .cli("health-every", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Health every"))
            .help(GANLAB_TR("Setting",
                            "steps between singular values of G's and D's first and last layers"))
            .range(1, 1e9)
            .zeroMeans(GANLAB_TR("Setting", "never")),
        realSetting("collapse_factor", GANLAB_FIELD(collapseFactor))
            .cli("collapse-factor", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "Collapse factor"))
            .help(GANLAB_TR("Setting", "trip the guard when σ0 of G's first layer jumps this many "
                                       "times above its running level"))
            .range(1, kNoMax, true)
            .zeroMeans(GANLAB_TR("Setting", "NaN/Inf only")),
        realSetting("mode_collapse_below", GANLAB_FIELD(modeCollapseBelow))
            .cli("mode-collapse-below", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "Mode collapse below"))
            .help(GANLAB_TR("Setting", "flag mode collapse when the samples' diversity (mean "
                                       "pairwise distance of a fixed batch's features) falls "
                                       "below this share of the real images' (a warning: "
                                       "training goes on)"))
            .range(0, 1, true)
            .zeroMeans(GANLAB_TR("Setting", "never flagged")),
    };
}

// Where the run computes and in what precision (core/train/compute_device).
std::vector<Setting> computeSettings() {
    const auto G = SettingGroup::Compute;
    return {
        textSetting("device", GANLAB_FIELD(device))
            .cli("device", "D")
            .group(G)
            .label(GANLAB_TR("Setting", "Device"))
            .help(GANLAB_TR("Setting", "auto (the first CUDA GPU, else the CPU), cpu, cuda or "
                                       "cuda:N; a run may resume on another device"))
            .check([](const TrainConfig& c) -> std::optional<Message> {
                if (!parseDeviceName(c.device))
                    return message(MessageCode::NotADevice, c.device);
                return std::nullopt;
            }),
        choiceSetting<Precision>(
            "precision", GANLAB_FIELD(precision),
            {{Precision::Fp32, "fp32", GANLAB_TR("Setting", "fp32"),
              GANLAB_TR("Setting", "32-bit floats throughout")},
             {Precision::Bf16, "bf16", GANLAB_TR("Setting", "bf16 (mixed)"),
              GANLAB_TR("Setting", "forward passes in bfloat16 (CPUs with AVX-512 BF16 or AMX, "
                                   "recent GPUs); weights, optimiser, losses and metrics in fp32")},
             {Precision::Fp16, "fp16", GANLAB_TR("Setting", "fp16 (mixed, CUDA)"),
              GANLAB_TR("Setting", "forward passes in float16 with dynamic loss scaling; CUDA "
                                   "only")}})
            .cli("precision", "P")
            .group(G)
            .label(GANLAB_TR("Setting", "Precision"))
            .help(GANLAB_TR("Setting", "the arithmetic of the training step's forward passes")),
        flagSetting("sync_bn", GANLAB_FIELD(syncBatchNorm))
            .cli("sync-bn")
            .group(G)
            .label(GANLAB_TR("Setting", "Sync BatchNorm"))
            .help(GANLAB_TR("Setting", "in several processes, BatchNorm statistics over the whole "
                                       "batch rather than each process's share")),
    };
}

} // namespace ganlab
