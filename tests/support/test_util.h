// Small helpers for GoogleTest tests: valid names for data-driven rows, substring checks.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace ganlab::testing {

// "png 16-bit" → "png_16_bit": GoogleTest names allow only letters, digits and underscores.
inline std::string testNameOf(std::string label) {
    for (char& c : label)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return label;
}

// Whether `text` contains `part` (std::string::contains is C++23).
inline bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

// Whether `text` starts with `prefix`.
inline bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

} // namespace ganlab::testing
