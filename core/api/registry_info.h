// Names and descriptions of the registered model families and losses, for UIs, CLI help and the
// settings' rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ganlab {

struct ModelInfo {
    std::string name;
    std::string description;
    bool supportsConditional = false;
    std::string defaultLoss;
    bool supportsAuxClassifier = false; // AC-GAN head on D
    bool supportsConditionalBn = false; // Cond BN in G (Conditioning::ClassBatchNorm)
    bool progressive = false;           // PG-GAN growing
    double defaultOrthoReg = 0;         // chosen with the family (the paper's value)
    double defaultDrift = 0;
};

struct LossInfo {
    std::string name;
    std::string description;
    bool perSampleCritic = false; // D must not couple samples (no BatchNorm)
    bool gradientPenalty = false; // takes gp_weight and drift_weight (WGAN-GP)
};

std::vector<ModelInfo> registeredModels();
std::vector<LossInfo> registeredLosses();
// The registered family or loss of that name, or nothing.
std::optional<ModelInfo> findModelInfo(const std::string& name);
std::optional<LossInfo> findLossInfo(const std::string& name);

} // namespace ganlab
