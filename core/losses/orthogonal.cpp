// Orthogonal regularisation (Brock et al. 2019), applied as a direct gradient like the reference.
#include "losses/orthogonal.h"

namespace ganlab {
namespace {

torch::Tensor offDiagonalGram(const torch::Tensor& w) {
    const auto gram = torch::mm(w, w.t());
    return gram * (1 - torch::eye(w.size(0), w.options()));
}

} // namespace

torch::Tensor orthogonalPenalty(const torch::Tensor& weight, double beta) {
    return beta * offDiagonalGram(weight.flatten(1)).pow(2).sum();
}

double addOrthogonalGradient(torch::nn::Module& module, double beta,
                             const std::vector<std::string>& excluded) {
    torch::NoGradGuard guard;
    double total = 0;
    for (auto& item : module.named_parameters()) {
        auto& p = item.value();
        if (p.dim() < 2 || !p.requires_grad() || !p.grad().defined())
            continue; // (layers a growing G does not use yet have no gradient: left alone)
        bool skip = false;
        for (const auto& e : excluded)
            skip = skip || item.key().find(e) != std::string::npos;
        if (skip)
            continue;
        const auto w = p.flatten(1);
        const auto m = offDiagonalGram(w);
        total += beta * m.pow(2).sum().item<double>();
        const auto grad = (4 * beta * torch::mm(m, w)).view_as(p);
        p.mutable_grad().add_(grad);
    }
    return total;
}

} // namespace ganlab
