// CrossRankSum on a process group: an autograd function whose forward sums a tensor over the ranks
// and whose backward sums the incoming gradients the same way (differentiable itself, for double
// backward) — what SyncBatchNorm's statistics stand on.
#pragma once

#include "dist/process_group.h"
#include "nn/batch_norm.h"

namespace ganlab::dist {

class GroupRankSum : public nn::CrossRankSum {
public:
    explicit GroupRankSum(ProcessGroup& group)
        : m_group(group) {}
    torch::Tensor sum(const torch::Tensor& x) override;

private:
    ProcessGroup& m_group;
};

} // namespace ganlab::dist
