// Data-parallel training in several processes: where a process learns its place (the launcher's
// environment, or ganlab-cli --nproc) and the session it joins — torch's c10d underneath
// (core/dist).
#pragma once

#include "train_config.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ganlab {

namespace dist {
class ProcessGroup;
}

// One process's place in a data-parallel run.
struct DistributedLaunch {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0; // on its machine: which GPU it takes
    std::string masterAddr = "127.0.0.1";
    int masterPort = 29500;
    std::string launcher; // "torchrun", "SLURM", "ganlab-cli --nproc", "the window"
    // torchrun's agent already serves the store on the master port (TORCHELASTIC_USE_AGENT_STORE):
    // every rank connects to it, rank 0 too; keys are prefixed with the restart count.
    bool agentStore = false;
    std::string storePrefix = "ganlab";
    // A collective, or the start, that waits longer than this for a rank fails, naming the rank.
    double timeoutSeconds = 120;
};

inline constexpr double kDefaultDistTimeoutSeconds = 120;

// The launcher's environment: RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT (torchrun,
// or any launcher that sets them), else SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID (srun; the
// master is MASTER_ADDR or the node srun ran on, the port MASTER_PORT or 29500). Nothing when
// neither is set. Throws Error (Usage) naming the variable that is malformed or out of range.
std::optional<DistributedLaunch> launchFromEnvironment();

// The variables a local launcher sets for one of its ranks ("NAME=value"), the same torchrun sets.
std::vector<std::string> launchEnvironment(const DistributedLaunch& launch);

// A free TCP port on this machine for a local launch's master.
int freeLocalPort();

// Time and bytes in gradient all-reduce so far (this rank).
struct DistributedTraffic {
    std::int64_t allReduceCalls = 0;
    std::int64_t allReduceBytes = 0;
    double allReduceSeconds = 0;
};

// The process group of one run: joined once, kept while the run trains.
class DistributedSession {
public:
    // Rank 0 listens on the master address and port; the others connect. Returns once every rank
    // has joined. Throws Error: the port is in use, the master cannot be reached, not every rank
    // joined within the timeout, or this LibTorch has no Gloo.
    static std::shared_ptr<DistributedSession> join(const DistributedLaunch& launch);
    ~DistributedSession();

    int rank() const;
    int worldSize() const;
    const DistributedLaunch& launch() const;
    DistributedTraffic traffic() const;
    dist::ProcessGroup& group(); // core's own use
    const std::shared_ptr<dist::ProcessGroup>& groupPtr() const { return m_group; }

private:
    explicit DistributedSession(std::shared_ptr<dist::ProcessGroup> group);
    std::shared_ptr<dist::ProcessGroup> m_group;
};

// A rank other than 0: receives the run from rank 0 (its settings and the whole training state),
// reads its own copy of the dataset, and trains its share of every step until rank 0 says stop
// (then returns). `requested`, the settings this rank's own command line gives when it has them,
// must equal rank 0's. Throws Error naming the rank at fault when a peer dies or hangs.
void followRank(DistributedSession& session, const TrainConfig* requested);

} // namespace ganlab
