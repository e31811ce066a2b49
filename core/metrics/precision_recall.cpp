// Improved precision and recall (Kynkäänniemi et al., NeurIPS 2019; reference:
// kynkaat/improved-precision-and-recall-metric): k-NN (k = 3) balls around each real (fake)
// feature; precision = share of fakes inside the real manifold, recall = reals inside the fake one.
#include "api/error.h"
#include "metrics/metric_functions.h"
#include "metrics/metric_registry.h"

#include <algorithm>

namespace ganlab {
namespace {

// Radius of each point's ball: distance to its k-th nearest other point.
torch::Tensor kthNeighbourRadii(const torch::Tensor& x, int k) {
    const auto d = torch::cdist(x, x);
    return std::get<0>(d.topk(k + 1, 1, /*largest=*/false)).select(1, k);
}

// Share of `queries` within the ball of at least one point of `manifold`.
double coverage(const torch::Tensor& manifold, const torch::Tensor& radii,
                const torch::Tensor& queries) {
    std::int64_t inside = 0;
    for (std::int64_t i = 0; i < queries.size(0); i += 1000) {
        const auto q = queries.slice(0, i, std::min(i + 1000, queries.size(0)));
        inside +=
            (torch::cdist(q, manifold) <= radii.unsqueeze(0)).any(1).sum().item<std::int64_t>();
    }
    return double(inside) / double(std::max<std::int64_t>(1, queries.size(0)));
}

} // namespace

PrecisionRecall precisionRecall(const torch::Tensor& real, const torch::Tensor& fake, int k) {
    const auto r = real.to(torch::kDouble), f = fake.to(torch::kDouble);
    return {coverage(r, kthNeighbourRadii(r, k), f), coverage(f, kthNeighbourRadii(f, k), r)};
}

namespace {

GANLAB_REGISTER_METRIC({.name = "pr",
                        .description = "Precision and recall of k-NN feature manifolds (k = 3)",
                        .direction = Direction::HigherIsBetter,
                        .usesFeatures = true,
                        .compute = [](EvalContext& c) {
                            constexpr int k = 3; // each point needs k others
                            const auto real = c.realFeatures(), fake = c.fakeFeatures();
                            if (std::min(real.size(0), fake.size(0)) < k + 1)
                                throw Error(ErrorKind::Usage, {},
                                            message(MessageCode::MetricNeedsImages,
                                                    "Precision/recall", k + 1, real.size(0),
                                                    fake.size(0)));
                            const auto pr = precisionRecall(real, fake, k);
                            MetricResult p, r;
                            p.network = r.network = c.inputs().features->name();
                            p.name = withNetwork("Precision", *c.inputs().features);
                            r.name = withNetwork("Recall", *c.inputs().features);
                            p.value = pr.precision;
                            r.value = pr.recall;
                            p.note = r.note = message(MessageCode::NotePrK, k);
                            return std::vector<MetricResult>{p, r};
                        }});

} // namespace
} // namespace ganlab
