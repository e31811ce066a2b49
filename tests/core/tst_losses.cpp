// Tests of the losses: the per-sample gradient penalty against hand computations, hinge and
// non-saturating values against their formulas, and the registry.
#include "torch_prelude.h"

#include "losses/gan_loss.h"
#include "losses/gradient_penalty.h"

#include <gtest/gtest.h>

#include <ATen/CPUGeneratorImpl.h>

using namespace ganlab;

namespace {

// D(x) = Σ w·x + b: ∇ₓD = w for every sample.
struct LinearCritic : DiscriminatorImpl {
    explicit LinearCritic(torch::Tensor weights) { w = register_parameter("w", weights); }
    DiscriminatorOutput evaluate(const torch::Tensor& x, const torch::Tensor&) override {
        return {(x.flatten(1) * w).sum(1) + 0.25, {}};
    }
    torch::Tensor w;
};

// D(x) = ½ s·Σ x²: ∇ₓD = s·x, so each sample's gradient norm is s‖x̂ᵢ‖.
struct QuadraticCritic : DiscriminatorImpl {
    QuadraticCritic() { s = register_parameter("s", torch::ones({1})); }
    DiscriminatorOutput evaluate(const torch::Tensor& x, const torch::Tensor&) override {
        return {0.5 * s * x.flatten(1).pow(2).sum(1), {}};
    }
    torch::Tensor s;
};

// Returns fixed scores: first half of a batch `real`, second `fake` — to check loss formulas.
struct ConstantCritic : DiscriminatorImpl {
    ConstantCritic() { p = register_parameter("p", torch::zeros({1})); }
    DiscriminatorOutput evaluate(const torch::Tensor& x, const torch::Tensor&) override {
        return {x.flatten(1).mean(1) + p, {}};
    }
    torch::Tensor p;
};

} // namespace

TEST(TestLosses, registryHoldsTheLosses) {
    ASSERT_TRUE(lossFamilies().size() >= 3);
    ASSERT_TRUE(findLoss("wgan-gp").perSampleCritic);
    ASSERT_FALSE(findLoss("hinge").perSampleCritic);
    ASSERT_FALSE(findLoss("nonsaturating").perSampleCritic);
}

TEST(TestLosses, penaltyOfALinearCriticIsNormOfWeights) {
    const auto w = torch::tensor({3.0f, 4.0f, 0.0f, 0.0f}); // ‖w‖ = 5 → (5−1)² = 16
    LinearCritic d(w.clone());
    const auto real = torch::randn({5, 1, 2, 2}), fake = torch::randn({5, 1, 2, 2});
    const auto gp = gradientPenalty(d, real, fake, {}, torch::rand({5, 1, 1, 1}));
    ASSERT_TRUE(std::abs(gp.item<double>() - 16.0) < 1e-4);
}

TEST(TestLosses, penaltyIsPerSampleInterpolation) {
    QuadraticCritic d;
    const auto real =
        torch::tensor({1.0f, 0.0f, 0.0f, 0.0f, 0.0f, 2.0f, 0.0f, 0.0f}).view({2, 1, 2, 2});
    const auto fake =
        torch::tensor({0.0f, 3.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 4.0f}).view({2, 1, 2, 2});
    const auto alpha = torch::tensor({0.5f, 0.25f}).view({2, 1, 1, 1});
    // x̂₀ = (0.5, 1.5, 0, 0) → ‖x̂₀‖ = √2.5; x̂₁ = (0, 1.5, 0, 1) → ‖x̂₁‖ = √3.25.
    const double expected =
        (std::pow(std::sqrt(2.5) - 1, 2) + std::pow(std::sqrt(3.25) - 1, 2)) / 2;
    const auto gp = gradientPenalty(d, real, fake, {}, alpha);
    ASSERT_TRUE(std::abs(gp.item<double>() - expected) < 1e-5) << std::to_string(gp.item<double>());
    // With one α for the whole batch the value would differ: the mixing really is per sample.
    const auto shared = gradientPenalty(d, real, fake, {}, torch::full({2, 1, 1, 1}, 0.5f));
    ASSERT_TRUE(std::abs(shared.item<double>() - expected) > 1e-3);
}

TEST(TestLosses, penaltyIsDifferentiableInCriticParameters) {
    QuadraticCritic d; // GP = mean((s‖x̂‖ − 1)²) → dGP/ds = mean(2(s‖x̂‖ − 1)‖x̂‖)
    const auto real = torch::randn({3, 1, 2, 2}), fake = torch::randn({3, 1, 2, 2});
    const auto alpha = torch::rand({3, 1, 1, 1});
    gradientPenalty(d, real, fake, {}, alpha).backward();
    const auto norms = (real + alpha * (fake - real)).flatten(1).norm(2, 1);
    const double expected = (2 * (norms - 1) * norms).mean().item<double>();
    ASSERT_TRUE(std::abs(d.s.grad().item<double>() - expected) < 1e-4);
}

TEST(TestLosses, wganGpLossCombinesTerms) {
    LinearCritic d(torch::tensor({1.0f, 0.0f, 0.0f, 0.0f}));
    TrainConfig config;
    config.gpWeight = 10;
    const auto loss = findLoss("wgan-gp").make(config);
    const auto real = torch::ones({4, 1, 2, 2}), fake = torch::zeros({4, 1, 2, 2});
    at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(1);
    const auto t = loss->discriminatorLoss(d, real, fake, {}, rng);
    // D(real) = 1.25, D(fake) = 0.25, ‖w‖ = 1 → GP 0: L_D = 0.25 − 1.25 = −1.
    ASSERT_TRUE(std::abs(t.total.item<double>() + 1.0) < 1e-5);
    ASSERT_TRUE(std::abs(t.parts.at("gp")) < 1e-8);
    ASSERT_TRUE(std::abs(loss->generatorLoss(d, fake, {}).total.item<double>() + 0.25) < 1e-6);
}

TEST(TestLosses, hingeAndNonSaturatingMatchFormulas) {
    ConstantCritic d;
    at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(1);
    const auto real = torch::full({2, 1, 1, 1}, 0.5f), fake = torch::full({2, 1, 1, 1}, -2.0f);
    const TrainConfig config;
    const auto hinge = findLoss("hinge").make(config);
    // relu(1 − 0.5) + relu(1 + (−2)) = 0.5
    ASSERT_TRUE(std::abs(hinge->discriminatorLoss(d, real, fake, {}, rng).total.item<double>() -
                         0.5) < 1e-6);
    ASSERT_TRUE(std::abs(hinge->generatorLoss(d, fake, {}).total.item<double>() - 2.0) < 1e-6);
    const auto ns = findLoss("nonsaturating").make(config);
    const double expectedD = std::log1p(std::exp(-0.5)) + std::log1p(std::exp(-2.0));
    ASSERT_TRUE(std::abs(ns->discriminatorLoss(d, real, fake, {}, rng).total.item<double>() -
                         expectedD) < 1e-6);
    ASSERT_TRUE(std::abs(ns->generatorLoss(d, fake, {}).total.item<double>() -
                         std::log1p(std::exp(2.0))) < 1e-6);
}
