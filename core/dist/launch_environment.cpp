// Where a process learns its place in a data-parallel run: torchrun's and SLURM's variables, the
// variables a local launcher sets, and a free port for a local master.
#include "api/distributed.h"
#include "api/error.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>

namespace ganlab {
namespace {

const char* variable(const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? value : nullptr;
}

int integerVariable(const char* name, int low, int high, const char* what) {
    const char* text = variable(name);
    int value = 0;
    const auto end = text + std::strlen(text);
    const auto [ptr, ec] = std::from_chars(text, end, value);
    if (ec != std::errc() || ptr != end || value < low || value > high)
        throw Error(ErrorKind::Usage, {}, message(MessageCode::DistBadVariable, name, text, what));
    return value;
}

} // namespace

std::optional<DistributedLaunch> launchFromEnvironment() {
    DistributedLaunch launch;
    const bool torchrun = variable("RANK") || variable("WORLD_SIZE");
    const bool slurm = !torchrun && variable("SLURM_PROCID") && variable("SLURM_NTASKS");
    if (!torchrun && !slurm)
        return std::nullopt;
    const char* rankName = torchrun ? "RANK" : "SLURM_PROCID";
    const char* worldName = torchrun ? "WORLD_SIZE" : "SLURM_NTASKS";
    const char* localName = torchrun ? "LOCAL_RANK" : "SLURM_LOCALID";
    for (const char* name : {rankName, worldName})
        if (!variable(name))
            throw Error(ErrorKind::Usage, {},
                        message(MessageCode::DistBadVariable, name, "",
                                "set (both RANK and "
                                "WORLD_SIZE are needed)"));
    launch.worldSize = integerVariable(worldName, 1, 1 << 20, "a process count of at least 1");
    launch.rank = integerVariable(rankName, 0, 1 << 20, "a rank (0, 1, …)");
    if (launch.rank >= launch.worldSize)
        throw Error(ErrorKind::Usage, {},
                    message(MessageCode::DistRankOutOfRange, launch.rank, launch.worldSize));
    launch.localRank =
        variable(localName) ? integerVariable(localName, 0, 1 << 20, "a local rank (0, 1, …)") : 0;
    if (const char* addr = variable("MASTER_ADDR"))
        launch.masterAddr = addr;
    else if (const char* node = slurm ? variable("SLURM_LAUNCH_NODE_IPADDR") : nullptr)
        launch.masterAddr = node;
    if (variable("MASTER_PORT"))
        launch.masterPort = integerVariable("MASTER_PORT", 1, 65535, "a TCP port (1–65535)");
    if (const char* agent = variable("TORCHELASTIC_USE_AGENT_STORE"))
        launch.agentStore = std::string(agent) == "True" || std::string(agent) == "1";
    if (const char* restart = variable("TORCHELASTIC_RESTART_COUNT"))
        launch.storePrefix = std::string("ganlab-") + restart;
    if (const char* by = variable("GANLAB_LAUNCHER"))
        launch.launcher = by;
    else
        launch.launcher = slurm ? "SLURM" : "torchrun";
    return launch;
}

std::vector<std::string> launchEnvironment(const DistributedLaunch& launch) {
    return {"RANK=" + std::to_string(launch.rank),
            "WORLD_SIZE=" + std::to_string(launch.worldSize),
            "LOCAL_RANK=" + std::to_string(launch.localRank),
            "LOCAL_WORLD_SIZE=" + std::to_string(launch.worldSize),
            "MASTER_ADDR=" + launch.masterAddr,
            "MASTER_PORT=" + std::to_string(launch.masterPort),
            "GANLAB_LAUNCHER=" + launch.launcher};
}

int freeLocalPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 29500;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 29500;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

} // namespace ganlab
