// ganlab-cli eval and train-classifier: a table on the terminal, JSON/CSV files on request.
#include "api/classifier.h"
#include "api/error.h"
#include "api/settings.h"
#include "api/training_run.h"
#include "cli/common_options.h"
#include "cli/setting_options.h"
#include "cli/verb.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>

namespace ganlab::cli {
namespace {

std::string number(double v) {
    if (!std::isfinite(v))
        return "";
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", v);
    return text;
}

void writeJson(const std::string& path, const TrainingRun& run, const EvalSettings& settings,
               const std::vector<MetricResult>& results) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : results) {
        nlohmann::json row = {{"name", r.name},        {"metric", r.metric},
                              {"network", r.network},  {"step", r.step},
                              {"samples", r.samples},  {"seconds", r.seconds},
                              {"note", r.note.text()}, {"parent", r.parent}};
        row["value"] = std::isfinite(r.value) ? nlohmann::json(r.value) : nlohmann::json();
        row["stddev"] = std::isfinite(r.stddev) ? nlohmann::json(r.stddev) : nlohmann::json();
        rows.push_back(row);
    }
    const nlohmann::json doc = {{"run", run.runDir()},
                                {"step", run.step()},
                                {"features", settings.features.text()},
                                {"samples", settings.samples},
                                {"truncation", settings.truncation},
                                {"results", rows}};
    std::ofstream out(path);
    out << doc.dump(2) << '\n';
    if (!out)
        throw Error(ErrorKind::Io, path, message(MessageCode::WriteFailed));
}

void writeCsv(const std::string& path, const std::vector<MetricResult>& results) {
    std::ofstream out(path);
    out << metricCsvHeader() << '\n';
    for (const auto& r : results)
        out << metricCsvRow(r) << '\n';
    if (!out)
        throw Error(ErrorKind::Io, path, message(MessageCode::WriteFailed));
}

void printTable(const std::vector<MetricResult>& results) {
    std::size_t width = 6;
    for (const auto& r : results)
        width = std::max(width, r.name.size());
    std::printf("%-*s  %12s  %10s  %8s  %s\n", static_cast<int>(width), "metric", "value", "± std",
                "seconds", "note");
    for (const auto& r : results)
        std::printf("%-*s  %12s  %10s  %8.2f  %s\n", static_cast<int>(width), r.name.c_str(),
                    std::isfinite(r.value) ? number(r.value).c_str() : "—",
                    number(r.stddev).c_str(), r.seconds, r.note.text().c_str());
}

// The eval options are the evaluation settings of the table under their short names.
struct EvalOptions {
    std::string runDir, json, csv;
    std::string metrics, features, samples, iwSteps, seed, reals, truncation;
    int threads = 1;

    EvalSettings settings() const {
        TrainConfig c;
        std::vector<std::pair<std::string, std::string>> given;
        for (const auto& [key, text] : {std::pair{"eval_metrics", metrics},
                                        {"eval_features", features},
                                        {"eval_samples", samples},
                                        {"eval_iw_steps", iwSteps},
                                        {"eval_seed", seed},
                                        {"eval_reals", reals},
                                        {"eval_truncation", truncation}})
            if (!text.empty())
                given.emplace_back(key, text);
        auto problems = applySettingTexts(c, given);
        for (const auto& p : validateEvalSettings(c.eval))
            problems.push_back(p);
        if (!problems.empty())
            throw Error(ErrorKind::Usage, {}, message(MessageCode::InvalidConfiguration), problems);
        return c.eval;
    }
};

int evaluate(const EvalOptions& o) {
    applyThreads(o.threads);
    const EvalSettings settings = o.settings();
    TrainingRun run = TrainingRun::open(o.runDir, RunAccess::AppendResults);
    std::printf("evaluating %s at step %lld with %d samples, features %s%s\n", run.runDir().c_str(),
                static_cast<long long>(run.step()), settings.samples,
                settings.features.text().c_str(),
                settings.truncation > 0 ? (", truncation " + number(settings.truncation) +
                                           " (results named @t" + number(settings.truncation) + ")")
                                              .c_str()
                                        : "");
    const auto results = run.evaluate(settings);
    printTable(results);
    if (!o.json.empty())
        writeJson(o.json, run, settings, results);
    if (!o.csv.empty())
        writeCsv(o.csv, results);
    return kOk;
}

std::string metricList() {
    std::string out;
    for (const auto& m : registeredMetrics())
        out += "  " + m.name + ": " + m.description + "\n";
    return out;
}

Verb evalVerb() {
    return {"eval", "evaluate a run: FD, KID, IW, MS-SSIM, precision/recall, class accuracy",
            [](CLI::App& app) {
                app.description(
                    "Evaluate the run's EMA generator at its newest checkpoint. Every "
                    "feature-based number is named with its network, e.g. FD[random] — only "
                    "FD[inception:…] with the standard weights is comparable to papers' FID. "
                    "Results are also appended to RUN/metrics.jsonl and RUN/evaluations.csv.");
                app.footer("Metrics:\n" + metricList());
                auto o = std::make_shared<EvalOptions>();
                const auto help = [](const char* key) { return settingHelp(findSetting(key)); };
                app.add_option("RUN", o->runDir, "the run folder")->required();
                app.add_option("--metrics", o->metrics, help("eval_metrics") + " (default fd,kid)")
                    ->type_name("LIST");
                app.add_option("--features", o->features,
                               help("eval_features") + " (default random)")
                    ->type_name("NET");
                app.add_option("--n", o->samples, help("eval_samples") + " (default 1000)")
                    ->type_name("N");
                app.add_option("--iw-steps", o->iwSteps,
                               help("eval_iw_steps") + " (default 300; keep it fixed to compare)")
                    ->type_name("N");
                app.add_option("--seed", o->seed, help("eval_seed"))->type_name("N");
                app.add_option("--reals", o->reals, help("eval_reals"))->type_name("DATA");
                app.add_option("--truncation", o->truncation,
                               help("eval_truncation") + " (default none)")
                    ->type_name("T");
                app.add_option("--json", o->json, "write the results as JSON")->type_name("FILE");
                app.add_option("--csv", o->csv, "write the results as CSV")->type_name("FILE");
                addThreadsOption(app, o->threads);
                return [o] { return evaluate(*o); };
            }};
}

int trainClassifierNow(const ClassifierSettings& s, const std::string& out, int threads) {
    applyThreads(threads);
    const auto report = trainClassifier(s, out, [](double f, const std::string& m) {
        std::fprintf(stderr, "\r%3.0f%% %-60.60s", f * 100, m.c_str());
    });
    std::fprintf(stderr, "\r%-70s\r", "");
    std::printf("classifier \"%s\": %d classes, %lld training images, %d steps, held-out "
                "accuracy %.4f (%lld images), %.0f s\nwritten: %s\nuse: --features "
                "classifier:%s\n",
                report.name.c_str(), report.classes, static_cast<long long>(report.trainImages),
                report.steps, report.validationAccuracy,
                static_cast<long long>(report.validationImages), report.seconds,
                report.path.c_str(), report.path.c_str());
    return kOk;
}

Verb trainClassifierVerb() {
    struct Options {
        ClassifierSettings settings;
        std::string out;
        int threads = 1;
    };
    return {"train-classifier",
            "train the classifier behind \"classifier\" features and class accuracy",
            [](CLI::App& app) {
                app.description(
                    "Train ganlab's small CNN classifier on a labelled dataset (its training "
                    "split; the run split's 10 % is held out and scored). Use the file as "
                    "--features classifier:FILE, and for class accuracy.");
                auto o = std::make_shared<Options>();
                auto& s = o->settings;
                app.add_option("--data", s.dataPath,
                               "labelled dataset (class folders, IDX with labels, CIFAR, "
                               "\"fashion-mnist\")")
                    ->type_name("PATH")
                    ->required();
                app.add_option("--out", o->out, "classifier file to write (atomically)")
                    ->type_name("FILE")
                    ->required();
                app.add_option("--resolution", s.resolution, "image size (default 32)")
                    ->type_name("N")
                    ->check(CLI::Range(8, 256));
                app.add_option("--channels", s.channels, "1 or 3 (default: from the dataset)")
                    ->type_name("N")
                    ->check(CLI::IsMember({0, 1, 3}));
                app.add_option("--steps", s.steps,
                               "Adam steps (default 800, or 200 passes over a small dataset "
                               "where that is fewer)")
                    ->type_name("N")
                    ->check(CLI::Range(1, 100'000'000));
                app.add_option("--batch", s.batchSize, "batch size (default 128)")
                    ->type_name("N")
                    ->check(CLI::Range(2, 4096));
                app.add_option("--seed", s.seed, "random seed (default 1)")->type_name("N");
                addThreadsOption(app, o->threads);
                return [o] { return trainClassifierNow(o->settings, o->out, o->threads); };
            }};
}

} // namespace

std::vector<Verb> evalVerbs() {
    return {evalVerb(), trainClassifierVerb()};
}

} // namespace ganlab::cli
