// Ranking pretrained sources before training (Transferring GANs §5, SEEDS §1): how close each
// source's generated images — and its own training images, when still readable — are to the
// target's real images in one feature space (FD and KID). The paper found this an imperfect
// predictor of which source transfers best; every view that shows a ranking says so
// (MessageCode::RankingCaveat).
#pragma once

#include "train_config.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace ganlab {

struct SourceScore {
    std::string source;      // as given (run folder or checkpoint)
    std::string checkpoint;  // the file read
    std::string description; // family, size, classes
    double fdSamples = std::numeric_limits<double>::quiet_NaN(); // its G's samples vs target reals
    double kidSamples = std::numeric_limits<double>::quiet_NaN();
    double fdData = std::numeric_limits<double>::quiet_NaN(); // its training images vs target's
    double kidData = std::numeric_limits<double>::quiet_NaN();
    int predictedRank = 0;          // 1 = closest generated samples (FD)
    std::optional<Message> problem; // why a number is missing (e.g. the source's data is gone)
};

struct SourceRanking {
    std::string features;            // the feature network all distances used, e.g. "random"
    int samples = 0;                 // generated (and real) images per distance
    std::vector<SourceScore> scores; // best predicted first
};

struct RankSettings {
    FeatureSpec features; // random, a classifier file or an Inception file (not the run's own)
    int samples = 500;
    std::uint64_t seed = 1;
};

// Scores every source against the target config's dataset (its classes and size limit applied).
// Throws Error naming an unreadable source or dataset.
SourceRanking rankSources(const TrainConfig& target, const std::vector<std::string>& sources,
                          const RankSettings& settings, std::stop_token stop = {});

std::string toJson(const SourceRanking& ranking);
SourceRanking sourceRankingFromJson(const std::string& json, const std::string& sourceName = {});

} // namespace ganlab
