// Spectral normalisation by power iteration (Miyato et al. 2018), the way BigGAN-PyTorch does it.
#include "nn/spectral_norm.h"

namespace ganlab::nn {
namespace {

SpectralState makeState(torch::nn::Module& m, std::int64_t rows) {
    SpectralState s;
    s.u = m.register_buffer(
        "sn_u", torch::nn::functional::normalize(
                    torch::randn({rows}), torch::nn::functional::NormalizeFuncOptions().dim(0)));
    s.sigma = m.register_buffer("sn_sigma", torch::ones({}));
    return s;
}

torch::Tensor kaimingUniform(std::vector<std::int64_t> shape, std::int64_t fanIn) {
    const double bound = 1.0 / std::sqrt(static_cast<double>(fanIn));
    return torch::empty(shape).uniform_(-bound, bound);
}

} // namespace

torch::Tensor spectralNormalise(const torch::Tensor& weight, SpectralState& state, bool training) {
    const auto w = weight.flatten(1);
    if (training) {
        torch::NoGradGuard guard;
        auto v = torch::mv(w.t(), state.u);
        v = v / (v.norm() + 1e-12);
        auto u = torch::mv(w, v);
        u = u / (u.norm() + 1e-12);
        state.u.copy_(u);
    }
    const auto u = state.u.clone(); // the buffer moves on at the next forward; the graph keeps this
    auto v = torch::mv(w.t(), u).detach();
    v = v / (v.norm() + 1e-12);
    const auto sigma = torch::dot(u, torch::mv(w, v));
    if (training) {
        torch::NoGradGuard guard;
        state.sigma.copy_(sigma.detach());
    }
    return weight / sigma;
}

SNConv2dImpl::SNConv2dImpl(int in, int out, int kernel, int s, int p, bool withBias)
    : stride(s)
    , padding(p) {
    weight = register_parameter(
        "weight", kaimingUniform({out, in, kernel, kernel}, std::int64_t(in) * kernel * kernel));
    if (withBias)
        bias = register_parameter("bias", torch::zeros({out}));
    sn = makeState(*this, out);
}

torch::Tensor SNConv2dImpl::forward(const torch::Tensor& x) {
    return torch::conv2d(x, spectralNormalise(weight, sn, is_training()), bias, stride, padding);
}

SNLinearImpl::SNLinearImpl(int in, int out, bool withBias) {
    weight = register_parameter("weight", kaimingUniform({out, in}, in));
    if (withBias)
        bias = register_parameter("bias", torch::zeros({out}));
    sn = makeState(*this, out);
}

torch::Tensor SNLinearImpl::forward(const torch::Tensor& x) {
    return torch::linear(x, spectralNormalise(weight, sn, is_training()), bias);
}

SNEmbeddingImpl::SNEmbeddingImpl(int classes, int dim) {
    weight = register_parameter("weight", torch::randn({classes, dim}));
    sn = makeState(*this, classes);
}

torch::Tensor SNEmbeddingImpl::forward(const torch::Tensor& labels) {
    return torch::embedding(spectralNormalise(weight, sn, is_training()), labels);
}

} // namespace ganlab::nn
