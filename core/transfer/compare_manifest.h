// compare.json: a comparison's target config, chunk size and arms — the one place an arm is
// written to and read from JSON (the manifest and the JSON export share it).
#pragma once

#include "api/source_comparison.h"

#include <nlohmann/json.hpp>

namespace ganlab {

struct CompareManifest {
    TrainConfig target;
    int chunkSteps = 20;
    std::vector<CompareArm> arms;
};

nlohmann::json armToJson(const CompareArm& arm);
CompareArm armFromJson(const nlohmann::json& j);

void writeCompareManifest(const std::string& dir, const CompareManifest& manifest);
// Throws Error naming compare.json when it is missing or unreadable.
CompareManifest readCompareManifest(const std::string& dir);

} // namespace ganlab
