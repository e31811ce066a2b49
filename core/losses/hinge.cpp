// Hinge loss (Lim & Ye 2017; Miyato et al. 2018; used by BigGAN and Projected GANs, SEEDS §4–§5):
// L_D = E[relu(1 − D(x))] + E[relu(1 + D(G(z)))]; L_G = −E[D(G(z))].
#include "losses/gan_loss.h"

namespace ganlab {
namespace {

class HingeLoss : public GanLoss {
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
        t.total = torch::relu(1 - dReal).mean() + torch::relu(1 + dFake).mean();
        t.parts = {{"d_real", dReal.mean().item<double>()},
                   {"d_fake", dFake.mean().item<double>()}};
        return t;
    }

    LossTerms generatorLoss(DiscriminatorImpl& d, const torch::Tensor& fake,
                            const torch::Tensor& labels) const override {
        const auto out = d.evaluate(fake, labels);
        return {-out.logits.mean(), {}, {}, out.classLogits, {}};
    }
};

GANLAB_REGISTER_LOSS({.name = "hinge",
                      .description = "hinge loss (as in SN-GAN, BigGAN and Projected GANs)",
                      .perSampleCritic = false,
                      .make = [](const TrainConfig&) -> std::unique_ptr<GanLoss> {
                          return std::make_unique<HingeLoss>();
                      }});

} // namespace
} // namespace ganlab
