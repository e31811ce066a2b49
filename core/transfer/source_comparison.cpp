// SourceComparison: arms as ordinary runs in one folder, trained round robin on one schedule;
// curves from their metrics.jsonl, grids from their samples/, exports as PNG, CSV and JSON.
#include "api/source_comparison.h"

#include "api/classifier.h"
#include "api/error.h"
#include "api/metrics_history.h"
#include "api/transfer.h"
#include "train/run_directory.h"
#include "util/atomic_file.h"
#include "util/text_file.h"

#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

using nlohmann::json;

void writeText(const std::string& path, const std::string& text) {
    writeFileAtomically(path, [&](std::ostream& out) { out << text; });
}

std::string sourceName(const std::string& source) {
    fs::path p = fs::path(source).lexically_normal();
    if (p.filename().empty())
        p = p.parent_path();
    if (p.extension() == ".pt" && p.parent_path().filename() == "checkpoints")
        return p.parent_path().parent_path().filename().string() + "@" + p.stem().string();
    return p.has_extension() ? p.stem().string() : p.filename().string();
}

std::string slug(const std::string& label) {
    std::string out;
    for (unsigned char ch : label) {
        if (std::isalnum(ch))
            out += static_cast<char>(std::tolower(ch));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "arm" : out;
}

std::vector<CompareArm> planArms(const CompareSpec& spec) {
    std::vector<CompareArm> arms;
    auto add = [&](const std::string& label, const std::string& source, bool g, bool d) {
        CompareArm arm;
        arm.label = label;
        arm.transfer.source = source;
        arm.transfer.generator = g;
        arm.transfer.discriminator = d;
        arms.push_back(arm);
    };
    if (spec.scratch)
        add("scratch", "", false, false);
    for (std::size_t i = 0; i < spec.sources.size(); ++i) {
        const auto& s = spec.sources[i];
        const auto name = sourceName(s);
        add("G+D ← " + name, s, true, true);
        if (i == 0 && spec.combinations) {
            add("G ← " + name, s, true, false);
            add("D ← " + name, s, false, true);
        }
    }
    if (arms.empty())
        throw Error(ErrorKind::Usage, {}, "a comparison needs at least one source or scratch");
    for (std::size_t i = 0; i < arms.size(); ++i) {
        const auto number = std::to_string(i + 1);
        arms[i].runDir = "runs/" + std::string(number.size() < 2 ? "0" : "") + number + "-" +
                         slug(arms[i].label);
    }
    return arms;
}

// The ranking metric: lower is better for FD and KID; IW is better the closer it is to zero.
bool isRankable(const std::string& name) {
    return name.rfind("FD[", 0) == 0 || name.rfind("KID[", 0) == 0 || name == "IW";
}
int rankPreference(const std::string& name) {
    return name.rfind("FD[", 0) == 0 ? 0 : name.rfind("KID[", 0) == 0 ? 1 : 2;
}
double rankKey(const std::string& name, double value) {
    return name == "IW" ? std::abs(value) : value;
}

cv::Mat toMat(const Image& image) {
    cv::Mat m(image.height, image.width, image.channels == 3 ? CV_8UC3 : CV_8UC1);
    std::memcpy(m.data, image.pixels.data(), image.pixels.size());
    if (image.channels == 1)
        cv::cvtColor(m, m, cv::COLOR_GRAY2RGB);
    return m;
}

} // namespace

struct SourceComparison::Impl {
    std::string dir;
    TrainConfig target;
    std::vector<CompareArm> arms;
    int chunkSteps = 20;
    SourceRanking prediction;
    std::vector<std::optional<TrainingRun>> runs; // opened on first training
    std::vector<std::int64_t> savedAt;            // step of each arm's last saveCheckpoints()

    std::string runPath(std::size_t i) const { return (fs::path(dir) / arms[i].runDir).string(); }

    TrainingRun& run(std::size_t i) {
        if (!runs[i])
            runs[i].emplace(TrainingRun::open(runPath(i)));
        return *runs[i];
    }

    std::int64_t stepOf(std::size_t i) const {
        if (runs[i])
            return runs[i]->step();
        std::int64_t step = 0;
        for (const auto& c : RunDirectory(runPath(i)).checkpoints())
            step = std::max(step, c.step);
        return step;
    }

    void writeManifest() const {
        json arms_ = json::array();
        for (const auto& a : arms)
            arms_.push_back({{"label", a.label},
                             {"source", a.transfer.source},
                             {"g", a.transfer.generator},
                             {"d", a.transfer.discriminator},
                             {"run", a.runDir}});
        const json j = {{"format", 1},
                        {"target", json::parse(toJson(target))},
                        {"chunk_steps", chunkSteps},
                        {"arms", arms_}};
        writeText((fs::path(dir) / "compare.json").string(), j.dump(2) + "\n");
        writeText((fs::path(dir) / "prediction.json").string(), toJson(prediction) + "\n");
    }
};

SourceComparison::SourceComparison(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
SourceComparison::SourceComparison(SourceComparison&&) noexcept = default;
SourceComparison& SourceComparison::operator=(SourceComparison&&) noexcept = default;
SourceComparison::~SourceComparison() = default;

SourceComparison SourceComparison::create(const CompareSpec& spec, const std::string& dir,
                                          const ProgressCallback& progress, std::stop_token stop) {
    auto impl = std::make_unique<Impl>();
    impl->dir = dir;
    impl->arms = planArms(spec);
    impl->chunkSteps = std::max(1, spec.chunkSteps);
    impl->target = spec.target;
    impl->target.transfer = {};
    // One schedule for all: evaluations by step (never by time, never skipped: budget 1).
    TrainConfig& t = impl->target;
    if (t.evalEvery <= 0)
        t.evalEvery = static_cast<int>(std::max<std::int64_t>(1, t.steps / 10));
    t.evalEveryMinutes = 0;
    t.evalBudget = 1.0;
    if (fs::exists(dir) && !fs::is_empty(dir))
        throw Error(ErrorKind::Usage, dir, "the comparison folder exists and is not empty");
    fs::create_directories(fs::path(dir) / "runs");
    try {
        if (t.eval.features == "classifier") { // one classifier for every arm and the ranking
            const ClassifierSettings cs = classifierSettingsFor(t);
            const auto path = fs::absolute(fs::path(dir) / "classifier.pt").string();
            if (progress)
                progress(0.0, "training the comparison's classifier");
            trainClassifier(cs, path, {}, stop);
            t.eval.features = "classifier:" + path;
        }
        if (!spec.sources.empty()) {
            RankSettings rs = spec.ranking;
            if (rs.features.empty())
                rs.features = t.eval.features;
            rs.seed = t.seed;
            if (progress)
                progress(0.05, "ranking the sources before training");
            impl->prediction = rankSources(t, spec.sources, rs, stop);
        }
        impl->writeManifest();
        for (std::size_t i = 0; i < impl->arms.size(); ++i) {
            if (progress)
                progress(0.1 + 0.9 * double(i) / double(impl->arms.size()),
                         "creating " + impl->arms[i].label);
            TrainConfig armConfig = t;
            armConfig.transfer = impl->arms[i].transfer;
            impl->runs.emplace_back(TrainingRun::create(armConfig, impl->runPath(i), {}, stop));
        }
    } catch (...) {
        std::error_code ec; // nothing half-made stays behind
        impl->runs.clear();
        fs::remove_all(dir, ec);
        throw;
    }
    return SourceComparison(std::move(impl));
}

SourceComparison SourceComparison::open(const std::string& dir) {
    const auto manifest = (fs::path(dir) / "compare.json").string();
    if (!fs::exists(manifest))
        throw Error(ErrorKind::Usage, dir, "not a source comparison (no compare.json)");
    auto impl = std::make_unique<Impl>();
    impl->dir = dir;
    try {
        const json j = json::parse(readTextFile(manifest));
        impl->target = trainConfigFromJson(j.at("target").dump(), manifest);
        impl->chunkSteps = j.at("chunk_steps");
        for (const auto& a : j.at("arms")) {
            CompareArm arm;
            arm.label = a.at("label");
            arm.transfer.source = a.at("source");
            arm.transfer.generator = a.at("g");
            arm.transfer.discriminator = a.at("d");
            arm.runDir = a.at("run");
            impl->arms.push_back(arm);
        }
    } catch (const json::exception& e) {
        throw Error(ErrorKind::Data, manifest, std::string("invalid comparison file: ") + e.what());
    }
    const auto prediction = (fs::path(dir) / "prediction.json").string();
    if (fs::exists(prediction))
        impl->prediction = sourceRankingFromJson(readTextFile(prediction), prediction);
    impl->runs.resize(impl->arms.size());
    return SourceComparison(std::move(impl));
}

const std::string& SourceComparison::dir() const {
    return m_impl->dir;
}
const TrainConfig& SourceComparison::target() const {
    return m_impl->target;
}
const std::vector<CompareArm>& SourceComparison::arms() const {
    return m_impl->arms;
}
const SourceRanking& SourceComparison::prediction() const {
    return m_impl->prediction;
}

std::vector<std::int64_t> SourceComparison::armSteps() const {
    std::vector<std::int64_t> steps;
    for (std::size_t i = 0; i < m_impl->arms.size(); ++i)
        steps.push_back(m_impl->stepOf(i));
    return steps;
}

bool SourceComparison::finished() const {
    for (std::size_t i = 0; i < m_impl->arms.size(); ++i) {
        const bool done = m_impl->runs[i] ? m_impl->runs[i]->finished() // evaluations included
                                          : m_impl->stepOf(i) >= m_impl->target.steps;
        if (!done)
            return false;
    }
    return true;
}

bool SourceComparison::advance(std::stop_token stop) {
    bool any = false;
    for (std::size_t i = 0; i < m_impl->arms.size() && !stop.stop_requested(); ++i) {
        TrainingRun& run = m_impl->run(i);
        if (run.finished())
            continue;
        run.train(run.step() + m_impl->chunkSteps, stop);
        if (run.collapse())
            throw Error(ErrorKind::Training, run.runDir(),
                        m_impl->arms[i].label + " collapsed at step " +
                            std::to_string(run.collapse()->step) + ": " + run.collapse()->reason);
        any = true;
    }
    if (stop.stop_requested())
        saveCheckpoints();
    return any && !finished();
}

void SourceComparison::train(std::stop_token stop, const std::function<void()>& afterRound) {
    while (!stop.stop_requested() && !finished()) {
        advance(stop);
        if (afterRound)
            afterRound();
    }
    if (stop.stop_requested())
        saveCheckpoints(); // every arm resumes where it stopped
}

void SourceComparison::saveCheckpoints() {
    auto& saved = m_impl->savedAt;
    saved.resize(m_impl->runs.size(), -1);
    for (std::size_t i = 0; i < m_impl->runs.size(); ++i) {
        auto& run = m_impl->runs[i];
        if (run && run->step() > 0 && run->step() != saved[i] && !run->collapse()) {
            run->saveCheckpoint();
            saved[i] = run->step();
        }
    }
}

std::vector<CompareCurve> SourceComparison::curves() const {
    std::vector<CompareCurve> out;
    for (std::size_t i = 0; i < m_impl->arms.size(); ++i) {
        const auto history = readMetricsHistory(m_impl->runPath(i));
        for (const auto& s : history.series)
            out.push_back({m_impl->arms[i].label, s.name, s.steps, s.values});
    }
    return out;
}

std::string SourceComparison::rankingMetric() const {
    std::string best;
    for (const auto& c : curves())
        if (isRankable(c.metric) && !c.values.empty() &&
            (best.empty() || rankPreference(c.metric) < rankPreference(best)))
            best = c.metric;
    return best;
}

std::vector<CompareRow> SourceComparison::ranking() const {
    const auto all = curves();
    const auto metric = rankingMetric();
    std::vector<CompareRow> rows;
    for (const auto& arm : m_impl->arms) {
        CompareRow row;
        row.arm = arm.label;
        row.source = arm.transfer.source;
        for (const auto& s : m_impl->prediction.scores)
            if (arm.transfer.active() && s.source == arm.transfer.source)
                row.predictedRank = s.predictedRank;
        row.value = std::nan("");
        for (const auto& c : all) {
            if (c.arm != arm.label || c.values.empty() || !isRankable(c.metric))
                continue;
            row.finals.emplace_back(c.metric, c.values.back());
            if (c.metric == metric)
                row.value = c.values.back();
        }
        rows.push_back(row);
    }
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double va = rankKey(metric, rows[a].value), vb = rankKey(metric, rows[b].value);
        if (std::isnan(va) != std::isnan(vb))
            return std::isnan(vb);
        return va < vb;
    });
    int rank = 0;
    for (auto i : order)
        if (!std::isnan(rows[i].value))
            rows[i].achievedRank = ++rank;
    std::vector<CompareRow> sorted;
    for (auto i : order)
        sorted.push_back(rows[i]);
    return sorted;
}

std::vector<std::int64_t> SourceComparison::sampleSteps() const {
    std::optional<std::set<std::int64_t>> common;
    for (std::size_t i = 0; i < m_impl->arms.size(); ++i) {
        std::set<std::int64_t> steps;
        const auto samples = fs::path(m_impl->runPath(i)) / "samples";
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(samples, ec)) {
            const auto name = e.path().stem().string(); // step-000200
            if (e.path().extension() == ".png" && name.rfind("step-", 0) == 0)
                steps.insert(std::stoll(name.substr(5)));
        }
        if (!common) {
            common = steps;
        } else {
            std::set<std::int64_t> both;
            std::set_intersection(common->begin(), common->end(), steps.begin(), steps.end(),
                                  std::inserter(both, both.begin()));
            common = both;
        }
    }
    return common ? std::vector<std::int64_t>(common->begin(), common->end())
                  : std::vector<std::int64_t>{};
}

Image SourceComparison::armGrid(std::size_t arm, std::int64_t step) const {
    return readImage(RunDirectory(m_impl->runPath(arm)).samplePath(step));
}

Image SourceComparison::sideBySide(std::int64_t step) const {
    std::vector<cv::Mat> grids;
    int height = 0;
    for (std::size_t i = 0; i < m_impl->arms.size(); ++i) {
        grids.push_back(toMat(armGrid(i, step)));
        height = std::max(height, grids.back().rows);
    }
    constexpr int kHeader = 28, kGap = 8;
    int width = kGap;
    for (const auto& g : grids)
        width += g.cols + kGap;
    cv::Mat canvas(height + kHeader + kGap, width, CV_8UC3, cv::Scalar(255, 255, 255));
    int x = kGap;
    for (std::size_t i = 0; i < grids.size(); ++i) {
        // Hershey fonts are ASCII: "←" becomes "<-" in the image.
        std::string label = m_impl->arms[i].label;
        if (const auto p = label.find("←"); p != std::string::npos)
            label.replace(p, std::string("←").size(), "<-");
        const double scale = std::min(0.5, 0.9 * grids[i].cols / (9.0 * label.size() + 1));
        cv::putText(canvas, label, {x, kHeader - 9}, cv::FONT_HERSHEY_SIMPLEX, scale,
                    cv::Scalar(0, 0, 0), 1, cv::LINE_AA);
        grids[i].copyTo(canvas(cv::Rect(x, kHeader, grids[i].cols, grids[i].rows)));
        x += grids[i].cols + kGap;
    }
    Image out;
    out.width = canvas.cols;
    out.height = canvas.rows;
    out.channels = 3;
    out.pixels.assign(canvas.data, canvas.data + canvas.total() * 3);
    return out;
}

void SourceComparison::exportPng(const std::string& path, std::int64_t step) const {
    writePng(sideBySide(step), path);
}

void SourceComparison::exportCsv(const std::string& path) const {
    std::ostringstream out;
    out << "arm,metric,step,value\n";
    for (const auto& c : curves())
        for (std::size_t i = 0; i < c.steps.size(); ++i)
            out << '"' << c.arm << "\",\"" << c.metric << "\"," << c.steps[i] << ','
                << (std::isfinite(c.values[i]) ? std::to_string(c.values[i]) : "") << '\n';
    writeText(path, out.str());
}

void SourceComparison::exportJson(const std::string& path) const {
    auto num = [](double v) { return std::isfinite(v) ? json(v) : json(nullptr); };
    json arms = json::array();
    const auto all = curves();
    for (const auto& a : m_impl->arms) {
        json curves = json::object();
        for (const auto& c : all)
            if (c.arm == a.label) {
                json points = json::array();
                for (std::size_t i = 0; i < c.steps.size(); ++i)
                    points.push_back({c.steps[i], num(c.values[i])});
                curves[c.metric] = points;
            }
        arms.push_back({{"label", a.label},
                        {"source", a.transfer.source},
                        {"g", a.transfer.generator},
                        {"d", a.transfer.discriminator},
                        {"run", a.runDir},
                        {"curves", curves}});
    }
    json ranking = json::array();
    for (const auto& r : this->ranking()) {
        json finals = json::object();
        for (const auto& [k, v] : r.finals)
            finals[k] = num(v);
        ranking.push_back({{"arm", r.arm},
                           {"predicted_rank", r.predictedRank},
                           {"achieved_rank", r.achievedRank},
                           {"value", num(r.value)},
                           {"finals", finals}});
    }
    const json j = {{"target", json::parse(toJson(m_impl->target))},
                    {"ranking_metric", rankingMetric()},
                    {"arms", arms},
                    {"prediction", json::parse(toJson(m_impl->prediction))},
                    {"ranking", ranking}};
    writeText(path, j.dump(2) + "\n");
}

} // namespace ganlab
