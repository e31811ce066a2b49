// Devices (CPU, CUDA through whatever LibTorch ganlab is built against), autocast and fp16 loss
// scaling.
#include "train/compute_device.h"

#include "api/device_name.h"
#include "api/error.h"

#include <ATen/autocast_mode.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/cuda.h>

namespace ganlab {
namespace {

// The CUDA runtime version this LibTorch was built with (e.g. 11070), 0 for a CPU-only one: its
// CUDA hooks answer even where no device is visible.
long builtCudaRuntime() {
    try {
        return at::detail::getCUDAHooks().versionCUDART();
    } catch (const c10::Error&) {
        return 0;
    }
}

} // namespace

torch::Device resolveDevice(const std::string& name, Precision precision) {
    const auto parsed = parseDeviceName(name);
    if (!parsed)
        throw Error(ErrorKind::Usage, {}, message(MessageCode::NotADevice, name));
    const int cudaCount = static_cast<int>(torch::cuda::device_count());
    torch::Device device(torch::kCPU);
    switch (parsed->kind) {
    case DeviceName::Auto:
        if (cudaCount > 0)
            device = torch::Device(torch::kCUDA, 0);
        break;
    case DeviceName::Cpu:
        break;
    case DeviceName::Cuda:
        if (!torch::cuda::is_available() && cudaCount == 0) {
            const long runtime = builtCudaRuntime();
            if (runtime == 0)
                throw Error(ErrorKind::Usage, {}, message(MessageCode::NoCudaInThisBuild, name));
            std::string version = std::to_string(runtime / 1000); // 11070 → 11.7
            version += '.';
            version += std::to_string(runtime % 1000 / 10);
            throw Error(ErrorKind::Usage, {},
                        message(MessageCode::NoCudaDeviceVisible, name, version));
        }
        if (parsed->index >= cudaCount)
            throw Error(ErrorKind::Usage, {},
                        message(MessageCode::NoSuchCudaDevice, name, cudaCount));
        device = torch::Device(
            torch::kCUDA, static_cast<c10::DeviceIndex>(parsed->index < 0 ? 0 : parsed->index));
        break;
    }
    if (precision == Precision::Fp16 && !device.is_cuda())
        throw Error(ErrorKind::Usage, {},
                    message(MessageCode::HalfPrecisionNeedsCuda, device.str()));
    return device;
}

const char* precisionName(Precision precision) {
    switch (precision) {
    case Precision::Bf16:
        return "bf16";
    case Precision::Fp16:
        return "fp16";
    case Precision::Fp32:
        break;
    }
    return "fp32";
}

torch::Device deviceOf(const torch::nn::Module& module) {
    for (const auto& p : module.parameters())
        return p.device();
    for (const auto& b : module.buffers())
        return b.device();
    return torch::kCPU;
}

AutocastScope::AutocastScope(Precision precision, const torch::Device& device) {
    if (precision == Precision::Fp32)
        return;
    const auto type = precision == Precision::Bf16 ? at::kBFloat16 : at::kHalf;
    m_active = true;
    m_cuda = device.is_cuda();
    if (m_cuda) {
        m_wasEnabled = at::autocast::is_enabled();
        m_wasType = at::autocast::get_autocast_gpu_dtype();
        at::autocast::set_autocast_gpu_dtype(type);
        at::autocast::set_enabled(true);
    } else {
        m_wasEnabled = at::autocast::is_cpu_enabled();
        m_wasType = at::autocast::get_autocast_cpu_dtype();
        at::autocast::set_autocast_cpu_dtype(type);
        at::autocast::set_cpu_enabled(true);
    }
}

AutocastScope::~AutocastScope() {
    if (!m_active)
        return;
    if (m_cuda) {
        at::autocast::set_enabled(m_wasEnabled);
        at::autocast::set_autocast_gpu_dtype(m_wasType);
    } else {
        at::autocast::set_cpu_enabled(m_wasEnabled);
        at::autocast::set_autocast_cpu_dtype(m_wasType);
    }
    // Outside any scope, drop the casts autocast cached for this region (as torch.autocast does).
    if (!at::autocast::is_enabled() && !at::autocast::is_cpu_enabled())
        at::autocast::clear_cache();
}

LossScaler::LossScaler(bool enabled, double initialScale, int growthInterval)
    : m_enabled(enabled)
    , m_scale(enabled ? initialScale : 1.0)
    , m_growthInterval(growthInterval) {}

torch::Tensor LossScaler::scaled(const torch::Tensor& loss) const {
    return m_enabled ? loss * m_scale : loss;
}

bool LossScaler::unscaleAndCheck(const std::vector<torch::Tensor>& params) {
    if (!m_enabled)
        return true;
    torch::NoGradGuard guard;
    torch::Tensor allFinite; // on the gradients' device, read back once
    for (const auto& p : params)
        if (p.grad().defined()) {
            p.mutable_grad().mul_(1.0 / m_scale);
            const auto f = torch::isfinite(p.grad()).all();
            allFinite = allFinite.defined() ? allFinite.logical_and(f) : f;
        }
    const bool finite = !allFinite.defined() || allFinite.item<bool>();
    if (!finite) {
        for (const auto& p : params)
            if (p.grad().defined())
                p.mutable_grad().zero_();
        m_scale *= 0.5;
        m_goodSteps = 0;
        return false;
    }
    if (++m_goodSteps >= m_growthInterval) {
        m_scale *= 2.0;
        m_goodSteps = 0;
    }
    return true;
}

void LossScaler::setState(double scale, std::int64_t goodSteps) {
    if (!m_enabled)
        return;
    m_scale = scale;
    m_goodSteps = goodSteps;
}

} // namespace ganlab
