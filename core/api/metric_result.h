// MetricResult and EvalSettings: what an evaluation reports (each number named with the feature
// network it came from, with how to read it) and what it is asked to compute — plain values for
// the CLI and the GUI. MetricInfo: what a registered metric is and what it needs.
#pragma once

#include "feature_spec.h"
#include "message.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace ganlab {

// How to read a metric's value.
enum class Direction {
    LowerIsBetter,        // FD, KID
    HigherIsBetter,       // precision, recall, class accuracy
    CloserToZeroIsBetter, // IW (an estimate of a distance that can fall below zero)
    Neither               // descriptive (MS-SSIM diversity beside the real images')
};

struct MetricResult {
    std::string name;    // as plotted and logged, e.g. "FD[random]", "KID[classifier:fmnist]", "IW"
    std::string metric;  // registry name: "fd", "kid", "iw", "ms-ssim", "pr", "accuracy"
    std::string network; // feature network ("random", "classifier:fmnist", "inception:…") or ""
    Direction direction = Direction::Neither;
    std::string parent;    // a per-class value: its overall result's name ("" for an overall one)
    std::string className; // a per-class value: its class
    double value = std::numeric_limits<double>::quiet_NaN();
    double stddev = std::numeric_limits<double>::quiet_NaN(); // when the metric has one
    std::int64_t step = 0;
    int samples = 0;    // generated samples used
    double seconds = 0; // wall time of this metric (shared work counted once, first)
    Message note{MessageCode::Text, {""}}; // e.g. MS-SSIM's scales, the real-image reference
};

struct EvalSettings {
    std::vector<std::string> metrics{"fd", "kid"};
    FeatureSpec features;   // the network behind FD, KID, precision/recall (random by default)
    int samples = 1000;     // generated samples (and real images) per metric
    int iwSteps = 300;      // critic steps of the independent Wasserstein critic (fixed budget)
    std::uint64_t seed = 0; // 0: derived from the run's seed and step
    // The real images FD, KID, precision/recall and MS-SSIM compare with: "" = the run's training
    // images; a dataset = all of it (the run's classes, at its size), e.g. the full set behind a
    // run limited by max_images.
    std::string reals;
    // Latent truncation of the generated samples (BigGAN §3.1): 0 = none; otherwise every result
    // is named with it ("FD[random]@t0.5") so it never mixes with untruncated values.
    double truncation = 0;
};

// "FD[random]" → "FD[random]@t0.5" for a truncated evaluation (unchanged for truncation 0).
std::string truncatedName(const std::string& name, double truncation);

struct MetricInfo {
    std::string name;
    std::string description;
    Direction direction = Direction::Neither;
    bool usesFeatures = false;    // named with its feature network
    bool needsLabels = false;     // class-conditional runs only
    bool needsClassifier = false; // a classifier (the run's own, or the features' file)
    int rankPriority = 0;         // ranks comparisons: 1 first choice, 2 next …; 0 never
};

std::vector<MetricInfo> registeredMetrics();
// The registered metric of that name, or nothing.
std::optional<MetricInfo> findMetricInfo(const std::string& name);

// True when `a` is a better value than `b` for that direction (NaN is never better).
bool isBetter(Direction direction, double a, double b);

// The CSV layout of results (evaluations.csv, ganlab-cli eval --csv): header and one row,
// text fields quoted, non-finite numbers left empty.
std::string metricCsvHeader();
std::string metricCsvRow(const MetricResult& result);

} // namespace ganlab
