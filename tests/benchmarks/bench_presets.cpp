// Benchmark: images/s and ms/step of every preset on Fashion-MNIST (or synthetic data if the
// Debian package is absent). Prints figures; passes or fails nothing.
// Usage: bench_presets [--steps N] [--threads N] [--preset NAME] [--width X]
#include "api/presets.h"
#include "api/runtime.h"
#include "api/training_run.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace ganlab;

int main(int argc, char** argv) {
    int steps = 20, threads = hardwareThreads();
    double width = 0; // 0: the preset's
    std::vector<std::string> names;
    for (const auto& p : ganlab::presets())
        names.push_back(p.name);
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--steps")
            steps = std::atoi(argv[i + 1]);
        else if (a == "--threads")
            threads = std::atoi(argv[i + 1]);
        else if (a == "--preset")
            names = {argv[i + 1]};
        else if (a == "--width")
            width = std::atof(argv[i + 1]);
    }
    threads = setComputeThreads(threads);
    const std::string data = fs::exists("/usr/share/datasets/fashion-mnist") ? "fashion-mnist" : "";
    if (data.empty()) {
        std::fprintf(stderr,
                     "bench_presets: Fashion-MNIST not installed (dataset-fashion-mnist)\n");
        return 1;
    }
    std::printf("threads %d, %d timed steps per preset after 1 warm-up step, data %s\n", threads,
                steps, data.c_str());
    std::printf("%-10s %-8s %-14s %5s %5s %7s %10s %10s\n", "preset", "model", "loss", "px",
                "batch", "critic", "ms/step", "images/s");
    for (const auto& name : names) {
        TrainConfig c = presetConfig(name);
        if (width > 0)
            c.width = width;
        c.dataPath = data;
        c.sampleEvery = 0;
        c.checkpointEvery = 0;
        c.steps = steps + 1 + 1; // never reaches the final checkpoint
        c.evalEvery = 0;
        // PG-GAN: timed at its final resolution (the first levels are faster). Projected: random
        // features of the classifier's shape, so no classifier is trained first (same speed).
        if (c.model == "pggan")
            c.growth.startResolution = c.resolution;
        if (c.discriminator == DiscriminatorKind::Projected)
            c.projectedFeatures = {FeatureSource::Random, {}};
        const fs::path dir =
            fs::temp_directory_path() / ("ganlab-bench-" + name + "-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        {
            TrainingRun run = TrainingRun::create(c, dir.string());
            run.dataset();
            run.trainStep(); // warm-up: first-touch allocations and thread-pool start
            std::vector<double> ms;
            for (int i = 0; i < steps; ++i)
                ms.push_back(run.trainStep().stepMs);
            std::sort(ms.begin(), ms.end());
            const double median = ms[ms.size() / 2];
            std::printf("%-10s %-8s %-14s %5d %5d %7d %10.1f %10.0f\n", name.c_str(),
                        c.model.c_str(), c.loss.c_str(), c.resolution, c.batchSize, c.criticSteps,
                        median, 1000.0 * c.batchSize * c.criticSteps / median);
        }
        fs::remove_all(dir);
    }
    std::printf("(images/s counts real images consumed by D steps; ms/step is the median G step "
                "with its D steps; pggan at its final resolution, projected with random features "
                "of the classifier's shape)\n");
    return 0;
}
