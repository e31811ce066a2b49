// MS-SSIM diversity (Wang, Simoncelli & Bovik 2003; used for diversity by AC-GAN, Odena et al.,
// ICML 2017 §4.2): mean MS-SSIM of random same-class pairs of samples, beside the same statistic
// on real images. Gaussian window 11, σ 1.5, K1 .01, K2 .03, 2×2 average pooling between scales;
// small images use fewer scales (the smallest must still hold a window) with renormalised
// weights, stated in the result's note.
#include "metrics/metric_functions.h"
#include "metrics/metric_registry.h"

#include <cmath>
#include <sstream>

namespace ganlab {
namespace {

constexpr double kWeights[] = {0.0448, 0.2856, 0.3001, 0.2363, 0.1333};
constexpr double kSigma = 1.5;
constexpr int kPairs = 100;
constexpr const char* kSamples = "MS-SSIM (samples)";
constexpr const char* kReal = "MS-SSIM (real)";

torch::Tensor gaussianWindow(int size, int channels) {
    auto x = torch::arange(size, torch::kDouble) - (size - 1) / 2.0;
    auto g = torch::exp(-x.pow(2) / (2 * kSigma * kSigma));
    g = g / g.sum();
    return g.outer(g).expand({channels, 1, size, size}).contiguous();
}

} // namespace

std::string MsSsimScales::describe() const {
    std::ostringstream out;
    out << scales << " scale(s), window " << window << ", weights";
    for (double w : weights)
        out << ' ' << std::round(w * 1000) / 1000;
    return out.str();
}

MsSsimScales msSsimScales(int size) {
    MsSsimScales s;
    s.window = std::min(11, size % 2 ? size : size - 1);
    s.scales = 1;
    while (s.scales < 5 && (size >> s.scales) >= s.window)
        ++s.scales;
    double total = 0;
    for (int i = 0; i < s.scales; ++i)
        total += kWeights[i];
    for (int i = 0; i < s.scales; ++i)
        s.weights.push_back(kWeights[i] / total);
    return s;
}

torch::Tensor msSsim(const torch::Tensor& a, const torch::Tensor& b, const MsSsimScales& s) {
    auto x = a.to(torch::kDouble), y = b.to(torch::kDouble);
    const auto channels = x.size(1);
    const auto window = gaussianWindow(s.window, static_cast<int>(channels));
    const double c1 = std::pow(0.01 * 255, 2), c2 = std::pow(0.03 * 255, 2);
    auto result = torch::ones({x.size(0)}, torch::kDouble);
    for (int level = 0; level < s.scales; ++level) {
        const auto blur = [&](const torch::Tensor& t) {
            return torch::conv2d(t, window, {}, torch::IntArrayRef{1, 1}, torch::IntArrayRef{0, 0},
                                 torch::IntArrayRef{1, 1}, channels);
        };
        const auto mx = blur(x), my = blur(y);
        const auto sxx = blur(x * x) - mx * mx, syy = blur(y * y) - my * my,
                   sxy = blur(x * y) - mx * my;
        const auto cs = ((2 * sxy + c2) / (sxx + syy + c2)).mean({1, 2, 3}).clamp_min(0);
        if (level + 1 < s.scales) {
            result = result * cs.pow(s.weights[level]);
            x = torch::avg_pool2d(x, 2);
            y = torch::avg_pool2d(y, 2);
        } else {
            const auto ssim = (((2 * mx * my + c1) * (2 * sxy + c2)) /
                               ((mx * mx + my * my + c1) * (sxx + syy + c2)))
                                  .mean({1, 2, 3})
                                  .clamp_min(0);
            result = result * ssim.pow(s.weights[level]);
        }
    }
    return result;
}

double meanPairMsSsim(const torch::Tensor& images, int pairs, at::Generator& rng) {
    const auto n = images.size(0);
    if (n < 2)
        return std::nan("");
    auto first = torch::randint(n, {pairs}, rng);
    auto second = (first + torch::randint(1, n, {pairs}, rng)).remainder(n); // never the same
    return msSsim(images.index_select(0, first), images.index_select(0, second),
                  msSsimScales(static_cast<int>(images.size(2))))
        .mean()
        .item<double>();
}

namespace {

std::vector<MetricResult> diversity(EvalContext& c) {
    const auto& in = c.inputs();
    const auto scales = msSsimScales(static_cast<int>(in.trainImages.size(2)));
    std::vector<MetricResult> out;
    const auto add = [&](const std::string& className, const torch::Tensor& fakes,
                         const torch::Tensor& reals) {
        MetricResult fake, real;
        const std::string suffix = className.empty() ? "" : "/" + className;
        fake.name = kSamples + suffix;
        real.name = kReal + suffix;
        if (!className.empty()) {
            fake.parent = kSamples;
            real.parent = kReal;
            fake.className = real.className = className;
        }
        fake.value = meanPairMsSsim(fakes, kPairs, c.rng());
        real.value = meanPairMsSsim(reals, kPairs, c.rng());
        fake.note = real.note = message(MessageCode::NoteMsSsimPairs, kPairs, scales.describe());
        out.push_back(fake);
        out.push_back(real);
    };
    const auto& fakes = c.fakeImages();
    const auto& reals = c.realImages();
    if (in.numClasses <= 0 || !c.realLabels().defined()) {
        add("", fakes, reals);
        return out;
    }
    // Per class (same-class pairs), then the mean over classes.
    double fakeSum = 0, realSum = 0;
    int counted = 0;
    for (int k = 0; k < in.numClasses; ++k) {
        const auto f = fakes.index_select(0, (c.fakeLabels() == k).nonzero().squeeze(1));
        const auto r = reals.index_select(0, (c.realLabels() == k).nonzero().squeeze(1));
        if (f.size(0) < 2 || r.size(0) < 2)
            continue;
        add(in.classNames.at(k), f, r);
        fakeSum += out[out.size() - 2].value;
        realSum += out.back().value;
        ++counted;
    }
    MetricResult fake, real;
    fake.name = kSamples;
    real.name = kReal;
    fake.value = counted ? fakeSum / counted : std::nan("");
    real.value = counted ? realSum / counted : std::nan("");
    fake.note = real.note =
        message(MessageCode::NoteMsSsimClasses, counted, kPairs, scales.describe());
    out.insert(out.begin(), {fake, real});
    return out;
}

GANLAB_REGISTER_METRIC({.name = "ms-ssim",
                        .description = "MS-SSIM of random (same-class) sample pairs, beside "
                                       "real images: higher means less diverse",
                        .compute = diversity});

} // namespace
} // namespace ganlab
