// firstLine: an exception's message without the C++ backtrace torch appends to it, for the
// messages ganlab shows (a third-party error's own text, one line).
#pragma once

#include <string>
#include <string_view>

namespace ganlab {

inline std::string firstLine(std::string_view text, std::size_t maxChars = 300) {
    std::string line(text.substr(0, text.find('\n')));
    if (line.size() > maxChars)
        line = line.substr(0, maxChars) + "…";
    return line;
}

} // namespace ganlab
