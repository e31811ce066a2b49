// ProcessGroup: joining (the store on rank 0, a count of the ranks that came, then Gloo), bucketed
// all-reduce, byte broadcast, the control channel, and naming the rank behind a failure.
#define USE_C10D_GLOO 1 // Debian's TorchConfig does not define it; its libtorch has Gloo
#include "dist/process_group.h"

#include "api/error.h"
#include "util/first_line.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <thread>

namespace ganlab::dist {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::int64_t kBucketBytes = 25 << 20;       // PyTorch DDP's default bucket cap
constexpr auto kControlWait = std::chrono::hours(24); // rank 0 may evaluate or be paused
constexpr auto kFaultGrace = std::chrono::milliseconds(1500);

std::vector<std::uint8_t> bytesOf(const std::string& s) {
    return {s.begin(), s.end()};
}
std::string textOf(const std::vector<std::uint8_t>& v) {
    return {v.begin(), v.end()};
}

// The first line of a c10d/Gloo message, without its C++ backtrace.
std::string firstLine(const std::exception& e) {
    return ganlab::firstLine(e.what());
}

std::string seconds(std::chrono::milliseconds t) {
    return std::to_string(t.count() / 1000);
}

} // namespace

std::string rankDevice(const std::string& device, int localRank) {
    const bool cuda = device == "cuda" || (device == "auto" && torch::cuda::is_available());
    if (!cuda || !torch::cuda::is_available())
        return device;
    const auto count = static_cast<int>(torch::cuda::device_count());
    return "cuda:" + std::to_string(count > 0 ? localRank % count : 0);
}

ProcessGroup::ProcessGroup(const DistributedLaunch& launch)
    : m_launch(launch)
    , m_timeout(std::chrono::milliseconds(
          static_cast<std::int64_t>(std::max(1.0, launch.timeoutSeconds) * 1000))) {
    if (launch.rank < 0 || launch.rank >= launch.worldSize)
        throw Error(ErrorKind::Usage, {},
                    message(MessageCode::DistRankOutOfRange, launch.rank, launch.worldSize));
    c10d::TCPStoreOptions options;
    options.port = static_cast<std::uint16_t>(launch.masterPort);
    options.isServer = launch.rank == 0 && !launch.agentStore;
    options.numWorkers = launch.worldSize;
    options.waitWorkers = false; // counted below, to say how many came
    options.timeout = m_timeout;
    try {
        m_store = c10::make_intrusive<c10d::PrefixStore>(
            launch.storePrefix, c10::make_intrusive<c10d::TCPStore>(launch.masterAddr, options));
    } catch (const std::exception& e) {
        if (options.isServer)
            throw Error(ErrorKind::Usage, {},
                        message(MessageCode::DistPortInUse, launch.masterAddr, launch.masterPort,
                                firstLine(e)));
        throw Error(ErrorKind::Usage, {},
                    message(MessageCode::DistMasterUnreachable, launch.masterAddr,
                            launch.masterPort, seconds(m_timeout), firstLine(e)));
    }
    // Every rank counts itself in, then waits for the whole world (or says how many came).
    try {
        m_store->add("joined", 1);
        const auto deadline = Clock::now() + m_timeout;
        std::int64_t joined = 0;
        while ((joined = m_store->add("joined", 0)) < launch.worldSize) {
            if (Clock::now() > deadline)
                throw Error(ErrorKind::Usage, {},
                            message(MessageCode::DistRanksMissing, joined, launch.worldSize,
                                    seconds(m_timeout)));
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        if (joined > launch.worldSize)
            throw Error(ErrorKind::Usage, {},
                        message(MessageCode::DistRanksMissing, joined, launch.worldSize,
                                seconds(m_timeout)));
        auto gloo = c10d::ProcessGroupGloo::Options::create(m_timeout);
        // GLOO_SOCKET_IFNAME picks the interface, as in PyTorch (its C++ API leaves it to us).
        const char* interface = std::getenv("GLOO_SOCKET_IFNAME");
        if (interface && *interface)
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(interface));
        else if (launch.masterAddr == "127.0.0.1" || launch.masterAddr == "localhost")
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
        else
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        auto prefixed = c10::make_intrusive<c10d::PrefixStore>("gloo", m_store);
        m_group = c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, launch.rank,
                                                              launch.worldSize, gloo);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        if (launch.rank == 0)
            throw Error(ErrorKind::Usage, {},
                        message(MessageCode::DistRanksMissing, m_store->add("joined", 0),
                                launch.worldSize, seconds(m_timeout)));
        throw Error(ErrorKind::Usage, {},
                    message(MessageCode::DistMasterUnreachable, launch.masterAddr,
                            launch.masterPort, seconds(m_timeout), firstLine(e)));
    }
}

ProcessGroup::~ProcessGroup() = default;

BatchShare ProcessGroup::shareOf(std::int64_t total) const {
    const std::int64_t n = worldSize(), r = rank();
    if (total < n)
        throw Error(ErrorKind::Usage, {}, message(MessageCode::DistBatchTooSmall, total, n));
    const std::int64_t base = total / n, extra = total % n;
    return {r * base + std::min(r, extra), base + (r < extra ? 1 : 0), total};
}

std::string ProcessGroup::key(const std::string& name, std::int64_t index) const {
    return name + "/" + std::to_string(index);
}

void ProcessGroup::allReduceSum(const std::vector<torch::Tensor>& tensors, bool counted) {
    const auto started = Clock::now();
    std::int64_t bytes = 0;
    std::size_t i = 0;
    try {
        while (i < tensors.size()) {
            // One bucket: consecutive tensors of one dtype and device, up to the cap.
            std::vector<torch::Tensor> bucket{tensors[i]};
            std::int64_t size = tensors[i].numel() * tensors[i].element_size();
            for (++i; i < tensors.size(); ++i) {
                const auto& t = tensors[i];
                const auto more = t.numel() * t.element_size();
                if (t.scalar_type() != bucket.front().scalar_type() ||
                    t.device() != bucket.front().device() || size + more > kBucketBytes)
                    break;
                bucket.push_back(t);
                size += more;
            }
            std::vector<torch::Tensor> flat;
            for (const auto& t : bucket)
                flat.push_back(t.reshape(-1));
            // Gloo sums host memory: a GPU bucket crosses once each way.
            std::vector<torch::Tensor> io{torch::cat(flat).to(torch::kCPU)};
            m_group->allreduce(io)->wait();
            std::int64_t offset = 0;
            for (const auto& t : bucket) {
                t.view(-1).copy_(io[0].narrow(0, offset, t.numel()));
                offset += t.numel();
            }
            bytes += size;
        }
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        fail(e);
    }
    if (counted) {
        ++m_traffic.allReduceCalls;
        m_traffic.allReduceBytes += bytes;
        m_traffic.allReduceSeconds += std::chrono::duration<double>(Clock::now() - started).count();
    }
}

std::string ProcessGroup::broadcastBytes(const std::string& bytes) {
    try {
        std::vector<torch::Tensor> size{
            torch::tensor(std::vector<std::int64_t>{static_cast<std::int64_t>(bytes.size())})};
        m_group->broadcast(size)->wait();
        const auto n = size[0].item<std::int64_t>();
        std::vector<torch::Tensor> data{torch::empty({n}, torch::kUInt8)};
        if (rank() == 0)
            std::memcpy(data[0].data_ptr(), bytes.data(), bytes.size());
        m_group->broadcast(data)->wait();
        return {static_cast<const char*>(data[0].data_ptr()), static_cast<std::size_t>(n)};
    } catch (const std::exception& e) {
        fail(e);
    }
}

void ProcessGroup::post(Command command) {
    const char* word = command == Command::Step     ? "step"
                       : command == Command::Reload ? "reload"
                                                    : "stop";
    try {
        m_store->set(key("control", m_posted), bytesOf(word));
        if (m_posted >= 2) // every rank has read it: the step after it needed them all
            m_store->deleteKey(key("control", m_posted - 2));
        ++m_posted;
    } catch (const std::exception& e) {
        fail(e);
    }
}

Command ProcessGroup::next() {
    try {
        const auto k = key("control", m_received++);
        m_store->wait({k}, kControlWait);
        const auto word = textOf(m_store->get(k));
        return word == "step" ? Command::Step : word == "reload" ? Command::Reload : Command::Stop;
    } catch (const std::exception& e) {
        throw Error(ErrorKind::Training, {},
                    message(MessageCode::DistMasterLost, m_launch.masterAddr, m_launch.masterPort,
                            firstLine(e)));
    }
}

void ProcessGroup::acknowledgeStop() {
    try {
        m_store->add("stopped", 1);
    } catch (const std::exception&) { // rank 0 is gone already: nothing to tell
    }
}

void ProcessGroup::awaitStopAcknowledged() {
    const auto deadline = Clock::now() + std::chrono::seconds(10);
    try {
        while (m_store->add("stopped", 0) < worldSize() - 1 && Clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    } catch (const std::exception&) {
    }
}

void ProcessGroup::reportReady(const std::string& problem) {
    try {
        m_store->set(key("ready", rank()), bytesOf(problem.empty() ? "ok" : "!" + problem));
    } catch (const std::exception& e) {
        fail(e);
    }
}

void ProcessGroup::awaitReady() {
    try {
        for (int r = 1; r < worldSize(); ++r) {
            const auto k = key("ready", r);
            m_store->wait({k}, m_timeout);
            const auto answer = textOf(m_store->get(k));
            if (!answer.empty() && answer.front() == '!')
                throw Error(ErrorKind::Usage, {}, message(MessageCode::Text, answer.substr(1)));
        }
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        fail(e);
    }
}

void ProcessGroup::fail(const std::exception& cause) {
    const std::string what = firstLine(cause);
    m_failed = true;
    // This rank saw the failure: it says so, so that the ranks that did not are the ones named.
    try {
        m_store->set(key("fault", rank()), bytesOf(what));
    } catch (const std::exception&) {
        if (rank() != 0)
            throw Error(ErrorKind::Training, {},
                        message(MessageCode::DistMasterLost, m_launch.masterAddr,
                                m_launch.masterPort, what));
    }
    std::vector<int> silent;
    const auto deadline = Clock::now() + kFaultGrace;
    do {
        silent.clear();
        try {
            for (int r = 0; r < worldSize(); ++r)
                if (r != rank() && !m_store->check({key("fault", r)}))
                    silent.push_back(r);
        } catch (const std::exception&) {
            throw Error(ErrorKind::Training, {},
                        message(MessageCode::DistMasterLost, m_launch.masterAddr,
                                m_launch.masterPort, what));
        }
        if (silent.empty())
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    } while (Clock::now() < deadline);
    std::string ranks;
    for (int r : silent)
        ranks += (ranks.empty() ? "" : ", ") + std::to_string(r);
    throw Error(ErrorKind::Training, {},
                message(MessageCode::DistRankLost, ranks.empty() ? std::string("?") : ranks, m_step,
                        seconds(m_timeout), what));
}

} // namespace ganlab::dist
