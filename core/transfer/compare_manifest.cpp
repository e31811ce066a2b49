// compare.json reading and writing.
#include "transfer/compare_manifest.h"

#include "api/error.h"
#include "api/settings.h"
#include "util/atomic_file.h"
#include "util/text_file.h"

#include <filesystem>

namespace fs = std::filesystem;
using nlohmann::json;

namespace ganlab {

json armToJson(const CompareArm& a) {
    json j = {{"label", a.label},
              {"source", a.transfer.source},
              {"g", a.transfer.generator},
              {"d", a.transfer.discriminator},
              {"run", a.runDir}};
    if (!a.settings.empty())
        j["settings"] = a.settings; // [[key, text], …] in order
    return j;
}

CompareArm armFromJson(const json& j) {
    CompareArm arm;
    arm.label = j.at("label");
    arm.transfer.source = j.at("source");
    arm.transfer.generator = j.at("g");
    arm.transfer.discriminator = j.at("d");
    arm.runDir = j.at("run");
    if (j.contains("settings"))
        arm.settings = j.at("settings").get<std::vector<std::pair<std::string, std::string>>>();
    return arm;
}

void writeCompareManifest(const std::string& dir, const CompareManifest& m) {
    json arms = json::array();
    for (const auto& a : m.arms)
        arms.push_back(armToJson(a));
    const json j = {{"format", 1},
                    {"target", json::parse(toJson(m.target))},
                    {"chunk_steps", m.chunkSteps},
                    {"arms", arms}};
    writeFileAtomically((fs::path(dir) / "compare.json").string(),
                        [&](std::ostream& out) { out << j.dump(2) << '\n'; });
}

CompareManifest readCompareManifest(const std::string& dir) {
    const auto path = (fs::path(dir) / "compare.json").string();
    if (!fs::exists(path))
        throw Error(ErrorKind::Usage, dir, message(MessageCode::NotAComparison));
    CompareManifest m;
    try {
        const json j = json::parse(readTextFile(path));
        m.target = trainConfigFromJson(j.at("target").dump(), path);
        m.chunkSteps = j.at("chunk_steps");
        for (const auto& a : j.at("arms"))
            m.arms.push_back(armFromJson(a));
    } catch (const json::exception& e) {
        throw Error(ErrorKind::Data, path,
                    message(MessageCode::InvalidJson, "comparison file", jsonErrorText(e)));
    }
    return m;
}

} // namespace ganlab
