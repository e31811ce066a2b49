// Fréchet distance (FID: Heusel et al., NeurIPS 2017; reference mseitzer/pytorch-fid) on any
// feature network, named with it: "FD[random]", "FD[classifier:fmnist]", "FD[inception:…]".
// float64 throughout; the trace term by a symmetric eigen-decomposition, never a general sqrtm:
// tr √(Σa Σb) sums the square roots of the eigenvalues of Fᵀ Σb F for any factor Σa = F Fᵀ.
#include "metrics/metric_functions.h"
#include "metrics/metric_registry.h"

namespace ganlab {
namespace {

// body(start, end) for `blocks` consecutive ranges that cover [0, n).
template <typename Body> void forEachBlock(std::int64_t n, std::int64_t blocks, Body&& body) {
    const auto block = (n + blocks - 1) / blocks;
    for (std::int64_t start = 0; start < n; start += block)
        body(start, std::min(n, start + block));
}

// The lower triangle (diagonal blocks whole) of the symmetric product left · right, where
// left · right is known to be symmetric: row blocks times only the columns up to their diagonal,
// about 60% of a full product's work. eigvalsh(…, "L") reads nothing else.
torch::Tensor lowerOfSymmetricProduct(const torch::Tensor& left, const torch::Tensor& right) {
    const auto n = left.size(0);
    auto out = torch::zeros({n, n}, left.options());
    forEachBlock(n, 4, [&](std::int64_t start, std::int64_t end) {
        out.slice(0, start, end)
            .slice(1, 0, end)
            .copy_(left.slice(0, start, end).mm(right.slice(1, 0, end)));
    });
    return out;
}

// The lower triangle (diagonal blocks whole) of M = Lᵀ·S·L for a lower-triangular L and a
// symmetric S, in blocks that skip L's zeros: P = Lᵀ·S by row blocks (rows [j0, j1) need only
// L's rows from j0 on, and only P's columns from j0 on are read later), then M's columns
// [i0, i1) up to their diagonal block, P's rows times L's rows from i0 on — about 0.6 of a
// product's work, where √Σa Σb √Σa took 1.6. M is formed as its transpose's upper triangle so
// that every write is a contiguous run of rows.
torch::Tensor lowerOfCongruence(const torch::Tensor& lower, const torch::Tensor& s) {
    const auto n = lower.size(0);
    constexpr std::int64_t kBlocks = 16;
    auto p = torch::empty({n, n}, lower.options()); // left of each row block's start: unread
    forEachBlock(n, kBlocks, [&](std::int64_t start, std::int64_t end) {
        p.slice(0, start, end)
            .slice(1, start, n)
            .copy_(lower.slice(0, start, n)
                       .slice(1, start, end)
                       .t()
                       .mm(s.slice(0, start, n).slice(1, start, n)));
    });
    auto transposed = torch::zeros({n, n}, lower.options());
    forEachBlock(n, kBlocks, [&](std::int64_t start, std::int64_t end) {
        transposed.slice(0, 0, end)
            .slice(1, start, end)
            .copy_(p.slice(0, 0, end)
                       .slice(1, start, n)
                       .mm(lower.slice(0, start, n).slice(1, start, end)));
    });
    return transposed.t();
}

} // namespace

double frechetDistance(const FeatureStats& a, const FeatureStats& b) {
    const auto diff = a.mean - b.mean;
    const CovFactor factor = a.factor.matrix.defined() ? a.factor : covarianceFactor(a.cov);
    const auto& f = factor.matrix;
    torch::Tensor middle;
    if (b.centred.defined() && b.count > 1 && b.count < b.mean.size(0)) {
        // Fewer samples than dimensions: Σb = XᵀX/(n−1), and Fᵀ Σb F shares its non-zero
        // eigenvalues with the n × n matrix (XF)(XF)ᵀ/(n−1) — exact, and far cheaper.
        const auto y = b.centred.mm(f) / std::sqrt(double(b.count - 1));
        middle = y.mm(y.t());
    } else if (factor.triangular) {
        middle = lowerOfCongruence(f, b.cov); // Fᵀ Σb F, lower half
    } else {
        middle = lowerOfSymmetricProduct(f.t(), b.cov.mm(f)); // Fᵀ Σb F, lower half
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
