// bashCompletion(): the bash completion script for ganlab-cli (`ganlab-cli --bash-completion`).
#pragma once

#include <string>

namespace ganlab::cli {

std::string bashCompletion();

} // namespace ganlab::cli
