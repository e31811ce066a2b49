// AdaTuner: adaptive discriminator augmentation's controller (Karras et al. 2020, §3): the
// overfitting heuristic r_t = E[sign(D(real))] gathered over the D steps of an interval (in every
// run, for the curves), and with adaptive ADA p moved toward the target by
// sign(r_t − target) · images / speed, within [0, 1].
#pragma once

#include "api/train_config.h"
#include "torch_prelude.h"

#include <optional>
#include <utility>

namespace ganlab {

class AdaTuner {
public:
    explicit AdaTuner(const AugmentSettings& settings);

    // The probability in force: the fixed one, or the tuned one (0 without ADA).
    double p() const {
        if (m_settings.mode != AugmentMode::Ada)
            return 0;
        return m_settings.adaptive() ? m_p : m_settings.adaP;
    }
    // One D step's real logits (any shape; each finite logit's sign counts) and the real images it
    // showed (the global batch). Kept on the logits' device until the step ends.
    void observe(const torch::Tensor& realLogits, std::int64_t images);
    // At the end of a step: this process's [Σ sign, count] since then (read back once), cleared.
    std::pair<double, double> takeStep();
    // The step's [Σ sign, count] over every process (one process: takeStep's): what r_t counts.
    void addStep(double signSum, double count);
    // After G step `step`: on every interval's last step, r_t from the steps added since the last
    // one and, when adaptive, p adjusted; nothing on other steps or when nothing was counted.
    std::optional<double> adjust(std::int64_t step);

    // [p, Σ sign, count, images]: what a checkpoint keeps for an exact resume (the same on every
    // process: the sums are the global ones).
    torch::Tensor state() const;
    void setState(const torch::Tensor& state);

private:
    AugmentSettings m_settings;
    double m_p = 0;
    torch::Tensor m_stepSum, m_stepCount; // this step's, on the logits' device
    double m_signSum = 0, m_count = 0;    // the interval's so far, over every process
    double m_images = 0;
};

} // namespace ganlab
