// Reading a whole text file (config.json, compare.json …) with an error that names it.
#pragma once

#include <string>

namespace ganlab {

// The file's bytes; throws Error(Io) naming the path when it cannot be read.
std::string readTextFile(const std::string& path);

} // namespace ganlab
