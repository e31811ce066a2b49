// EvalModeScope: a module in eval mode for the scope, its train/eval mode restored on every way
// out (sampling and tracing from a generator that may be training).
#pragma once

#include "torch_prelude.h"

namespace ganlab::nn {

class EvalModeScope {
public:
    explicit EvalModeScope(torch::nn::Module& m)
        : m_module(m)
        , m_was(m.is_training()) {
        m.eval();
    }
    ~EvalModeScope() { m_module.train(m_was); }
    EvalModeScope(const EvalModeScope&) = delete;
    EvalModeScope& operator=(const EvalModeScope&) = delete;

private:
    torch::nn::Module& m_module;
    bool m_was;
};

} // namespace ganlab::nn
