// GanLoss: how one objective runs D and G for a phase (the loss knows the maths; the trainer the
// loop).
#pragma once

#include "api/train_config.h"
#include "models/gan_model.h"
#include "nn/batch_random.h"
#include "util/registry_macros.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ganlab {

struct LossTerms {
    torch::Tensor total;                 // what is back-propagated
    std::map<std::string, double> parts; // reported terms ("d_real", "d_fake", "gp", …)
    // An AC-GAN head's class logits from the same D passes (undefined without a head), so the
    // auxiliary term needs no extra forward.
    torch::Tensor realClassLogits, fakeClassLogits;
    // D's real/fake logits on the real batch (detached): ADA's overfitting reading.
    torch::Tensor realLogits;
};

class GanLoss {
public:
    virtual ~GanLoss() = default;
    // D's loss on a real batch and a (detached) fake batch; rng drives any sampling (e.g. GP
    // mixing).
    virtual LossTerms discriminatorLoss(DiscriminatorImpl& d, const torch::Tensor& real,
                                        const torch::Tensor& fake, const torch::Tensor& labels,
                                        const nn::BatchRandom& rng) const = 0;
    // G's loss on its fakes (gradients flow into G through D).
    virtual LossTerms generatorLoss(DiscriminatorImpl& d, const torch::Tensor& fake,
                                    const torch::Tensor& labels) const = 0;
};

struct LossFamily {
    std::string name;
    std::string description;
    bool perSampleCritic = false; // D must not couple samples (no BatchNorm)
    bool gradientPenalty = false; // uses gp_weight and drift_weight (WGAN-GP)
    std::function<std::unique_ptr<GanLoss>(const TrainConfig&)> make;
};

bool registerLoss(LossFamily family);
const std::vector<LossFamily>& lossFamilies();
const LossFamily& findLoss(const std::string& name);

} // namespace ganlab

#define GANLAB_REGISTER_LOSS(...)                                                                  \
    static const bool GANLAB_CONCAT(kGanlabLossRegistered_, __LINE__) =                            \
        ::ganlab::registerLoss(__VA_ARGS__)
