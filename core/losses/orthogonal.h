// BigGAN's orthogonal regularisation (Brock et al., ICLR 2019 §3.1; reference: ajbrock/
// BigGAN-PyTorch utils.py ortho): R = β·Σ_W ‖W Wᵀ ⊙ (1 − I)‖²_F over G's weights, W as [out, −1].
#pragma once

#include "torch_prelude.h"

#include <string>
#include <vector>

namespace ganlab {

// R for one weight (differentiable; used to check the analytic gradient).
torch::Tensor orthogonalPenalty(const torch::Tensor& weight, double beta);

// Adds ∂R/∂W = 4β·(W Wᵀ ⊙ (1 − I))·W to the gradient of every parameter with ≥ 2 dimensions and a
// gradient whose name contains none of `excluded` (BigGAN excludes the shared class embedding).
// BigGAN-PyTorch adds 2β·(…)·W, i.e. it uses β/2 in this formula; ganlab follows the paper's R.
// Returns R.
double addOrthogonalGradient(torch::nn::Module& module, double beta,
                             const std::vector<std::string>& excluded);

} // namespace ganlab
