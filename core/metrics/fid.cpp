// Fréchet distance (FID: Heusel et al., NeurIPS 2017; reference mseitzer/pytorch-fid) on any
// feature network, named with it: "FD[random]", "FD[classifier:fmnist]", "FD[inception:…]".
// float64 throughout; the trace term by a symmetric eigen-decomposition, never a general sqrtm.
#include "metrics/metric_functions.h"
#include "metrics/metric_registry.h"

namespace ganlab {
namespace {

// The lower triangle (diagonal blocks whole) of the symmetric product left · right, where
// left · right is known to be symmetric: row blocks times only the columns up to their diagonal,
// about 60% of a full product's work. eigvalsh(…, "L") reads nothing else.
torch::Tensor lowerOfSymmetricProduct(const torch::Tensor& left, const torch::Tensor& right) {
    const auto n = left.size(0);
    constexpr std::int64_t kBlocks = 4;
    const auto block = (n + kBlocks - 1) / kBlocks;
    auto out = torch::zeros({n, n}, left.options());
    for (std::int64_t start = 0; start < n; start += block) {
        const auto end = std::min(n, start + block);
        out.slice(0, start, end)
            .slice(1, 0, end)
            .copy_(left.slice(0, start, end).mm(right.slice(1, 0, end)));
    }
    return out;
}

} // namespace

double frechetDistance(const FeatureStats& a, const FeatureStats& b) {
    const auto diff = a.mean - b.mean;
    const auto rootA = a.covSqrt.defined() ? a.covSqrt : symmetricSqrt(a.cov);
    torch::Tensor middle;
    if (b.centred.defined() && b.count > 1 && b.count < b.mean.size(0)) {
        // Fewer samples than dimensions: Σb = XᵀX/(n−1), and √Σa Σb √Σa shares its non-zero
        // eigenvalues with the n × n matrix (X√Σa)(X√Σa)ᵀ/(n−1) — exact, and far cheaper.
        const auto y = b.centred.mm(rootA) / std::sqrt(double(b.count - 1));
        middle = y.mm(y.t());
    } else {
        middle = lowerOfSymmetricProduct(rootA, b.cov.mm(rootA)); // √Σa Σb √Σa, lower half
    }
    const double traceSqrt =
        torch::linalg::eigvalsh(middle, "L").clamp_min(0).sqrt().sum().item<double>();
    return diff.dot(diff).item<double>() + a.cov.trace().item<double>() +
           b.cov.trace().item<double>() - 2 * traceSqrt;
}

namespace {

GANLAB_REGISTER_METRIC(
    {.name = "fd",
     .description = "Fréchet distance of feature statistics (FID with an Inception file)",
     .direction = Direction::LowerIsBetter,
     .usesFeatures = true,
     .rankPriority = 1,
     .compute = [](EvalContext& c) {
         MetricResult r;
         r.network = c.inputs().features->name();
         r.name = withNetwork("FD", *c.inputs().features);
         r.value = frechetDistance(c.realStats(), c.fakeStats());
         r.note = message(MessageCode::NoteFdCounts, c.realStats().count, c.fakeStats().count,
                          c.inputs().realsSource);
         return std::vector<MetricResult>{r};
     }});

} // namespace
} // namespace ganlab
