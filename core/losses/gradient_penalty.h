// The WGAN-GP gradient penalty (Gulrajani et al. 2017): per-sample interpolation, autograd with
// create_graph so the penalty itself is differentiated into D's parameters.
#pragma once

#include "models/gan_model.h"

namespace ganlab {

// E[(‖∇_x̂ D(x̂)‖₂ − 1)²] with x̂ = real + α(fake − real), α one value per sample ([N,1,1,1]).
torch::Tensor gradientPenalty(DiscriminatorImpl& d, const torch::Tensor& real,
                              const torch::Tensor& fake, const torch::Tensor& labels,
                              const torch::Tensor& alpha);

} // namespace ganlab
