// Reading a whole text file (config.json, compare.json …) with an error that names it.
#pragma once

#include <exception>
#include <string>

namespace ganlab {

// The file's bytes; throws Error(Io) naming the path when it cannot be read.
std::string readTextFile(const std::string& path);

// A JSON parser's error as a person reads it: nlohmann's "[json.exception.parse_error.101] " tag
// dropped, "parse error at line 1, column 2: …" kept.
std::string jsonErrorText(const std::exception& e);

} // namespace ganlab
