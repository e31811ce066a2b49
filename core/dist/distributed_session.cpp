// DistributedSession: the torch-free handle on a run's process group.
#include "api/distributed.h"
#include "dist/process_group.h"

namespace ganlab {

std::shared_ptr<DistributedSession> DistributedSession::join(const DistributedLaunch& launch) {
    return std::shared_ptr<DistributedSession>(
        new DistributedSession(std::make_shared<dist::ProcessGroup>(launch)));
}

DistributedSession::DistributedSession(std::shared_ptr<dist::ProcessGroup> group)
    : m_group(std::move(group)) {}
DistributedSession::~DistributedSession() = default;

int DistributedSession::rank() const {
    return m_group->rank();
}
int DistributedSession::worldSize() const {
    return m_group->worldSize();
}
const DistributedLaunch& DistributedSession::launch() const {
    return m_group->launch();
}
DistributedTraffic DistributedSession::traffic() const {
    return m_group->traffic();
}
dist::ProcessGroup& DistributedSession::group() {
    return *m_group;
}

} // namespace ganlab
