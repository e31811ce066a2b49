// Sample rendering shared by a live run and its snapshots: seeded latents (with truncation), one
// class per row, the generator in eval mode without gradients, the tiles composed into a grid.
#pragma once

#include "api/generator_snapshot.h"
#include "api/image.h"
#include "api/sample_request.h"
#include "models/gan_model.h"

#include <optional>

namespace ganlab {

Image renderSampleGrid(GeneratorImpl& generator, const ModelSpec& spec,
                       const SampleRequest& request);

// A 1 × frames strip between two cells of the grid `grid` describes (slerp of their latents).
Image renderInterpolation(GeneratorImpl& generator, const ModelSpec& spec,
                          const SampleRequest& grid, int fromCell, int toCell, int frames);

// Growing generators past their first level: the request's first row of latents through the lower
// level (upsampled), the new level, and their blend at `alpha` (< 0: the generator's own α).
std::optional<FadePreview> renderFadePreview(GeneratorImpl& generator, const ModelSpec& spec,
                                             const SampleRequest& request, double alpha);

} // namespace ganlab
