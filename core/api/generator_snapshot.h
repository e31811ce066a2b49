// GeneratorSnapshot: a frozen copy of a run's generators (or a generator imported from a
// TorchScript file) that renders sample grids and latent interpolations on its own thread, so
// previews never wait for a training step; and the export of a generator to TorchScript.
#pragma once

#include "image.h"
#include "sample_request.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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

    // A generator exported by exportTorchScript (or any TorchScript module of that shape: forward
    // (z) or forward(z, y) → [N, C, R, R] in [−1, 1], and the integer attributes latent_dim,
    // num_classes, resolution and channels; class_names optional). Throws Error naming the file.
    static GeneratorSnapshot openTorchScript(const std::string& path);

    std::int64_t step() const; // the training step the weights were copied at (-1: not known)
    int numClasses() const;    // 0 for unconditional models
    int resolution() const;
    int channels() const;
    int latentDim() const;
    std::string model() const;                          // the family's name ("" when not known)
    const std::vector<std::string>& classNames() const; // may be empty for conditional models
    bool imported() const; // from a TorchScript file: one generator, no raw/EMA choice, no fade

    // Writes the EMA (or, raw, the trained) generator to `path` as a TorchScript module that
    // PyTorch loads without ganlab: forward(z) (or forward(z, y) for conditional models) → images
    // in [−1, 1]; attributes latent_dim, num_classes, resolution, channels, class_names, model,
    // step; truncated_z(n, threshold, seed) draws the z this snapshot's grids use for a seed.
    // PG-GAN exports at its current level and α. The file is written atomically and only after
    // the module read back from it reproduced the generator at another batch size.
    void exportTorchScript(const std::string& path, bool raw = false) const;
    // The grid's latents, labels and float images in a file torch.load reads (a dict with "z",
    // "y" (conditional models) and "images"), for checking an export against this snapshot.
    void saveSampleTensors(const SampleRequest& request, const std::string& path) const;

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
