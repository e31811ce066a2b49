// Independent Wasserstein critic (Danihelka et al., "Comparison of maximum likelihood and
// GAN-based training of Real NVPs", 2017; used by Transferring GANs, SEEDS §1): a fresh WGAN-GP
// critic — never the run's own D — trained for a fixed budget on training reals vs generated
// samples, then scored on the held-out split vs fresh samples. Lower (closer to 0) is better.
#include "losses/gradient_penalty.h"
#include "metrics/metric_functions.h"
#include "metrics/metric_registry.h"
#include "models/model_registry.h"
#include "util/global_rng_guard.h"

#include "api/error.h"

#include <ATen/CPUGeneratorImpl.h>

namespace ganlab {
namespace {

constexpr int kBatch = 64;
constexpr double kGpWeight = 10.0;

torch::Tensor toUnit(const torch::Tensor& images) {
    return images.to(torch::kFloat).div(127.5).sub(1);
}

double meanScore(DiscriminatorImpl& critic, const torch::Tensor& images) {
    torch::NoGradGuard guard;
    double sum = 0;
    for (std::int64_t i = 0; i < images.size(0); i += 500)
        sum += critic.forward(toUnit(images.slice(0, i, std::min(i + 500, images.size(0)))), {})
                   .sum()
                   .item<double>();
    return sum / double(images.size(0));
}

} // namespace

double independentWasserstein(const torch::Tensor& trainReal, const torch::Tensor& trainFake,
                              const torch::Tensor& heldOutReal, const torch::Tensor& freshFake,
                              int steps, std::uint64_t seed, std::stop_token stop) {
    ModelSpec spec;
    spec.resolution = static_cast<int>(trainReal.size(2));
    spec.channels = static_cast<int>(trainReal.size(1));
    spec.latentDim = 1;
    spec.width = 0.5;
    spec.perSampleCritic = true;
    DiscriminatorPtr critic;
    {
        const GlobalRngGuard keep; // the critic's init must not move training's random state
        torch::manual_seed(seed);
        critic = findModel("dcgan").makeDiscriminator(spec);
    }
    torch::optim::Adam opt(critic->parameters(), torch::optim::AdamOptions(2e-4).betas({0.5, 0.9}));
    at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(seed);
    const auto batch = std::min<std::int64_t>({kBatch, trainReal.size(0), trainFake.size(0)});
    critic->train();
    for (int step = 0; step < steps; ++step) {
        if (stop.stop_requested())
            throw Error(ErrorKind::Cancelled, {}, message(MessageCode::EvaluationCancelled));
        const auto real =
            toUnit(trainReal.index_select(0, torch::randint(trainReal.size(0), {batch}, rng)));
        const auto fake =
            toUnit(trainFake.index_select(0, torch::randint(trainFake.size(0), {batch}, rng)));
        const auto alpha = torch::rand({batch, 1, 1, 1}, rng);
        const auto loss = critic->forward(fake, {}).mean() - critic->forward(real, {}).mean() +
                          kGpWeight * gradientPenalty(*critic, real, fake, {}, alpha);
        opt.zero_grad();
        loss.backward();
        opt.step();
    }
    critic->eval();
    return meanScore(*critic, heldOutReal) - meanScore(*critic, freshFake);
}

namespace {

GANLAB_REGISTER_METRIC(
    {.name = "iw",
     .description = "Independent Wasserstein critic: fresh WGAN-GP critic, fixed budget, scored "
                    "on held-out reals vs fresh samples (closer to zero is better)",
     .direction = Direction::CloserToZeroIsBetter,
     .rankPriority = 3,
     .compute = [](EvalContext& c) {
         const auto& in = c.inputs();
         if (in.valImages.size(0) < 2)
             throw Error(ErrorKind::Data, {}, message(MessageCode::IwNeedsHeldOut));
         const auto heldOut =
             in.valImages.slice(0, 0, std::min<std::int64_t>(in.samples, in.valImages.size(0)));
         const auto fresh = c.freshFakes(heldOut.size(0));
         MetricResult r;
         r.name = "IW";
         r.value = independentWasserstein(c.realImages(), c.fakeImages(), heldOut, fresh,
                                          in.iwSteps, in.seed, in.stop);
         r.note = message(MessageCode::NoteIw, in.iwSteps, heldOut.size(0));
         return std::vector<MetricResult>{r};
     }});

} // namespace
} // namespace ganlab
