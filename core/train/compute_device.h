// A run's device and precision: the device its name resolves to (refusing what this LibTorch
// cannot do), autocast around a step's forward passes, and fp16's dynamic loss scaler.
#pragma once

#include "api/train_config.h"
#include "torch_prelude.h"

#include <optional>

namespace ganlab {

// auto → the first CUDA device when this LibTorch has CUDA and sees one, else the CPU. Throws
// Error (naming the setting) for a malformed name, a CUDA device this build or machine lacks, or
// fp16 on a CPU.
torch::Device resolveDevice(const std::string& name, Precision precision = Precision::Fp32);

// "fp32", "bf16", "fp16".
const char* precisionName(Precision precision);

// Where a module's parameters (else buffers) live; the CPU for a module with neither.
torch::Device deviceOf(const torch::nn::Module& module);

// While alive, forward passes on `device` run under autocast in the precision's type (bf16 or
// fp16); fp32 changes nothing. Restores the previous autocast state when it ends.
class AutocastScope {
public:
    AutocastScope(Precision precision, const torch::Device& device);
    ~AutocastScope();
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool m_active = false, m_cuda = false, m_wasEnabled = false;
    at::ScalarType m_wasType = at::kFloat;
};

// Dynamic loss scaling for fp16 (as torch.cuda.amp.GradScaler): the loss is multiplied by the
// scale before backward; the gradients are divided by it before the optimiser; a step whose
// gradients are not finite is skipped and the scale halved; after `growthInterval` finite steps in
// a row it doubles. A disabled scaler (fp32, bf16) is the identity.
class LossScaler {
public:
    explicit LossScaler(bool enabled, double initialScale = 65536.0, int growthInterval = 2000);
    bool enabled() const { return m_enabled; }
    double scale() const { return m_scale; }
    torch::Tensor scaled(const torch::Tensor& loss) const;
    // Unscales the gradients of `params` in place; false (gradients zeroed, scale backed off) when
    // any is not finite, so the optimiser step must be skipped.
    bool unscaleAndCheck(const std::vector<torch::Tensor>& params);
    // State for checkpoints: {scale, finite steps in a row}.
    std::pair<double, std::int64_t> state() const { return {m_scale, m_goodSteps}; }
    void setState(double scale, std::int64_t goodSteps);

private:
    bool m_enabled;
    double m_scale;
    int m_growthInterval;
    std::int64_t m_goodSteps = 0;
};

} // namespace ganlab
