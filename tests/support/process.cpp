// Child processes for tests: posix_spawn with stdout/stderr pipes read through poll().
#include "support/process.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace ganlab::testing {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// The test's environment with `extra` ("NAME=value") added or replacing same-named entries.
std::vector<std::string> mergedEnvironment(const std::vector<std::string>& extra) {
    auto nameOf = [](const std::string& entry) { return entry.substr(0, entry.find('=')); };
    std::vector<std::string> out;
    for (char** e = environ; e && *e; ++e) {
        const std::string entry = *e;
        const bool replaced = std::any_of(extra.begin(), extra.end(), [&](const std::string& x) {
            return nameOf(x) == nameOf(entry);
        });
        if (!replaced)
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

void closeFd(int& fd) {
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

Process::Process(const std::string& program, const std::vector<std::string>& args,
                 const std::vector<std::string>& env) {
    int out[2] = {-1, -1}, err[2] = {-1, -1};
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        m_err = std::string("pipe: ") + std::strerror(errno);
        m_finished = true;
        for (int* fd : {&out[0], &out[1], &err[0], &err[1]})
            closeFd(*fd);
        return;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
    // The child starts with default signal handling and nothing blocked, whatever the test set.
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults, none;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGPIPE);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

    std::vector<std::string> argStrings = {program};
    argStrings.insert(argStrings.end(), args.begin(), args.end());
    std::vector<std::string> envStrings = mergedEnvironment(env);
    auto argv = pointers(argStrings), envp = pointers(envStrings);
    const int rc = posix_spawn(&m_pid, program.c_str(), &actions, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    closeFd(out[1]);
    closeFd(err[1]);
    if (rc != 0) {
        m_err = "cannot start " + program + ": " + std::strerror(rc);
        m_pid = -1;
        m_finished = true;
        closeFd(out[0]);
        closeFd(err[0]);
        return;
    }
    m_outFd = out[0];
    m_errFd = err[0];
    for (int fd : {m_outFd, m_errFd})
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

Process::~Process() {
    if (running())
        kill();
    closeFd(m_outFd);
    closeFd(m_errFd);
}

void Process::readAvailable(int timeoutMs) {
    pollfd fds[2];
    int* owners[2];
    nfds_t n = 0;
    for (int* fd : {&m_outFd, &m_errFd})
        if (*fd >= 0) {
            fds[n] = {*fd, POLLIN, 0};
            owners[n++] = fd;
        }
    if (n == 0 || ::poll(fds, n, timeoutMs) <= 0)
        return;
    char buffer[65536];
    for (nfds_t i = 0; i < n; ++i) {
        if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        std::string& sink = owners[i] == &m_outFd ? m_out : m_err;
        for (;;) {
            const ssize_t got = ::read(*owners[i], buffer, sizeof buffer);
            if (got > 0) {
                sink.append(buffer, static_cast<std::size_t>(got));
                continue;
            }
            if (got < 0 && errno == EINTR)
                continue;
            if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                closeFd(*owners[i]); // end of file (or a broken pipe)
            break;
        }
    }
}

void Process::reap(bool block) {
    if (!running())
        return;
    int status = 0;
    pid_t got;
    do
        got = ::waitpid(m_pid, &status, block ? 0 : WNOHANG);
    while (got < 0 && errno == EINTR);
    if (got != m_pid)
        return;
    m_finished = true;
    m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool Process::waitForFinished(milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        reap(false);
        if (m_finished) {
            // Whatever the child wrote last; bounded in case a grandchild holds the pipes.
            for (int i = 0; i < 100 && (m_outFd >= 0 || m_errFd >= 0); ++i)
                readAvailable(50);
            return true;
        }
        const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return false;
        const int slice = static_cast<int>(std::min<std::int64_t>(left.count(), 50));
        if (m_outFd >= 0 || m_errFd >= 0)
            readAvailable(slice);
        else
            std::this_thread::sleep_for(milliseconds(slice));
    }
}

bool Process::interrupt() {
    return running() && ::kill(m_pid, SIGINT) == 0;
}

void Process::kill() {
    if (!running())
        return;
    ::kill(m_pid, SIGKILL);
    reap(true);
    for (int i = 0; i < 20 && (m_outFd >= 0 || m_errFd >= 0); ++i)
        readAvailable(50);
}

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args,
                         milliseconds timeout, const std::vector<std::string>& env) {
    Process p(program, args, env);
    if (!p.waitForFinished(timeout))
        p.kill();
    return {p.exitCode(), p.standardOutput(), p.standardError()};
}

} // namespace ganlab::testing
