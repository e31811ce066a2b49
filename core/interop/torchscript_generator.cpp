// TorchScript interop: generators traced with LibTorch's JIT tracer into modules PyTorch loads
// (torch.jit.load), and such modules read back. The traced graph reads the weights as the
// module's attributes, as torch.jit.trace does for a Python module.
#include "interop/torchscript_generator.h"

#include "api/error.h"
#include "models/model_registry.h"
#include "nn/eval_mode_scope.h"
#include "nn/fast_convolution.h"
#include "train/compute_device.h"
#include "train/latent.h"
#include "train/trainer.h"
#include "util/atomic_file.h"
#include "util/first_line.h"
#include "util/global_rng_guard.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/csrc/jit/frontend/tracer.h>

#include <cmath>
#include <optional>

namespace ganlab {
namespace {

// The same draw as sampleLatent (train/latent.cpp): seeded normal latents, entries beyond the
// threshold resampled. torch.manual_seed seeds the default generator exactly as ganlab seeds its
// own, so Python gets the same z for the same seed.
constexpr const char* kTruncatedZ = R"(
def truncated_z(self, n: int, threshold: float, seed: int) -> Tensor:
    torch.manual_seed(seed)
    z = torch.randn([n, self.latent_dim])
    if threshold > 0.0:
        for _ in range(1000):
            outside = torch.abs(z) > threshold
            if not bool(torch.any(outside)):
                break
            z = torch.where(outside, torch.randn([n, self.latent_dim]), z)
        z = torch.clamp(z, -threshold, threshold)
    return z
)";

std::string attributeName(const std::string& path, const torch::jit::Module& m) {
    std::string name = path;
    for (char& c : name)
        if (c == '.')
            c = '_';
    while (m.hasattr(name))
        name += '_';
    return name;
}

// Latents from a generator of their own: exporting or importing never draws from torch's global
// generator, which a training thread may be using.
torch::Tensor probeLatents(std::int64_t n, int latentDim) {
    at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(1234);
    return sampleLatent(n, latentDim, 0, rng);
}

torch::Tensor labelsFor(std::int64_t n, int numClasses) {
    return numClasses > 0 ? torch::arange(n, torch::kLong) % numClasses : torch::Tensor();
}

[[noreturn]] void notGenerator(const std::string& path, const std::string& why) {
    throw Error(ErrorKind::Data, path, message(MessageCode::ScriptNotGenerator, why));
}

// The largest difference between the generator and the module on n seeded latents.
double largestDifference(GeneratorImpl& generator, const ModelSpec& spec,
                         const std::shared_ptr<torch::jit::Module>& module, std::int64_t n) {
    const auto z = probeLatents(n, spec.latentDim);
    const auto y = labelsFor(n, spec.numClasses);
    torch::NoGradGuard guard;
    const auto expected = generateWith(generator)(z, y);
    const auto got = generateWith(module, spec.numClasses > 0, {})(z, y);
    if (got.sizes() != expected.sizes())
        return INFINITY;
    return (got - expected).abs().max().item<double>();
}

} // namespace

torch::jit::Module traceGenerator(GeneratorImpl& generator, const ModelSpec& spec,
                                  const ScriptMetadata& meta) {
    torch::jit::Module m(c10::QualifiedName("__torch__.ganlab.Generator"));
    for (const auto& item : generator.named_parameters())
        m.register_parameter(attributeName(item.key(), m), item.value(), false);
    for (const auto& item : generator.named_buffers())
        m.register_buffer(attributeName(item.key(), m), item.value());
    m.register_attribute("latent_dim", c10::IntType::get(), std::int64_t(spec.latentDim));
    m.register_attribute("num_classes", c10::IntType::get(), std::int64_t(spec.numClasses));
    m.register_attribute("resolution", c10::IntType::get(), std::int64_t(spec.resolution));
    m.register_attribute("channels", c10::IntType::get(), std::int64_t(spec.channels));
    c10::List<std::string> names;
    for (const auto& n : meta.classNames)
        names.push_back(n);
    m.register_attribute("class_names", c10::ListType::ofStrings(), names);
    m.register_attribute("model", c10::StringType::get(), meta.model);
    m.register_attribute("step", c10::IntType::get(), meta.step);

    const bool conditional = spec.numClasses > 0;
    torch::jit::Stack inputs{probeLatents(2, spec.latentDim)};
    std::vector<std::string> argumentNames{"z"};
    if (conditional) {
        inputs.emplace_back(labelsFor(2, spec.numClasses));
        argumentNames.emplace_back("y");
    }
    torch::NoGradGuard noGrad;
    // Stock kernels while tracing: the graph then holds plain convolutions, not the fast path's
    // gradient-of-convolution formulation (same values; a graph anyone can read and run).
    const nn::StockKernelsOnThisThread stock;
    const nn::EvalModeScope evalMode(generator);
    auto traced = torch::jit::tracer::trace(
        inputs,
        [&](torch::jit::Stack in) -> torch::jit::Stack {
            const auto y = conditional ? in.at(1).toTensor() : torch::Tensor();
            return {generator.forward(in.at(0).toTensor(), y)};
        },
        [](const torch::autograd::Variable&) { return std::string(); }, /*strict=*/true,
        /*force_outplace=*/false, &m, argumentNames);
    auto fn = m._ivalue()->compilation_unit()->create_function(
        c10::QualifiedName(*m.type()->name(), "forward"), traced.first->graph);
    m.type()->addMethod(fn);
    m.define(kTruncatedZ);
    return m;
}

void exportGeneratorScript(GeneratorImpl& source, const ModelSpec& spec, const ScriptMetadata& meta,
                           const std::string& path) {
    GeneratorPtr cpuCopy; // traced on the CPU, so the file loads anywhere
    GeneratorImpl* generator = &source;
    if (!deviceOf(source).is_cpu()) {
        {
            const GlobalRngGuard keepRng;
            cpuCopy = findModel(meta.model).makeGenerator(spec);
        }
        copyModuleState(source, *cpuCopy);
        generator = cpuCopy.get();
    }
    std::optional<torch::jit::Module> traced;
    try {
        traced = traceGenerator(*generator, spec, meta);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(ErrorKind::Training, path,
                    message(MessageCode::ScriptExportFails, 2, firstLine(e.what())));
    }
    const torch::jit::Module& module = *traced;
    commitFileAtomically(
        path, [&](const std::string& temp) { module.save(temp); },
        [&](const std::string& temp) {
            const auto loaded =
                std::make_shared<torch::jit::Module>(torch::jit::load(temp, torch::kCPU));
            constexpr std::int64_t kOtherBatch = 5; // traced at 2: no batch size may be baked in
            double diff = 0;
            try {
                diff = largestDifference(*generator, spec, loaded, kOtherBatch);
            } catch (const std::exception& e) { // the read-back module's forward failed
                throw Error(
                    ErrorKind::Training, path,
                    message(MessageCode::ScriptExportFails, kOtherBatch, firstLine(e.what())));
            }
            if (!(diff <= 1e-5))
                throw Error(ErrorKind::Training, path,
                            message(MessageCode::ScriptExportDiffers, diff, kOtherBatch));
            // truncated_z is not run here: it seeds torch's global generator (as it must, to
            // give Python ganlab's latents), which a training thread may be drawing from. The
            // tests check it (tst_torchscript, and tst_export in PyTorch).
        });
}

ScriptedGenerator loadGeneratorScript(const std::string& path) {
    ScriptedGenerator out;
    try {
        out.module = std::make_shared<torch::jit::Module>(torch::jit::load(path, torch::kCPU));
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(ErrorKind::Data, path,
                    message(MessageCode::ScriptUnreadable, firstLine(e.what())));
    }
    torch::jit::Module& m = *out.module;
    const auto integer = [&](const char* name, std::int64_t lo, std::int64_t hi) {
        if (!m.hasattr(name) || !m.attr(name).isInt())
            notGenerator(path, std::string("it has no integer attribute ") + name);
        const auto v = m.attr(name).toInt();
        if (v < lo || v > hi)
            notGenerator(path, std::string(name) + " = " + std::to_string(v) + " is outside " +
                                   std::to_string(lo) + "–" + std::to_string(hi));
        return static_cast<int>(v);
    };
    out.spec.latentDim = integer("latent_dim", 1, 1 << 16);
    out.spec.numClasses = integer("num_classes", 0, 1 << 20);
    out.spec.resolution = integer("resolution", 1, 4096);
    out.spec.channels = integer("channels", 1, 3);
    if (out.spec.channels == 2)
        notGenerator(path, "channels = 2: ganlab shows gray (1) or colour (3) images");
    if (!m.find_method("forward"))
        notGenerator(path, "it has no forward method");
    if (m.hasattr("class_names") && m.attr("class_names").isList())
        for (const auto& n : m.attr("class_names").toListRef())
            if (n.isString())
                out.meta.classNames.push_back(n.toStringRef());
    if (out.meta.classNames.size() != std::size_t(out.spec.numClasses))
        out.meta.classNames.clear();
    if (m.hasattr("model") && m.attr("model").isString())
        out.meta.model = m.attr("model").toStringRef();
    if (m.hasattr("step") && m.attr("step").isInt())
        out.meta.step = m.attr("step").toInt();
    m.eval();

    // Three latents: not the batch of two a trace is usually made at, so a module that only
    // takes its tracing batch is refused here rather than failing on every grid.
    constexpr std::int64_t kProbe = 3;
    torch::Tensor probe;
    try {
        torch::NoGradGuard guard;
        probe = generateWith(out.module, out.spec.numClasses > 0, {})(
            probeLatents(kProbe, out.spec.latentDim), labelsFor(kProbe, out.spec.numClasses));
    } catch (const std::exception& e) {
        notGenerator(path, "forward on three latents failed: " + firstLine(e.what()));
    }
    const std::vector<std::int64_t> want{kProbe, out.spec.channels, out.spec.resolution,
                                         out.spec.resolution};
    if (probe.sizes() != c10::IntArrayRef(want))
        notGenerator(path, "forward on three latents returned " + c10::str(probe.sizes()) +
                               " instead of " + c10::str(c10::IntArrayRef(want)));
    return out;
}

GenerateFn generateWith(const std::shared_ptr<torch::jit::Module>& module, bool conditional,
                        const std::string& path) {
    return [module, conditional, path](const torch::Tensor& z, const torch::Tensor& labels) {
        torch::NoGradGuard guard;
        std::vector<torch::jit::IValue> inputs{z};
        if (conditional)
            inputs.emplace_back(labels);
        torch::jit::IValue out;
        try {
            out = module->forward(inputs);
        } catch (const std::exception& e) { // the module's own failure, named by its file
            notGenerator(path, "forward on " + std::to_string(z.size(0)) +
                                   " latents failed: " + firstLine(e.what()));
        }
        if (!out.isTensor())
            notGenerator(path, "forward returned no tensor");
        return out.toTensor();
    };
}

} // namespace ganlab
