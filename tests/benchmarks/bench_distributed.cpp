// Benchmark: one process with T threads against T processes with one thread each (ganlab-cli
// --nproc, Gloo on this machine) — ms/step, the share of the step in gradient all-reduce, and the
// bytes all-reduced per step — for the cpu-quick, quality and biggan models; then a projection of
// data-parallel scaling from those bytes: ring all-reduce 2(N−1)/N · bytes / bandwidth for N = 2…64
// on 10 and 100 Gbit/s links and NVLink, against the measured compute per step. Prints figures
// (a Markdown table for the README); passes or fails nothing. Run it on an idle machine.
// Usage: bench_distributed [--cli PATH] [--data PATH] [--rounds N] [--threads T]
//                          [--preset NAME]... [--steps N]
#include "support/process.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace ganlab::testing;

namespace {

struct Options {
    std::string cli = GANLAB_CLI_PATH;
    std::string data = "fashion-mnist";
    int rounds = 3;
    int threads = 2;
    int steps = 0; // 0: each preset's own count below
    std::vector<std::string> presets;
};

struct Figures {
    double msPerStep = 0;   // median over the steps after the first two
    double allReduceMs = 0; // per step (rank 0), several processes only
    double allReduceMb = 0; // per step
    std::vector<double> rankComputeMs;
};

int defaultSteps(const std::string& preset) {
    return preset == "cpu-quick" ? 60 : 16;
}

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// step_ms of every metrics row after the first two (warm-up), median.
double medianStepMs(const fs::path& run) {
    std::ifstream in(run / "metrics.jsonl");
    std::vector<double> ms;
    const std::regex field(R"re("step_ms":([0-9.eE+-]+))re");
    int row = 0;
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (std::regex_search(line, m, field) && ++row > 2)
            ms.push_back(std::stod(m[1]));
    }
    return median(ms);
}

Figures runOnce(const Options& o, const std::string& preset, int processes, const fs::path& out) {
    fs::remove_all(out);
    const int steps = o.steps > 0 ? o.steps : defaultSteps(preset);
    std::vector<std::string> args = {"train",
                                     "--preset",
                                     preset,
                                     "--data",
                                     o.data,
                                     "--out",
                                     out.string(),
                                     "--steps",
                                     std::to_string(steps),
                                     "--eval-every",
                                     "0",
                                     "--sample-every",
                                     "0",
                                     "--checkpoint-every",
                                     "0",
                                     "--log-every",
                                     "1",
                                     "--health-every",
                                     "0",
                                     "--threads",
                                     std::to_string(o.threads / processes)};
    if (processes > 1)
        args.insert(args.end(), {"--nproc", std::to_string(processes)});
    const auto r = runProcess(o.cli, args, std::chrono::minutes(30));
    if (r.code != 0) {
        std::fprintf(stderr, "%s failed (%d):\n%s\n%s\n", preset.c_str(), r.code, r.out.c_str(),
                     r.err.c_str());
        std::exit(1);
    }
    Figures f;
    f.msPerStep = medianStepMs(out);
    std::smatch m;
    const std::regex line(
        R"re(compute per step by rank: ([0-9. /]+) ms; all-reduce ([0-9.]+) MB and ([0-9.]+) ms per step)re");
    if (std::regex_search(r.out, m, line)) {
        f.allReduceMb = std::stod(m[2]);
        f.allReduceMs = std::stod(m[3]);
        std::string ranks = m[1];
        for (std::size_t at = 0; at < ranks.size();) {
            std::size_t used = 0;
            f.rankComputeMs.push_back(std::stod(ranks.substr(at), &used));
            at = ranks.find_first_of("0123456789", at + used);
        }
    }
    fs::remove_all(out);
    return f;
}

} // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--cli")
            o.cli = v;
        else if (a == "--data")
            o.data = v;
        else if (a == "--rounds")
            o.rounds = std::stoi(v);
        else if (a == "--threads")
            o.threads = std::stoi(v);
        else if (a == "--steps")
            o.steps = std::stoi(v);
        else if (a == "--preset")
            o.presets.push_back(v);
    }
    if (o.presets.empty())
        o.presets = {"cpu-quick", "quality", "biggan"};
    const fs::path tmp =
        fs::temp_directory_path() / ("bench-distributed-" + std::to_string(::getpid()));
    std::printf("1 process × %d threads against %d processes × 1 thread (Gloo, this machine), "
                "%d interleaved rounds; ms/step: median of each run's steps after the second\n\n",
                o.threads, o.threads, o.rounds);
    std::printf("| model | 1×%d ms/step | %d×1 ms/step | ratio | all-reduce ms/step (share) | "
                "all-reduced MB/step |\n|---|---|---|---|---|---|\n",
                o.threads, o.threads);
    struct Row {
        std::string preset;
        double computeMs = 0, bytes = 0;
    };
    std::vector<Row> rows;
    for (const auto& preset : o.presets) {
        std::vector<double> one, many, reduceMs, reduceMb;
        for (int r = 0; r < o.rounds; ++r) { // interleaved: drift in the machine hits both
            one.push_back(runOnce(o, preset, 1, tmp / "one").msPerStep);
            const Figures f = runOnce(o, preset, o.threads, tmp / "many");
            many.push_back(f.msPerStep);
            reduceMs.push_back(f.allReduceMs);
            reduceMb.push_back(f.allReduceMb);
        }
        const double a = median(one), b = median(many), red = median(reduceMs),
                     mb = median(reduceMb);
        std::printf("| %s | %.1f | %.1f | %.2f | %.1f (%.0f%%) | %.2f |\n", preset.c_str(), a, b,
                    a / b, red, 100.0 * red / b, mb);
        std::fflush(stdout);
        rows.push_back({preset, a, mb * 1e6});
    }
    fs::remove_all(tmp);

    // Ring all-reduce moves 2(N−1)/N of the bytes over each link; no overlap with compute assumed.
    struct Link {
        const char* name;
        double bytesPerSecond;
    };
    const Link links[] = {
        {"10 Gbit/s", 10e9 / 8}, {"100 Gbit/s", 100e9 / 8}, {"NVLink (300 GB/s)", 300e9}};
    std::printf("\nProjected data-parallel scaling from the measured bytes: all-reduce time "
                "2(N−1)/N · bytes / bandwidth per step, against this machine's compute per step "
                "(1 process); efficiency = compute / (compute + all-reduce), no overlap.\n\n");
    std::printf("| model | MB/step | compute ms | link | N=2 | N=4 | N=8 | N=16 | N=32 | N=64 |\n"
                "|---|---|---|---|---|---|---|---|---|---|\n");
    for (const auto& row : rows)
        for (const auto& link : links) {
            std::printf("| %s | %.2f | %.0f | %s |", row.preset.c_str(), row.bytes / 1e6,
                        row.computeMs, link.name);
            for (int n = 2; n <= 64; n *= 2) {
                const double ms = 2.0 * (n - 1) / n * row.bytes / link.bytesPerSecond * 1000.0;
                std::printf(" %.2f ms (%.0f%%) |", ms,
                            100.0 * row.computeMs / (row.computeMs + ms));
            }
            std::printf("\n");
        }
    return 0;
}
