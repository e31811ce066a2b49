// BatchNorm, one process or synchronised across ranks (two passes: the mean, then the variance).
#include "nn/batch_norm.h"

namespace ganlab::nn {
namespace {

thread_local CrossRankSum* t_crossRankSum = nullptr;

torch::Tensor channelShape(const torch::Tensor& v) {
    return v.view({1, -1, 1, 1});
}

torch::Tensor syncBatchNorm(CrossRankSum& ranks, const torch::Tensor& input,
                            const torch::Tensor& weight, const torch::Tensor& bias,
                            torch::Tensor& runningMean, torch::Tensor& runningVar, double momentum,
                            double eps) {
    const auto x = input.to(torch::kFloat);
    const auto c = x.size(1);
    const double local = static_cast<double>(x.numel() / c);
    // [Σx per channel, count] over every rank: the global mean …
    const auto first =
        ranks.sum(torch::cat({x.sum({0, 2, 3}), torch::full({1}, local, x.options())}));
    const auto count = first[c].detach();
    const auto mean = first.narrow(0, 0, c) / count;
    const auto centred = x - channelShape(mean);
    // … then Σ(x − mean)² over every rank: the biased variance normalisation uses.
    const auto var = ranks.sum(centred.pow(2).sum({0, 2, 3})) / count;
    auto y = centred * channelShape(torch::rsqrt(var + eps));
    if (weight.defined())
        y = y * channelShape(weight) + channelShape(bias);
    {
        torch::NoGradGuard guard;
        const double n = count.item<double>();
        runningMean.mul_(1 - momentum).add_(mean.detach() * momentum);
        runningVar.mul_(1 - momentum).add_(var.detach() * (n / std::max(1.0, n - 1)) * momentum);
    }
    return y.to(input.scalar_type());
}

} // namespace

CrossRankScope::CrossRankScope(CrossRankSum* sum)
    : m_previous(t_crossRankSum) {
    t_crossRankSum = sum;
}

CrossRankScope::~CrossRankScope() {
    t_crossRankSum = m_previous;
}

torch::Tensor batchNorm(const torch::Tensor& x, const torch::Tensor& weight,
                        const torch::Tensor& bias, torch::Tensor& runningMean,
                        torch::Tensor& runningVar, bool training, double momentum, double eps,
                        bool cudnn) {
    if (training && t_crossRankSum)
        return syncBatchNorm(*t_crossRankSum, x, weight, bias, runningMean, runningVar, momentum,
                             eps);
    return torch::batch_norm(x, weight, bias, runningMean, runningVar, training, momentum, eps,
                             cudnn);
}

BatchNorm2dImpl::BatchNorm2dImpl(int channels, bool affine) {
    if (affine) {
        weight = register_parameter("weight", torch::ones({channels}));
        bias = register_parameter("bias", torch::zeros({channels}));
    }
    running_mean = register_buffer("running_mean", torch::zeros({channels}));
    running_var = register_buffer("running_var", torch::ones({channels}));
    num_batches_tracked = register_buffer("num_batches_tracked", torch::zeros({}, torch::kLong));
}

torch::Tensor BatchNorm2dImpl::forward(const torch::Tensor& x) {
    if (is_training()) {
        torch::NoGradGuard noGrad;
        num_batches_tracked += 1;
    }
    return batchNorm(x, weight, bias, running_mean, running_var, is_training(), 0.1, 1e-5,
                     at::globalContext().userEnabledCuDNN()); // as torch's BatchNorm2d
}

} // namespace ganlab::nn
