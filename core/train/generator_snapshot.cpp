// GeneratorSnapshot: deep copies of the EMA and raw generators, frozen, in eval mode.
#include "api/generator_snapshot.h"

#include "models/gan_model.h"
#include "train/generator_snapshot_impl.h"
#include "train/sample_render.h"

namespace ganlab {

GeneratorSnapshot::GeneratorSnapshot(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
GeneratorSnapshot::GeneratorSnapshot(GeneratorSnapshot&&) noexcept = default;
GeneratorSnapshot& GeneratorSnapshot::operator=(GeneratorSnapshot&&) noexcept = default;
GeneratorSnapshot::~GeneratorSnapshot() = default;

std::int64_t GeneratorSnapshot::step() const {
    return m_impl->step;
}
int GeneratorSnapshot::numClasses() const {
    return m_impl->spec.numClasses;
}
int GeneratorSnapshot::resolution() const {
    return m_impl->spec.resolution;
}

Image GeneratorSnapshot::sampleGrid(const SampleRequest& request) const {
    return renderSampleGrid(request.useEma ? *m_impl->ema : *m_impl->raw, m_impl->spec, request);
}

Image GeneratorSnapshot::interpolate(const SampleRequest& grid, int fromCell, int toCell,
                                     int frames) const {
    return renderInterpolation(grid.useEma ? *m_impl->ema : *m_impl->raw, m_impl->spec, grid,
                               fromCell, toCell, frames);
}

std::optional<FadePreview> GeneratorSnapshot::fadePreview(const SampleRequest& request,
                                                          double alpha) const {
    return renderFadePreview(request.useEma ? *m_impl->ema : *m_impl->raw, m_impl->spec, request,
                             alpha);
}

std::optional<std::pair<int, double>> GeneratorSnapshot::growth() const {
    const auto g = growthOf(*m_impl->ema);
    if (!g)
        return std::nullopt;
    return std::make_pair(g->level, g->alpha);
}

} // namespace ganlab
