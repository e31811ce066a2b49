// G and D seen through the run's precision: forward passes under autocast, outputs back in fp32,
// so losses, the gradient penalty's norms and every statistic are computed in fp32.
#pragma once

#include "models/gan_model.h"
#include "train/compute_device.h"

namespace ganlab {

// G(z, y) in the precision, returned as fp32 images.
torch::Tensor generateIn(Precision precision, const torch::Device& device, GeneratorImpl& g,
                         const torch::Tensor& z, const torch::Tensor& labels);

// A view of a discriminator that evaluates it in the precision and returns fp32 logits; the
// losses take it in place of D. Holds no parameters of its own.
class AutocastDiscriminator : public DiscriminatorImpl {
public:
    AutocastDiscriminator(DiscriminatorImpl& inner, Precision precision, torch::Device device)
        : m_inner(inner)
        , m_precision(precision)
        , m_device(device) {}
    DiscriminatorOutput evaluate(const torch::Tensor& x, const torch::Tensor& labels) override;

private:
    DiscriminatorImpl& m_inner;
    Precision m_precision;
    torch::Device m_device;
};

} // namespace ganlab
