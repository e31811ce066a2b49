// Study: a folder (study.json, classifier.pt, source/, comparison/, analysis.json, the report)
// taken through its stages — classifier, source, arms, analysis, report — each resumable from
// what the folder already holds.
#include "api/study.h"

#include "api/classifier.h"
#include "api/error.h"
#include "api/presets.h"
#include "api/settings.h"
#include "api/training_run.h"
#include "study/study_budget.h"
#include "study/study_kind.h"
#include "study/study_report.h"
#include "transfer/compare_manifest.h"
#include "util/atomic_file.h"
#include "util/text_file.h"

#include <algorithm>
#include <filesystem>
#include <optional>

namespace fs = std::filesystem;
using nlohmann::json;

namespace ganlab {
namespace {

constexpr const char* kManifest = "study.json";
constexpr const char* kAnalysis = "analysis.json";

json specToJson(const StudySpec& s) {
    return {{"study", s.study},
            {"data", s.dataPath},
            {"classes", s.classes},
            {"max_images", s.maxImages},
            {"run", s.run},
            {"sources", s.sources},
            {"source_data", s.sourceData},
            {"source_classes", s.sourceClasses},
            {"setting", s.setting},
            {"budget_minutes", s.budgetMinutes},
            {"features", s.features},
            {"reals", s.reals},
            {"eval_samples", s.evalSamples},
            {"seed", s.seed},
            {"settings", s.settings}};
}

StudySpec specFromJson(const json& j) {
    StudySpec s;
    s.study = j.at("study");
    s.dataPath = j.at("data");
    s.classes = j.at("classes").get<std::vector<std::string>>();
    s.maxImages = j.at("max_images");
    s.run = j.at("run");
    s.sources = j.at("sources").get<std::vector<std::string>>();
    s.sourceData = j.at("source_data");
    s.sourceClasses = j.at("source_classes").get<std::vector<std::string>>();
    s.setting = j.at("setting");
    s.budgetMinutes = j.at("budget_minutes");
    s.features = j.at("features");
    s.reals = j.at("reals");
    s.evalSamples = j.at("eval_samples");
    s.seed = j.at("seed");
    s.settings = j.at("settings").get<std::vector<std::pair<std::string, std::string>>>();
    return s;
}

std::string quoted(const std::string& text) {
    if (!text.empty() && text.find_first_of(" \t'\"\\$`!*?()[]{};&|<>~#") == std::string::npos)
        return text;
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items)
        out += (out.empty() ? "" : ",") + i;
    return out;
}

// The dataset the study's arms (or its run) train on, as a run reads it.
DatasetInfo studyDataset(const StudySpec& spec, const StudyInfo& info) {
    TrainConfig c;
    if (info.needsRun) {
        if (spec.run.empty())
            throw Error(ErrorKind::Usage, {}, message(MessageCode::StudyNeedsRun, info.name));
        c = readRunConfig(spec.run);
    } else {
        c.dataPath = spec.dataPath;
        c.classes = spec.classes;
        c.maxImages = spec.maxImages;
    }
    DatasetInfo data = inspectDataset(c);
    if (!c.classes.empty())
        data.classNames = c.classes; // a run of these classes is labelled by them alone
    if (info.needsLabels && data.classNames.size() < 2)
        throw Error(ErrorKind::Usage, data.path, message(MessageCode::StudyNeedsLabels, info.name));
    return data;
}

// The study's classifier: behind "classifier" features and class accuracy (labelled data only),
// trained once in the study folder on the dataset the arms use; its steps scale with the budget.
void trainStudyClassifier(const StudyState& state, const DatasetInfo& data, std::stop_token stop) {
    const auto path = state.path("classifier.pt");
    if (fs::exists(path) || data.classNames.size() < 2 || !state.spec.features.empty())
        return;
    TrainConfig c = state.plan.target;
    if (state.spec.reals.empty() == false && c.dataPath.empty())
        c.dataPath = state.spec.reals;
    ClassifierSettings s = classifierSettingsFor(c);
    s.steps = static_cast<int>(std::clamp(state.spec.budgetMinutes * 160, 60.0, 800.0));
    s.seed = state.spec.seed;
    if (state.progress)
        state.progress(0.0, message(MessageCode::StudyPretraining, "classifier", s.steps).text());
    trainClassifier(s, path, {}, stop);
}

// The feature network as the numbers are named with it ("random", "classifier:shapes"), and the
// file behind a classifier's.
std::string networkName(const StudyState& state, const CompareResults& arms) {
    std::string network;
    for (const auto& c : arms.curves)
        if (network.empty() && c.series.kind == SeriesKind::Evaluation && c.series.metric == "fd") {
            const auto& n = c.series.name; // FD[classifier:shapes]
            const auto open = n.find('['), close = n.rfind(']');
            if (open != std::string::npos && close > open)
                network = n.substr(open + 1, close - open - 1);
        }
    if (network.empty() && state.analysis.is_object())
        for (const auto& rows :
             {state.analysis.value("results", json::array()),
              state.analysis.contains("points") && !state.analysis["points"].empty()
                  ? state.analysis["points"][0].value("results", json::array())
                  : json::array()})
            for (const auto& row : rows)
                if (network.empty() && row.value("metric", "") == "fd")
                    network = row.value("network", "");
    const FeatureSpec spec = state.features();
    if (network.empty())
        network = spec.source == FeatureSource::ClassifierFile ? "classifier" : spec.text();
    if (spec.source == FeatureSource::ClassifierFile)
        network += " (" +
                   (spec.path == state.classifier ? std::string("the study's classifier, ")
                                                  : std::string()) +
                   fs::path(spec.path).filename().string() + ")";
    return network;
}

} // namespace

std::string StudyState::path(const std::string& relative) const {
    return fs::absolute(fs::path(dir) / relative).lexically_normal().string();
}

FeatureSpec StudyState::features() const {
    if (!spec.features.empty()) {
        const auto parsed = parseFeatureSpec(spec.features, FeatureUse::Evaluation);
        if (const auto* f = std::get_if<FeatureSpec>(&parsed))
            return *f;
        throw Error(ErrorKind::Usage, spec.features, std::get<Message>(parsed));
    }
    if (!classifier.empty() && fs::exists(classifier))
        return {FeatureSource::ClassifierFile, classifier};
    return {};
}

std::string StudyState::runDirOf(std::size_t arm) const {
    return (fs::path(dir) / "comparison" / plan.arms.at(arm).runDir).string();
}

struct Study::Impl {
    StudyState state;
    std::int64_t steps = 0;
    std::optional<SourceComparison> comparison;

    const StudyKind& kind() const { return findStudyKind(state.spec.study); }
    std::string comparisonDir() const { return state.path("comparison"); }
    std::string sourceDir() const { return state.path("source"); }

    void writeManifest() const {
        json arms = json::array();
        for (const auto& a : state.plan.arms)
            arms.push_back(armToJson(a));
        const json j = {
            {"format", 1},
            {"spec", specToJson(state.spec)},
            {"steps", steps},
            {"trains", state.plan.trains},
            {"target", json::parse(toJson(state.plan.target))},
            {"arms", arms},
            {"source", state.plan.source ? json::parse(toJson(*state.plan.source)) : json()}};
        writeFileAtomically(state.path(kManifest),
                            [&](std::ostream& out) { out << j.dump(2) << '\n'; });
    }

    void readManifest() {
        const auto path = state.path(kManifest);
        if (!fs::exists(path))
            throw Error(ErrorKind::Usage, state.dir, message(MessageCode::StudyNotAStudy));
        try {
            const json j = json::parse(readTextFile(path));
            state.spec = specFromJson(j.at("spec"));
            steps = j.at("steps");
            state.plan.trains = j.at("trains");
            state.plan.target = trainConfigFromJson(j.at("target").dump(), path);
            for (const auto& a : j.at("arms"))
                state.plan.arms.push_back(armFromJson(a));
            if (!j.at("source").is_null())
                state.plan.source = trainConfigFromJson(j.at("source").dump(), path);
        } catch (const json::exception& e) {
            throw Error(ErrorKind::Data, path,
                        message(MessageCode::InvalidJson, "study file", jsonErrorText(e)));
        }
        state.classifier = state.path("classifier.pt");
        const auto analysis = state.path(kAnalysis);
        if (fs::exists(analysis))
            state.analysis = json::parse(readTextFile(analysis));
        if (fs::exists(fs::path(comparisonDir()) / "compare.json"))
            comparison.emplace(SourceComparison::open(comparisonDir()));
        state.comparison = comparison ? &*comparison : nullptr;
    }

    // The arms' comparison, made on first training: the evaluation network is known by then.
    void ensureComparison(std::stop_token stop) {
        if (comparison || !state.plan.trains)
            return;
        CompareSpec c;
        c.target = state.plan.target;
        c.target.eval.features = state.features();
        c.chunkSteps = std::max<int>(1, static_cast<int>(steps / 12));
        if (state.spec.study == "transfer") {
            c.sources = state.spec.sources.empty() ? std::vector<std::string>{sourceDir()}
                                                   : state.spec.sources;
            c.scratch = true;
            c.combinations = true;
        } else {
            c.arms = state.plan.arms;
            c.scratch = false;
        }
        comparison.emplace(SourceComparison::create(c, comparisonDir(), state.progress, stop));
        state.comparison = &*comparison;
        state.plan.arms = comparison->arms(); // the transfer study's arms come from its sources
        writeManifest();
    }

    void pretrainSource(std::stop_token stop) {
        if (!state.plan.source)
            return;
        std::optional<TrainingRun> run;
        if (fs::exists(fs::path(sourceDir()) / "config.json"))
            run.emplace(TrainingRun::open(sourceDir()));
        else
            run.emplace(TrainingRun::create(*state.plan.source, sourceDir(), {}, stop));
        if (run->finished())
            return;
        if (state.progress)
            state.progress(
                0.0, message(MessageCode::StudyPretraining, "the source", state.plan.source->steps)
                         .text());
        run->train(state.plan.source->steps, stop);
        if (stop.stop_requested())
            run->saveCheckpoint();
    }
};

Study::Study(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
Study::Study(Study&&) noexcept = default;
Study& Study::operator=(Study&&) noexcept = default;
Study::~Study() = default;

Study Study::create(const StudySpec& spec, const std::string& dir, const ProgressCallback& progress,
                    std::stop_token stop) {
    const StudyKind& kind = findStudyKind(spec.study);
    if (!(spec.budgetMinutes > 0))
        throw Error(ErrorKind::Usage, {},
                    message(MessageCode::StudyBudget, formatNumber(spec.budgetMinutes)));
    if (fs::exists(fs::path(dir) / kManifest))
        throw Error(ErrorKind::Usage, dir, message(MessageCode::StudyFolderNotEmpty));
    if (fs::exists(dir) && !fs::is_empty(dir))
        throw Error(ErrorKind::Usage, dir, message(MessageCode::StudyFolderNotEmpty));
    const DatasetInfo data = studyDataset(spec, kind.info);

    auto impl = std::make_unique<Impl>();
    impl->state.dir = dir;
    impl->state.spec = spec;
    impl->state.progress = progress;
    impl->state.plan = kind.plan(spec, data, 100, {}); // refuses before anything is made
    fs::create_directories(dir);
    try {
        impl->state.classifier = impl->state.path("classifier.pt");
        trainStudyClassifier(impl->state, data, stop);
        // The classifier the arms may use (the projected D's features): the study's, or the one
        // --features names; a bad --features is refused here.
        const FeatureSpec features = impl->state.features();
        const std::string classifier =
            features.source == FeatureSource::ClassifierFile ? features.path : std::string();
        impl->state.plan = kind.plan(spec, data, 100, classifier);
        if (impl->state.plan.trains) {
            if (progress)
                progress(0.1, message(MessageCode::StudyCalibrating).text());
            impl->steps = fitStepsToBudget(impl->state, stop);
            impl->state.plan = kind.plan(spec, data, impl->steps, classifier);
        }
        impl->writeManifest();
    } catch (...) {
        std::error_code ec; // nothing half-made stays behind
        fs::remove_all(dir, ec);
        throw;
    }
    return Study(std::move(impl));
}

Study Study::open(const std::string& dir) {
    auto impl = std::make_unique<Impl>();
    impl->state.dir = dir;
    impl->readManifest();
    return Study(std::move(impl));
}

const std::string& Study::dir() const {
    return m_impl->state.dir;
}
const StudySpec& Study::spec() const {
    return m_impl->state.spec;
}
std::string Study::reportPath() const {
    return m_impl->state.path("report.md");
}
bool Study::finished() const {
    return fs::exists(reportPath()) && !m_impl->state.analysis.is_null();
}

std::string Study::command() const {
    const StudySpec& s = m_impl->state.spec;
    std::string c = "ganlab-cli study " + s.study;
    const auto add = [&](const char* option, const std::string& value) {
        if (!value.empty())
            c += std::string(" ") + option + " " + quoted(value);
    };
    if (!findStudy(s.study).needsRun)
        add("--data", s.dataPath);
    add("--classes", joined(s.classes));
    add("--max-images", s.maxImages ? std::to_string(s.maxImages) : "");
    add("--run", s.run);
    for (const auto& source : s.sources)
        add("--source", source);
    add("--source-data", s.sourceData);
    add("--source-classes", joined(s.sourceClasses));
    add("--setting", s.study == "transfer" ? s.setting : "");
    add("--budget", formatNumber(s.budgetMinutes));
    add("--features", s.features);
    add("--reals", s.reals);
    add("--eval-samples", s.evalSamples ? std::to_string(s.evalSamples) : "");
    add("--seed", s.seed != 1 ? std::to_string(s.seed) : "");
    for (const auto& [key, text] : s.settings)
        add("--set", key + "=" + text);
    add("--out", m_impl->state.dir);
    return c;
}

void Study::run(std::stop_token stop, const std::function<void(const StudyResults&)>& onUpdate,
                const ProgressCallback& progress) {
    Impl& impl = *m_impl;
    impl.state.progress = progress;
    const auto update = [&] {
        if (onUpdate)
            onUpdate(results());
    };
    impl.pretrainSource(stop);
    if (stop.stop_requested())
        return;
    impl.ensureComparison(stop);
    if (impl.comparison) {
        update();
        while (!stop.stop_requested() && !impl.comparison->finished()) {
            impl.comparison->advance(stop);
            if (progress) {
                std::int64_t done = 0;
                for (auto s : impl.comparison->armSteps())
                    done += s;
                const auto total = impl.steps * std::int64_t(impl.state.plan.arms.size());
                progress(total ? 0.9 * double(done) / double(total) : 0.0,
                         message(MessageCode::StudyTraining, done, total).text());
            }
            update();
        }
        if (stop.stop_requested()) {
            impl.comparison->saveCheckpoints();
            return;
        }
    }
    if (impl.state.analysis.is_null()) {
        json analysis = impl.kind().analyse(impl.state, stop);
        if (stop.stop_requested())
            return;
        writeFileAtomically(impl.state.path(kAnalysis),
                            [&](std::ostream& out) { out << analysis.dump(2) << '\n'; });
        impl.state.analysis = std::move(analysis);
    }
    StudyResults r = results();
    writeStudyReport(impl.state, r, command());
    r.phase = "done";
    if (progress)
        progress(1.0, message(MessageCode::StudyDone, reportPath()).text());
    if (onUpdate)
        onUpdate(r);
}

StudyResults Study::results() const {
    const StudyState& state = m_impl->state;
    StudyResults r;
    r.study = state.spec.study;
    if (state.comparison)
        r.arms = state.comparison->results();
    r.features = networkName(state, r.arms);
    r.phase = finished()                  ? "done"
              : !state.analysis.is_null() ? "reporting"
              : (state.comparison && state.comparison->finished()) || !state.plan.trains
                  ? "analysing"
                  : "training";
    m_impl->kind().present(state, r);
    flagCollapsedArms(state, r);
    r.trust = trustSentence(state, r.features);
    return r;
}

} // namespace ganlab
