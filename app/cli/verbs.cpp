// The verb table and the dispatcher behind main(): the main help, --list-verbs, one CLI11 app
// per verb, and errors mapped to the documented exit codes.
#include "cli/verb.h"

#include "api/error.h"
#include "cli/completion.h"
#include "cli/help_formatter.h"
#include "cli/local_launcher.h"
#include "cli/setting_options.h"

#include <algorithm>
#include <csignal>
#include <cstdio>

namespace ganlab::cli {
namespace {

std::string mainHelp() {
    std::string h = "ganlab-cli — train and study GANs without a window\n\n"
                    "Usage: ganlab-cli <verb> [options]     (ganlab-cli <verb> --help for each)\n\n"
                    "Verbs:\n";
    for (const auto& v : verbs())
        h += "  " + v.name + std::string(v.name.size() < 17 ? 17 - v.name.size() : 1, ' ') +
             v.summary + "\n";
    return h + "\nganlab-cli --version prints the version; ganlab-cli --bash-completion the bash "
               "completion script.\n\nExit codes: 0 ok, 1 failed, 2 bad usage, 3 unreadable data, "
               "4 training "
               "collapsed (see --on-collapse), 130 interrupted (checkpoint saved).\n";
}

int exitCodeOf(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Usage:
        return kUsage;
    case ErrorKind::Data:
        return kBadData;
    case ErrorKind::Cancelled:
        return kInterrupted;
    default:
        return kFailed;
    }
}

// An Error as the command line says it: a refused configuration lists each option's problem.
std::string errorText(const Error& e) {
    if (e.problems().empty())
        return e.what();
    std::string text = (e.path().empty() ? "" : e.path() + ": ") + e.message().text() + ":";
    for (const auto& p : e.problems())
        text += "\n  " + optionProblemText(p);
    return text;
}

int runVerb(const Verb& verb, const std::vector<std::string>& rest) {
    CLI::App app(verb.summary, "ganlab-cli " + verb.name);
    app.formatter(std::make_shared<HelpFormatter>());
    // An option given twice keeps its last value, so scripts can append overrides.
    app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    const auto run = verb.declare(app);
    std::vector<const char*> argv{verb.name.c_str()};
    for (const auto& a : rest)
        argv.push_back(a.c_str());
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::CallForHelp&) {
        std::printf("%s", app.help().c_str());
        return kOk;
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "\nganlab-cli %s: error: %s (see --help)\n", verb.name.c_str(),
                     e.what());
        return kUsage;
    }
    return run();
}

} // namespace

const std::vector<Verb>& verbs() {
    static const std::vector<Verb> table = [] {
        std::vector<Verb> all;
        for (auto part : {trainingVerbs, runVerbs, evalVerbs, transferVerbs, studyVerbs}) {
            auto more = part();
            all.insert(all.end(), more.begin(), more.end());
        }
        return all;
    }();
    return table;
}

int runCli(const std::vector<std::string>& args) {
    // A file over the size limit (ulimit -f) is a failed write with a message, not a kill.
    std::signal(SIGXFSZ, SIG_IGN);
    if (args.empty() || args.front() == "--help" || args.front() == "-h" ||
        args.front() == "help") {
        std::printf("%s", mainHelp().c_str());
        return args.empty() ? kUsage : kOk;
    }
    if (args.front() == "--version") {
        std::printf("ganlab-cli %s\n", GANLAB_VERSION);
        return kOk;
    }
    if (args.front() == "--bash-completion") { // what the package installs
        std::printf("%s", bashCompletion().c_str());
        return kOk;
    }
    if (args.front() == "--list-verbs") { // for the tests
        for (const auto& v : verbs())
            std::printf("%s\n", v.name.c_str());
        return kOk;
    }
    const std::string name = args.front();
    const auto verb =
        std::find_if(verbs().begin(), verbs().end(), [&](const Verb& v) { return v.name == name; });
    if (verb == verbs().end()) {
        std::fprintf(stderr, "ganlab-cli: unknown verb \"%s\"\n\n%s", name.c_str(),
                     mainHelp().c_str());
        return kUsage;
    }
    setCommandLine(args);
    try {
        return runVerb(*verb, {args.begin() + 1, args.end()});
    } catch (const Error& e) {
        std::fprintf(stderr, "\nganlab-cli %s: error: %s\n", name.c_str(), errorText(e).c_str());
        return exitCodeOf(e.kind());
    } catch (const std::exception& e) { // a library's own text: its first line, no backtrace
        const std::string what = e.what();
        std::fprintf(stderr, "\nganlab-cli %s: unexpected error (please report it): %s\n",
                     name.c_str(), what.substr(0, what.find('\n')).c_str());
        return kFailed;
    }
}

} // namespace ganlab::cli
