// Benchmark: images/s and ms/step of every preset on Fashion-MNIST, on ganlab's kernels or
// LibTorch's stock ones, in fp32 or mixed precision; and the losses of the two kernel sets from
// one checkpoint. Prints figures; passes or fails nothing.
// Usage: bench_presets [--steps N] [--threads N] [--preset NAME] [--width X]
//                      [--kernels fast|stock|both] [--precision fp32|bf16|fp16] [--device D]
//                      [--check-losses N] [--profile]
//   --kernels both      each preset on the stock kernels, then on ganlab's, and the speed-up
//   --check-losses N    cpu-quick (or --preset): N steps, a checkpoint, then N more steps from it
//                       on the stock kernels, on ganlab's, and on the stock ones with one thread
//                       (another summation order of the same kernels); prints every step's losses
//                       and the largest differences from the stock run
//   --profile           after timing each preset, its operators' own time per step (LibTorch's
//                       profiler: a row per operator, children's time subtracted), busiest first
#include "api/presets.h"
#include "api/runtime.h"
#include "api/training_run.h"
#include "torch_prelude.h"

#include <torch/csrc/autograd/profiler_legacy.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <map>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using namespace ganlab;

namespace {

struct Options {
    int steps = 20;
    int threads = hardwareThreads();
    double width = 0; // 0: the preset's
    std::string kernels = "fast";
    std::string precision = "fp32";
    std::string device = "auto";
    int checkLosses = 0;
    bool profile = false;
    std::vector<std::string> names;
};

const std::string kData = "fashion-mnist";

TrainConfig benchConfig(const std::string& name, const Options& o) {
    TrainConfig c = presetConfig(name);
    if (o.width > 0)
        c.width = o.width;
    c.dataPath = kData;
    c.sampleEvery = 0;
    c.checkpointEvery = 0;
    c.steps = 2 * o.steps + 1 + 1; // never reaches the final checkpoint, profiled or not
    c.evalEvery = 0;
    c.device = o.device;
    c.precision = o.precision == "bf16"   ? Precision::Bf16
                  : o.precision == "fp16" ? Precision::Fp16
                                          : Precision::Fp32;
    // PG-GAN: timed at its final resolution (the first levels are faster). Projected: random
    // features of the classifier's shape, so no classifier is trained first (same speed).
    if (c.model == "pggan")
        c.growth.startResolution = c.resolution;
    if (c.discriminator == DiscriminatorKind::Projected)
        c.projectedFeatures = {FeatureSource::Random, {}};
    return c;
}

fs::path scratch(const std::string& name) {
    return fs::temp_directory_path() / ("ganlab-bench-" + name + "-" + std::to_string(::getpid()));
}

namespace profiler = torch::autograd::profiler;

// A convolution's row names its operands' shapes (which layer it is); other operators', their name.
std::string operatorKey(const profiler::LegacyEvent& e) {
    std::string key = e.name();
    std::string lower = key;
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    if (lower.find("conv") == std::string::npos)
        return key;
    const auto shapes = e.shapes();
    for (std::size_t i = 0; i < std::min<std::size_t>(3, shapes.size()); ++i) {
        if (shapes[i].empty()) // not a tensor (a scalar, an absent bias)
            continue;
        key += i == 0 ? " " : " × ";
        for (std::size_t d = 0; d < shapes[i].size(); ++d) {
            key += d ? ',' : '[';
            key += std::to_string(shapes[i][d]);
        }
        key += "]";
    }
    return key;
}

// Each operator's own time (its children's subtracted) and calls, from the profiler's nested
// push/pop ranges (a pop matched to its push by handle, wherever it sits among the open ones),
// printed per step, busiest first, down to 0.5 % of the profiled time.
void printOperatorTimes(const profiler::thread_event_lists& lists, int steps, double stepMs) {
    struct Row {
        double selfUs = 0;
        int calls = 0;
    };
    std::map<std::string, Row> rows;
    for (const auto& list : lists) {
        std::vector<std::pair<const profiler::LegacyEvent*, double>> open; // push, children's µs
        for (const auto& e : list) {
            if (e.kind() == profiler::EventKind::PushRange) {
                open.emplace_back(&e, 0.0);
            } else if (e.kind() == profiler::EventKind::PopRange) {
                auto match = std::find_if(open.rbegin(), open.rend(), [&](const auto& o) {
                    return o.first->handle() == e.handle();
                });
                if (match == open.rend())
                    continue; // pushed on another thread's list: not nested in this one
                const auto [push, children] = *match;
                const auto at = open.erase(std::next(match).base()); // its parent is just below
                const double us = push->cpuElapsedUs(e);
                auto& row = rows[operatorKey(*push)];
                row.selfUs += us - children;
                ++row.calls;
                if (at != open.begin())
                    std::prev(at)->second += us;
            }
        }
    }
    std::vector<std::pair<std::string, Row>> sorted(rows.begin(), rows.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.second.selfUs > b.second.selfUs; });
    double profiledUs = 0;
    for (const auto& [name, row] : sorted)
        profiledUs += row.selfUs;
    std::printf("  operators' own time per step, CPU time of the threads that called them (with "
                "--device cuda: launch time only); profiled: %.1f of %.1f ms/step, the "
                "profiler's overhead included\n",
                profiledUs / 1000.0 / steps, stepMs);
    std::printf("  %8s %6s %7s  %s\n", "ms/step", "share", "calls", "operator");
    for (const auto& [name, row] : sorted) {
        if (row.selfUs < 0.005 * profiledUs)
            break;
        std::printf("  %8.2f %5.1f%% %7.1f  %s\n", row.selfUs / 1000.0 / steps,
                    100.0 * row.selfUs / profiledUs, double(row.calls) / steps, name.c_str());
    }
}

// Median ms/step over o.steps steps after one warm-up step; with profile, as many steps again
// under the profiler, and their operator table.
double medianStepMs(const TrainConfig& c, const std::string& name, bool stock, int steps,
                    bool profile = false) {
    useStockKernels(stock);
    const fs::path dir = scratch(name);
    fs::remove_all(dir);
    std::vector<double> ms;
    profiler::thread_event_lists events;
    {
        TrainingRun run = TrainingRun::create(c, dir.string());
        run.dataset();
        run.trainStep(); // warm-up: first-touch allocations and thread-pool start
        for (int i = 0; i < steps; ++i)
            ms.push_back(run.trainStep().stepMs);
        if (profile) {
            profiler::enableProfilerLegacy(
                torch::profiler::impl::ProfilerConfig(torch::profiler::impl::ProfilerState::CPU,
                                                      /*report_input_shapes=*/true));
            for (int i = 0; i < steps; ++i)
                run.trainStep();
            events = profiler::disableProfilerLegacy();
        }
    }
    fs::remove_all(dir);
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    if (profile)
        printOperatorTimes(events, steps, median);
    return median;
}

int timePresets(const Options& o) {
    std::printf("threads %d, %d timed steps per preset after 1 warm-up step, data %s, device %s, "
                "precision %s, kernels %s\n",
                o.threads, o.steps, kData.c_str(), o.device.c_str(), o.precision.c_str(),
                o.kernels.c_str());
    const bool both = o.kernels == "both";
    std::printf("%-10s %-8s %-14s %5s %5s %7s %10s %10s%s\n", "preset", "model", "loss", "px",
                "batch", "critic", "ms/step", "images/s", both ? "   stock ms   speed-up" : "");
    for (const auto& name : o.names) {
        const TrainConfig c = benchConfig(name, o);
        const double stock = both ? medianStepMs(c, name, true, o.steps) : 0;
        const double ms = medianStepMs(c, name, o.kernels == "stock", o.steps, o.profile);
        std::printf("%-10s %-8s %-14s %5d %5d %7d %10.1f %10.0f", name.c_str(), c.model.c_str(),
                    c.loss.c_str(), c.resolution, c.batchSize, c.criticSteps, ms,
                    1000.0 * c.batchSize * c.criticSteps / ms);
        if (both)
            std::printf(" %10.1f %9.2fx", stock, stock / ms);
        std::printf("\n");
        std::fflush(stdout);
    }
    std::printf("(images/s counts real images consumed by D steps; ms/step is the median G step "
                "with its D steps; pggan at its final resolution, projected with random features "
                "of the classifier's shape)\n");
    return 0;
}

// From one checkpoint, the same steps on the stock and on ganlab's kernels.
int checkLosses(const Options& o) {
    const std::string name = o.names.size() == 1 ? o.names.front() : "cpu-quick";
    TrainConfig c = benchConfig(name, o);
    c.steps = 2 * o.checkLosses;
    c.checkpointEvery = o.checkLosses;
    const fs::path base = scratch(name + "-losses");
    fs::remove_all(base);
    useStockKernels(false);
    {
        TrainingRun run = TrainingRun::create(c, (base / "warm").string());
        run.dataset();
        while (run.step() < o.checkLosses)
            run.trainStep();
    }
    struct Arm {
        const char* name;
        bool stock;
        int threads;
    };
    const std::vector<Arm> arms{
        {"stock", true, o.threads}, {"fast", false, o.threads}, {"stock-1-thread", true, 1}};
    std::vector<std::vector<std::pair<double, double>>> losses;
    for (const auto& arm : arms) {
        const fs::path copy = base / arm.name;
        fs::copy(base / "warm", copy, fs::copy_options::recursive);
        useStockKernels(arm.stock);
        setComputeThreads(arm.threads);
        TrainingRun run = TrainingRun::open(copy.string());
        run.dataset();
        auto& out = losses.emplace_back();
        while (run.step() < c.steps) {
            const auto s = run.trainStep();
            out.emplace_back(s.lossD, s.lossG);
        }
    }
    setComputeThreads(o.threads);
    useStockKernels(false);
    fs::remove_all(base);
    std::printf("%s, %s: losses (D, G) of %d steps from the checkpoint at step %d\n", name.c_str(),
                o.precision.c_str(), o.checkLosses, o.checkLosses);
    std::printf("%5s", "step");
    for (const auto& arm : arms)
        std::printf(" %21s", arm.name);
    std::printf("\n");
    std::vector<double> worst(arms.size(), 0.0), worst20(arms.size(), 0.0);
    for (std::size_t i = 0; i < losses[0].size(); ++i) {
        std::printf("%5zu", o.checkLosses + i + 1);
        for (std::size_t a = 0; a < arms.size(); ++a) {
            const auto [d, g] = losses[a][i];
            std::printf(" %10.6f %10.6f", d, g);
            const double diff =
                std::max(std::abs(d - losses[0][i].first), std::abs(g - losses[0][i].second));
            worst[a] = std::max(worst[a], diff);
            if (i < 20)
                worst20[a] = std::max(worst20[a], diff);
        }
        std::printf("\n");
    }
    for (std::size_t a = 1; a < arms.size(); ++a)
        std::printf("largest |loss difference| from the stock run, %s: %.3g over the first 20 "
                    "steps, %.3g over all %d\n",
                    arms[a].name, worst20[a], worst[a], o.checkLosses);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    Options o;
    for (const auto& p : ganlab::presets())
        o.names.push_back(p.name);
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--profile") {
            o.profile = true;
            continue;
        }
        if (i + 1 == argc)
            break;
        const char* v = argv[++i];
        if (a == "--steps")
            o.steps = std::atoi(v);
        else if (a == "--threads")
            o.threads = std::atoi(v);
        else if (a == "--preset")
            o.names = {v};
        else if (a == "--width")
            o.width = std::atof(v);
        else if (a == "--kernels")
            o.kernels = v;
        else if (a == "--precision")
            o.precision = v;
        else if (a == "--device")
            o.device = v;
        else if (a == "--check-losses")
            o.checkLosses = std::atoi(v);
    }
    o.threads = setComputeThreads(o.threads);
    if (!fs::exists("/usr/share/datasets/fashion-mnist")) {
        std::fprintf(stderr,
                     "bench_presets: Fashion-MNIST not installed (dataset-fashion-mnist)\n");
        return 1;
    }
    try {
        return o.checkLosses > 0 ? checkLosses(o) : timePresets(o);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_presets: %s\n", e.what());
        return 1;
    }
}
