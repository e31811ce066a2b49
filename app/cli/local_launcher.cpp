// runLocalRanks: posix_spawn of N ranks, one waitpid loop that forwards Ctrl-C and reports deaths.
#include "cli/local_launcher.h"

#include "api/distributed.h"
#include "api/runtime.h"
#include "cli/verb.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

extern char** environ;

namespace ganlab::cli {
namespace {

std::vector<std::string> g_commandLine;
std::atomic<int> g_signals{0};
extern "C" void onLauncherSignal(int) {
    ++g_signals;
}

// This program's environment with `extra` ("NAME=value") replacing same-named entries.
std::vector<std::string> environmentWith(const std::vector<std::string>& extra) {
    std::vector<std::string> out;
    for (char** e = environ; e && *e; ++e) {
        const std::string entry = *e;
        const auto name = entry.substr(0, entry.find('=') + 1);
        if (std::none_of(extra.begin(), extra.end(),
                         [&](const std::string& x) { return x.rfind(name, 0) == 0; }))
            out.push_back(entry);
    }
    out.insert(out.end(), extra.begin(), extra.end());
    return out;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> out;
    for (auto& s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

pid_t spawnRank(const std::vector<std::string>& args, const DistributedLaunch& launch) {
    std::vector<std::string> argv{"ganlab-cli"};
    argv.insert(argv.end(), args.begin(), args.end());
    auto env = environmentWith(launchEnvironment(launch));
    auto argvp = pointers(argv), envp = pointers(env);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (launch.rank != 0) // one progress display: rank 0's; the others print their errors
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int rc =
        posix_spawn(&pid, "/proc/self/exe", &actions, nullptr, argvp.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        std::fprintf(stderr, "ganlab-cli: cannot start rank %d: %s\n", launch.rank,
                     std::strerror(rc));
        return -1;
    }
    return pid;
}

std::string describeStatus(int status) {
    if (WIFSIGNALED(status))
        return std::string("was killed by signal ") + std::to_string(WTERMSIG(status)) + " (" +
               strsignal(WTERMSIG(status)) + ")";
    return "exited with code " + std::to_string(WEXITSTATUS(status));
}

bool failed(int status) {
    return WIFSIGNALED(status) ||
           (WEXITSTATUS(status) != kOk && WEXITSTATUS(status) != kInterrupted &&
            WEXITSTATUS(status) != kCollapsed);
}

} // namespace

void setCommandLine(const std::vector<std::string>& args) {
    g_commandLine = args;
}
const std::vector<std::string>& commandLine() {
    return g_commandLine;
}

int runLocalRanks(int nproc, const std::vector<std::string>& given, double timeoutSeconds) {
    std::vector<std::string> args = given;
    if (std::find(args.begin(), args.end(), "--threads") == args.end()) // share the cores
        args.insert(args.end(),
                    {"--threads", std::to_string(std::max(1, hardwareThreads() / nproc))});
    DistributedLaunch launch;
    launch.worldSize = nproc;
    launch.masterPort = freeLocalPort();
    launch.launcher = "ganlab-cli --nproc";
    g_signals = 0;
    struct sigaction action {};
    action.sa_handler = onLauncherSignal;
    sigemptyset(&action.sa_mask);
    struct sigaction previous[3];
    const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    for (int i = 0; i < 3; ++i)
        sigaction(signals[i], &action, &previous[i]);

    std::vector<pid_t> pids(nproc, -1);
    std::vector<int> status(nproc, 0);
    std::vector<bool> running(nproc, false);
    for (int r = 0; r < nproc; ++r) {
        launch.rank = launch.localRank = r;
        pids[r] = spawnRank(args, launch);
        running[r] = pids[r] > 0;
    }
    using Clock = std::chrono::steady_clock;
    std::optional<Clock::time_point> deadline; // once a rank ended: when the rest are ended
    const auto grace = std::chrono::duration<double>(timeoutSeconds + 15);
    int forwarded = 0;
    bool anyFailed = std::count(running.begin(), running.end(), false) > 0;
    if (anyFailed)
        deadline = Clock::now();
    while (std::count(running.begin(), running.end(), true) > 0) {
        if (const int s = g_signals; s > forwarded) { // Ctrl-C: rank 0 stops everyone
            forwarded = s;
            if (running[0])
                ::kill(pids[0], SIGINT);
        }
        int st = 0;
        const pid_t pid = ::waitpid(-1, &st, WNOHANG);
        if (pid > 0) {
            const auto r =
                static_cast<int>(std::find(pids.begin(), pids.end(), pid) - pids.begin());
            if (r < nproc) {
                running[r] = false;
                status[r] = st;
                if (failed(st)) {
                    anyFailed = true;
                    if (r != 0 || WIFSIGNALED(st))
                        std::fprintf(stderr, "ganlab-cli: rank %d (pid %d) %s\n", r, pid,
                                     describeStatus(st).c_str());
                }
                if (!deadline)
                    deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(grace);
            }
            continue;
        }
        if (deadline && Clock::now() > *deadline) {
            for (int r = 0; r < nproc; ++r)
                if (running[r]) {
                    std::fprintf(stderr,
                                 "ganlab-cli: rank %d (pid %d) did not end %.0f s after another "
                                 "rank did: killed\n",
                                 r, pids[r], grace.count());
                    ::kill(pids[r], SIGKILL);
                }
            deadline = Clock::now() + std::chrono::seconds(5);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    for (int i = 0; i < 3; ++i)
        sigaction(signals[i], &previous[i], nullptr);
    if (pids[0] > 0 && WIFEXITED(status[0]) && (WEXITSTATUS(status[0]) != kOk || !anyFailed))
        return WEXITSTATUS(status[0]);
    return kFailed;
}

} // namespace ganlab::cli
