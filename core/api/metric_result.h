// MetricResult and EvalSettings: what an evaluation reports (each number named with the feature
// network it came from) and what it is asked to compute — plain values for the CLI and the GUI.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace ganlab {

struct MetricResult {
    std::string name;    // as plotted and logged, e.g. "FD[random]", "KID[classifier:fmnist]", "IW"
    std::string metric;  // registry name: "fd", "kid", "iw", "ms-ssim", "precision", …
    std::string network; // feature network ("random", "classifier:fmnist", "inception:…") or ""
    double value = std::numeric_limits<double>::quiet_NaN();
    double stddev = std::numeric_limits<double>::quiet_NaN(); // when the metric has one
    std::int64_t step = 0;
    int samples = 0;    // generated samples used
    double seconds = 0; // wall time of this metric (shared work counted once, first)
    std::string note;   // e.g. MS-SSIM's scales, the real-image reference value
};

struct EvalSettings {
    std::vector<std::string> metrics{"fd", "kid"};
    // "random" (always available), "classifier" (the run's classifier.pt, trained on first use),
    // "classifier:PATH", or "inception:PATH" (a TorchScript Inception-v3 file; see README).
    std::string features = "random";
    int samples = 1000;     // generated samples (and real images) per metric
    int iwSteps = 300;      // critic steps of the independent Wasserstein critic (fixed budget)
    std::uint64_t seed = 0; // 0: derived from the run's seed and step
};

struct MetricInfo {
    std::string name;
    std::string description;
    bool usesFeatures = false; // named with its feature network
    bool needsLabels = false;  // class-conditional runs only
};

std::vector<MetricInfo> registeredMetrics();

// The CSV layout of results (evaluations.csv, ganlab-cli eval --csv): header and one row,
// text fields quoted, non-finite numbers left empty.
std::string metricCsvHeader();
std::string metricCsvRow(const MetricResult& result);

} // namespace ganlab
