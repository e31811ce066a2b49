// Transfer from a pretrained source (Transferring GANs, Wang et al., ECCV 2018; SEEDS §1): what a
// run's start from a source run or checkpoint copies, adapts and initialises afresh, as values.
#pragma once

#include "train_config.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ganlab {

struct TransferReport {
    std::string checkpoint;        // the source checkpoint file read
    std::int64_t sourceStep = 0;   // its training step
    std::string sourceDescription; // "dcgan 32 px, 1 channel, width 0.5, unconditional"
    bool generator = false, discriminator = false; // which networks were loaded
    int copied = 0;                                // tensors copied unchanged
    std::vector<std::string> adapted; // "G.linear.weight: Cond Concat — 64 columns copied, 10 new"
    std::vector<std::string> fresh;   // target tensors the source lacks (new class head, level …)
    std::vector<std::string> dropped; // source tensors this model has no place for
    std::vector<std::string> notes;   // run-level adjustments (e.g. growth starting level)
    std::string summary() const;      // one line for logs and the status bar
};

// The checkpoint a source names: a checkpoint file as is, or a run folder's newest readable one.
// Throws Error naming the path when there is none.
std::string resolveTransferSource(const std::string& source);

// The source's training config (from inside its checkpoint).
TrainConfig transferSourceConfig(const std::string& source);

// Builds the run's models exactly as a run would and maps the source into them, without training
// or writing anything: the report a run would log, or an Error naming every refused layer with
// the reason (different family, width, resolution, channels or classes).
TransferReport planTransfer(const TrainConfig& config, int channels, int numClasses);

} // namespace ganlab
