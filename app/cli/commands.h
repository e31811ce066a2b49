// The ganlab-cli verbs (train, resume, sample, info) and the dispatcher behind main().
#pragma once

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

int runCli(const std::vector<std::string>& args);

} // namespace ganlab::cli
