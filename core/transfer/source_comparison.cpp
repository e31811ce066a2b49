// SourceComparison: arms as ordinary runs in one folder, trained round robin on one schedule; its
// results read every arm's metrics.jsonl once. Ranking and exports are comparison_ranking.cpp and
// comparison_export.cpp; the manifest is compare_manifest.cpp.
#include "api/source_comparison.h"

#include "api/classifier.h"
#include "api/error.h"
#include "api/settings.h"
#include "api/transfer.h"
#include "train/run_directory.h"
#include "transfer/compare_manifest.h"
#include "util/atomic_file.h"
#include "util/text_file.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

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
    std::vector<CompareArm> arms = spec.arms;
    auto add = [&](const std::string& label, const std::string& source, bool g, bool d) {
        arms.push_back({label, {source, g, d}, {}});
    };
    if (spec.scratch && spec.arms.empty())
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
        throw Error(ErrorKind::Usage, {}, message(MessageCode::ComparisonNeedsArm));
    for (std::size_t i = 0; i < arms.size(); ++i) {
        const auto number = std::to_string(i + 1);
        arms[i].runDir = "runs/" + std::string(number.size() < 2 ? "0" : "") + number + "-" +
                         slug(arms[i].label);
    }
    return arms;
}

// One schedule for all arms: evaluations by step (never by time, never skipped: budget 1).
TrainConfig sharedSchedule(TrainConfig t) {
    t.transfer = {};
    if (t.evalEvery <= 0)
        t.evalEvery = static_cast<int>(std::max<std::int64_t>(1, t.steps / 10));
    t.evalEveryMinutes = 0;
    t.evalBudget = 1.0;
    return t;
}

std::set<std::int64_t> sampleStepsOf(const std::string& runDir) {
    std::set<std::int64_t> steps;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(fs::path(runDir) / "samples", ec)) {
        const auto name = e.path().stem().string(); // step-000200
        if (e.path().extension() == ".png" && name.rfind("step-", 0) == 0)
            steps.insert(std::stoll(name.substr(5)));
    }
    return steps;
}

} // namespace

TrainConfig armConfigOf(const TrainConfig& target, const CompareArm& arm) {
    TrainConfig c = target;
    if (!arm.settings.empty()) {
        auto problems = applySettingTexts(c, arm.settings);
        for (auto& p : validateConfig(c))
            problems.push_back(std::move(p));
        if (!problems.empty())
            throw Error(ErrorKind::Usage, arm.label, message(MessageCode::InvalidConfiguration),
                        problems);
    }
    c.transfer = arm.transfer;
    return c;
}

struct SourceComparison::Impl {
    std::string dir;
    CompareManifest manifest;
    SourceRanking prediction;
    std::vector<std::optional<TrainingRun>> runs; // opened on first training
    std::vector<std::int64_t> savedAt;            // step of each arm's last saveCheckpoints()

    const std::vector<CompareArm>& arms() const { return manifest.arms; }
    std::string runPath(std::size_t i) const { return (fs::path(dir) / arms()[i].runDir).string(); }

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

    void writeFiles() const {
        writeCompareManifest(dir, manifest);
        writeFileAtomically((fs::path(dir) / "prediction.json").string(),
                            [&](std::ostream& out) { out << toJson(prediction) << '\n'; });
    }

    void prepare(const CompareSpec& spec, const ProgressCallback& progress, std::stop_token stop);
};

void SourceComparison::Impl::prepare(const CompareSpec& spec, const ProgressCallback& progress,
                                     std::stop_token stop) {
    const auto report = [&](double f, Message m) {
        if (progress)
            progress(f, m.text());
    };
    TrainConfig& t = manifest.target;
    if (t.eval.features.source == FeatureSource::RunClassifier) { // one for every arm and ranking
        const auto path = fs::absolute(fs::path(dir) / "classifier.pt").string();
        report(0.0, message(MessageCode::TrainingComparisonClassifier));
        trainClassifier(classifierSettingsFor(t), path, {}, stop);
        t.eval.features = {FeatureSource::ClassifierFile, path};
    }
    if (!spec.sources.empty()) {
        RankSettings rs = spec.ranking;
        if (spec.rankWithEvaluationFeatures)
            rs.features = t.eval.features;
        rs.seed = t.seed;
        report(0.05, message(MessageCode::RankingSources));
        prediction = rankSources(t, spec.sources, rs, stop);
    }
    writeFiles();
    for (std::size_t i = 0; i < arms().size(); ++i) {
        report(0.1 + 0.9 * double(i) / double(arms().size()),
               message(MessageCode::CreatingArm, arms()[i].label));
        TrainConfig armConfig = armConfigOf(t, arms()[i]);
        runs.emplace_back(TrainingRun::create(armConfig, runPath(i), {}, stop));
    }
}

SourceComparison::SourceComparison(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
SourceComparison::SourceComparison(SourceComparison&&) noexcept = default;
SourceComparison& SourceComparison::operator=(SourceComparison&&) noexcept = default;
SourceComparison::~SourceComparison() = default;

SourceComparison SourceComparison::create(const CompareSpec& spec, const std::string& dir,
                                          const ProgressCallback& progress, std::stop_token stop) {
    auto impl = std::make_unique<Impl>();
    impl->dir = dir;
    impl->manifest = {sharedSchedule(spec.target), std::max(1, spec.chunkSteps), planArms(spec)};
    if (fs::exists(dir) && !fs::is_empty(dir))
        throw Error(ErrorKind::Usage, dir, message(MessageCode::ComparisonFolderNotEmpty));
    fs::create_directories(fs::path(dir) / "runs");
    try {
        impl->prepare(spec, progress, stop);
    } catch (...) {
        std::error_code ec; // nothing half-made stays behind
        impl->runs.clear();
        fs::remove_all(dir, ec);
        throw;
    }
    return SourceComparison(std::move(impl));
}

SourceComparison SourceComparison::open(const std::string& dir) {
    auto impl = std::make_unique<Impl>();
    impl->dir = dir;
    impl->manifest = readCompareManifest(dir);
    const auto prediction = (fs::path(dir) / "prediction.json").string();
    if (fs::exists(prediction))
        impl->prediction = sourceRankingFromJson(readTextFile(prediction), prediction);
    impl->runs.resize(impl->arms().size());
    return SourceComparison(std::move(impl));
}

const std::string& SourceComparison::dir() const {
    return m_impl->dir;
}
const TrainConfig& SourceComparison::target() const {
    return m_impl->manifest.target;
}
const std::vector<CompareArm>& SourceComparison::arms() const {
    return m_impl->arms();
}
const SourceRanking& SourceComparison::prediction() const {
    return m_impl->prediction;
}

std::vector<std::int64_t> SourceComparison::armSteps() const {
    std::vector<std::int64_t> steps;
    for (std::size_t i = 0; i < arms().size(); ++i)
        steps.push_back(m_impl->stepOf(i));
    return steps;
}

bool SourceComparison::finished() const {
    for (std::size_t i = 0; i < arms().size(); ++i) {
        const bool done = m_impl->runs[i] ? m_impl->runs[i]->finished() // evaluations included
                                          : m_impl->stepOf(i) >= target().steps;
        if (!done)
            return false;
    }
    return true;
}

bool SourceComparison::advance(std::stop_token stop) {
    bool any = false;
    for (std::size_t i = 0; i < arms().size() && !stop.stop_requested(); ++i) {
        TrainingRun& run = m_impl->run(i);
        if (run.finished())
            continue;
        run.train(run.step() + m_impl->manifest.chunkSteps, stop);
        if (const auto& c = run.collapse())
            throw Error(
                ErrorKind::Training, run.runDir(),
                message(MessageCode::ArmCollapsed, arms()[i].label, c->step, c->reason.text()));
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

CompareResults SourceComparison::results() const {
    CompareResults r;
    r.armSteps = armSteps();
    r.totalSteps = target().steps;
    r.prediction = m_impl->prediction;
    std::optional<std::set<std::int64_t>> common;
    for (std::size_t i = 0; i < arms().size(); ++i) {
        r.arms.push_back(arms()[i].label);
        for (auto& s : readMetricsHistory(m_impl->runPath(i)).series)
            r.curves.push_back({arms()[i].label, std::move(s)});
        auto steps = sampleStepsOf(m_impl->runPath(i));
        if (common)
            std::erase_if(*common, [&](std::int64_t s) { return !steps.count(s); });
        else
            common = std::move(steps);
    }
    if (common)
        r.sampleSteps.assign(common->begin(), common->end());
    r.rankingMetric = rankingMetric(r.curves);
    r.ranking = rankArms(arms(), r.curves, r.prediction);
    return r;
}

Image SourceComparison::armGrid(std::size_t arm, std::int64_t step) const {
    return readImage(RunDirectory(m_impl->runPath(arm)).samplePath(step));
}

} // namespace ganlab
