// "random" features: a fixed-seed, untrained CNN (64×64 input, 4 stride-2 convolutions with
// LeakyReLU, mean and max pooled → 512-d). Always available and reproducible, but it is not
// Inception: numbers from it are labelled FD[random] and are comparable only with each other.
// Random-feature evaluation of generative models: e.g. Naeem et al., ICML 2020, §5.
#include "metrics/feature_network.h"

#include <ATen/CPUGeneratorImpl.h>

namespace ganlab {
namespace {

constexpr std::uint64_t kSeed = 20'240'601;
constexpr int kInput = 64;

class RandomFeatures : public FeatureNetwork {
public:
    RandomFeatures() {
        at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(kSeed);
        int in = 3;
        for (int out : {32, 64, 128, 256}) {
            // Kaiming-normal weights for LeakyReLU(0.2), drawn from our own generator.
            const double std = std::sqrt(2.0 / (1 + 0.04) / (in * 9));
            m_weights.push_back(torch::randn({out, in, 3, 3}, rng) * std);
            in = out;
        }
    }

    std::string name() const override { return "random"; }
    std::string identity() const override { return "random-v1-" + std::to_string(kSeed); }
    int dim() const override { return 512; }

    torch::Tensor embed(const torch::Tensor& images) override {
        torch::NoGradGuard guard;
        auto x = toRgbUnit(images.to(m_weights.front().device()), kInput) * 2 - 1;
        for (const auto& w : m_weights)
            x = torch::leaky_relu(torch::conv2d(x, w, {}, 2, 1), 0.2);
        return torch::cat({x.mean({2, 3}), x.amax({2, 3})}, 1);
    }

    void moveTo(const torch::Device& device) override {
        for (auto& w : m_weights)
            w = w.to(device);
    }

private:
    std::vector<torch::Tensor> m_weights;
};

} // namespace

std::unique_ptr<FeatureNetwork> makeRandomFeatures() {
    return std::make_unique<RandomFeatures>();
}

} // namespace ganlab
