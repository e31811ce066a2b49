// Options several ganlab-cli verbs share: compute threads, the collapse policy, comma lists.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace ganlab::cli {

// --threads N (default: all cores); apply after parsing.
void addThreadsOption(CLI::App& app, int& threads);
void applyThreads(int threads);

// --on-collapse stop|rollback.
enum class OnCollapse { Stop, Rollback };
void addOnCollapseOption(CLI::App& app, OnCollapse& policy);

// "a,b,c" → {"a", "b", "c"} (empty items dropped).
std::vector<std::string> splitList(const std::string& text);

} // namespace ganlab::cli
