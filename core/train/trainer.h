// Trainer: one GAN's models, optimisers, EMA generator, data cursor and random state — the loop
// (phases D then G, EMA, growth, regularisers, health). Checkpoint I/O lives in checkpoint.cpp.
#pragma once

#include "api/growth_schedule.h"
#include "api/step_stats.h"
#include "api/train_config.h"
#include "dist/process_group.h"
#include "losses/aux_classifier.h"
#include "losses/gan_loss.h"
#include "models/gan_model.h"
#include "nn/ada_augment.h"
#include "nn/batch_norm.h"
#include "nn/batch_random.h"
#include "train/ada_tuner.h"
#include "train/autocast_models.h"
#include "train/compute_device.h"
#include "train/diversity_watch.h"
#include "train/health_monitor.h"

#include <memory>
#include <optional>

namespace ganlab {

class Trainer {
public:
    // Builds G, D, EMA G and both Adam optimisers; weights drawn from the config's seed. A
    // projected D with "classifier" features needs them resolved to "classifier:FILE" first.
    Trainer(const TrainConfig& config, int channels, int numClasses);

    // Training images (uint8 [N,C,R,R]) and labels (int64 [N], or undefined when unlabelled),
    // kept on the run's device.
    void setData(torch::Tensor images, torch::Tensor labels);
    bool hasData() const { return m_images.defined(); }
    // As given (on the CPU); the trainer's copies on its device are private.
    const torch::Tensor& images() const { return m_hostImages; }
    const torch::Tensor& labels() const { return m_hostLabels; }

    // One G step with its configured D steps; updates the EMA generator. stats.collapse says
    // when the health guard tripped (the step's state is then not to be trusted).
    StepStats step();

    std::int64_t stepCount() const { return m_step; }
    double elapsedSeconds() const { return m_elapsed; }
    std::int64_t imagesShown() const { return m_imagesShown; }
    const ModelSpec& spec() const { return m_spec; }
    // Where every model, optimiser, batch and the EMA generator live (the config's device).
    const torch::Device& device() const { return m_device; }
    // Every parameter, buffer and optimiser tensor, by name ("G.body.0.weight", "opt_D.3.exp_avg"):
    // what the device audit checks.
    std::vector<std::pair<std::string, torch::Tensor>> stateTensors() const;
    const TrainConfig& config() const { return m_config; }
    GeneratorImpl& generator() { return *m_g; }
    GeneratorImpl& emaGenerator() { return *m_gEma; }
    DiscriminatorImpl& discriminator() { return *m_d; }
    // The growth timeline of a progressive family (nothing otherwise) and where training is on it.
    const std::optional<GrowthSchedule>& growthSchedule() const { return m_growth; }
    std::optional<GrowthState> growthState() const;
    HealthMonitor& health() { return *m_health; }
    DiversityWatch& diversity() { return *m_diversity; }
    // A resumed run's diversity readings up to its step (metrics.jsonl): the mode-collapse flag
    // goes on from them (api/metrics_history.h's rule) as if training had never stopped.
    void recallDiversity(std::vector<double> steps, std::vector<double> values);
    // ADA's probability in force (0 without ADA).
    double augmentP() const { return m_ada.p(); }
    // [p, r_t's Σ sign and count, images] as checkpoints keep it.
    torch::Tensor augmentState() const { return m_ada.state(); }
    // What D sees of an image batch (nothing changes without augmentation); draws from `random`.
    torch::Tensor augment(const torch::Tensor& images, const nn::BatchRandom& random);

    // Fault injection for the collapse guard's tests and --debug-inject-nan: G's first watched
    // weight becomes NaN before the given step runs.
    void injectNanAtStep(std::int64_t step) { m_injectNanAt = step; }

    // Several processes: from now on each step trains this rank's share of the global batch —
    // data, latents and every per-image random draw sliced from the whole batch's, gradients (and
    // with sync_bn the BatchNorm statistics) summed across ranks — so N ranks train as one process
    // with the whole batch would. The EMA and health readings are rank 0's. nullptr: one process.
    void setProcessGroup(std::shared_ptr<dist::ProcessGroup> group);

    // Atomic, verified checkpoint of the whole state; refuses non-finite weights (throws Error).
    void saveCheckpoint(const std::string& path) const;
    // Restores the whole state; throws Error naming the file and the first problem.
    void loadCheckpoint(const std::string& path);
    // The whole state as a checkpoint holds it, in memory, and back (`source` names it in errors):
    // what rank 0 sends the other ranks.
    std::string stateBytes() const;
    void loadStateBytes(const std::string& bytes, const std::string& source);
    // How many processes trained the state last loaded (1 for checkpoints from before).
    int loadedWorldSize() const { return m_loadedWorldSize; }
    static constexpr std::int64_t kCheckpointVersion = 2; // 2: images_shown (growth position)
    // FNV-1a of G's, D's and the EMA G's parameters and buffers: written with a checkpoint and
    // compared after loading one.
    std::uint64_t weightsChecksum() const;

private:
    void writeState(torch::serialize::OutputArchive& root) const;
    void readState(torch::serialize::InputArchive& root, const std::string& path);
    // This rank's share of a global batch of b (all of it in one process).
    dist::BatchShare share(std::int64_t b) const;
    nn::BatchRandom batchRandom(const dist::BatchShare& mine);
    std::pair<torch::Tensor, torch::Tensor> nextBatch(const dist::BatchShare& mine);
    torch::Tensor randomLabels(const dist::BatchShare& mine);
    torch::Tensor latent(const dist::BatchShare& mine);
    // Several processes: the loss this rank back-propagates (its share's weight in the global
    // mean), the gradients summed across ranks, and the step's figures averaged over them (r_t's
    // sign sums added up).
    torch::Tensor weighted(const torch::Tensor& loss, const dist::BatchShare& mine) const;
    void reduceGradients(const std::vector<torch::Tensor>& parameters);
    void reduceStats(StepStats& stats, const dist::BatchShare& mine, double computeMs,
                     double& signSum, double& signCount);
    GrowthState applyGrowth();
    void makeOptimizers();
    // One step's phases: the D steps (returning the last one's terms), then G's.
    LossTerms discriminatorPhase(const dist::BatchShare& mine,
                                 const std::optional<GrowthState>& growth, StepStats& stats);
    LossTerms generatorPhase(const dist::BatchShare& mine, StepStats& stats);
    void checkHealth(StepStats& stats);
    void watchDiversity(StepStats& stats);
    void adjustAugmentation(StepStats& stats);
    void updateEma();
    void setDiscriminatorTrainable(bool on);

    TrainConfig m_config;
    torch::Device m_device;
    ModelSpec m_spec;
    GeneratorPtr m_g, m_gEma;
    DiscriminatorPtr m_d;
    std::vector<torch::Tensor> m_dTrainable; // D's parameters that learn (a projected D has frozen)
    std::unique_ptr<torch::optim::Adam> m_optG, m_optD;
    std::unique_ptr<AutocastDiscriminator> m_dView; // D as the losses see it (the precision)
    LossScaler m_scaleD, m_scaleG;                  // fp16 only; identities otherwise
    std::unique_ptr<GanLoss> m_loss;
    std::optional<AuxClassifierSettings> m_aux;
    std::vector<std::string> m_diffAugment; // DiffAugment's operations
    nn::AdaOps m_adaOps;                    // ADA's
    AdaTuner m_ada;                         // r_t in every run; p with ADA
    std::optional<GrowthSchedule> m_growth;
    std::optional<GrowthState> m_lastGrowth;
    std::int64_t m_lastGrowthAt = 0; // images shown when m_lastGrowth was applied
    std::unique_ptr<HealthMonitor> m_health;
    std::unique_ptr<DiversityWatch> m_diversity; // on health steps, with its own random draws
    std::vector<double> m_diversitySteps, m_diversityValues; // its readings, for the flag
    at::Generator m_rng;
    torch::Tensor m_images, m_labels, m_order; // data, labels (on the device), epoch's permutation
    torch::Tensor m_hostImages, m_hostLabels;
    std::int64_t m_cursor = 0;
    std::int64_t m_step = 0;
    std::int64_t m_imagesShown = 0;
    std::int64_t m_injectNanAt = -1;
    double m_elapsed = 0;
    std::shared_ptr<dist::ProcessGroup> m_group; // several processes; null in one
    std::unique_ptr<nn::CrossRankSum> m_rankSum; // sync_bn across them
    int m_loadedWorldSize = 1;
};

// Global L2 norm of a module's parameter gradients.
double gradientNorm(torch::nn::Module& module);
// Copies every parameter and buffer of `from` into the same-named tensors of `to`.
void copyModuleState(torch::nn::Module& from, torch::nn::Module& to);
// True when every parameter and buffer is finite.
bool allFinite(torch::nn::Module& module);
// PG-GAN's real-image processing at a growth state: images at the active level's resolution,
// blended with their ×2 average-pooled version by 1 − α during a fade, upsampled back to full size.
torch::Tensor fadeReals(const torch::Tensor& images, const GrowthState& state);

} // namespace ganlab
