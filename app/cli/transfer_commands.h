// ganlab-cli verbs of the transfer lab: rank-sources and compare (pretrain lives with train).
#pragma once

#include <string>
#include <vector>

namespace ganlab::cli {

int cmdRankSources(const std::vector<std::string>& args);
int cmdCompare(const std::vector<std::string>& args);

} // namespace ganlab::cli
