// RunDirectory: layout, config and dataset JSON, checkpoint rotation and metrics files.
#include "train/run_directory.h"

#include "api/error.h"
#include "api/settings.h"
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

bool RunDirectory::isRun() const {
    return fs::exists(configPath());
}

void RunDirectory::createFresh() const {
    std::error_code ec;
    if (fs::exists(m_root, ec) && !fs::is_directory(m_root, ec))
        throw Error(ErrorKind::Usage, m_root, message(MessageCode::ExistsNotFolder));
    if (fs::is_directory(m_root, ec) && !fs::is_empty(m_root, ec))
        throw Error(ErrorKind::Usage, m_root,
                    message(isRun() ? MessageCode::AlreadyHoldsRun : MessageCode::FolderNotEmpty));
    fs::create_directories(fs::path(m_root) / "checkpoints", ec);
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
                        [&](std::ostream& out) { out << j.dump(2) << '\n'; });
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
                        [&](std::ostream& out) { out << j.dump(2) << '\n'; });
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
                    message(MessageCode::InvalidDatasetDescription, e.what()));
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

void RunDirectory::pruneCheckpoints(int keep) const {
    const auto all = checkpoints();
    std::error_code ec;
    for (std::size_t i = static_cast<std::size_t>(std::max(keep, 1)); i < all.size(); ++i)
        fs::remove(all[i].path, ec);
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
        row["health"] = health;
    }
    if (s.growth)
        row["growth"] = {{"level", s.growth->level},
                         {"alpha", s.growth->alpha},
                         {"resolution", s.growth->resolution},
                         {"images_shown", s.growth->imagesShown}};
    std::ofstream jsonl(fs::path(m_root) / "metrics.jsonl", std::ios::app);
    jsonl << row.dump() << '\n';

    const auto csvPath = fs::path(m_root) / "metrics.csv";
    const bool fresh = !fs::exists(csvPath) || fs::file_size(csvPath) == 0;
    std::ofstream csv(csvPath, std::ios::app);
    if (fresh) {
        for (std::size_t i = 0; i < std::size(kCsvColumns); ++i)
            csv << (i ? "," : "") << kCsvColumns[i];
        csv << '\n';
    }
    csv << s.step << ',' << s.elapsedSec << ',' << s.lossD << ',' << s.lossG << ',' << s.gradNormD
        << ',' << s.gradNormG << ',' << s.imagesPerSec << ',' << s.stepMs << '\n';
    if (!jsonl || !csv)
        throw Error(ErrorKind::Io, m_root, message(MessageCode::CannotAppendMetrics));
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
    std::ofstream jsonl(fs::path(m_root) / "metrics.jsonl", std::ios::app);
    jsonl << row.dump() << '\n';

    const auto csvPath = fs::path(m_root) / "evaluations.csv";
    const bool fresh = !fs::exists(csvPath) || fs::file_size(csvPath) == 0;
    std::ofstream csv(csvPath, std::ios::app);
    if (fresh)
        csv << metricCsvHeader() << '\n';
    for (const auto& r : results)
        csv << metricCsvRow(r) << '\n';
    if (!jsonl || !csv)
        throw Error(ErrorKind::Io, m_root, message(MessageCode::CannotAppendEvaluation));
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
