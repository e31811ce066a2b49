// GeneratorSnapshot: a frozen copy of a run's generators that renders sample grids and latent
// interpolations on its own thread, so previews never wait for a training step.
#pragma once

#include "image.h"
#include "sample_request.h"

#include <cstdint>
#include <memory>

namespace ganlab {

class GeneratorSnapshot {
public:
    GeneratorSnapshot(GeneratorSnapshot&&) noexcept;
    GeneratorSnapshot& operator=(GeneratorSnapshot&&) noexcept;
    ~GeneratorSnapshot();

    std::int64_t step() const; // the training step the weights were copied at
    int numClasses() const;    // 0 for unconditional models
    int resolution() const;

    // The same grid TrainingRun::sampleGrid would draw at step(). Use from one thread at a time.
    Image sampleGrid(const SampleRequest& request) const;
    // `frames` images from cell `fromCell` to cell `toCell` of the grid `grid` describes, by
    // spherical interpolation of their latents (the class switches half-way when they differ).
    Image interpolate(const SampleRequest& grid, int fromCell, int toCell, int frames) const;

    struct Impl;
    explicit GeneratorSnapshot(std::unique_ptr<Impl> impl);

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace ganlab
