// FeatureNetwork: the pluggable image embedding behind FD, KID and precision/recall — "random"
// (fixed-seed untrained CNN), "classifier:…" (ganlab's own trained CNN) or "inception:…" (a
// user-supplied TorchScript Inception-v3). Every number it feeds carries its name().
#pragma once

#include "api/feature_spec.h"
#include "torch_prelude.h"

#include <memory>
#include <stop_token>
#include <string>

namespace ganlab {

class FeatureNetwork {
public:
    virtual ~FeatureNetwork() = default;
    // Shown in metric names: "random", "classifier:fmnist", "inception:pt_inception".
    virtual std::string name() const = 0;
    // Changes whenever the features could change (file size/mtime, seed): part of cache keys.
    virtual std::string identity() const = 0;
    virtual int dim() const = 0;
    // uint8 images [N, C, H, W] (C 1 or 3, any size) on any device → float32 features [N, dim()]
    // on the network's device, in eval mode.
    virtual torch::Tensor embed(const torch::Tensor& images) = 0;
    // Moves the network's weights to `device` (a run's evaluation computes on the run's device).
    virtual void moveTo(const torch::Device& device) = 0;
};

// Builds a network from a spec: random, a classifier file or an Inception file (throws Error for
// another source: the run's own classifier is resolved to its file by the run first).
std::unique_ptr<FeatureNetwork> makeFeatureNetwork(const FeatureSpec& spec);
// The same from a spec's text ("random", "inception:FILE" …), parsed for evaluation.
std::unique_ptr<FeatureNetwork> makeFeatureNetwork(std::string_view spec);

// Features of a whole image set in batches, checking `stop` between them, gathered on the CPU
// (where the float64 statistics, KID and precision/recall are computed).
torch::Tensor extractFeatures(FeatureNetwork& network, const torch::Tensor& images,
                              std::stop_token stop = {}, int batch = 250);

// uint8 [N,C,H,W] → float [N,3,size,size] in [0,1] (gray repeated; bilinear, align_corners
// false, antialiased when shrinking) — the one resize every feature network uses.
torch::Tensor toRgbUnit(const torch::Tensor& images, int size);
// A file's identity for cache keys: path, size and modification time.
std::string fileIdentity(const std::string& path);

} // namespace ganlab
