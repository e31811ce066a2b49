// HealthMonitor: BigGAN's instability analysis made live (Brock et al., ICLR 2019 §4.1) — the top
// singular values of watched layers by block power iteration, and a collapse guard: non-finite
// values, or G's first-layer σ0 jumping beyond a factor of its running level.
#pragma once

#include "api/step_stats.h"
#include "torch_prelude.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ganlab {

struct WatchedLayer {
    std::string key;  // "g_first", "g_last", "d_first", "d_last"
    std::string name; // the parameter's name in its module
    torch::Tensor weight;
    torch::Tensor basis; // [cols, k] right singular subspace estimate, refined each measurement
};

class HealthMonitor {
public:
    // Watches G's first and last and D's first and last trainable weight matrices (≥ 2-d; class
    // embeddings excluded). collapseFactor ≤ 0 disables the σ0 test (non-finite values still trip).
    HealthMonitor(torch::nn::Module& generator, torch::nn::Module& discriminator,
                  double collapseFactor);

    // σ0 of every watched layer (σ1, σ2 too for g_first and d_last) and G's first-layer ratio
    // into `out`; returns why the guard trips, or nothing when healthy.
    std::optional<Message> measure(HealthReading& out);
    // After a rollback or a user's "continue": forget the running level.
    void rebaseline();

    const std::vector<WatchedLayer>& layers() const { return m_layers; }
    // Top `k` singular values of W (as [rows, −1]) refining `basis` by `rounds` power iterations.
    static std::vector<double> topSingularValues(const torch::Tensor& weight, torch::Tensor& basis,
                                                 int k, int rounds);

private:
    std::vector<WatchedLayer> m_layers;
    double m_factor;
    double m_logLevel = 0; // running mean of log σ0(g_first)
    int m_measured = 0;
};

} // namespace ganlab
