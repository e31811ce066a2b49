// OwedEvaluation: what is owed after reopening a run.
#include "train/owed_evaluation.h"

#include <algorithm>

namespace ganlab {

void OwedEvaluation::restore(const TrainConfig& config, std::int64_t step,
                             const MetricsHistory& history) {
    m_step.reset();
    if (config.evalEvery <= 0 || step == 0 || step % config.evalEvery != 0)
        return;
    for (const auto& s : history.series)
        if (s.kind == SeriesKind::Evaluation &&
            std::find(s.steps.begin(), s.steps.end(), double(step)) != s.steps.end())
            return;
    m_step = step;
}

} // namespace ganlab
