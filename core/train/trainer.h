// Trainer: one GAN's models, optimisers, EMA generator, data cursor and random state — the loop
// (phases D then G, EMA, statistics). Checkpoint I/O of this state lives in checkpoint.cpp.
#pragma once

#include "api/step_stats.h"
#include "api/train_config.h"
#include "losses/gan_loss.h"
#include "models/gan_model.h"

#include <memory>

namespace ganlab {

class Trainer {
public:
    // Builds G, D, EMA G and both Adam optimisers; weights drawn from the config's seed.
    Trainer(const TrainConfig& config, int channels, int numClasses);

    // Training images (uint8 [N,C,R,R]) and labels (int64 [N], or undefined when unlabelled).
    void setData(torch::Tensor images, torch::Tensor labels);
    bool hasData() const { return m_images.defined(); }
    const torch::Tensor& images() const { return m_images; }
    const torch::Tensor& labels() const { return m_labels; }

    // One G step with its configured D steps; updates the EMA generator.
    StepStats step();

    std::int64_t stepCount() const { return m_step; }
    double elapsedSeconds() const { return m_elapsed; }
    const ModelSpec& spec() const { return m_spec; }
    const TrainConfig& config() const { return m_config; }
    GeneratorImpl& generator() { return *m_g; }
    GeneratorImpl& emaGenerator() { return *m_gEma; }
    DiscriminatorImpl& discriminator() { return *m_d; }

    // Atomic, verified checkpoint of the whole state; refuses non-finite weights (throws Error).
    void saveCheckpoint(const std::string& path) const;
    // Restores the whole state; throws Error naming the file and the first problem.
    void loadCheckpoint(const std::string& path);
    static constexpr std::int64_t kCheckpointVersion = 1;

private:
    std::pair<torch::Tensor, torch::Tensor> nextBatch();
    torch::Tensor randomLabels(std::int64_t n);
    void updateEma();

    TrainConfig m_config;
    ModelSpec m_spec;
    GeneratorPtr m_g, m_gEma;
    DiscriminatorPtr m_d;
    std::unique_ptr<torch::optim::Adam> m_optG, m_optD;
    std::unique_ptr<GanLoss> m_loss;
    at::Generator m_rng;
    torch::Tensor m_images, m_labels, m_order; // data, labels, current epoch's permutation
    std::int64_t m_cursor = 0;
    std::int64_t m_step = 0;
    double m_elapsed = 0;
};

// Global L2 norm of a module's parameter gradients.
double gradientNorm(torch::nn::Module& module);
// Copies every parameter and buffer of `from` into the same-named tensors of `to`.
void copyModuleState(torch::nn::Module& from, torch::nn::Module& to);
// True when every parameter and buffer is finite.
bool allFinite(torch::nn::Module& module);

} // namespace ganlab
