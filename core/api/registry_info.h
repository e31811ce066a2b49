// Names and descriptions of the registered model families and losses, for UIs and CLI help.
#pragma once

#include <string>
#include <vector>

namespace ganlab {

struct ModelInfo {
    std::string name;
    std::string description;
    bool supportsConditional = false;
    std::string defaultLoss;
    bool supportsAuxClassifier = false; // AC-GAN head on D
    bool supportsConditionalBn = false; // Cond BN in G (TrainConfig::conditioning "bn")
    bool progressive = false;           // PG-GAN growing
    double defaultOrthoReg = 0;         // chosen with the family (the paper's value)
    double defaultDrift = 0;
};

struct LossInfo {
    std::string name;
    std::string description;
};

std::vector<ModelInfo> registeredModels();
std::vector<LossInfo> registeredLosses();

} // namespace ganlab
