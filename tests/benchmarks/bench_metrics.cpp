// Benchmark: the cost of the metrics — Fréchet distance on 2048-d statistics (the Inception
// size; the real side's covariance factor is cached with its statistics, as in a run), statistics
// themselves, KID, and feature extraction per 1000 images for each feature network.
// Prints figures; passes or fails nothing.
// Usage: bench_metrics [--threads N] [--inception FILE.pt] [--classifier FILE.pt]
// Target (issue 4): FD ≤ 0.5 s on two cores.
#include "metrics/feature_network.h"
#include "metrics/metric_functions.h"

#include <ATen/CPUGeneratorImpl.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace ganlab;

namespace {

template <typename F> double seconds(F&& f, int repeats = 1) {
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < repeats; ++i)
        f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() /
           repeats;
}

void benchFeatures(const std::string& spec, at::Generator& rng) {
    auto net = makeFeatureNetwork(spec);
    const auto images = torch::randint(0, 256, {1000, 1, 32, 32}, rng, torch::kUInt8);
    extractFeatures(*net, images.slice(0, 0, 50)); // warm-up
    const double s = seconds([&] { extractFeatures(*net, images); });
    std::printf("features %-28s %4d-d: %6.2f s per 1000 images (32 px gray input)\n",
                net->name().c_str(), net->dim(), s);
}

} // namespace

int main(int argc, char** argv) {
    int threads = 2;
    std::string inception, classifier;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--threads")
            threads = std::atoi(argv[i + 1]);
        else if (a == "--inception")
            inception = argv[i + 1];
        else if (a == "--classifier")
            classifier = argv[i + 1];
    }
    torch::set_num_threads(threads);
    std::printf("bench_metrics: %d thread(s)\n", torch::get_num_threads());
    at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(1);

    const auto real = torch::randn({4096, 2048}, rng) * 0.5;
    const auto fake = torch::randn({4096, 2048}, rng) * 0.6 + 0.1;
    FeatureStats a, b;
    const double statsSeconds = seconds([&] { a = featureStats(real); });
    b = featureStats(fake);
    double fd = 0;
    const double fdSeconds = seconds([&] { fd = frechetDistance(a, b); }, 3);
    std::printf("statistics of 4096 × 2048 features (mean, covariance, its factor): %.2f s\n",
                statsSeconds);
    std::printf("FD on 2048-d statistics, 4096 generated (cached real Cholesky factor): %.3f s "
                "(FD = %.6f)\n",
                fdSeconds, fd);
    // The route before the Cholesky factor (and still the one for a singular real covariance):
    // the symmetric square root, a full product and a half one.
    FeatureStats rooted = a;
    rooted.factor = {symmetricSqrt(a.cov), false};
    double rootedFd = 0;
    const double rootedSeconds = seconds([&] { rootedFd = frechetDistance(rooted, b); }, 3);
    std::printf("FD the same way with the symmetric square root as the factor: %.3f s (FD = "
                "%.6f, relative difference %.1e): the Cholesky route takes %.2f of its time\n",
                rootedSeconds, rootedFd, std::abs(fd - rootedFd) / rootedFd,
                fdSeconds / rootedSeconds);
    const FeatureStats few = featureStats(fake.slice(0, 0, 1000), false);
    const double fewSeconds = seconds([&] { fd = frechetDistance(a, few); }, 3);
    const double fewStats = seconds([&] { featureStats(fake.slice(0, 0, 1000), false); });
    std::printf("FD on 2048-d statistics, 1000 generated (n < d, exact Gram route): %.3f s "
                "(+ %.2f s for their statistics)\n",
                fewSeconds, fewStats);
    const auto r1k = real.slice(0, 0, 1000), f1k = fake.slice(0, 0, 1000);
    const double kidSeconds = seconds([&] { kernelInceptionDistance(r1k, f1k, rng, 100, 1000); });
    std::printf("KID, 1000 vs 1000 2048-d features, 100 subsets: %.2f s\n", kidSeconds);
    const double prSeconds = seconds([&] { precisionRecall(r1k, f1k, 3); });
    std::printf("precision/recall, 1000 vs 1000 2048-d features: %.2f s\n", prSeconds);

    benchFeatures("random", rng);
    if (!classifier.empty())
        benchFeatures("classifier:" + classifier, rng);
    if (!inception.empty())
        benchFeatures("inception:" + inception, rng);
    return 0;
}
