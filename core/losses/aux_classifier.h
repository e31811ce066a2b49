// AC-GAN's auxiliary classifier term (Odena et al., ICML 2017 §3): cross-entropy on the class
// logits of D's class head — on real and fake images for D, on fakes for G.
#pragma once

#include "losses/gan_loss.h"

namespace ganlab {

struct AuxClassifierSettings {
    double weight = 1.0;
    bool fakeInD = true; // false: D's class loss on real images only (Transferring GANs' code)
};

// Adds the class term to D's loss terms (total and parts "ac_real", "ac_fake", "ac_acc_real").
void addAuxClassifierLossD(LossTerms& terms, const torch::Tensor& realLabels,
                           const torch::Tensor& fakeLabels, const AuxClassifierSettings& s);
// Adds the class term to G's loss terms (total and part "ac_g").
void addAuxClassifierLossG(LossTerms& terms, const torch::Tensor& fakeLabels,
                           const AuxClassifierSettings& s);

} // namespace ganlab
