// GeneratorSnapshot: deep copies of the EMA and raw generators, frozen, in eval mode — or a
// generator imported from a TorchScript file.
#include "api/generator_snapshot.h"

#include "api/error.h"
#include "interop/torchscript_generator.h"
#include "models/gan_model.h"
#include "train/generator_snapshot_impl.h"
#include "train/sample_render.h"
#include "util/atomic_file.h"

#include <torch/serialize.h>

namespace ganlab {

GeneratorSnapshot::GeneratorSnapshot(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
GeneratorSnapshot::GeneratorSnapshot(GeneratorSnapshot&&) noexcept = default;
GeneratorSnapshot& GeneratorSnapshot::operator=(GeneratorSnapshot&&) noexcept = default;
GeneratorSnapshot::~GeneratorSnapshot() = default;

GeneratorSnapshot GeneratorSnapshot::openTorchScript(const std::string& path) {
    ScriptedGenerator loaded = loadGeneratorScript(path);
    auto impl = std::make_unique<Impl>();
    impl->script = std::move(loaded.module);
    impl->scriptPath = path;
    impl->spec = loaded.spec;
    impl->model = loaded.meta.model;
    impl->classNames = loaded.meta.classNames;
    impl->step = loaded.meta.step;
    return GeneratorSnapshot(std::move(impl));
}

std::int64_t GeneratorSnapshot::step() const {
    return m_impl->step;
}
int GeneratorSnapshot::numClasses() const {
    return m_impl->spec.numClasses;
}
int GeneratorSnapshot::resolution() const {
    return m_impl->spec.resolution;
}
int GeneratorSnapshot::channels() const {
    return m_impl->spec.channels;
}
int GeneratorSnapshot::latentDim() const {
    return m_impl->spec.latentDim;
}
std::string GeneratorSnapshot::model() const {
    return m_impl->model;
}
const std::vector<std::string>& GeneratorSnapshot::classNames() const {
    return m_impl->classNames;
}
bool GeneratorSnapshot::imported() const {
    return m_impl->script != nullptr;
}

namespace {

GenerateFn generatorOf(const GeneratorSnapshot::Impl& impl, bool useEma) {
    if (impl.script)
        return generateWith(impl.script, impl.spec.numClasses > 0, impl.scriptPath);
    return generateWith(useEma ? *impl.ema : *impl.raw);
}

} // namespace

Image GeneratorSnapshot::sampleGrid(const SampleRequest& request) const {
    return renderSampleGrid(generatorOf(*m_impl, request.useEma), m_impl->spec, request);
}

Image GeneratorSnapshot::interpolate(const SampleRequest& grid, int fromCell, int toCell,
                                     int frames) const {
    return renderInterpolation(generatorOf(*m_impl, grid.useEma), m_impl->spec, grid, fromCell,
                               toCell, frames);
}

std::optional<FadePreview> GeneratorSnapshot::fadePreview(const SampleRequest& request,
                                                          double alpha) const {
    if (m_impl->script)
        return std::nullopt;
    return renderFadePreview(request.useEma ? *m_impl->ema : *m_impl->raw, m_impl->spec, request,
                             alpha);
}

std::optional<std::pair<int, double>> GeneratorSnapshot::growth() const {
    if (m_impl->script)
        return std::nullopt;
    const auto g = growthOf(*m_impl->ema);
    if (!g)
        return std::nullopt;
    return std::make_pair(g->level, g->alpha);
}

void GeneratorSnapshot::exportTorchScript(const std::string& path, bool raw) const {
    if (m_impl->script) { // already a module: written as it is
        commitFileAtomically(path, [&](const std::string& temp) { m_impl->script->save(temp); });
        return;
    }
    exportGeneratorScript(raw ? *m_impl->raw : *m_impl->ema, m_impl->spec,
                          {m_impl->model, m_impl->step, m_impl->classNames}, path);
}

void GeneratorSnapshot::saveSampleTensors(const SampleRequest& request,
                                          const std::string& path) const {
    const SampleBatch batch =
        drawSamples(generatorOf(*m_impl, request.useEma), m_impl->spec, request);
    c10::Dict<std::string, torch::Tensor> tensors;
    tensors.insert("z", batch.z);
    if (batch.labels.defined())
        tensors.insert("y", batch.labels);
    tensors.insert("images", batch.images);
    const std::vector<char> bytes = torch::pickle_save(tensors);
    writeFileAtomically(path, [&](std::ostream& out) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    });
}

} // namespace ganlab
