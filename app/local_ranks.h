// LocalRanks: the window's "Training processes" setting — the other ranks of a run as ganlab-cli
// processes beside the window, whose training thread is rank 0.
#pragma once

#include "api/distributed.h"

#include <QString>

#include <memory>
#include <vector>

class QProcess;

namespace ganlab::app {

class LocalRanks {
public:
    // Starts `processes` − 1 ranks (`ganlab-cli resume RUN` with the variables torchrun sets, each
    // with `threadsPerRank` threads) and joins them as rank 0. Throws Error when they cannot start
    // or join (and ends any it started).
    LocalRanks(int processes, const QString& runDir, int threadsPerRank);
    // Waits for the ranks to end (closing the run tells them to stop), killing any that do not.
    ~LocalRanks();
    LocalRanks(const LocalRanks&) = delete;
    LocalRanks& operator=(const LocalRanks&) = delete;

    const std::shared_ptr<DistributedSession>& session() const { return m_session; }

private:
    std::vector<std::unique_ptr<QProcess>> m_ranks;
    std::shared_ptr<DistributedSession> m_session;
};

} // namespace ganlab::app
