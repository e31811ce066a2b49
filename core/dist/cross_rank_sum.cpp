// GroupRankSum: all-reduce as an autograd function (y = Σ_r x_r, so ∂L/∂x_r = Σ_r ∂L_r/∂y).
#include "dist/cross_rank_sum.h"

namespace ganlab::dist {
namespace {

struct AllReduceSumFunction : torch::autograd::Function<AllReduceSumFunction> {
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                                 ProcessGroup* group) {
        ctx->saved_data["group"] = reinterpret_cast<std::int64_t>(group);
        auto y = x.detach().clone();
        group->allReduceSum({y}, /*counted=*/false);
        return y;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list grads) {
        auto* group = reinterpret_cast<ProcessGroup*>(ctx->saved_data["group"].toInt());
        return {AllReduceSumFunction::apply(grads[0].contiguous(), group), torch::Tensor()};
    }
};

} // namespace

torch::Tensor GroupRankSum::sum(const torch::Tensor& x) {
    return AllReduceSumFunction::apply(x.contiguous(), &m_group);
}

} // namespace ganlab::dist
