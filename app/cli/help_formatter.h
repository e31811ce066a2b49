// HelpFormatter: CLI11's help with descriptions wrapped to the terminal's usual 100 columns, so
// the help generated from the settings table reads like the hand-written help it replaced.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace ganlab::cli {

class HelpFormatter : public CLI::Formatter {
public:
    static constexpr std::size_t kWidth = 100;
    static constexpr std::size_t kColumn = 28;
    HelpFormatter() { column_width(kColumn); }

    std::string make_option_desc(const CLI::Option* option) const override;
    std::string make_description(const CLI::App* app) const override;
    std::string make_footer(const CLI::App* app) const override;
};

// Wraps text at `width` columns (UTF-8 aware), continuing lines with `indent` spaces; existing
// line breaks are kept.
std::string wrapText(const std::string& text, std::size_t width, std::size_t indent = 0);

} // namespace ganlab::cli
