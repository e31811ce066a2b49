// Sample rendering: grids and latent interpolations from a generator (truncation as in BigGAN).
#include "train/sample_render.h"

#include "api/error.h"
#include "data/grid.h"
#include "nn/eval_mode_scope.h"
#include "train/compute_device.h"
#include "train/latent.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

namespace ganlab {
namespace {

constexpr int kMaxCells = 4096;

struct GridLatents {
    int rows = 0;
    torch::Tensor z;      // [rows·cols, latentDim]
    torch::Tensor labels; // [rows·cols] int64, undefined when unconditional
};

GridLatents gridLatents(const ModelSpec& spec, const SampleRequest& r) {
    GridLatents out;
    out.rows = !r.classes.empty() ? static_cast<int>(r.classes.size()) : r.rows;
    if (out.rows < 1 || r.cols < 1 || std::int64_t(out.rows) * r.cols > kMaxCells)
        throw Error(ErrorKind::Usage, {}, message(MessageCode::GridCells));
    for (int c : r.classes)
        if (spec.numClasses > 0 && (c < 0 || c >= spec.numClasses))
            throw Error(ErrorKind::Usage, {},
                        message(MessageCode::ClassOutOfRange, c, spec.numClasses - 1));
    const std::int64_t n = std::int64_t(out.rows) * r.cols;
    at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(r.seed);
    out.z = sampleLatent(n, spec.latentDim, r.truncation, rng);
    if (spec.numClasses > 0) {
        out.labels = torch::empty({n}, torch::kLong);
        auto* l = out.labels.data_ptr<std::int64_t>();
        for (std::int64_t i = 0; i < n; ++i) {
            const std::int64_t row = i / r.cols;
            l[i] = r.classes.empty() ? row % spec.numClasses : r.classes[row];
        }
    }
    return out;
}

Image compose(const torch::Tensor& images, int rows, int cols, int padding, int padValue) {
    const auto host = images.to(torch::kCPU).contiguous();
    return composeGrid(host.data_ptr<std::uint8_t>(), static_cast<int>(images.size(0)),
                       static_cast<int>(images.size(1)), static_cast<int>(images.size(2)),
                       static_cast<int>(images.size(3)), {rows, cols, padding, padValue});
}

// Spherical interpolation, the usual path between Gaussian latents (keeps their norm typical).
torch::Tensor slerp(const torch::Tensor& a, const torch::Tensor& b, double t) {
    const double na = a.norm().item<double>(), nb = b.norm().item<double>();
    const double cosine = std::clamp((a * b).sum().item<double>() / (na * nb + 1e-12), -1.0, 1.0);
    const double omega = std::acos(cosine);
    if (omega < 1e-6)
        return a + (b - a) * t;
    const double s = std::sin(omega);
    return a * (std::sin((1 - t) * omega) / s) + b * (std::sin(t * omega) / s);
}

} // namespace

GenerateFn generateWith(GeneratorImpl& g) {
    return [&g](const torch::Tensor& z, const torch::Tensor& labels) {
        torch::NoGradGuard guard;
        const nn::EvalModeScope evalMode(g);
        const auto device = deviceOf(g);
        return g.forward(z.to(device), labels.defined() ? labels.to(device) : labels);
    };
}

SampleBatch drawSamples(const GenerateFn& generate, const ModelSpec& spec,
                        const SampleRequest& request) {
    GridLatents latents = gridLatents(spec, request);
    SampleBatch out{latents.rows, latents.z, latents.labels, {}};
    torch::NoGradGuard guard;
    out.images = generate(latents.z, latents.labels).to(torch::kCPU, torch::kFloat);
    return out;
}

std::optional<FadePreview> renderFadePreview(GeneratorImpl& generator, const ModelSpec& spec,
                                             const SampleRequest& request, double alpha) {
    const auto growth = growthOf(generator);
    if (!growth || growth->level == 0)
        return std::nullopt;
    SampleRequest row = request;
    row.rows = 1;
    if (!row.classes.empty())
        row.classes.resize(1);
    const GridLatents latents = gridLatents(spec, row);
    std::optional<FadeParts> parts;
    {
        torch::NoGradGuard guard;
        const nn::EvalModeScope evalMode(generator);
        const auto device = deviceOf(generator);
        parts = generator.fadeParts(latents.z.to(device), latents.labels.defined()
                                                              ? latents.labels.to(device)
                                                              : latents.labels);
    }
    if (!parts)
        return std::nullopt;
    FadePreview out;
    out.level = growth->level;
    out.alpha = alpha < 0 ? growth->alpha : std::clamp(alpha, 0.0, 1.0);
    out.lowerResolution = 4 << (growth->level - 1);
    out.upperResolution = 4 << growth->level;
    const auto strip = [&](const torch::Tensor& images) {
        return compose(toUint8Images(images), 1, row.cols, row.padding, row.padValue);
    };
    out.lower = strip(parts->lower);
    out.upper = strip(parts->upper);
    out.blend = strip(parts->lower + out.alpha * (parts->upper - parts->lower));
    return out;
}

Image renderSampleGrid(const GenerateFn& generate, const ModelSpec& spec, const SampleRequest& r) {
    const SampleBatch batch = drawSamples(generate, spec, r);
    return compose(toUint8Images(batch.images), batch.rows, r.cols, r.padding, r.padValue);
}

Image renderSampleGrid(GeneratorImpl& generator, const ModelSpec& spec, const SampleRequest& r) {
    return renderSampleGrid(generateWith(generator), spec, r);
}

Image renderInterpolation(GeneratorImpl& generator, const ModelSpec& spec,
                          const SampleRequest& grid, int fromCell, int toCell, int frames) {
    return renderInterpolation(generateWith(generator), spec, grid, fromCell, toCell, frames);
}

Image renderInterpolation(const GenerateFn& generate, const ModelSpec& spec,
                          const SampleRequest& grid, int fromCell, int toCell, int frames) {
    const GridLatents latents = gridLatents(spec, grid);
    const auto cells = latents.z.size(0);
    if (fromCell < 0 || toCell < 0 || fromCell >= cells || toCell >= cells)
        throw Error(ErrorKind::Usage, {}, message(MessageCode::InterpolationCellsOutside));
    if (frames < 2 || frames > 64)
        throw Error(ErrorKind::Usage, {}, message(MessageCode::InterpolationFrames));
    std::vector<torch::Tensor> zs;
    auto labels = latents.labels.defined() ? torch::empty({frames}, torch::kLong) : torch::Tensor();
    for (int k = 0; k < frames; ++k) {
        const double t = double(k) / (frames - 1);
        zs.push_back(slerp(latents.z[fromCell], latents.z[toCell], t));
        if (labels.defined())
            labels[k] = latents.labels[t < 0.5 ? fromCell : toCell];
    }
    torch::NoGradGuard guard;
    return compose(toUint8Images(generate(torch::stack(zs), labels)), 1, frames, grid.padding,
                   grid.padValue);
}

} // namespace ganlab
