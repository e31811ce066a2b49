// Latent sampling: z ~ N(0, I), optionally truncated by resampling (BigGAN's truncation trick).
#pragma once

#include "torch_prelude.h"

namespace ganlab {

// [n, dim] standard normal; with threshold > 0 every |z_i| > threshold is redrawn until none is.
torch::Tensor sampleLatent(std::int64_t n, std::int64_t dim, double threshold, at::Generator& rng);

// Images in [-1, 1] → uint8 [0, 255], contiguous NCHW.
torch::Tensor toUint8Images(const torch::Tensor& images);

} // namespace ganlab
