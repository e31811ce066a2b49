// RunHandover: what rank 0 sends the other ranks before they train together — the run's settings
// and shape, its training images' fingerprint, and the whole training state.
#pragma once

#include "dist/process_group.h"

#include <string>

namespace ganlab::dist {

struct RunHandover {
    std::string requested; // rank 0's command-line settings (JSON); "" when it had none
    std::string config;    // the run's settings (JSON)
    std::string device;    // this session's device instead of the config's ("" for it)
    int channels = 0;
    int numClasses = 0;
    std::string classifierPath; // the run's own classifier (a projected D's features)
    std::string fingerprint;    // imagesFingerprint of the training images
    std::string state;          // Trainer::stateBytes()
};

void sendHandover(ProcessGroup& group, const RunHandover& handover); // rank 0
RunHandover receiveHandover(ProcessGroup& group);                    // every other rank

// The settings two config JSONs differ in ("lr_d 0.0001 here, 0.0002 on rank 0; …"), or "".
std::string settingsDifference(const std::string& here, const std::string& rank0);

} // namespace ganlab::dist
