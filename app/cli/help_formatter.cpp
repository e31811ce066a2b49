// HelpFormatter: wrapped descriptions, footers and option help.
#include "cli/help_formatter.h"

#include <sstream>

namespace ganlab::cli {
namespace {

std::size_t columns(const std::string& text) { // UTF-8 code points, not bytes
    std::size_t n = 0;
    for (unsigned char c : text)
        n += (c & 0xC0) != 0x80;
    return n;
}

std::string wrapLine(const std::string& line, std::size_t width, const std::string& indent) {
    const auto first = line.find_first_not_of(' ');
    const std::string lead = line.substr(0, first == std::string::npos ? 0 : first);
    std::istringstream words(line);
    std::string out, current = lead, word;
    bool empty = true; // `current` holds no word yet
    while (words >> word) {
        if (!empty && columns(current) + 1 + columns(word) > width) {
            out += current + "\n";
            current = indent + lead;
            empty = true;
        }
        current += (empty ? "" : " ") + word;
        empty = false;
    }
    return out + current;
}

} // namespace

std::string wrapText(const std::string& text, std::size_t width, std::size_t indent) {
    std::istringstream lines(text);
    std::string out, line;
    while (std::getline(lines, line))
        out += (out.empty() ? "" : "\n") + wrapLine(line, width, std::string(indent, ' '));
    return out;
}

std::string HelpFormatter::make_option_desc(const CLI::Option* option) const {
    // format_help indents the lines after a '\n' to the column itself.
    return wrapText(CLI::Formatter::make_option_desc(option), kWidth - kColumn);
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
    const std::string text = app->get_description();
    return text.empty() ? std::string() : wrapText(text, kWidth) + "\n\n";
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
    const std::string text = app->get_footer();
    return text.empty() ? std::string() : "\n" + wrapText(text, kWidth, 4) + "\n";
}

} // namespace ganlab::cli
