// Shared ganlab-cli options.
#include "cli/common_options.h"

#include "api/runtime.h"

#include <map>

namespace ganlab::cli {

void addThreadsOption(CLI::App& app, int& threads) {
    threads = hardwareThreads();
    app.add_option("--threads", threads, "compute threads (default: all cores)")
        ->type_name("N")
        ->check(CLI::Range(1, 1024).description(""));
}

void applyThreads(int threads) {
    setComputeThreads(threads);
}

void addOnCollapseOption(CLI::App& app, OnCollapse& policy) {
    const std::map<std::string, OnCollapse> words = {{"stop", OnCollapse::Stop},
                                                     {"rollback", OnCollapse::Rollback}};
    app.add_option("--on-collapse", policy,
                   "stop (default): write nothing more, exit 4; resume starts again from the "
                   "newest good checkpoint. rollback: restore that checkpoint and end the run "
                   "there (BigGAN's early stopping), trimming later metrics")
        ->type_name("WHAT")
        ->transform(CLI::CheckedTransformer(words).description(""));
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = std::min(text.find(',', start), text.size());
        if (comma > start)
            out.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

} // namespace ganlab::cli
