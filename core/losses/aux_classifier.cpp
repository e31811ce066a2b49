// AC-GAN auxiliary classifier loss (Odena et al. 2017): cross-entropy on logits, never NLL on a
// softmax output.
#include "losses/aux_classifier.h"

#include "api/error.h"

namespace ganlab {
namespace {

void requireHead(const torch::Tensor& logits) {
    if (!logits.defined())
        throw Error(ErrorKind::Training, {}, message(MessageCode::AuxTermNeedsHead));
}

} // namespace

void addAuxClassifierLossD(LossTerms& t, const torch::Tensor& realLabels,
                           const torch::Tensor& fakeLabels, const AuxClassifierSettings& s) {
    requireHead(t.realClassLogits);
    const auto real = torch::cross_entropy_loss(t.realClassLogits, realLabels);
    t.total = t.total + s.weight * real;
    t.parts["ac_real"] = real.item<double>();
    t.parts["ac_acc_real"] =
        (t.realClassLogits.argmax(1) == realLabels).to(torch::kDouble).mean().item<double>();
    if (s.fakeInD) {
        requireHead(t.fakeClassLogits);
        const auto fake = torch::cross_entropy_loss(t.fakeClassLogits, fakeLabels);
        t.total = t.total + s.weight * fake;
        t.parts["ac_fake"] = fake.item<double>();
    }
}

void addAuxClassifierLossG(LossTerms& t, const torch::Tensor& fakeLabels,
                           const AuxClassifierSettings& s) {
    requireHead(t.fakeClassLogits);
    const auto loss = torch::cross_entropy_loss(t.fakeClassLogits, fakeLabels);
    t.total = t.total + s.weight * loss;
    t.parts["ac_g"] = loss.item<double>();
}

} // namespace ganlab
