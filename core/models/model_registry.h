// The model-family registry: each family registers itself by a stable lowercase name.
#pragma once

#include "models/gan_model.h"
#include "util/registry_macros.h"

#include <functional>
#include <string>
#include <vector>

namespace ganlab {

struct ModelFamily {
    std::string name;
    std::string description;
    bool conditional = false;   // supports class-conditional variants
    bool auxClassifier = false; // D can carry an AC-GAN class head (ModelSpec::auxClassifier)
    bool conditionalBn = false; // G can take classes through Cond BN (ModelSpec::conditionalBn)
    // Where class one-hots are concatenated when conditional (weight transfer adapts these
    // columns): G's first layer's input, D's first layer's input planes (unless an AC head).
    bool classColumnsInG = false;
    bool classPlanesInD = false;
    bool progressive = false; // grows during training (PG-GAN): see Growth
    std::string defaultLoss;
    double defaultOrthoReg = 0; // BigGAN: 1e-4
    double defaultDrift = 0;    // PG-GAN: 0.001 (with wgan-gp)
    std::function<GeneratorPtr(const ModelSpec&)> makeGenerator;
    std::function<DiscriminatorPtr(const ModelSpec&)> makeDiscriminator;
};

bool registerModel(ModelFamily family);
const std::vector<ModelFamily>& modelFamilies();
// Throws ganlab::Error naming the registered families when the name is unknown.
const ModelFamily& findModel(const std::string& name);

} // namespace ganlab

#define GANLAB_REGISTER_MODEL(...)                                                                 \
    static const bool GANLAB_CONCAT(kGanlabModelRegistered_, __LINE__) =                           \
        ::ganlab::registerModel(__VA_ARGS__)
