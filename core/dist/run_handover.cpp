// RunHandover on the wire: a JSON header and the state's bytes, two broadcasts from rank 0.
#include "dist/run_handover.h"

#include "api/error.h"

#include <nlohmann/json.hpp>

namespace ganlab::dist {

void sendHandover(ProcessGroup& group, const RunHandover& h) {
    const nlohmann::json header = {{"requested", h.requested},    {"config", h.config},
                                   {"device", h.device},          {"channels", h.channels},
                                   {"num_classes", h.numClasses}, {"classifier", h.classifierPath},
                                   {"fingerprint", h.fingerprint}};
    group.post(Command::Reload); // the others wait on the control channel until rank 0 is ready
    group.broadcastBytes(header.dump());
    group.broadcastBytes(h.state);
}

RunHandover receiveHandover(ProcessGroup& group) {
    if (group.next() != Command::Reload)
        throw Error(ErrorKind::Training, {},
                    message(MessageCode::DistMasterLost, group.launch().masterAddr,
                            group.launch().masterPort, "it stopped before training began"));
    const auto header = nlohmann::json::parse(group.broadcastBytes({}));
    RunHandover h;
    h.requested = header.at("requested").get<std::string>();
    h.config = header.at("config").get<std::string>();
    h.device = header.at("device").get<std::string>();
    h.channels = header.at("channels").get<int>();
    h.numClasses = header.at("num_classes").get<int>();
    h.classifierPath = header.at("classifier").get<std::string>();
    h.fingerprint = header.at("fingerprint").get<std::string>();
    h.state = group.broadcastBytes({});
    return h;
}

std::string settingsDifference(const std::string& here, const std::string& rank0) {
    const auto a = nlohmann::json::parse(here), b = nlohmann::json::parse(rank0);
    std::string out;
    int shown = 0;
    for (auto it = b.begin(); it != b.end(); ++it) {
        const auto mine = a.contains(it.key()) ? a.at(it.key()) : nlohmann::json();
        if (mine == it.value() || shown >= 4)
            continue;
        ++shown;
        out += (out.empty() ? "" : "; ") + it.key() + " " + mine.dump() + " here, " +
               it.value().dump() + " on rank 0";
    }
    return out;
}

} // namespace ganlab::dist
