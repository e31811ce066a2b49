// TrainConfig: every setting of a training run as plain, typed values. What each one means, its
// range and its config.json key are declared once, in the settings table (api/settings.h).
#pragma once

#include "feature_spec.h"
#include "growth_schedule.h"
#include "metric_result.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace ganlab {

enum class FitMode { CenterCrop, Pad };

// How a class-conditional G sees the class (Transferring GANs §4): one-hot input columns (and
// planes on D's input), or a batch-norm scale and offset per class.
enum class Conditioning { Concat, ClassBatchNorm };

// The arithmetic of a training step's forward passes: fp32; bf16 autocast (weights, optimiser
// state, losses and metrics stay fp32); fp16 autocast with dynamic loss scaling (CUDA only).
enum class Precision { Fp32, Bf16, Fp16 };

// The discriminator: the model family's own, or Projected GAN's on frozen features (SEEDS §4).
enum class DiscriminatorKind { Own, Projected };

// What D sees of every image it judges, real or fake, in both phases and inside the gradient
// penalty (limited data): the images as they are; DiffAugment's fixed policy (Zhao et al. 2020,
// SEEDS §4); or StyleGAN2-ADA's pipeline (Karras et al. 2020) with its probability p tuned from
// D's overfitting r_t = E[sign(D(real))] toward a target.
enum class AugmentMode { None, DiffAugment, Ada };
struct AugmentSettings {
    AugmentMode mode = AugmentMode::None;
    // DiffAugment: color, translation, cutout. ADA: groups blit, geom, color or single operations
    // (xflip, rotate90, xint, scale, rotate, aniso, xfrac, brightness, contrast, lumaflip, hue,
    // saturation); empty = blit,geom,color.
    std::vector<std::string> ops;
    double adaTarget = 0.6;               // the r_t that p is tuned toward
    double adaP = 0;                      // a fixed p instead (0 = adaptive)
    std::int64_t adaSpeedImages = 100000; // real images over which p may move by 1
    int adaInterval = 4;                  // steps between adjustments of p
    bool adaptive() const { return mode == AugmentMode::Ada && adaP <= 0; }
};

// Where a run's weights start (Transferring GANs, SEEDS §1): from scratch, or from a source run
// folder or checkpoint with G and/or D copied. Optimisers always start fresh and the EMA G starts
// from the loaded G; see core/transfer for the mapping and its adaptations.
struct TransferSettings {
    std::string source;        // run folder or checkpoint file; "" = from scratch
    bool generator = true;     // copy the source's G
    bool discriminator = true; // copy the source's D
    bool active() const { return !source.empty() && (generator || discriminator); }
};

struct TrainConfig {
    // What to train on.
    std::string dataPath;
    int resolution = 32;
    int channels = 0; // 1 or 3: images are converted on import; 0 = from the dataset
    FitMode fit = FitMode::CenterCrop;
    std::array<int, 3> background{255, 255, 255}; // RGBA inputs are composited on this colour
    double validationFraction = 0.1;
    std::vector<std::string> classes; // train on these classes only (empty = all)
    std::int64_t maxImages = 0;       // at most this many images, class-stratified (0 = all)

    // What to train.
    std::string preset = "cpu-quick";
    std::string model = "dcgan";
    std::string loss = "nonsaturating";
    bool conditional = false; // class-conditional (needs a labelled dataset)
    Conditioning conditioning = Conditioning::Concat;
    int latentDim = 64;
    double width = 0.5; // channel multiplier of the model family's reference widths
    DiscriminatorKind discriminator = DiscriminatorKind::Own;
    FeatureSpec projectedFeatures{FeatureSource::RunClassifier, {}};
    AugmentSettings augment;    // what D sees: none, DiffAugment or ADA
    bool auxClassifier = false; // AC-GAN head on D (SEEDS §2); needs conditional
    double auxWeight = 1.0;
    bool auxFakeInD = true; // D's class loss on fakes too (false: real only, as Transferring GANs)
    double orthoReg = 0;    // BigGAN's orthogonal regularisation β on G (SEEDS §5); 0 = off
    double driftWeight = 0; // PG-GAN's drift ε·E[D(x)²] with wgan-gp (SEEDS §3); 0 = off
    GrowthSettings growth;  // progressive families (pggan)
    int mbstdGroup = 4;     // pggan: minibatch-stddev group size (1: per image, no batch statistic)
    TransferSettings transfer;

    // How to train.
    int batchSize = 64;
    int criticSteps = 1; // D steps per G step
    double lrG = 2e-4;
    double lrD = 2e-4;
    double beta1 = 0.5;
    double beta2 = 0.999;
    double gpWeight = 10.0;
    double emaBeta = 0.999;
    double gradClip = 0;       // each network's gradient norm is clipped to this (0 = off)
    std::int64_t steps = 2000; // G steps
    std::uint64_t seed = 1;

    // Where and how to compute.
    std::string device = "auto"; // auto (the first CUDA device, else the CPU) | cpu | cuda[:N]
    Precision precision = Precision::Fp32;
    // Several processes (data-parallel): BatchNorm statistics over the global batch instead of each
    // rank's share (SyncBatchNorm). One process: no effect.
    bool syncBatchNorm = false;

    // What to write.
    int sampleEvery = 200;
    int checkpointEvery = 500;
    int keepCheckpoints = 3;
    int logEvery = 10;

    // How to evaluate during training (between steps, cancellable).
    int evalEvery = 0;           // steps; 0 = never
    double evalEveryMinutes = 0; // of training time; 0 = never (either schedule may be used)
    EvalSettings eval;           // metrics, feature network, sample count
    double evalBudget = 0.1;     // evaluation may take at most this share of training time

    // Health: singular values every N steps (0 = never) and the collapse guard's σ0 factor.
    int healthEvery = 10;
    double collapseFactor = 10.0; // 0 = only non-finite values trip the guard
    // On the same steps the samples' diversity against the reals'; below this share the run warns
    // of mode collapse (a warning: training goes on). 0 = measured, never flagged.
    double modeCollapseBelow = 0.3;
};

} // namespace ganlab
