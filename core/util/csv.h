// CSV fields the way every ganlab table writes and reads them (RFC 4180): text quoted with inner
// quotes doubled, non-finite numbers left empty.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ganlab {

std::string csvText(std::string_view text); // always quoted
std::string csvNumber(double value);        // %.8g; "" when not finite
// One line's fields (quotes removed); a line with an unterminated quote yields what it has.
std::vector<std::string> parseCsvLine(std::string_view line);

} // namespace ganlab
