// ProcessGroup: one run's ranks on torch's c10d — a TCPStore on rank 0 (the control channel) and a
// Gloo process group (the collectives), with every failure turned into an Error naming the rank.
#pragma once

#include "api/distributed.h"
#include "torch_prelude.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace c10d {
class Store;
class ProcessGroup;
} // namespace c10d

namespace ganlab::dist {

// What rank 0 tells the others before each of their steps.
enum class Command { Step, Reload, Stop };

// One rank's share of a global batch: images [offset, offset + size) of `total`.
struct BatchShare {
    std::int64_t offset = 0;
    std::int64_t size = 0;
    std::int64_t total = 0;
    // The share's weight in the global mean (size / total).
    double weight() const { return total > 0 ? double(size) / double(total) : 1.0; }
};

class ProcessGroup {
public:
    explicit ProcessGroup(const DistributedLaunch& launch);
    ~ProcessGroup();

    int rank() const { return m_launch.rank; }
    int worldSize() const { return m_launch.worldSize; }
    const DistributedLaunch& launch() const { return m_launch; }

    // This rank's share of a global batch of `total` (the first total % N ranks take one more).
    BatchShare shareOf(std::int64_t total) const;

    // Collectives: every rank calls them in the same order. A peer that dies, or hangs past the
    // timeout, makes them throw Error naming it.
    // Sums in place across ranks, in buckets of at most 25 MB (one all-reduce each); counted in
    // traffic() when `counted`.
    void allReduceSum(const std::vector<torch::Tensor>& tensors, bool counted = true);
    // Rank 0's bytes on every rank.
    std::string broadcastBytes(const std::string& bytes);

    // The control channel (the store): rank 0 posts, the others wait as long as rank 0 lives.
    void post(Command command);
    Command next();
    // After Stop: the others say they have it, and rank 0 (whose process serves the store) waits
    // for them, up to a few seconds, before it lets the store go.
    void acknowledgeStop();
    void awaitStopAcknowledged();

    // After the start-up exchange: each other rank reports "" (ready) or its problem; rank 0
    // waits for them all and throws the first problem as an Error naming the rank.
    void reportReady(const std::string& problem);
    void awaitReady();

    // The step the collectives belong to, for the messages that name a lost rank.
    void setStep(std::int64_t step) { m_step = step; }
    DistributedTraffic traffic() const { return m_traffic; }
    // A collective failed: this rank's state may hold half a step; nothing more may be trained
    // or saved from it.
    bool failed() const { return m_failed; }

    // Turns a failed collective or store call into an Error naming the rank(s) at fault.
    [[noreturn]] void fail(const std::exception& cause);

private:
    std::string key(const std::string& name, std::int64_t index) const;

    DistributedLaunch m_launch;
    c10::intrusive_ptr<c10d::Store> m_store;
    c10::intrusive_ptr<c10d::ProcessGroup> m_group;
    std::chrono::milliseconds m_timeout;
    std::int64_t m_posted = 0, m_received = 0, m_step = 0;
    DistributedTraffic m_traffic;
    bool m_failed = false;
};

// The device a rank computes on: "cuda" and "auto" (with CUDA) become cuda:LOCAL_RANK.
std::string rankDevice(const std::string& device, int localRank);

} // namespace ganlab::dist
