// The projected discriminator of Projected GANs (Sauer et al., NeurIPS 2021; reference:
// autonomousvision/projected_gan pg_modules/projector.py and discriminator.py), usable with any G.
#pragma once

#include "models/gan_model.h"

namespace ganlab {

// Feature network from spec.projectedFeatures: "classifier:FILE" (ganlab's trained classifier),
// "torchscript:FILE" (any TorchScript network taking [N, 3, R, R] in [−1, 1] and returning a list
// or tuple of feature maps, the last four used), or "random" (the classifier's architecture,
// randomly initialised — an ablation).
// Throws Error naming the file when it cannot be used.
DiscriminatorPtr makeProjectedDiscriminator(const ModelSpec& spec);

// Every frozen tensor of a projected D (feature network, CCM, CSM) by name, for checks.
std::vector<std::pair<std::string, torch::Tensor>> frozenTensors(DiscriminatorImpl& d);

} // namespace ganlab
