// Latent sampling with resampling truncation (Brock et al., BigGAN, ICLR 2019, §3.1).
#include "train/latent.h"

namespace ganlab {

torch::Tensor sampleLatent(std::int64_t n, std::int64_t dim, double threshold, at::Generator& rng) {
    auto z = torch::randn({n, dim}, rng, torch::kFloat);
    if (threshold <= 0)
        return z;
    for (int round = 0; round < 1000; ++round) {
        const auto outside = z.abs() > threshold;
        if (!outside.any().item<bool>())
            return z;
        z = torch::where(outside, torch::randn({n, dim}, rng, torch::kFloat), z);
    }
    // Thresholds far below 1 make resampling slow to converge; clamp the rare leftovers.
    return z.clamp(-threshold, threshold);
}

torch::Tensor toUint8Images(const torch::Tensor& images) {
    return images.detach().add(1).mul(127.5).round().clamp(0, 255).to(torch::kUInt8).contiguous();
}

} // namespace ganlab
