// WGAN-GP (Gulrajani et al., NeurIPS 2017; as used by Transferring GANs, SEEDS §1):
// L_D = E[D(G(z))] − E[D(x)] + λ·E[(‖∇D(x̂)‖₂ − 1)²], α ~ U(0,1) per sample; L_G = −E[D(G(z))].
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
    explicit WganGpLoss(double weight)
        : m_weight(weight) {}

    LossTerms discriminatorLoss(DiscriminatorImpl& d, const torch::Tensor& real,
                                const torch::Tensor& fake, const torch::Tensor& labels,
                                at::Generator& rng) const override {
        const auto dReal = d.forward(real, labels).mean();
        const auto dFake = d.forward(fake, labels).mean();
        const auto alpha = torch::rand({real.size(0), 1, 1, 1}, rng, real.options());
        const auto gp = gradientPenalty(d, real, fake, labels, alpha);
        LossTerms t;
        t.total = dFake - dReal + m_weight * gp;
        t.parts = {{"d_real", dReal.item<double>()},
                   {"d_fake", dFake.item<double>()},
                   {"gp", gp.item<double>()},
                   {"wasserstein", (dReal - dFake).item<double>()}};
        return t;
    }

    LossTerms generatorLoss(DiscriminatorImpl& d, const torch::Tensor& fake,
                            const torch::Tensor& labels) const override {
        return {-d.forward(fake, labels).mean(), {}};
    }

private:
    double m_weight;
};

GANLAB_REGISTER_LOSS(
    {.name = "wgan-gp",
     .description = "Wasserstein loss with per-sample gradient penalty (λ = gp_weight)",
     .perSampleCritic = true,
     .make = [](const TrainConfig& c) -> std::unique_ptr<GanLoss> {
         return std::make_unique<WganGpLoss>(c.gpWeight);
     }});

} // namespace
} // namespace ganlab
