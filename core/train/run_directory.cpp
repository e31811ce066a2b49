// RunDirectory: layout, config and dataset JSON, checkpoint rotation and metrics files.
#include "train/run_directory.h"

#include "api/error.h"
#include "api/settings.h"
#include "train/checkpoint_file.h"
#include "util/atomic_file.h"
#include "util/csv.h"
#include "util/text_file.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace ganlab {
namespace {

constexpr const char* kCsvColumns[] = {"step",        "elapsed_s",   "loss_d",       "loss_g",
                                       "grad_norm_d", "grad_norm_g", "images_per_s", "step_ms"};

json finiteOrNull(double v) {
    return std::isfinite(v) ? json(v) : json(nullptr);
}

constexpr const char* kCreatingMarker = ".creating";

// JSON text that never throws: a byte that is not UTF-8 (a path from a non-UTF-8 locale) becomes
// U+FFFD instead of an exception in the middle of a write.
std::string jsonText(const json& j, int indent = -1) {
    return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string stepName(const char* prefix, std::int64_t step, const char* ext) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s%08lld%s", prefix, static_cast<long long>(step), ext);
    return buf;
}

// Rewrites a text file keeping the lines `keep` accepts.
template <typename Keep> void filterLines(const std::string& path, Keep keep) {
    if (!fs::exists(path))
        return;
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (keep(line, lines.size()))
            lines.push_back(line);
    in.close();
    writeFileAtomically(path, [&](std::ostream& out) {
        for (const auto& l : lines)
            out << l << '\n';
    });
}

} // namespace

RunDirectory::RunDirectory(std::string root)
    : m_root(std::move(root)) {}

bool RunDirectory::isUnfinishedCreation() const {
    std::error_code ec;
    return !m_root.empty() && fs::exists(fs::path(m_root) / kCreatingMarker, ec) && !isRun();
}

void RunDirectory::finishCreation() const {
    std::error_code ec;
    fs::remove(fs::path(m_root) / kCreatingMarker, ec);
}

bool RunDirectory::isRun() const {
    return fs::exists(configPath());
}

void RunDirectory::createFresh() const {
    std::error_code ec;
    if (m_root.empty())
        throw Error(ErrorKind::Usage, {}, message(MessageCode::EmptyRunFolder));
    if (isUnfinishedCreation()) { // a creation a signal or a crash cut short: nothing to keep
        for (fs::directory_iterator it(m_root, ec), end; !ec && it != end; it.increment(ec))
            fs::remove_all(it->path(), ec);
    }
    if (fs::exists(m_root, ec) && !fs::is_directory(m_root, ec))
        throw Error(ErrorKind::Usage, m_root, message(MessageCode::ExistsNotFolder));
    if (fs::is_directory(m_root, ec) && !fs::is_empty(m_root, ec))
        throw Error(ErrorKind::Usage, m_root,
                    message(isRun() ? MessageCode::AlreadyHoldsRun : MessageCode::FolderNotEmpty));
    // The marker before anything else, so a folder cut short at any point is one train takes again.
    fs::create_directories(m_root, ec);
    if (!ec)
        std::ofstream(fs::path(m_root) / kCreatingMarker) << "ganlab is creating this run\n";
    if (!ec)
        fs::create_directories(fs::path(m_root) / "checkpoints", ec);
    if (!ec)
        fs::create_directories(fs::path(m_root) / "samples", ec);
    if (ec)
        throw Error(ErrorKind::Io, m_root,
                    message(MessageCode::CannotCreateRunFolder, ec.message()));
}

void RunDirectory::writeConfig(const TrainConfig& config) const {
    const std::string text = toJson(config);
    writeFileAtomically(configPath(), [&](std::ostream& out) { out << text << '\n'; });
}

TrainConfig RunDirectory::readConfig() const {
    const auto path = configPath();
    if (!fs::exists(path))
        throw Error(ErrorKind::Usage, m_root, message(MessageCode::NotARunFolder));
    return trainConfigFromJson(readTextFile(path), path);
}

void RunDirectory::writeDatasetInfo(const DatasetInfo& d) const {
    const json j = {{"path", d.path},
                    {"format", d.format},
                    {"count", d.count},
                    {"resolution", d.resolution},
                    {"channels", d.channels},
                    {"class_names", d.classNames},
                    {"class_counts", d.classCounts},
                    {"skipped", d.report.skipped},
                    {"ignored", d.report.ignored},
                    {"skipped_examples", d.report.skippedExamples}};
    writeFileAtomically((fs::path(m_root) / "dataset.json").string(),
                        [&](std::ostream& out) { out << jsonText(j, 2) << '\n'; });
}

void RunDirectory::writeTransferReport(const TransferReport& r) const {
    const json j = {{"checkpoint", r.checkpoint},
                    {"source_step", r.sourceStep},
                    {"source", r.sourceDescription},
                    {"generator", r.generator},
                    {"discriminator", r.discriminator},
                    {"copied", r.copied},
                    {"adapted", r.adapted},
                    {"fresh", r.fresh},
                    {"dropped", r.dropped},
                    {"notes", r.notes}};
    writeFileAtomically((fs::path(m_root) / "transfer.json").string(),
                        [&](std::ostream& out) { out << jsonText(j, 2) << '\n'; });
}

DatasetInfo RunDirectory::readDatasetInfo() const {
    const auto path = (fs::path(m_root) / "dataset.json").string();
    try {
        const json j = json::parse(readTextFile(path));
        DatasetInfo d;
        d.path = j.at("path");
        d.format = j.at("format");
        d.count = j.at("count");
        d.resolution = j.at("resolution");
        d.channels = j.at("channels");
        d.classNames = j.at("class_names").get<std::vector<std::string>>();
        d.classCounts = j.at("class_counts").get<std::vector<std::int64_t>>();
        d.report.skipped = j.value("skipped", 0);
        d.report.ignored = j.value("ignored", 0);
        d.report.skippedExamples = j.value("skipped_examples", std::vector<std::string>{});
        return d;
    } catch (const json::exception& e) {
        throw Error(ErrorKind::Data, path,
                    message(MessageCode::InvalidDatasetDescription, jsonErrorText(e)));
    }
}

std::string RunDirectory::configPath() const {
    return (fs::path(m_root) / "config.json").string();
}

std::string RunDirectory::classifierPath() const {
    return (fs::path(m_root) / "classifier.pt").string();
}

std::string RunDirectory::checkpointPath(std::int64_t step) const {
    return (fs::path(m_root) / "checkpoints" / stepName("step-", step, ".pt")).string();
}

std::string RunDirectory::samplePath(std::int64_t step) const {
    return (fs::path(m_root) / "samples" / stepName("step-", step, ".png")).string();
}

std::string RunDirectory::logPath() const {
    return (fs::path(m_root) / "log.txt").string();
}

std::vector<CheckpointInfo> RunDirectory::checkpoints() const {
    std::vector<CheckpointInfo> out;
    std::error_code ec;
    for (fs::directory_iterator it(fs::path(m_root) / "checkpoints", ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        long long step = 0;
        char tail[8] = {};
        if (std::sscanf(name.c_str(), "step-%lld%4s", &step, tail) == 2 &&
            std::string(tail) == ".pt")
            out.push_back({it->path().string(), step});
    }
    std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.step > b.step; });
    return out;
}

std::vector<std::string> RunDirectory::pruneCheckpoints(int keep) const {
    std::vector<std::string> setAside;
    int good = 0;
    std::error_code ec;
    for (const auto& c : checkpoints()) {  // newest first
        if (checkCheckpointFile(c.path)) { // damaged: kept, out of the rotation and the listing
            fs::rename(c.path, c.path + ".damaged", ec);
            setAside.push_back(c.path);
        } else if (++good > std::max(keep, 1)) {
            fs::remove(c.path, ec);
        }
    }
    return setAside;
}

int RunDirectory::removeTemporaries() const {
    int removed = 0;
    std::error_code ec;
    for (const char* sub : {"", "checkpoints", "samples"})
        for (fs::directory_iterator it(fs::path(m_root) / sub, ec), end; !ec && it != end;
             it.increment(ec))
            if (it->path().filename().string().find(".tmp-") != std::string::npos &&
                fs::remove(it->path(), ec))
                ++removed;
    return removed;
}

void RunDirectory::appendMetrics(const StepStats& s) const {
    json row = {{"step", s.step},
                {"elapsed_s", s.elapsedSec},
                {"loss_d", s.lossD},
                {"loss_g", s.lossG},
                {"grad_norm_d", s.gradNormD},
                {"grad_norm_g", s.gradNormG},
                {"images_per_s", s.imagesPerSec},
                {"step_ms", s.stepMs}};
    if (!s.lossTerms.empty())
        row["terms"] = s.lossTerms;
    if (s.health) {
        json health = {{kSigmaRatioSeries, s.health->firstLayerRatio}};
        for (const auto& layer : s.health->layers)
            for (std::size_t i = 0; i < layer.sigmas.size(); ++i)
                health[sigmaSeriesName(layer.key, i)] = finiteOrNull(layer.sigmas[i]);
        if (s.health->diversity)
            health[kDiversitySeries] = finiteOrNull(*s.health->diversity);
        row["health"] = health;
    }
    if (s.augment) {
        json augment = json::object();
        if (s.augment->p)
            augment[kAdaPSeries] = *s.augment->p;
        if (s.augment->rt)
            augment[kAdaRtSeries] = finiteOrNull(*s.augment->rt);
        row["augment"] = augment;
    }
    if (s.growth)
        row["growth"] = {{"level", s.growth->level},
                         {"alpha", s.growth->alpha},
                         {"resolution", s.growth->resolution},
                         {"images_shown", s.growth->imagesShown}};
    appendTextChecked((fs::path(m_root) / "metrics.jsonl").string(), jsonText(row) + '\n');

    const auto csvPath = fs::path(m_root) / "metrics.csv";
    std::ostringstream csv;
    if (!fs::exists(csvPath) || fs::file_size(csvPath) == 0) {
        for (std::size_t i = 0; i < std::size(kCsvColumns); ++i)
            csv << (i ? "," : "") << kCsvColumns[i];
        csv << '\n';
    }
    csv << s.step << ',' << s.elapsedSec << ',' << s.lossD << ',' << s.lossG << ',' << s.gradNormD
        << ',' << s.gradNormG << ',' << s.imagesPerSec << ',' << s.stepMs << '\n';
    appendTextChecked(csvPath.string(), csv.str());
}

void RunDirectory::appendEvaluation(const std::vector<MetricResult>& results) const {
    if (results.empty())
        return;
    json list = json::array();
    for (const auto& r : results)
        if (std::isfinite(r.value))
            list.push_back(
                {{"name", r.name}, {"metric", r.metric}, {"parent", r.parent}, {"value", r.value}});
    const json row = {{"step", results.front().step}, {"kind", "eval"}, {"results", list}};
    appendTextChecked((fs::path(m_root) / "metrics.jsonl").string(), jsonText(row) + '\n');

    const auto csvPath = fs::path(m_root) / "evaluations.csv";
    std::string csv;
    if (!fs::exists(csvPath) || fs::file_size(csvPath) == 0)
        csv += metricCsvHeader() + '\n';
    for (const auto& r : results)
        csv += metricCsvRow(r) + '\n';
    appendTextChecked(csvPath.string(), csv);
}

int RunDirectory::removeSamplesAfter(std::int64_t step) const {
    int removed = 0;
    std::error_code ec;
    for (fs::directory_iterator it(fs::path(m_root) / "samples", ec), end; !ec && it != end;
         it.increment(ec)) {
        long long at = 0;
        char tail[8] = {};
        const std::string name = it->path().filename().string();
        if (std::sscanf(name.c_str(), "step-%lld%5s", &at, tail) == 2 &&
            std::string(tail) == ".png" && at > step && fs::remove(it->path(), ec))
            ++removed;
    }
    return removed;
}

void RunDirectory::truncateMetricsAfter(std::int64_t step) const {
    filterLines((fs::path(m_root) / "metrics.jsonl").string(),
                [&](const std::string& line, std::size_t) {
                    try {
                        return json::parse(line).at("step").get<std::int64_t>() <= step;
                    } catch (const json::exception&) {
                        return false; // a torn last line from a crash
                    }
                });
    filterLines((fs::path(m_root) / "metrics.csv").string(),
                [&](const std::string& line, std::size_t index) {
                    if (index == 0)
                        return true; // header
                    long long rowStep = 0;
                    return std::sscanf(line.c_str(), "%lld,", &rowStep) == 1 && rowStep <= step &&
                           std::count(line.begin(), line.end(), ',') == std::ssize(kCsvColumns) - 1;
                });
    // A whole row has its quotes closed and every column (older runs wrote 9, without parent).
    filterLines((fs::path(m_root) / "evaluations.csv").string(), [&](const std::string& line,
                                                                     std::size_t index) {
        long long rowStep = 0;
        const bool whole =
            std::count(line.begin(), line.end(), '"') % 2 == 0 && parseCsvLine(line).size() >= 9;
        return index == 0 ||
               (whole && std::sscanf(line.c_str(), "%lld,", &rowStep) == 1 && rowStep <= step);
    });
}

} // namespace ganlab
