// Study: one seed paper's headline experiment as one command — ordinary runs in one folder
// (a SourceComparison of arms, trained interleaved and resumable), analysed, and reported:
// report.md with its figure (PNG), the table (CSV and JSON), the commands, the feature network
// behind every number, and what the result shows and how far it can be trusted.
#pragma once

#include "image.h"
#include "source_comparison.h"

#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace ganlab {

struct StudyInfo {
    std::string name{};           // "truncation", "growing", "projected", "acgan", "transfer"
    const char* paper = "";       // the seed it reruns
    const char* description = ""; // translatable
    bool needsLabels = false;
    bool needsRun = false; // analyses a trained run (--run) instead of training arms
};

const std::vector<StudyInfo>& studies();
// Throws Error (Usage) naming the studies for an unknown name.
const StudyInfo& findStudy(const std::string& name);

struct StudySpec {
    std::string study;
    std::string dataPath = "fashion-mnist"; // the dataset the arms train on
    std::vector<std::string> classes;       // a subset of its classes (empty: all)
    std::int64_t maxImages = 0;             // at most this many images (0: all)
    std::string run;                        // truncation: the trained run; acgan: optional
    std::vector<std::string> sources;       // transfer: pretrained runs or checkpoints
    std::string sourceData; // transfer without sources: train one on this dataset first
    std::vector<std::string> sourceClasses; // … of these classes
    std::string setting = "dcgan";          // transfer: "dcgan" (cpu-quick) or "paper"
    double budgetMinutes = 10;              // wall time the arms' training shares
    std::string features; // FD/KID/precision-recall network ("" = classifier when labelled)
    std::string reals;    // the real images evaluations compare with ("" = the training images)
    int evalSamples = 0;  // generated samples per evaluation (0: the study's choice)
    std::uint64_t seed = 1;
    // Further settings every arm gets (key → text, as ganlab-cli train takes them).
    std::vector<std::pair<std::string, std::string>> settings;
};

// A table as the report, the CSV and the JSON show it.
struct StudyTable {
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
};

struct StudyResults {
    std::string study;
    std::string phase; // "training", "analysing", "done"
    double progress = 0;
    std::string features; // the feature network behind every FD/KID/precision/recall
    CompareResults arms;  // every arm's curves (studies that train)
    StudyTable table;     // the headline numbers
    Image figure;         // the chart(s)
    Image samples;        // the samples: a strip per threshold, or the arms side by side
    std::vector<std::string> findings;  // what the result shows, in sentences
    std::string trust;                  // how far it can be trusted (seeds, budget)
    std::vector<std::string> collapsed; // arms (or the run) flagged for mode collapse
    bool diversityMeasured = false;     // some arm (or the run) has a diversity reading
};

class Study {
public:
    // Plans the study (refusing clearly where it does not apply), fits its arms to the budget,
    // creates the folder and the arms' runs; nothing is trained yet.
    static Study create(const StudySpec& spec, const std::string& dir,
                        const ProgressCallback& progress = {}, std::stop_token stop = {});
    static Study open(const std::string& dir);

    Study(Study&&) noexcept;
    Study& operator=(Study&&) noexcept;
    ~Study();

    const std::string& dir() const;
    const StudySpec& spec() const;
    bool finished() const; // report written
    // The command line that reproduces it (ganlab-cli study …).
    std::string command() const;

    // Trains the arms round by round (resuming where a stopped study left off), then analyses and
    // writes the report; onUpdate gets the results after each round and at the end.
    void run(std::stop_token stop, const std::function<void(const StudyResults&)>& onUpdate = {},
             const ProgressCallback& progress = {});
    // What the study shows now (figure drawn from the arms' curves so far).
    StudyResults results() const;
    std::string reportPath() const;

private:
    struct Impl;
    explicit Study(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ganlab
