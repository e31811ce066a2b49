// GlobalRngGuard: saves torch's global CPU generator state and puts it back on scope exit, so
// building modules (their initial weights draw from it) outside training never changes what
// training draws.
#pragma once

#include "torch_prelude.h"

#include <ATen/CPUGeneratorImpl.h>

namespace ganlab {

class GlobalRngGuard {
public:
    GlobalRngGuard()
        : m_generator(at::detail::getDefaultCPUGenerator())
        , m_state(m_generator.get_state()) {} // not under its mutex: initialisation takes it
    ~GlobalRngGuard() { m_generator.set_state(m_state); }
    GlobalRngGuard(const GlobalRngGuard&) = delete;
    GlobalRngGuard& operator=(const GlobalRngGuard&) = delete;

private:
    at::Generator m_generator;
    torch::Tensor m_state;
};

} // namespace ganlab
