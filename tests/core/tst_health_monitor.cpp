// Tests of the health monitor and the collapse guard (BigGAN §4.1; train/health_monitor): top
// singular values against a known spectrum, the guard tripping on injected NaN (and no checkpoint
// of it) and on a σ0 explosion, and staying quiet with the factor off.
#include "torch_prelude.h"

#include "api/error.h"
#include "support/family_configs.h"
#include "support/test_util.h"
#include "train/health_monitor.h"
#include "train/trainer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

// A tiny DCGAN measured at every step, on random 16 px gray images.
std::unique_ptr<Trainer> tinyTrainer(double collapseFactor = 10.0) {
    TrainConfig c = familyConfig("dcgan"); // 16 px, measured at every step
    c.collapseFactor = collapseFactor;
    auto t = std::make_unique<Trainer>(c, 1, 0);
    t->setData(tinyImages(16, 16), {});
    return t;
}

void scaleFirstLayerOfG(Trainer& t, double factor) {
    torch::NoGradGuard guard;
    for (const auto& layer : t.health().layers())
        if (layer.key == "g_first")
            layer.weight.mul_(factor);
}

} // namespace

TEST(HealthMonitorTest, healthSingularValuesMatchSvd) {
    // W = U·diag(8, 4, 2, 1, 0.5, …)·Vᵀ with random orthonormal U, V.
    const auto u = std::get<0>(torch::linalg_qr(torch::randn({20, 12}, torch::kDouble)));
    const auto v = std::get<0>(torch::linalg_qr(torch::randn({12, 12}, torch::kDouble)));
    const auto sigma = torch::pow(2.0, 3 - torch::arange(12, torch::kDouble));
    const auto w = torch::mm(u * sigma, v.t()).to(torch::kFloat);
    torch::Tensor basis;
    std::vector<double> sv;
    for (int i = 0; i < 10; ++i) // the basis carries over, as between health measurements
        sv = HealthMonitor::topSingularValues(w, basis, 3, 2);
    ASSERT_EQ(sv.size(), std::size_t(3));
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(std::abs(sv[i] - sigma[i].item<double>()) < 1e-4 * sigma[i].item<double>())
            << std::to_string(sv[i]);
}

TEST(HealthMonitorTest, collapseGuardTripsOnInjectedNan) {
    auto t = tinyTrainer();
    t->injectNanAtStep(3);
    ASSERT_FALSE(t->step().collapse);
    ASSERT_FALSE(t->step().collapse);
    const auto stats = t->step();
    ASSERT_TRUE(stats.collapse) << "NaN must trip the guard";
    const auto code = stats.collapse->code;
    ASSERT_TRUE(code == MessageCode::NonFiniteLoss || code == MessageCode::NonFiniteWeights)
        << stats.collapse->text();
    ASSERT_TRUE(contains(stats.collapse->text(), "non-finite"));
    const fs::path path = fs::temp_directory_path() / "ganlab-nan-ckpt.pt";
    ASSERT_THROW(t->saveCheckpoint(path.string()), Error);
    ASSERT_FALSE(fs::exists(path));
}

TEST(HealthMonitorTest, collapseGuardTripsOnSigmaExplosion) {
    auto t = tinyTrainer(5);
    for (int i = 0; i < 5; ++i)
        ASSERT_FALSE(t->step().collapse);
    scaleFirstLayerOfG(*t, 50);
    const auto stats = t->step();
    ASSERT_TRUE(stats.collapse);
    ASSERT_EQ(stats.collapse->code, MessageCode::SigmaJumped) << stats.collapse->text();
    ASSERT_TRUE(stats.health && stats.health->firstLayerRatio > 5);
    // With the test off (factor 0), the same jump only shows in the curves.
    auto quiet = tinyTrainer(0);
    for (int i = 0; i < 5; ++i)
        quiet->step();
    scaleFirstLayerOfG(*quiet, 50);
    const auto loud = quiet->step();
    ASSERT_FALSE(loud.collapse);
    ASSERT_TRUE(loud.health && loud.health->firstLayerRatio > 5);
}
