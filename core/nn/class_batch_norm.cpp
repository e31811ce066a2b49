// ClassBatchNorm2d implementation (momentum 0.1, eps 1e-5: torch's BatchNorm2d defaults).
#include "nn/class_batch_norm.h"

#include "nn/batch_norm.h"

namespace ganlab::nn {

ClassBatchNorm2dImpl::ClassBatchNorm2dImpl(int channels, int classes)
    : numClasses(classes) {
    const auto shape = classes > 0 ? std::vector<std::int64_t>{classes, channels}
                                   : std::vector<std::int64_t>{channels};
    weight = register_parameter("weight", torch::ones(shape));
    bias = register_parameter("bias", torch::zeros(shape));
    running_mean = register_buffer("running_mean", torch::zeros({channels}));
    running_var = register_buffer("running_var", torch::ones({channels}));
    num_batches_tracked = register_buffer("num_batches_tracked", torch::zeros({}, torch::kLong));
}

torch::Tensor ClassBatchNorm2dImpl::forward(const torch::Tensor& x, const torch::Tensor& labels) {
    if (is_training()) {
        torch::NoGradGuard noGrad;
        num_batches_tracked += 1;
    }
    if (numClasses == 0)
        return batchNorm(x, weight, bias, running_mean, running_var, is_training(), 0.1, 1e-5,
                         false);
    const auto h = batchNorm(x, {}, {}, running_mean, running_var, is_training(), 0.1, 1e-5, false);
    const auto c = x.size(1); // no batch size in a shape: exported generators take any batch
    return h * weight.index_select(0, labels).view({-1, c, 1, 1}) +
           bias.index_select(0, labels).view({-1, c, 1, 1});
}

} // namespace ganlab::nn
