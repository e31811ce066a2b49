// Device names: auto | cpu | cuda | cuda:N.
#include "api/device_name.h"

#include <cctype>

namespace ganlab {

std::optional<DeviceName> parseDeviceName(const std::string& text) {
    if (text == "auto")
        return DeviceName{DeviceName::Auto, -1};
    if (text == "cpu")
        return DeviceName{DeviceName::Cpu, -1};
    if (text == "cuda")
        return DeviceName{DeviceName::Cuda, -1};
    const std::string prefix = "cuda:";
    if (text.size() <= prefix.size() || text.compare(0, prefix.size(), prefix) != 0 ||
        text.size() > prefix.size() + 3)
        return std::nullopt;
    int index = 0;
    for (std::size_t i = prefix.size(); i < text.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return std::nullopt;
        index = index * 10 + (text[i] - '0');
    }
    return DeviceName{DeviceName::Cuda, index};
}

} // namespace ganlab
