// Kernel Inception Distance (Bińkowski et al., ICLR 2018; reference: the authors' mmd.py and
// torch-fidelity): unbiased MMD² with a cubic polynomial kernel, mean and std over subsets.
#include "metrics/metric_functions.h"
#include "metrics/metric_registry.h"

namespace ganlab {

KidValue kernelInceptionDistance(const torch::Tensor& real, const torch::Tensor& fake,
                                 at::Generator& rng, int subsets, int subsetSize) {
    const auto x = real.to(torch::kDouble), y = fake.to(torch::kDouble);
    const double d = double(x.size(1));
    const auto m = std::max<std::int64_t>(
        2, std::min<std::int64_t>(subsetSize, std::min(x.size(0), y.size(0)) / 2));
    std::vector<double> values;
    for (int s = 0; s < subsets; ++s) {
        const auto a = x.index_select(0, torch::randperm(x.size(0), rng).slice(0, 0, m));
        const auto b = y.index_select(0, torch::randperm(y.size(0), rng).slice(0, 0, m));
        const auto kxx = (a.mm(a.t()) / d + 1).pow(3);
        const auto kyy = (b.mm(b.t()) / d + 1).pow(3);
        const auto kxy = (a.mm(b.t()) / d + 1).pow(3);
        const double mm = double(m);
        const double xx = (kxx.sum() - kxx.trace()).item<double>() / (mm * (mm - 1));
        const double yy = (kyy.sum() - kyy.trace()).item<double>() / (mm * (mm - 1));
        values.push_back(xx + yy - 2 * kxy.mean().item<double>());
    }
    const auto t = torch::tensor(values, torch::kDouble);
    return {t.mean().item<double>(), values.size() > 1 ? t.std().item<double>() : 0.0, m};
}

namespace {

GANLAB_REGISTER_METRIC(
    {.name = "kid",
     .description = "Kernel distance: unbiased MMD², cubic kernel, 100 subsets (mean ± std)",
     .direction = Direction::LowerIsBetter,
     .usesFeatures = true,
     .rankPriority = 2,
     .compute = [](EvalContext& c) {
         MetricResult r;
         r.network = c.inputs().features->name();
         r.name = withNetwork("KID", *c.inputs().features);
         const auto v =
             kernelInceptionDistance(c.realFeatures(), c.fakeFeatures(), c.rng(), 100, 1000);
         r.value = v.mean;
         r.stddev = v.stddev;
         r.note = message(MessageCode::NoteKidSubsets, v.subsetSize);
         return std::vector<MetricResult>{r};
     }});

} // namespace
} // namespace ganlab
