// ganlab-cli --nproc N: N ranks of the same command on this machine, supervised as one program.
#pragma once

#include <string>
#include <vector>

namespace ganlab::cli {

// Starts `nproc` copies of this program with `args` (the verb and its options, without --nproc)
// and the variables torchrun sets (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT on a free
// local port). Rank 0's output is the program's; the others print only their errors. Ctrl-C goes
// to rank 0, which stops the others after its checkpoint. When a rank dies, says which and how,
// and ends any rank still running `timeoutSeconds` later. Returns rank 0's exit code (1 when a
// rank failed while rank 0 did not say so).
int runLocalRanks(int nproc, const std::vector<std::string>& args, double timeoutSeconds);

// The verb's arguments as given (for --nproc to start the ranks with), set by runCli.
void setCommandLine(const std::vector<std::string>& args);
const std::vector<std::string>& commandLine();

} // namespace ganlab::cli
