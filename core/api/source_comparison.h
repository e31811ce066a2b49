// SourceComparison: one target trained from several pretrained sources (and from scratch, and
// optionally the four G/D combinations of one source) with the same seeds, step budget and
// evaluation schedule, interleaved so every curve advances together (Transferring GANs, SEEDS §1).
// A comparison is a folder: compare.json, prediction.json (the ranking before training) and
// runs/NN-label/ — ordinary runs, each resumable on its own.
#pragma once

#include "image.h"
#include "source_ranking.h"
#include "train_config.h"
#include "training_run.h"

#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace ganlab {

struct CompareArm {
    std::string label;         // "scratch", "G+D ← tops", "G ← tops", "D ← tops"
    TransferSettings transfer; // no source: from scratch
    std::string runDir;
};

struct CompareSpec {
    TrainConfig target;               // dataset, model, budget (steps), evaluation schedule
    std::vector<std::string> sources; // run folders or checkpoints
    bool scratch = true;              // an arm from scratch
    bool combinations = false;        // the four G/D combinations of the first source
    int chunkSteps = 20;              // steps an arm trains before the next arm's turn
    RankSettings ranking;             // features "" = the evaluation's feature network
};

struct CompareCurve {
    std::string arm;
    std::string metric; // "FD[random]", "KID[random]", "IW", "loss_d" …
    std::vector<double> steps, values;
};

struct CompareRow {
    std::string arm;
    std::string source;    // "" for scratch
    int predictedRank = 0; // from prediction.json (0: not predicted, e.g. scratch)
    int achievedRank = 0;  // by the ranking metric's final value (0: no value yet)
    double value = 0;      // that final value
    std::vector<std::pair<std::string, double>> finals; // every evaluated metric's last value
};

class SourceComparison {
public:
    // Creates the folder, predicts the ranking, and creates every arm's run (not yet trained).
    // Throws Error naming a source that cannot start this target, before anything is trained.
    static SourceComparison create(const CompareSpec& spec, const std::string& dir,
                                   const ProgressCallback& progress = {},
                                   std::stop_token stop = {});
    static SourceComparison open(const std::string& dir);

    SourceComparison(SourceComparison&&) noexcept;
    SourceComparison& operator=(SourceComparison&&) noexcept;
    ~SourceComparison();

    const std::string& dir() const;
    const TrainConfig& target() const; // the arms' common config (transfer aside)
    const std::vector<CompareArm>& arms() const;
    const SourceRanking& prediction() const;
    std::vector<std::int64_t> armSteps() const;
    bool finished() const;

    // One round: every unfinished arm trains one chunk (evaluating on the shared schedule);
    // returns false when all arms have finished. Stopping saves every arm where it is.
    bool advance(std::stop_token stop);
    // Rounds until finished or stopped; afterRound is called after each.
    void train(std::stop_token stop, const std::function<void()>& afterRound = {});
    void saveCheckpoints();

    std::vector<CompareCurve> curves() const;
    std::string rankingMetric() const; // the FD (else KID, else IW) series name, "" before any
    std::vector<CompareRow> ranking() const;
    // Steps at which every arm has written its sample grid (the same z in every arm).
    std::vector<std::int64_t> sampleSteps() const;
    Image armGrid(std::size_t arm, std::int64_t step) const;
    // All arms' grids at one step side by side, each under a header with its label.
    Image sideBySide(std::int64_t step) const;

    void exportPng(const std::string& path, std::int64_t step) const;
    void exportCsv(const std::string& path) const;  // arm, metric, step, value
    void exportJson(const std::string& path) const; // arms, curves, prediction, ranking

private:
    struct Impl;
    explicit SourceComparison(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ganlab
