// Sample rendering shared by a live run and its snapshots: seeded latents (with truncation), one
// class per row, the generator in eval mode without gradients, the tiles composed into a grid.
#pragma once

#include "api/generator_snapshot.h"
#include "api/image.h"
#include "api/sample_request.h"
#include "models/gan_model.h"

#include <functional>
#include <optional>

namespace ganlab {

// A generator as a function: z [N, latentDim] and labels (int64 [N], undefined when
// unconditional), both on the CPU, to images in [-1, 1] (any device). A run's model or an
// imported TorchScript module alike.
using GenerateFn =
    std::function<torch::Tensor(const torch::Tensor& z, const torch::Tensor& labels)>;
// The module in eval mode on its own device, without gradients (its mode restored after).
GenerateFn generateWith(GeneratorImpl& generator);

// One grid's seeded latents (truncated as requested), labels (one class per row) and images
// (float, [-1, 1], on the CPU).
struct SampleBatch {
    int rows = 0;
    torch::Tensor z, labels, images;
};
SampleBatch drawSamples(const GenerateFn& generate, const ModelSpec& spec,
                        const SampleRequest& request);

Image renderSampleGrid(const GenerateFn& generate, const ModelSpec& spec,
                       const SampleRequest& request);
Image renderSampleGrid(GeneratorImpl& generator, const ModelSpec& spec,
                       const SampleRequest& request);

// A 1 × frames strip between two cells of the grid `grid` describes (slerp of their latents).
Image renderInterpolation(const GenerateFn& generate, const ModelSpec& spec,
                          const SampleRequest& grid, int fromCell, int toCell, int frames);
Image renderInterpolation(GeneratorImpl& generator, const ModelSpec& spec,
                          const SampleRequest& grid, int fromCell, int toCell, int frames);

// Growing generators past their first level: the request's first row of latents through the lower
// level (upsampled), the new level, and their blend at `alpha` (< 0: the generator's own α).
std::optional<FadePreview> renderFadePreview(GeneratorImpl& generator, const ModelSpec& spec,
                                             const SampleRequest& request, double alpha);

} // namespace ganlab
