// Classifier training for the "classifier" feature network and class accuracy: settings and
// report as plain values (the CLI's train-classifier and runs use it).
#pragma once

#include "dataset_info.h"
#include "train_config.h"

#include <cstdint>
#include <stop_token>
#include <string>
#include <vector>

namespace ganlab {

struct ClassifierSettings {
    std::string dataPath;             // a labelled dataset (class folders, IDX with labels, CIFAR)
    std::vector<std::string> classes; // only these classes, relabelled in this order (empty = all)
    int resolution = 32;
    int channels = 0; // 0: from the dataset
    // Adam steps; 0: 800, or 200 passes over the training images where that is fewer (so 200 to
    // 800) — a few dozen images need no 800 steps.
    int steps = 0;
    int batchSize = 128;
    double lr = 1e-3;
    double validationFraction = 0.1; // the same split a run holds out
    std::uint64_t seed = 1;
};

struct ClassifierReport {
    std::string path;
    std::string name; // the tag in metric names, e.g. "fmnist" in FD[classifier:fmnist]
    int classes = 0;
    std::int64_t trainImages = 0;
    std::int64_t validationImages = 0;
    int steps = 0; // the Adam steps it trained
    double validationAccuracy = 0;
    double seconds = 0;
};

// The classifier a run's "classifier" features use: its dataset, class subset, resolution,
// channels, held-out fraction and seed (so it never sees the run's validation images).
ClassifierSettings classifierSettingsFor(const TrainConfig& run);

// Trains a small CNN on the dataset's training split, reports held-out accuracy and writes it
// atomically to outPath (a reusable file: feature network "classifier:outPath").
ClassifierReport trainClassifier(const ClassifierSettings& settings, const std::string& outPath,
                                 const ProgressCallback& progress = {}, std::stop_token stop = {});

} // namespace ganlab
