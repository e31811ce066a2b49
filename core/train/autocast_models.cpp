// Autocast views of G and D (mixed precision, --precision bf16|fp16).
#include "train/autocast_models.h"

namespace ganlab {
namespace {

torch::Tensor toFloat(const torch::Tensor& t) {
    return t.defined() && t.scalar_type() != torch::kFloat ? t.to(torch::kFloat) : t;
}

} // namespace

torch::Tensor generateIn(Precision precision, const torch::Device& device, GeneratorImpl& g,
                         const torch::Tensor& z, const torch::Tensor& labels) {
    if (precision == Precision::Fp32)
        return g.forward(z, labels);
    torch::Tensor images;
    {
        AutocastScope scope(precision, device);
        images = g.forward(z, labels);
    }
    return toFloat(images);
}

DiscriminatorOutput AutocastDiscriminator::evaluate(const torch::Tensor& x,
                                                    const torch::Tensor& labels) {
    if (m_precision == Precision::Fp32)
        return m_inner.evaluate(x, labels);
    DiscriminatorOutput out;
    {
        AutocastScope scope(m_precision, m_device);
        out = m_inner.evaluate(x, labels);
    }
    return {toFloat(out.logits), toFloat(out.classLogits)};
}

} // namespace ganlab
