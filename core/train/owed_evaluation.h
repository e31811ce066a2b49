// OwedEvaluation: a scheduled evaluation that a stop cut short is owed, and runs first on the next
// train() call before any step — so a pause never leaves a hole in a curve (comparisons rely on
// every arm evaluating at the same steps). All of that state lives here.
#pragma once

#include "api/metrics_history.h"
#include "api/train_config.h"

#include <cstdint>
#include <optional>

namespace ganlab {

class OwedEvaluation {
public:
    // A stop cut the evaluation at `step` short.
    void owe(std::int64_t step) { m_step = step; }
    // It ran (or failed for another reason than a stop): nothing is owed.
    void settle() { m_step.reset(); }
    bool owed() const { return m_step.has_value(); }
    // Owed at exactly this step (a run rolled back elsewhere owes nothing there).
    bool owedAt(std::int64_t step) const { return m_step && *m_step == step; }

    // On opening a run at `step`: a stop can end the process between the cut-short evaluation and
    // the next train() (Ctrl-C in ganlab-cli), so a step-scheduled evaluation missing from the
    // history at the checkpoint's step is owed too.
    void restore(const TrainConfig& config, std::int64_t step, const MetricsHistory& history);

private:
    std::optional<std::int64_t> m_step;
};

} // namespace ganlab
