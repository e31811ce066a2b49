// Non-saturating GAN loss (Goodfellow et al. 2014), BCE on logits:
// L_D = softplus(−D(x)) + softplus(D(G(z))); L_G = softplus(−D(G(z))).
#include "losses/gan_loss.h"

namespace ganlab {
namespace {

class NonSaturatingLoss : public GanLoss {
public:
    LossTerms discriminatorLoss(DiscriminatorImpl& d, const torch::Tensor& real,
                                const torch::Tensor& fake, const torch::Tensor& labels,
                                const nn::BatchRandom&) const override {
        const auto outReal = d.evaluate(real, labels), outFake = d.evaluate(fake, labels);
        const auto &dReal = outReal.logits, &dFake = outFake.logits;
        LossTerms t;
        t.realClassLogits = outReal.classLogits;
        t.realLogits = outReal.logits.detach();
        t.fakeClassLogits = outFake.classLogits;
        t.total = torch::softplus(-dReal).mean() + torch::softplus(dFake).mean();
        t.parts = {{"d_real", dReal.mean().item<double>()},
                   {"d_fake", dFake.mean().item<double>()}};
        return t;
    }

    LossTerms generatorLoss(DiscriminatorImpl& d, const torch::Tensor& fake,
                            const torch::Tensor& labels) const override {
        const auto out = d.evaluate(fake, labels);
        return {torch::softplus(-out.logits).mean(), {}, {}, out.classLogits, {}};
    }
};

GANLAB_REGISTER_LOSS({.name = "nonsaturating",
                      .description = "non-saturating logistic loss (DCGAN's objective)",
                      .perSampleCritic = false,
                      .make = [](const TrainConfig&) -> std::unique_ptr<GanLoss> {
                          return std::make_unique<NonSaturatingLoss>();
                      }});

} // namespace
} // namespace ganlab
