// Device names as a run's settings spell them (auto, cpu, cuda, cuda:N), parsed without torch.
#pragma once

#include <optional>
#include <string>

namespace ganlab {

struct DeviceName {
    enum Kind { Auto, Cpu, Cuda } kind = Auto;
    int index = -1; // cuda:N; -1 = the current (first) CUDA device
};

// The parsed name, or nothing when it is not one of auto, cpu, cuda, cuda:N (N ≥ 0).
std::optional<DeviceName> parseDeviceName(const std::string& text);

} // namespace ganlab
