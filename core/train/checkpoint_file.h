// The bytes of a checkpoint file: every entry of its zip container read through and checked
// against its CRC-32 before the file is trusted.
#pragma once

#include "api/message.h"

#include <optional>
#include <string>

namespace ganlab {

// What is wrong with the file as a container (not a zip, a truncated or damaged entry, a CRC
// mismatch), or nothing when every entry reads whole and matches its CRC.
std::optional<Message> checkCheckpointFile(const std::string& path);

} // namespace ganlab
