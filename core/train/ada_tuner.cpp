// AdaTuner (StyleGAN2-ADA's p controller; reference: stylegan2-ada-pytorch training_loop.py, the
// ada_target / ada_interval / ada_kimg update).
#include "train/ada_tuner.h"

#include <algorithm>

namespace ganlab {

AdaTuner::AdaTuner(const AugmentSettings& settings)
    : m_settings(settings) {}

void AdaTuner::observe(const torch::Tensor& realLogits, std::int64_t images) {
    if (!realLogits.defined())
        return;
    const auto logits = realLogits.detach().to(torch::kDouble);
    const auto finite = torch::isfinite(logits); // a non-finite logit says nothing of overfitting
    const auto sum = torch::where(finite, logits.sign(), torch::zeros_like(logits)).sum();
    const auto count = finite.sum().to(torch::kDouble);
    m_stepSum = m_stepSum.defined() ? m_stepSum + sum : sum;
    m_stepCount = m_stepCount.defined() ? m_stepCount + count : count;
    m_images += static_cast<double>(images);
}

std::pair<double, double> AdaTuner::takeStep() {
    if (!m_stepSum.defined())
        return {0.0, 0.0};
    const auto both = torch::stack({m_stepSum, m_stepCount}).cpu();
    m_stepSum = m_stepCount = torch::Tensor();
    return {both[0].item<double>(), both[1].item<double>()};
}

void AdaTuner::addStep(double signSum, double count) {
    m_signSum += signSum;
    m_count += count;
}

std::optional<double> AdaTuner::adjust(std::int64_t step) {
    if (step % std::max(m_settings.adaInterval, 1) != 0)
        return std::nullopt;
    const double count = m_count, images = m_images;
    const double rt = count > 0 ? m_signSum / count : 0.0;
    m_signSum = m_count = m_images = 0;
    if (count <= 0)
        return std::nullopt;
    if (!m_settings.adaptive())
        return rt; // measured for the curves; p is fixed (or there is none)
    const double direction = rt > m_settings.adaTarget   ? 1.0
                             : rt < m_settings.adaTarget ? -1.0
                                                         : 0.0;
    m_p = std::clamp(m_p + direction * images / static_cast<double>(m_settings.adaSpeedImages), 0.0,
                     1.0);
    return rt;
}

torch::Tensor AdaTuner::state() const {
    return torch::tensor({m_p, m_signSum, m_count, m_images}, torch::kDouble);
}

void AdaTuner::setState(const torch::Tensor& state) {
    const auto s = state.to(torch::kCPU, torch::kDouble).contiguous();
    const auto* v = s.data_ptr<double>();
    m_p = v[0];
    m_signSum = v[1];
    m_count = v[2];
    m_images = v[3];
}

} // namespace ganlab
