// Checks several tests share: the lines of a text file, and the ganlab::Error a call throws.
#pragma once

#include "api/error.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

namespace ganlab::testing {

// The file's lines (none when it cannot be read).
inline std::vector<std::string> fileLines(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// The Error `f` throws (fails the test when it throws none).
template <typename F> Error errorOf(F f) {
    try {
        f();
        ADD_FAILURE() << "no Error thrown";
    } catch (const Error& e) {
        return e;
    }
    return Error(ErrorKind::Usage, {}, plainText("no error"));
}

} // namespace ganlab::testing
