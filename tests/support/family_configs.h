// Tiny data and one small training config per seed family (dcgan, resnet, pggan, biggan, acgan,
// acgan-resnet, projected-biggan, projected-pggan, projected): what family-wide tests train.
#pragma once

#include "api/train_config.h"
#include "torch_prelude.h"

#include <string>

namespace ganlab::testing {

inline torch::Tensor tinyImages(int n, int size, int channels = 1) {
    return torch::randint(0, 256, {n, channels, size, size}, torch::kLong).to(torch::kUInt8);
}

inline torch::Tensor tinyLabels(int n, int classes) {
    return torch::arange(n, torch::kLong).remainder(classes);
}

inline TrainConfig familyConfig(const std::string& family) {
    TrainConfig c;
    c.device = "cpu"; // tests hand the models CPU tensors directly
    c.resolution = 16;
    c.latentDim = 12;
    c.width = 0.125;
    c.batchSize = 4;
    c.seed = 3;
    c.healthEvery = 1;
    if (family == "dcgan") {
        c.model = "dcgan";
        c.loss = "nonsaturating";
    } else if (family == "resnet") {
        c.model = "resnet";
        c.loss = "wgan-gp";
        c.criticSteps = 2;
    } else if (family == "pggan") {
        c.model = "pggan";
        c.loss = "wgan-gp";
        c.driftWeight = 0.001;
        c.growth = {.startResolution = 4, .stabiliseImages = 8, .fadeImages = 8, .batchSizes = {}};
    } else if (family == "biggan") {
        c.model = "biggan";
        c.loss = "hinge";
        c.conditional = true;
        c.criticSteps = 2;
        c.orthoReg = 1e-4;
        c.beta1 = 0;
    } else if (family == "acgan") {
        c.model = "dcgan";
        c.loss = "nonsaturating";
        c.conditional = true;
        c.auxClassifier = true;
    } else if (family == "acgan-resnet") {
        c.model = "resnet";
        c.loss = "wgan-gp";
        c.conditional = true;
        c.auxClassifier = true;
    } else if (family == "projected-biggan") { // any G: here BigGAN's, class-conditional
        c.model = "biggan";
        c.conditional = true;
        c.discriminator = DiscriminatorKind::Projected;
        c.projectedFeatures = {FeatureSource::Random, {}};
        c.augment = {.mode = AugmentMode::DiffAugment, .ops = {"translation"}};
        c.loss = "hinge";
    } else if (family == "projected-pggan") { // a growing G shows D its upsampled levels
        c.model = "pggan";
        c.loss = "hinge";
        c.discriminator = DiscriminatorKind::Projected;
        c.projectedFeatures = {FeatureSource::Random, {}};
        c.growth = {.startResolution = 4, .stabiliseImages = 8, .fadeImages = 8, .batchSizes = {}};
    } else if (family == "projected") {
        c.model = "dcgan";
        c.discriminator = DiscriminatorKind::Projected;
        c.projectedFeatures = {FeatureSource::Random, {}};
        c.augment = {.mode = AugmentMode::DiffAugment, .ops = {"color", "translation", "cutout"}};
        c.loss = "hinge";
    }
    return c;
}

} // namespace ganlab::testing
