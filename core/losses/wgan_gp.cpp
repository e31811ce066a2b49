// WGAN-GP (Gulrajani et al., NeurIPS 2017; as used by Transferring GANs, SEEDS §1):
// L_D = E[D(G(z))] − E[D(x)] + λ·E[(‖∇D(x̂)‖₂ − 1)²], α ~ U(0,1) per sample; L_G = −E[D(G(z))].
// With drift_weight ε > 0, PG-GAN's drift term ε·E[D(x)²] keeps the critic near zero (SEEDS §3).
#include "losses/gan_loss.h"
#include "losses/gradient_penalty.h"

namespace ganlab {

torch::Tensor gradientPenalty(DiscriminatorImpl& d, const torch::Tensor& real,
                              const torch::Tensor& fake, const torch::Tensor& labels,
                              const torch::Tensor& alpha) {
    auto mixed = (real + alpha * (fake - real)).detach().requires_grad_(true);
    auto scores = d.forward(mixed, labels);
    auto grads = torch::autograd::grad({scores.sum()}, {mixed}, /*grad_outputs=*/{},
                                       /*retain_graph=*/true, /*create_graph=*/true)[0];
    auto norms = grads.flatten(1).norm(2, 1);
    return (norms - 1).pow(2).mean();
}

namespace {

class WganGpLoss : public GanLoss {
public:
    WganGpLoss(double weight, double drift)
        : m_weight(weight)
        , m_drift(drift) {}

    LossTerms discriminatorLoss(DiscriminatorImpl& d, const torch::Tensor& real,
                                const torch::Tensor& fake, const torch::Tensor& labels,
                                const nn::BatchRandom& rng) const override {
        const auto outReal = d.evaluate(real, labels), outFake = d.evaluate(fake, labels);
        const auto dReal = outReal.logits.mean();
        const auto dFake = outFake.logits.mean();
        const auto alpha = rng.uniform({real.size(0), 1, 1, 1}).to(real.options());
        const auto gp = gradientPenalty(d, real, fake, labels, alpha);
        LossTerms t;
        t.total = dFake - dReal + m_weight * gp;
        t.parts = {{"d_real", dReal.item<double>()},
                   {"d_fake", dFake.item<double>()},
                   {"gp", gp.item<double>()},
                   {"wasserstein", (dReal - dFake).item<double>()}};
        if (m_drift > 0) {
            const auto drift = outReal.logits.pow(2).mean();
            t.total = t.total + m_drift * drift;
            t.parts["drift"] = drift.item<double>();
        }
        t.realClassLogits = outReal.classLogits;
        t.realLogits = outReal.logits.detach();
        t.fakeClassLogits = outFake.classLogits;
        return t;
    }

    LossTerms generatorLoss(DiscriminatorImpl& d, const torch::Tensor& fake,
                            const torch::Tensor& labels) const override {
        const auto out = d.evaluate(fake, labels);
        return {-out.logits.mean(), {}, {}, out.classLogits, {}};
    }

private:
    double m_weight, m_drift;
};

GANLAB_REGISTER_LOSS(
    {.name = "wgan-gp",
     .description = "Wasserstein loss with per-sample gradient penalty (λ = gp_weight)",
     .perSampleCritic = true,
     .gradientPenalty = true,
     .make = [](const TrainConfig& c) -> std::unique_ptr<GanLoss> {
         return std::make_unique<WganGpLoss>(c.gpWeight, c.driftWeight);
     }});

} // namespace
} // namespace ganlab
