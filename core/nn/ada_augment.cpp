// StyleGAN2-ADA's augmentation pipeline (Karras et al. 2020; reference:
// NVlabs/stylegan2-ada-pytorch training/augment.py, the "bgc" operations). Parameters and matrices
// are drawn and composed on the CPU from the run's generator, then applied on the images' device.
#include "nn/ada_augment.h"

#include "api/error.h"
#include "nn/augment_ops.h"

#include <cmath>

namespace ganlab::nn {
namespace {

namespace F = torch::nn::functional;
using torch::Tensor;

// [n] entries, row-major → [n, k, k].
Tensor matrices(const std::vector<Tensor>& entries, std::int64_t k) {
    return torch::stack(entries, 1).view({-1, k, k});
}

Tensor translate2d(const Tensor& tx, const Tensor& ty) {
    const auto o = torch::ones_like(tx), z = torch::zeros_like(tx);
    return matrices({o, z, tx, z, o, ty, z, z, o}, 3);
}

Tensor scale2d(const Tensor& sx, const Tensor& sy) {
    const auto o = torch::ones_like(sx), z = torch::zeros_like(sx);
    return matrices({sx, z, z, z, sy, z, z, z, o}, 3);
}

Tensor rotate2d(const Tensor& theta) {
    const auto o = torch::ones_like(theta), z = torch::zeros_like(theta);
    const auto c = theta.cos(), s = theta.sin();
    return matrices({c, -s, z, s, c, z, z, z, o}, 3);
}

Tensor translate3d(const Tensor& t) {
    const auto o = torch::ones_like(t), z = torch::zeros_like(t);
    return matrices({o, z, z, t, z, o, z, t, z, z, o, t, z, z, z, o}, 4);
}

Tensor scale3d(const Tensor& s) {
    const auto o = torch::ones_like(s), z = torch::zeros_like(s);
    return matrices({s, z, z, z, z, s, z, z, z, z, s, z, z, z, z, o}, 4);
}

// Rotation by theta about the unit axis (a, a, a) (Rodrigues' formula), in homogeneous 4×4 form.
Tensor rotateAboutLuma(const Tensor& theta) {
    const double a = 1.0 / std::sqrt(3.0);
    const auto o = torch::ones_like(theta), z = torch::zeros_like(theta);
    const auto c = theta.cos(), s = theta.sin(), cc = 1 - c;
    const auto d = a * a * cc + c, plus = a * a * cc + a * s, minus = a * a * cc - a * s;
    return matrices({d, minus, plus, z, plus, d, minus, z, minus, plus, d, z, z, z, z, o}, 4);
}

// Each image's drawn value where its coin (drawn after the values) says so, the identity's
// otherwise.
Tensor withProbability(const Tensor& value, double identity, double probability,
                       const BatchRandom& rng) {
    auto shape = value.sizes().vec();
    std::fill(shape.begin() + 1, shape.end(), 1);
    const auto coin = rng.uniform(shape) < probability;
    return torch::where(coin, value, torch::full_like(value, identity));
}

// The inverse geometric transform of each image, output pixel → input pixel, in pixel units about
// the image's centre.
Tensor geometricInverse(const AdaOps& ops, double p, std::int64_t n, double w, double h,
                        const BatchRandom& rng) {
    auto gInv = torch::eye(3).expand({n, 3, 3}).clone();
    const auto compose = [&](const Tensor& m) { gInv = torch::bmm(gInv, m); };
    const double pi = M_PI;
    if (ops.xflip) {
        const auto i = withProbability(torch::floor(rng.uniform({n}) * 2), 0, p, rng);
        compose(scale2d(1 - 2 * i, torch::ones({n})));
    }
    if (ops.rotate90) {
        const auto i = withProbability(torch::floor(rng.uniform({n}) * 4), 0, p, rng);
        compose(rotate2d(pi / 2 * i));
    }
    if (ops.xint) {
        const auto t = withProbability((rng.uniform({n, 2}) * 2 - 1) * 0.125, 0, p, rng);
        compose(translate2d(-torch::round(t.select(1, 0) * w), -torch::round(t.select(1, 1) * h)));
    }
    if (ops.scale) {
        const auto s = withProbability(torch::exp2(rng.normal({n}) * 0.2), 1, p, rng);
        compose(scale2d(1 / s, 1 / s));
    }
    const double pRotate = 1 - std::sqrt(std::max(1 - p, 0.0)); // two chances make p
    if (ops.rotate) {
        const auto theta = withProbability((rng.uniform({n}) * 2 - 1) * pi, 0, pRotate, rng);
        compose(rotate2d(theta));
    }
    if (ops.aniso) {
        const auto s = withProbability(torch::exp2(rng.normal({n}) * 0.2), 1, p, rng);
        compose(scale2d(1 / s, s));
    }
    if (ops.rotate) {
        const auto theta = withProbability((rng.uniform({n}) * 2 - 1) * pi, 0, pRotate, rng);
        compose(rotate2d(theta));
    }
    if (ops.xfrac) {
        const auto t = withProbability(rng.normal({n, 2}) * 0.125, 0, p, rng);
        compose(translate2d(-t.select(1, 0) * w, -t.select(1, 1) * h));
    }
    return gInv;
}

// Bilinear resampling through the inverse matrices; outside the image, its reflection.
Tensor resample(const Tensor& x, const Tensor& gInv) {
    const double w = static_cast<double>(x.size(3)), h = static_cast<double>(x.size(2));
    // affine_grid's normalised coordinates (align_corners = false) are centred pixels × 2/size.
    const auto toUnit = torch::diag(torch::tensor({2 / w, 2 / h, 1.0}, torch::kFloat));
    const auto toPixels = torch::diag(torch::tensor({w / 2, h / 2, 1.0}, torch::kFloat));
    const auto theta = torch::matmul(torch::matmul(toUnit, gInv), toPixels).narrow(1, 0, 2);
    const auto grid = F::affine_grid(theta.to(x.options()), x.sizes(), /*align_corners=*/false);
    return F::grid_sample(x, grid,
                          F::GridSampleFuncOptions()
                              .mode(torch::kBilinear)
                              .padding_mode(torch::kReflection)
                              .align_corners(false));
}

// The colour transform of each image, a homogeneous 4×4 matrix on (r, g, b, 1).
Tensor colourMatrix(const AdaOps& ops, double p, std::int64_t n, bool rgb, const BatchRandom& rng) {
    auto c = torch::eye(4).expand({n, 4, 4}).clone();
    const auto compose = [&](const Tensor& m) { c = torch::bmm(m, c); };
    const auto luma = torch::tensor({1.0, 1.0, 1.0, 0.0}, torch::kFloat) / std::sqrt(3.0);
    const auto lumaOuter = torch::outer(luma, luma).unsqueeze(0);
    const auto eye4 = torch::eye(4).unsqueeze(0);
    if (ops.brightness)
        compose(translate3d(withProbability(rng.normal({n}) * 0.2, 0, p, rng)));
    if (ops.contrast)
        compose(scale3d(withProbability(torch::exp2(rng.normal({n}) * 0.5), 1, p, rng)));
    if (ops.lumaflip) {
        const auto i = withProbability(torch::floor(rng.uniform({n}) * 2), 0, p, rng);
        compose(eye4 - 2 * lumaOuter * i.view({n, 1, 1}));
    }
    if (ops.hue && rgb)
        compose(rotateAboutLuma(withProbability((rng.uniform({n}) * 2 - 1) * M_PI, 0, p, rng)));
    if (ops.saturation && rgb) {
        const auto s = withProbability(torch::exp2(rng.normal({n}) * 1.0), 1, p, rng);
        compose(lumaOuter + (eye4 - lumaOuter) * s.view({n, 1, 1}));
    }
    return c;
}

Tensor applyColour(const Tensor& x, const Tensor& c) {
    const auto n = x.size(0), channels = x.size(1);
    const auto flat = x.reshape({n, channels, -1});
    const auto m = c.to(x.options());
    if (channels == 3)
        return (torch::bmm(m.narrow(1, 0, 3).narrow(2, 0, 3), flat) +
                m.narrow(1, 0, 3).narrow(2, 3, 1))
            .view_as(x);
    const auto grey = m.narrow(1, 0, 3).mean(1, /*keepdim=*/true); // [n, 1, 4]
    return (flat * grey.narrow(2, 0, 3).sum(2, true) + grey.narrow(2, 3, 1)).view_as(x);
}

bool setOp(AdaOps& ops, std::string_view name) {
    static const std::vector<std::pair<std::string_view, bool AdaOps::*>> kFlags = {
        {"xflip", &AdaOps::xflip},       {"rotate90", &AdaOps::rotate90},
        {"xint", &AdaOps::xint},         {"scale", &AdaOps::scale},
        {"rotate", &AdaOps::rotate},     {"aniso", &AdaOps::aniso},
        {"xfrac", &AdaOps::xfrac},       {"brightness", &AdaOps::brightness},
        {"contrast", &AdaOps::contrast}, {"lumaflip", &AdaOps::lumaflip},
        {"hue", &AdaOps::hue},           {"saturation", &AdaOps::saturation}};
    for (const auto& [flagName, flag] : kFlags)
        if (flagName == name) {
            ops.*flag = true;
            return true;
        }
    return false;
}

} // namespace

AdaOps parseAdaOps(const std::vector<std::string>& names) {
    AdaOps ops;
    const auto addGroup = [&](const AdaOpGroup& group) {
        for (const auto op : group.ops)
            if (!op.empty())
                setOp(ops, op);
    };
    if (names.empty())
        for (const auto& group : kAdaOpGroups)
            addGroup(group);
    for (const auto& name : names) {
        bool known = setOp(ops, name);
        for (const auto& group : kAdaOpGroups)
            if (group.name == name) {
                addGroup(group);
                known = true;
            }
        if (!known)
            throw Error(ErrorKind::Usage, {},
                        message(MessageCode::SettingUnknownItem, name,
                                "blit, geom, color or one of their operations"));
    }
    return ops;
}

Tensor adaAugment(const Tensor& x, const AdaOps& ops, double p, const BatchRandom& rng) {
    const auto n = x.size(0);
    auto y = x.to(torch::kFloat);
    if (ops.geometric()) {
        const auto gInv = geometricInverse(ops, p, n, static_cast<double>(x.size(3)),
                                           static_cast<double>(x.size(2)), rng);
        if (p > 0)
            y = resample(y, gInv);
    }
    if (ops.colour()) {
        const auto c = colourMatrix(ops, p, n, x.size(1) == 3, rng);
        if (p > 0)
            y = applyColour(y, c);
    }
    return y;
}

} // namespace ganlab::nn
