// Singular values by block power iteration with Rayleigh–Ritz, and BigGAN's collapse signal.
#include "train/health_monitor.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <cstdio>

namespace ganlab {
namespace {

constexpr int kWarmupMeasurements = 3;
constexpr double kLevelSmoothing = 0.9; // running mean of log σ0, per measurement

std::vector<std::pair<std::string, torch::Tensor>> matrices(torch::nn::Module& m) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto& item : m.named_parameters()) {
        const auto& key = item.key();
        if (item.value().dim() >= 2 && item.value().requires_grad() &&
            key.find("embed") == std::string::npos && key.find("shared") == std::string::npos)
            out.emplace_back(key, item.value());
    }
    return out;
}

bool finite(const torch::Tensor& t) {
    return torch::isfinite(t).all().item<bool>();
}

} // namespace

HealthMonitor::HealthMonitor(torch::nn::Module& g, torch::nn::Module& d, double factor)
    : m_factor(factor) {
    const auto gm = matrices(g), dm = matrices(d);
    auto watch = [&](const char* key, const std::pair<std::string, torch::Tensor>& p) {
        m_layers.push_back({key, p.first, p.second, {}});
    };
    if (!gm.empty()) {
        watch("g_first", gm.front());
        watch("g_last", gm.back());
    }
    if (!dm.empty()) {
        watch("d_first", dm.front());
        watch("d_last", dm.back());
    }
}

std::vector<double> HealthMonitor::topSingularValues(const torch::Tensor& weight,
                                                     torch::Tensor& basis, int k, int rounds) {
    torch::NoGradGuard guard;
    const auto w = weight.detach().flatten(1).to(torch::kDouble);
    k = static_cast<int>(std::min<std::int64_t>({k, w.size(0), w.size(1)}));
    if (!basis.defined() || basis.size(0) != w.size(1) || basis.size(1) != k) {
        auto gen = at::make_generator<at::CPUGeneratorImpl>(12345);
        basis = torch::randn({w.size(1), k}, gen, torch::kDouble).to(w.device());
    }
    for (int r = 0; r < rounds; ++r)
        basis = std::get<0>(torch::linalg_qr(torch::mm(w.t(), torch::mm(w, basis))));
    basis = std::get<0>(torch::linalg_qr(basis));
    const auto sv = torch::linalg_svdvals(torch::mm(w, basis)); // Rayleigh–Ritz on the subspace
    std::vector<double> out(static_cast<std::size_t>(k));
    for (int i = 0; i < k; ++i)
        out[static_cast<std::size_t>(i)] = sv[i].item<double>();
    return out;
}

std::optional<Message> HealthMonitor::measure(HealthReading& out) {
    std::optional<Message> problem;
    double ratio = 1.0;
    for (auto& layer : m_layers) {
        if (!finite(layer.weight)) {
            problem = message(MessageCode::NonFiniteWeights, layer.name, layer.key);
            out.layers.push_back({layer.key, {std::nan("")}});
            continue;
        }
        const bool detailed = layer.key == "g_first" || layer.key == "d_last";
        const auto sv = topSingularValues(layer.weight, layer.basis, detailed ? 3 : 1, 2);
        out.layers.push_back({layer.key, sv});
        if (layer.key != "g_first" || sv.empty())
            continue;
        const double logSigma = std::log(std::max(sv[0], 1e-30));
        if (m_measured >= kWarmupMeasurements) {
            ratio = std::exp(logSigma - m_logLevel);
            if (m_factor > 0 && ratio > m_factor && !problem) {
                char shown[32];
                std::snprintf(shown, sizeof shown, "%.3g", ratio);
                problem = message(MessageCode::SigmaJumped, layer.name, shown, m_factor);
            }
        }
        m_logLevel = m_measured == 0
                         ? logSigma
                         : kLevelSmoothing * m_logLevel + (1 - kLevelSmoothing) * logSigma;
        ++m_measured;
    }
    out.firstLayerRatio = ratio;
    return problem;
}

void HealthMonitor::rebaseline() {
    m_measured = 0;
}

} // namespace ganlab
