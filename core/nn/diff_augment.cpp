// DiffAugment (Zhao et al. 2020; reference: mit-han-lab/data-efficient-gans DiffAugment_pytorch.py,
// copied into autonomousvision/projected_gan): every operation is differentiable in the images.
#include "nn/diff_augment.h"

#include "api/error.h"

#include <sstream>

namespace ganlab::nn {
namespace {

torch::Tensor uniform(std::vector<std::int64_t> shape, const BatchRandom& rng,
                      const torch::Tensor& like) {
    // Drawn on the CPU from the run's generator (the same numbers on every device), then moved.
    return rng.uniform(std::move(shape)).to(like.options());
}

torch::Tensor color(const torch::Tensor& x, const BatchRandom& rng) {
    const auto n = x.size(0);
    auto y = x + (uniform({n, 1, 1, 1}, rng, x) - 0.5); // brightness
    if (x.size(1) == 3) {                               // saturation
        const auto mean = y.mean(1, true);
        y = (y - mean) * (uniform({n, 1, 1, 1}, rng, x) * 2) + mean;
    }
    const auto mean = y.mean({1, 2, 3}, true); // contrast
    return (y - mean) * (uniform({n, 1, 1, 1}, rng, x) + 0.5) + mean;
}

// Per-image integer shifts, gathered through an index grid with zero padding.
torch::Tensor translation(const torch::Tensor& x, const BatchRandom& rng, double ratio) {
    const auto n = x.size(0), h = x.size(2), w = x.size(3);
    const auto sh = static_cast<std::int64_t>(h * ratio + 0.5),
               sw = static_cast<std::int64_t>(w * ratio + 0.5);
    const auto opts = torch::TensorOptions().dtype(torch::kLong).device(x.device());
    const auto ty = rng.integers(-sh, sh + 1, {n, 1, 1}).to(x.device());
    const auto tx = rng.integers(-sw, sw + 1, {n, 1, 1}).to(x.device());
    const auto gy = torch::arange(h, opts).view({1, h, 1}).expand({n, h, w});
    const auto gx = torch::arange(w, opts).view({1, 1, w}).expand({n, h, w});
    const auto y = (gy + ty + 1).clamp(0, h + 1), xx = (gx + tx + 1).clamp(0, w + 1);
    const auto padded = torch::constant_pad_nd(x, {1, 1, 1, 1}); // [N, C, H+2, W+2]
    const auto flat = padded.flatten(2);                         // [N, C, (H+2)(W+2)]
    const auto index = (y * (w + 2) + xx).flatten(1).unsqueeze(1).expand({-1, x.size(1), -1});
    return flat.gather(2, index).view_as(x);
}

torch::Tensor cutout(const torch::Tensor& x, const BatchRandom& rng, double ratio) {
    const auto n = x.size(0), h = x.size(2), w = x.size(3);
    const auto ch = static_cast<std::int64_t>(h * ratio + 0.5),
               cw = static_cast<std::int64_t>(w * ratio + 0.5);
    const auto opts = torch::TensorOptions().dtype(torch::kLong).device(x.device());
    const auto oy = rng.integers(0, h + (1 - ch % 2), {n, 1, 1}).to(x.device());
    const auto ox = rng.integers(0, w + (1 - cw % 2), {n, 1, 1}).to(x.device());
    const auto gy = torch::arange(h, opts).view({1, h, 1});
    const auto gx = torch::arange(w, opts).view({1, 1, w});
    const auto inside = ((gy - oy + ch / 2) >= 0) & ((gy - oy + ch / 2) < ch) &
                        ((gx - ox + cw / 2) >= 0) & ((gx - ox + cw / 2) < cw);
    return x * (~inside).unsqueeze(1).to(x.dtype());
}

} // namespace

std::vector<std::string> parseAugmentPolicy(const std::string& policy) {
    std::vector<std::string> parts;
    std::stringstream in(policy);
    std::string part;
    while (std::getline(in, part, ',')) {
        if (part.empty())
            continue;
        if (part != "color" && part != "translation" && part != "cutout")
            throw Error(
                ErrorKind::Usage, {},
                message(MessageCode::SettingUnknownItem, part, "color, translation, cutout"));
        parts.push_back(part);
    }
    return parts;
}

torch::Tensor diffAugment(const torch::Tensor& x, const std::vector<std::string>& policy,
                          const BatchRandom& rng, double translationRatio, double cutoutRatio) {
    auto y = x;
    for (const auto& p : policy) {
        if (p == "color")
            y = color(y, rng);
        else if (p == "translation")
            y = translation(y, rng, translationRatio);
        else if (p == "cutout")
            y = cutout(y, rng, cutoutRatio);
    }
    return y;
}

} // namespace ganlab::nn
