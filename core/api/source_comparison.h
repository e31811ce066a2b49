// SourceComparison: one target trained from several pretrained sources (and from scratch, and
// optionally the four G/D combinations of one source) with the same seeds, step budget and
// evaluation schedule, interleaved so every curve advances together (Transferring GANs, SEEDS §1).
// A comparison is a folder: compare.json, prediction.json (the ranking before training) and
// runs/NN-label/ — ordinary runs, each resumable on its own. CompareResults is everything it
// shows at one moment, read once, as a value; the exports write those values.
#pragma once

#include "image.h"
#include "metrics_history.h"
#include "source_ranking.h"
#include "train_config.h"
#include "training_run.h"

#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace ganlab {

struct CompareArm {
    std::string label{};         // "scratch", "G+D ← tops", "G ← tops", "D ← tops"
    TransferSettings transfer{}; // no source: from scratch
    std::string runDir{};        // relative to the comparison folder
    // Settings this arm changes on top of the target (key → text, as ganlab-cli train takes
    // them), e.g. {"discriminator", "projected"}: studies compare variants of one config this way.
    std::vector<std::pair<std::string, std::string>> settings{};
};

struct CompareSpec {
    TrainConfig target;               // dataset, model, budget (steps), evaluation schedule
    std::vector<std::string> sources; // run folders or checkpoints
    bool scratch = true;              // an arm from scratch
    bool combinations = false;        // the four G/D combinations of the first source
    std::vector<CompareArm> arms;     // given arms (label, settings) instead of the above
    int chunkSteps = 20;              // steps an arm trains before the next arm's turn
    RankSettings ranking;
    bool rankWithEvaluationFeatures = true; // ranking.features := the evaluation's network
};

struct CompareCurve {
    std::string arm;
    MetricSeries series; // "FD[random]", "KID[random]", "IW", "loss_d" …, with its kind
};

struct CompareRow {
    std::string arm;
    std::string source;    // "" for scratch
    int predictedRank = 0; // from prediction.json (0: not predicted, e.g. scratch)
    int achievedRank = 0;  // by the ranking metric's final value (0: no value yet)
    double value = 0;      // that final value
    std::vector<std::pair<std::string, double>> finals; // every ranked metric's last value
};

struct CompareResults {
    std::vector<std::string> arms; // labels, in arm order
    std::vector<std::int64_t> armSteps;
    std::int64_t totalSteps = 0;
    std::vector<CompareCurve> curves;
    std::string rankingMetric;       // the series the ranking uses; "" before any evaluation
    std::vector<CompareRow> ranking; // best first
    SourceRanking prediction;
    std::vector<std::int64_t> sampleSteps; // steps at which every arm has its sample grid
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

    // Every arm's curves (each metrics.jsonl read once), the ranking and the sample steps.
    CompareResults results() const;
    // An arm's sample grid at a step (decoded from its PNG).
    Image armGrid(std::size_t arm, std::int64_t step) const;

private:
    struct Impl;
    explicit SourceComparison(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// The target with an arm's settings and transfer on top (Error naming the arm when they do not
// make a usable config).
TrainConfig armConfigOf(const TrainConfig& target, const CompareArm& arm);

// The ranking of arms by the best-ranked metric present (FD before KID before IW: each metric's
// rankPriority), each arm's final value read in that metric's direction.
std::string rankingMetric(const std::vector<CompareCurve>& curves);
std::vector<CompareRow> rankArms(const std::vector<CompareArm>& arms,
                                 const std::vector<CompareCurve>& curves,
                                 const SourceRanking& prediction);

// Exports of a comparison: every arm's grid at one step side by side under its label (PNG), every
// curve as rows arm, metric, step, value (CSV), and arms, curves, prediction and ranking (JSON).
Image sideBySide(const SourceComparison& comparison, std::int64_t step);
void exportComparisonPng(const SourceComparison& comparison, const std::string& path,
                         std::int64_t step);
void exportComparisonCsv(const CompareResults& results, const std::string& path);
void exportComparisonJson(const SourceComparison& comparison, const CompareResults& results,
                          const std::string& path);

} // namespace ganlab
