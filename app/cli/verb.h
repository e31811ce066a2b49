// Verb: one ganlab-cli verb — its name, its line in the main help, and how it declares its options
// on a CLI11 app and runs once they are parsed. The one table (verbs.cpp) drives the help, the
// dispatch, `ganlab-cli --list-verbs` and the tests' list.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace ganlab::cli {

enum ExitCode : int {
    kOk = 0,
    kFailed = 1,       // training, I/O or checkpoint error
    kUsage = 2,        // bad command line or configuration
    kBadData = 3,      // a dataset or run that cannot be read
    kCollapsed = 4,    // the collapse guard stopped training (--on-collapse)
    kInterrupted = 130 // stopped by Ctrl-C / SIGTERM after saving a checkpoint
};

struct Verb {
    std::string name;
    std::string summary; // one line of the main help
    // Declares the options on the verb's app (usage, description, footer too) and returns what
    // runs after a successful parse.
    std::function<std::function<int()>(CLI::App& app)> declare;
};

const std::vector<Verb>& verbs();

// The verbs of each file (train_commands.cpp, run_commands.cpp, eval_commands.cpp,
// transfer_commands.cpp), in the order the main help lists them.
std::vector<Verb> trainingVerbs(); // train, resume, pretrain
std::vector<Verb> runVerbs();      // sample, export, timelapse, info
std::vector<Verb> evalVerbs();     // eval, train-classifier
std::vector<Verb> transferVerbs(); // rank-sources, compare
std::vector<Verb> studyVerbs();    // study

int runCli(const std::vector<std::string>& args);

} // namespace ganlab::cli
