// Class-conditional BatchNorm (Brock et al. 2019; de Vries et al. 2017).
#include "nn/conditional_batch_norm.h"

namespace ganlab::nn {

ConditionalBatchNormImpl::ConditionalBatchNormImpl(int channels, int conditionDim) {
    bn = register_module("bn", BatchNorm2d(channels, /*affine=*/false));
    gain = register_module("gain", SNLinear(conditionDim, channels, /*bias=*/false));
    offset = register_module("offset", SNLinear(conditionDim, channels, /*bias=*/false));
}

torch::Tensor ConditionalBatchNormImpl::forward(const torch::Tensor& x,
                                                const torch::Tensor& condition) {
    const auto h = bn(x);
    const auto g = (1 + gain(condition)).unsqueeze(2).unsqueeze(3);
    const auto b = offset(condition).unsqueeze(2).unsqueeze(3);
    return h * g + b;
}

} // namespace ganlab::nn
