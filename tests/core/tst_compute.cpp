// Tests of how training computes: the fast transposed convolution, image convolution and
// whole-input convolution (a linear layer) against LibTorch's own (values, gradients, double
// backward), the fast path's losses against the stock path's over 20 steps,
// bf16 autocast (G's transposed convolutions included, fp32 weights, optimiser state and losses,
// exact resume), fp16's loss scaler, device names, and the device audit of every family.
#include "torch_prelude.h"

#include "api/error.h"
#include "api/runtime.h"
#include "nn/fast_convolution.h"
#include "support/family_configs.h"
#include "support/test_data.h"
#include "support/test_util.h"
#include "train/autocast_models.h"
#include "train/compute_device.h"
#include "train/trainer.h"

#include <gtest/gtest.h>

#include <torch/cuda.h>

using namespace ganlab;
using ganlab::testing::contains;
using ganlab::testing::familyConfig;
using ganlab::testing::TempDir;
using ganlab::testing::testNameOf;
using ganlab::testing::tinyImages;
using ganlab::testing::tinyLabels;

namespace {

// Restores the fast kernels whatever a test did.
struct StockKernels {
    explicit StockKernels(bool stock) { useStockKernels(stock); }
    ~StockKernels() { useStockKernels(false); }
};

double maxRelative(const torch::Tensor& a, const torch::Tensor& b) {
    const auto scale = b.abs().max().item<double>();
    return (a - b).abs().max().item<double>() / std::max(scale, 1e-30);
}

struct ConvCase {
    const char* name;
    std::int64_t batch, in, out, size, kernel, stride, padding;
};

class FastConvTranspose : public ::testing::TestWithParam<ConvCase> {};

struct Result {
    torch::Tensor y, gx, gw, ggw;
};

// Forward, both gradients and a double backward (the gradient of ‖∂L/∂x‖² in the weight) of
// `apply` on the stock kernels and on the fast ones, for the same tensors.
template <typename Apply>
void expectFastEqualsStock(const torch::Tensor& x0, torch::Tensor& weight, Apply apply) {
    const auto gy0 = torch::randn_like(apply(x0));
    const auto run = [&](bool stock) {
        StockKernels kernels(stock);
        auto x = x0.clone().requires_grad_(true);
        const auto y = apply(x);
        const auto grads = torch::autograd::grad({y}, {x, weight}, {gy0}, true, true);
        const auto ggw = torch::autograd::grad({grads[0].pow(2).sum()}, {weight})[0];
        return Result{y.detach(), grads[0].detach(), grads[1].detach(), ggw};
    };
    const Result stock = run(true), fast = run(false);
    EXPECT_LE(maxRelative(fast.y, stock.y), 1e-5);
    EXPECT_LE(maxRelative(fast.gx, stock.gx), 1e-5);
    EXPECT_LE(maxRelative(fast.gw, stock.gw), 1e-5);
    EXPECT_LE(maxRelative(fast.ggw, stock.ggw), 1e-5);
}

TEST_P(FastConvTranspose, equalsTheStockOperatorInValuesAndGradients) {
    const auto c = GetParam();
    torch::manual_seed(11);
    torch::nn::ConvTranspose2d layer(torch::nn::ConvTranspose2dOptions(c.in, c.out, c.kernel)
                                         .stride(c.stride)
                                         .padding(c.padding)
                                         .bias(false));
    ASSERT_TRUE(nn::fastConvTransposeApplies(*layer));
    expectFastEqualsStock(torch::randn({c.batch, c.in, c.size, c.size}), layer->weight,
                          [&](const torch::Tensor& x) { return nn::convTranspose2d(x, *layer); });
}

INSTANTIATE_TEST_SUITE_P(TestCompute, FastConvTranspose,
                         ::testing::Values(ConvCase{"latent_to_4x4", 5, 16, 24, 1, 4, 1, 0},
                                           ConvCase{"stride2_wide", 3, 32, 16, 4, 4, 2, 1},
                                           ConvCase{"stride2_batch1", 1, 8, 8, 8, 4, 2, 1},
                                           ConvCase{"to_gray_image", 4, 16, 1, 8, 4, 2, 1},
                                           ConvCase{"to_rgb_image", 2, 8, 3, 8, 4, 2, 1},
                                           ConvCase{"stride1_padded", 2, 6, 5, 5, 3, 1, 1}),
                         [](const auto& info) { return testNameOf(info.param.name); });

class ImageConv : public ::testing::TestWithParam<ConvCase> {};

TEST_P(ImageConv, equalsTheStockOperatorInValuesAndGradients) {
    const auto c = GetParam();
    torch::manual_seed(12);
    torch::nn::Conv2d layer(torch::nn::Conv2dOptions(c.in, c.out, c.kernel)
                                .stride(c.stride)
                                .padding(c.padding)
                                .bias(false));
    ASSERT_TRUE(nn::imageConvApplies(*layer));
    expectFastEqualsStock(torch::randn({c.batch, c.in, c.size, c.size}), layer->weight,
                          [&](const torch::Tensor& x) { return nn::conv2d(x, *layer); });
}

INSTANTIATE_TEST_SUITE_P(TestCompute, ImageConv,
                         ::testing::Values(ConvCase{"gray_stride2", 4, 1, 16, 16, 4, 2, 1},
                                           ConvCase{"rgb_stride2", 3, 3, 8, 8, 4, 2, 1},
                                           ConvCase{"gray_stride1_batch1", 1, 1, 4, 7, 3, 1, 1},
                                           ConvCase{"gray_k3_stride2_even", 2, 1, 4, 8, 3, 2, 1}),
                         [](const auto& info) { return testNameOf(info.param.name); });

// A convolution as large as its unpadded input (D's last layer; a class head, with its bias) is
// a linear layer: the same values and gradients as the convolution.
TEST(TestCompute, aConvolutionCoveringItsWholeInputEqualsTheStockOperator) {
    for (const bool bias : {false, true}) {
        torch::manual_seed(13);
        torch::nn::Conv2d layer(torch::nn::Conv2dOptions(8, 3, 4).stride(1).padding(0).bias(bias));
        expectFastEqualsStock(torch::randn({5, 8, 4, 4}), layer->weight,
                              [&](const torch::Tensor& x) { return nn::conv2d(x, *layer); });
        if (bias) { // and the bias's gradient
            const auto x = torch::randn({5, 8, 4, 4});
            const auto gradOfBias = [&](bool stock) {
                StockKernels kernels(stock);
                return torch::autograd::grad({nn::conv2d(x, *layer).pow(2).sum()},
                                             {layer->bias})[0];
            };
            EXPECT_LE(maxRelative(gradOfBias(false), gradOfBias(true)), 1e-5);
        }
    }
    // The route taken: the linear layer's own result, bit for bit (not the module's fallback); a
    // strided, non-square, channels-last case too; bf16 under autocast.
    torch::nn::Conv2d wide(torch::nn::Conv2dOptions(6, 2, {3, 2}).stride(2).padding(0));
    const auto input = torch::randn({4, 6, 3, 2}).contiguous(at::MemoryFormat::ChannelsLast);
    EXPECT_TRUE(torch::equal(
        nn::conv2d(input, *wide),
        at::linear(input.flatten(1), wide->weight.flatten(1), wide->bias).view({4, 2, 1, 1})));
    EXPECT_LE(maxRelative(nn::conv2d(input, *wide), wide->forward(input)), 1e-5);
    {
        AutocastScope scope(Precision::Bf16, torch::kCPU);
        EXPECT_EQ(nn::conv2d(input, *wide).scalar_type(), torch::kBFloat16);
    }
    torch::nn::Conv2d padded(torch::nn::Conv2dOptions(8, 3, 4).padding(1).bias(false));
    const auto x = torch::randn({2, 8, 4, 4}); // padded: a 3×3 output, the module's own
    EXPECT_TRUE(torch::equal(nn::conv2d(x, *padded), padded->forward(x)));
}

TEST(TestCompute, layersWithBiasOrGroupsKeepTheStockOperator) {
    torch::nn::ConvTranspose2d biased(torch::nn::ConvTranspose2dOptions(4, 4, 4).stride(2));
    torch::nn::ConvTranspose2d grouped(
        torch::nn::ConvTranspose2dOptions(4, 4, 4).stride(2).groups(2).bias(false));
    EXPECT_FALSE(nn::fastConvTransposeApplies(*biased));
    EXPECT_FALSE(nn::fastConvTransposeApplies(*grouped));
    const auto x = torch::randn({2, 4, 3, 3});
    EXPECT_TRUE(torch::equal(nn::convTranspose2d(x, *biased), biased->forward(x)));
    torch::nn::Conv2d wide(torch::nn::Conv2dOptions(8, 4, 4).stride(2).bias(false));
    EXPECT_FALSE(nn::imageConvApplies(*wide)); // not an image layer: oneDNN is fast there
}

// The whole DCGAN (G and D with an image layer each side) on both kernel sets: D's loss on reals
// and fakes, G's loss, and every gradient of G and D, equal within 1e-5.
TEST(TestCompute, dcganLossesAndGradientsOnTheFastKernelsEqualTheStockOnes) {
    TrainConfig c = familyConfig("dcgan");
    c.resolution = 32;
    c.width = 0.25;
    Trainer t(c, 1, 0);
    auto& g = t.generator();
    auto& d = t.discriminator();
    torch::manual_seed(5);
    const auto z = torch::randn({16, c.latentDim});
    const auto real = torch::rand({16, 1, 32, 32}) * 2 - 1;
    const auto pass = [&](bool stockKernels) {
        StockKernels kernels(stockKernels);
        g.zero_grad();
        d.zero_grad();
        const auto fake = g.forward(z, {});
        const auto lossD = torch::softplus(-d.forward(real, {})).mean() +
                           torch::softplus(d.forward(fake.detach(), {})).mean();
        const auto lossG = torch::softplus(-d.forward(fake, {})).mean();
        (lossD + lossG).backward();
        std::vector<torch::Tensor> out{lossD.detach(), lossG.detach()};
        for (auto* m : {static_cast<torch::nn::Module*>(&g), static_cast<torch::nn::Module*>(&d)})
            for (const auto& p : m->parameters())
                out.push_back(p.grad().clone());
        return out;
    };
    const auto stock = pass(true), fast = pass(false);
    ASSERT_EQ(stock.size(), fast.size());
    for (std::size_t i = 0; i < stock.size(); ++i)
        EXPECT_LE(maxRelative(fast[i], stock[i]), 1e-5) << "tensor " << i;
}

// Along 20 steps of a stock-kernel run, each step taken again on the fast kernels from the same
// checkpoint gives the same losses: D's within 1e-5 (the same state), G's within 1e-4 (after D's
// Adam step, which turns rounding in near-zero gradients into whole learning-rate steps). Left
// to run freely, any two summation orders drift apart within ~15 steps — GAN training amplifies
// rounding, the stock kernels on one thread against two included — so the comparison is step by
// step; bench_presets --check-losses prints the free-running figures.
TEST(TestCompute, eachStepOnTheFastKernelsEqualsTheStockStepFromTheSameCheckpoint) {
    TempDir dir;
    TrainConfig c = familyConfig("dcgan");
    c.resolution = 32;
    c.width = 0.25;
    c.batchSize = 16;
    const auto images = tinyImages(64, 32);
    Trainer stock(c, 1, 0), fast(c, 1, 0);
    stock.setData(images, {});
    fast.setData(images, {});
    for (int i = 0; i < 20; ++i) {
        stock.saveCheckpoint(dir / "c.pt");
        fast.loadCheckpoint(dir / "c.pt");
        StepStats s, f;
        {
            StockKernels kernels(true);
            s = stock.step();
        }
        f = fast.step();
        EXPECT_NEAR(f.lossD, s.lossD, 1e-5) << "step " << i;
        EXPECT_NEAR(f.lossG, s.lossG, 1e-4) << "step " << i;
    }
}

TEST(TestCompute, bf16AutocastCoversTheTransposedConvolutionsAndReturnsFp32) {
    torch::nn::ConvTranspose2d layer(
        torch::nn::ConvTranspose2dOptions(8, 4, 4).stride(2).padding(1).bias(false));
    torch::nn::ConvTranspose2d latent(torch::nn::ConvTranspose2dOptions(8, 4, 4).bias(false));
    const auto z1 = torch::randn({2, 8, 1, 1}); // the route taken: the matrix product, bit for bit
    EXPECT_TRUE(
        torch::equal(nn::convTranspose2d(z1, *latent),
                     at::mm(z1.view({2, 8}), latent->weight.view({8, 64})).view({2, 4, 4, 4})));
    const auto x = torch::randn({2, 8, 4, 4});
    {
        AutocastScope scope(Precision::Bf16, torch::kCPU);
        EXPECT_EQ(nn::convTranspose2d(x, *layer).scalar_type(), torch::kBFloat16);
        // the 1×1 latent's matrix product too
        EXPECT_EQ(nn::convTranspose2d(torch::randn({2, 8, 1, 1}), *latent).scalar_type(),
                  torch::kBFloat16);
    }
    EXPECT_EQ(nn::convTranspose2d(x, *layer).scalar_type(), torch::kFloat); // scope ended
    TrainConfig c = familyConfig("dcgan");
    c.precision = Precision::Bf16;
    Trainer t(c, 1, 0);
    const auto z = torch::randn({3, c.latentDim});
    EXPECT_EQ(generateIn(c.precision, torch::kCPU, t.generator(), z, {}).scalar_type(),
              torch::kFloat);
}

// Mixed precision changes the forward passes' arithmetic only: every weight, buffer and Adam
// moment stays fp32, the losses are finite, and training moves the weights.
TEST(TestCompute, bf16TrainingKeepsWeightsOptimiserAndLossesInFp32) {
    for (const char* family : {"dcgan", "resnet", "biggan", "projected"}) {
        TrainConfig c = familyConfig(family);
        c.precision = Precision::Bf16;
        const int classes = c.conditional ? 3 : 0;
        Trainer t(c, 1, classes);
        t.setData(tinyImages(12, c.resolution),
                  classes ? tinyLabels(12, classes) : torch::Tensor());
        const auto before = t.generator().parameters()[0].clone();
        for (int i = 0; i < 2; ++i) {
            const auto s = t.step();
            EXPECT_TRUE(std::isfinite(s.lossD) && std::isfinite(s.lossG)) << family;
        }
        EXPECT_FALSE(torch::equal(before, t.generator().parameters()[0])) << family;
        for (const auto& [name, tensor] : t.stateTensors()) {
            if (tensor.is_floating_point()) {
                EXPECT_EQ(tensor.scalar_type(), torch::kFloat) << family << " " << name;
            }
        }
    }
}

TEST(TestCompute, bf16RunsResumeExactly) {
    TempDir dir;
    TrainConfig c = familyConfig("dcgan");
    c.precision = Precision::Bf16;
    const auto images = tinyImages(12, c.resolution);
    Trainer a(c, 1, 0);
    a.setData(images, {});
    a.step();
    a.saveCheckpoint(dir / "c.pt");
    Trainer b(c, 1, 0);
    b.setData(images, {});
    b.loadCheckpoint(dir / "c.pt");
    for (int i = 0; i < 3; ++i) {
        const auto sa = a.step(), sb = b.step();
        ASSERT_DOUBLE_EQ(sa.lossD, sb.lossD);
        ASSERT_DOUBLE_EQ(sa.lossG, sb.lossG);
    }
    EXPECT_EQ(a.weightsChecksum(), b.weightsChecksum());
}

TEST(TestCompute, lossScalerSkipsOverflowingStepsAndAdaptsItsScale) {
    LossScaler off(false);
    EXPECT_EQ(off.scale(), 1.0);
    auto p = torch::ones({3}).requires_grad_(true);
    p.mutable_grad() = torch::full({3}, 8.0);
    EXPECT_TRUE(off.unscaleAndCheck({p}));
    EXPECT_TRUE(torch::equal(p.grad(), torch::full({3}, 8.0))); // the identity

    LossScaler scaler(true, 4.0, 2);
    EXPECT_DOUBLE_EQ(scaler.scaled(torch::ones({})).item<double>(), 4.0);
    EXPECT_TRUE(scaler.unscaleAndCheck({p}));
    EXPECT_TRUE(torch::equal(p.grad(), torch::full({3}, 2.0))); // divided by the scale
    p.mutable_grad()[1] = std::numeric_limits<float>::infinity();
    EXPECT_FALSE(scaler.unscaleAndCheck({p}));
    EXPECT_EQ(p.grad().abs().sum().item<double>(), 0.0); // zeroed: nothing reaches Adam
    EXPECT_DOUBLE_EQ(scaler.scale(), 2.0);               // backed off
    EXPECT_TRUE(scaler.unscaleAndCheck({p}));
    EXPECT_TRUE(scaler.unscaleAndCheck({p}));
    EXPECT_DOUBLE_EQ(scaler.scale(), 4.0); // two finite steps: grown again
    scaler.setState(1024.0, 1);
    EXPECT_EQ(scaler.state(), std::make_pair(1024.0, std::int64_t{1}));
}

TEST(TestCompute, deviceNamesResolveOrAreRefusedClearly) {
    EXPECT_TRUE(resolveDevice("cpu").is_cpu());
    const bool cuda = torch::cuda::device_count() > 0;
    EXPECT_EQ(resolveDevice("auto").is_cuda(), cuda);
    for (const char* bad : {"gpu", "cuda:", "cuda:-1", "cuda:x", "CPU", ""}) {
        try {
            resolveDevice(bad);
            ADD_FAILURE() << bad << " accepted";
        } catch (const Error& e) {
            EXPECT_TRUE(contains(e.what(), "auto, cpu, cuda or cuda:N")) << e.what();
        }
    }
    if (!cuda) {
        try {
            resolveDevice("cuda:0");
            ADD_FAILURE() << "cuda:0 accepted without CUDA";
        } catch (const Error& e) {
            EXPECT_TRUE(contains(e.what(), "cuda:0")) << e.what();
            // Which of the two: a CPU-only LibTorch, or a CUDA one that sees no device.
            EXPECT_TRUE(contains(e.what(), "this LibTorch has no CUDA") ||
                        contains(e.what(), "but it sees no CUDA device"))
                << e.what();
        }
    }
    try {
        resolveDevice("cpu", Precision::Fp16);
        ADD_FAILURE() << "fp16 on the CPU accepted";
    } catch (const Error& e) {
        EXPECT_TRUE(contains(e.what(), "fp16")) << e.what();
    }
}

// Every device this machine has (the CPU always; CUDA devices where LibTorch sees them).
std::vector<std::string> availableDevices() {
    std::vector<std::string> out{"cpu"};
    for (int i = 0; i < static_cast<int>(torch::cuda::device_count()); ++i)
        out.push_back("cuda:" + std::to_string(i));
    return out;
}

class DeviceAudit : public ::testing::TestWithParam<std::string> {};

// After a step, and after a checkpoint is loaded, every parameter, buffer and Adam tensor of G,
// D and the EMA G is on the run's device — for each family, on each device there is.
TEST_P(DeviceAudit, everyStateTensorLivesOnTheRunsDevice) {
    TempDir dir;
    for (const auto& device : availableDevices()) {
        TrainConfig c = familyConfig(GetParam());
        c.device = device;
        const int classes = c.conditional ? 3 : 0;
        const auto labels = classes ? tinyLabels(12, classes) : torch::Tensor();
        Trainer t(c, 1, classes);
        ASSERT_EQ(t.device(), torch::Device(device));
        t.setData(tinyImages(12, c.resolution), labels);
        t.step();
        t.saveCheckpoint(dir / "c.pt");
        Trainer back(c, 1, classes);
        back.setData(tinyImages(12, c.resolution), labels);
        back.loadCheckpoint(dir / "c.pt");
        for (const Trainer* trainer : {&t, &back}) {
            const auto state = trainer->stateTensors();
            EXPECT_GT(state.size(), 10u);
            for (const auto& [name, tensor] : state)
                EXPECT_EQ(tensor.device(), torch::Device(device)) << GetParam() << " " << name;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(TestCompute, DeviceAudit,
                         ::testing::Values("dcgan", "resnet", "pggan", "biggan", "acgan",
                                           "projected"),
                         [](const auto& info) { return testNameOf(info.param); });

} // namespace
