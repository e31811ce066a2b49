// BatchNorm over the batch a training step sees: torch's batch_norm in one process, or — while a
// CrossRankScope is active (--sync-bn in several processes) — statistics over every rank's share
// (SyncBatchNorm; Ioffe & Szegedy 2015, PyTorch's nn.SyncBatchNorm).
#pragma once

#include "torch_prelude.h"

namespace ganlab::nn {

// A differentiable sum of a tensor over the ranks of a run (core/dist provides it).
class CrossRankSum {
public:
    virtual ~CrossRankSum() = default;
    virtual torch::Tensor sum(const torch::Tensor& x) = 0;
};

// While alive, training-mode BatchNorm on this thread takes its statistics across ranks.
class CrossRankScope {
public:
    explicit CrossRankScope(CrossRankSum* sum);
    ~CrossRankScope();
    CrossRankScope(const CrossRankScope&) = delete;
    CrossRankScope& operator=(const CrossRankScope&) = delete;

private:
    CrossRankSum* m_previous;
};

// torch::batch_norm's arguments (weight and bias may be undefined); running statistics are
// updated in training mode, with the unbiased variance of the whole batch.
torch::Tensor batchNorm(const torch::Tensor& x, const torch::Tensor& weight,
                        const torch::Tensor& bias, torch::Tensor& runningMean,
                        torch::Tensor& runningVar, bool training, double momentum, double eps,
                        bool cudnn);

// torch's BatchNorm2d (momentum 0.1, eps 1e-5, the same tensor names) on batchNorm above.
struct BatchNorm2dImpl : torch::nn::Module {
    explicit BatchNorm2dImpl(int channels, bool affine = true);
    torch::Tensor forward(const torch::Tensor& x);

    torch::Tensor weight, bias; // undefined without affine
    torch::Tensor running_mean, running_var, num_batches_tracked;
};
TORCH_MODULE(BatchNorm2d);

} // namespace ganlab::nn
