// A child process for tests (posix_spawn): captured stdout and stderr, an optional environment,
// a timeout, the exit code, and SIGINT for a running child — what QProcess did, without Qt.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include <sys/types.h>

namespace ganlab::testing {

class Process {
public:
    // Starts `program` with `args`; stdin is /dev/null. `env` entries ("NAME=value") are added to
    // the test's own environment, replacing variables of the same name. A failed start leaves
    // the process finished with exit code -1 and the reason in standardError().
    Process(const std::string& program, const std::vector<std::string>& args,
            const std::vector<std::string>& env = {});
    ~Process(); // kills and reaps a child still running
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    pid_t pid() const { return m_pid; }
    bool running() const { return m_pid > 0 && !m_finished; }
    // Collects output until the child ends or `timeout` passes; true when it has ended.
    bool waitForFinished(std::chrono::milliseconds timeout);
    bool interrupt(); // SIGINT: true when the signal was sent
    void kill();      // SIGKILL and reap
    // The exit status of a child that exited normally; -1 while running, after a signal ended it
    // or when it never started.
    int exitCode() const { return m_exitCode; }
    const std::string& standardOutput() const { return m_out; }
    const std::string& standardError() const { return m_err; }

private:
    void readAvailable(int timeoutMs);
    void reap(bool block);

    pid_t m_pid = -1;
    int m_outFd = -1, m_errFd = -1;
    bool m_finished = false;
    int m_exitCode = -1;
    std::string m_out, m_err;
};

struct ProcessResult {
    int code = -1; // exit code, -1 after a crash, a timeout or a failed start
    std::string out, err;
};

// Runs a program to its end (killed after `timeout`) and returns its exit code and output.
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args,
                         std::chrono::milliseconds timeout = std::chrono::minutes(5),
                         const std::vector<std::string>& env = {});

} // namespace ganlab::testing
