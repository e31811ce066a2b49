// GeneratorSnapshot: a frozen copy of a run's generators that renders sample grids and latent
// interpolations on its own thread, so previews never wait for a training step.
#pragma once

#include "image.h"
#include "sample_request.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace ganlab {

// PG-GAN's fade made visible: for the same z, the lower level's output upsampled, the new level's
// output, and their α-blend (what G shows while the new level fades in).
struct FadePreview {
    Image lower, upper, blend; // 1 × cols strips
    int level = 0;             // the level fading in (or last faded in); 0 = 4×4
    double alpha = 1.0;        // the blend shown
    int lowerResolution = 0, upperResolution = 0;
};

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
    // Growing models past their first level: the request's first row at `alpha` (< 0: the
    // snapshot's own α). Nothing for other models.
    std::optional<FadePreview> fadePreview(const SampleRequest& request, double alpha = -1) const;
    // The growth level and α the weights were copied at (nothing for non-growing models).
    std::optional<std::pair<int, double>> growth() const;

    struct Impl;
    explicit GeneratorSnapshot(std::unique_ptr<Impl> impl);

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace ganlab
