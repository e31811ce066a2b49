// Narrows a decoded dataset to chosen classes and/or a smaller class-stratified sample — how small
// targets and narrow sources are made from the datasets at hand (Transferring GANs, SEEDS §1).
#pragma once

#include "data/decoded_dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ganlab {

// Keeps only `classes` (relabelled 0…k−1 in the order given; empty = all) and then at most
// `maxImages` images (0 = all), the same per-class share of each class, chosen by a fixed seed
// so the same settings always keep the same images. Throws Error naming the dataset and the
// unknown class (with the known ones), or a class filter on unlabelled images.
void selectSubset(DecodedDataset& data, const std::vector<std::string>& classes,
                  std::int64_t maxImages);

} // namespace ganlab
