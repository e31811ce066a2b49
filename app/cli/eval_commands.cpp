// ganlab-cli eval and train-classifier: a table on the terminal, JSON/CSV files on request.
#include "cli/eval_commands.h"

#include "api/classifier.h"
#include "api/error.h"
#include "api/training_run.h"
#include "cli/arguments.h"
#include "cli/commands.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>

namespace ganlab::cli {
namespace {

std::string evalHelp() {
    std::string h = R"(Usage: ganlab-cli eval RUN [options]

Evaluate the run's EMA generator at its newest checkpoint. Every feature-based number is named
with its network, e.g. FD[random] — only FD[inception:…] with the standard weights is comparable
to papers' FID. Results are also appended to RUN/metrics.jsonl and RUN/evaluations.csv.

  --metrics LIST     comma-separated (default fd,kid):
)";
    for (const auto& m : registeredMetrics())
        h += "                       " + m.name + ": " + m.description + "\n";
    h += R"(  --features NET     random (default; fixed-seed untrained CNN)
                     classifier (RUN/classifier.pt, trained on first use; labelled data)
                     classifier:FILE (from ganlab-cli train-classifier)
                     inception:FILE (TorchScript Inception-v3; see the README)
  --n N              generated samples (and real images) per metric (default 1000)
  --iw-steps N       critic steps of the IW critic (default 300; keep it fixed to compare runs)
  --seed N           sampling seed (default: from the run's seed and step)
  --json FILE        write the results as JSON
  --csv FILE         write the results as CSV
  --threads N        compute threads (default: all cores)
)";
    return h;
}

const char* kTrainClassifierHelp =
    R"(Usage: ganlab-cli train-classifier --data PATH --out FILE [options]

Train ganlab's small CNN classifier on a labelled dataset (its training split; the run split's
10 % is held out and scored). Use the file as --features classifier:FILE, and for class accuracy.

  --data PATH        labelled dataset (class folders, IDX with labels, CIFAR, "fashion-mnist")
  --out FILE         classifier file to write (atomically)
  --resolution N     image size (default 32)
  --channels N       1 or 3 (default: from the dataset)
  --steps N          Adam steps (default 800)
  --batch N          batch size (default 128)
  --seed N           random seed (default 1)
  --threads N        compute threads (default: all cores)
)";

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
        nlohmann::json row = {{"name", r.name}, {"metric", r.metric},   {"network", r.network},
                              {"step", r.step}, {"samples", r.samples}, {"seconds", r.seconds},
                              {"note", r.note}};
        row["value"] = std::isfinite(r.value) ? nlohmann::json(r.value) : nlohmann::json();
        row["stddev"] = std::isfinite(r.stddev) ? nlohmann::json(r.stddev) : nlohmann::json();
        rows.push_back(row);
    }
    const nlohmann::json doc = {{"run", run.runDir()},
                                {"step", run.step()},
                                {"features", settings.features},
                                {"samples", settings.samples},
                                {"results", rows}};
    std::ofstream out(path);
    out << doc.dump(2) << '\n';
    if (!out)
        throw Error(ErrorKind::Io, path, "cannot write the JSON results");
}

void writeCsv(const std::string& path, const std::vector<MetricResult>& results) {
    std::ofstream out(path);
    out << metricCsvHeader() << '\n';
    for (const auto& r : results)
        out << metricCsvRow(r) << '\n';
    if (!out)
        throw Error(ErrorKind::Io, path, "cannot write the CSV results");
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
                    number(r.stddev).c_str(), r.seconds, r.note.c_str());
}

} // namespace

int cmdEval(const std::vector<std::string>& args) {
    if (wantsHelp(args))
        return std::printf("%s", evalHelp().c_str()), kOk;
    const Arguments a(
        args, {"metrics", "features", "n", "iw-steps", "seed", "json", "csv", "threads"}, {});
    if (a.positional().size() != 1)
        throw Error(ErrorKind::Usage, {}, "eval takes one run folder (ganlab-cli eval RUN)");
    applyThreads(a);
    EvalSettings settings;
    if (auto v = a.get("metrics"))
        settings.metrics = splitList(*v);
    settings.features = a.get("features", settings.features);
    if (auto v = a.integer("n"))
        settings.samples = static_cast<int>(*v);
    if (auto v = a.integer("iw-steps"))
        settings.iwSteps = static_cast<int>(*v);
    if (auto v = a.integer("seed"))
        settings.seed = static_cast<std::uint64_t>(*v);
    if (const auto problems = validateEvalSettings(settings); !problems.empty())
        throw Error(ErrorKind::Usage, {}, problems.front());
    TrainingRun run = TrainingRun::open(a.positional().front());
    std::printf("evaluating %s at step %lld with %d samples, features %s\n", run.runDir().c_str(),
                static_cast<long long>(run.step()), settings.samples, settings.features.c_str());
    const auto results = run.evaluate(settings);
    printTable(results);
    if (auto path = a.get("json"))
        writeJson(*path, run, settings, results);
    if (auto path = a.get("csv"))
        writeCsv(*path, results);
    return kOk;
}

int cmdTrainClassifier(const std::vector<std::string>& args) {
    if (wantsHelp(args))
        return std::printf("%s", kTrainClassifierHelp), kOk;
    const Arguments a(
        args, {"data", "out", "resolution", "channels", "steps", "batch", "seed", "threads"}, {});
    const auto data = a.get("data"), out = a.get("out");
    if (!data || !out)
        throw Error(ErrorKind::Usage, {}, "--data PATH and --out FILE are required");
    applyThreads(a);
    ClassifierSettings s;
    s.dataPath = *data;
    if (auto v = a.integer("resolution"))
        s.resolution = static_cast<int>(*v);
    if (auto v = a.integer("channels"))
        s.channels = static_cast<int>(*v);
    if (auto v = a.integer("steps"))
        s.steps = static_cast<int>(*v);
    if (auto v = a.integer("batch"))
        s.batchSize = static_cast<int>(*v);
    if (auto v = a.integer("seed"))
        s.seed = static_cast<std::uint64_t>(*v);
    if (s.steps < 1 || s.batchSize < 2)
        throw Error(ErrorKind::Usage, {}, "--steps must be ≥ 1 and --batch ≥ 2");
    const auto report = trainClassifier(s, *out, [](double f, const std::string& m) {
        std::fprintf(stderr, "\r%3.0f%% %-60.60s", f * 100, m.c_str());
    });
    std::fprintf(stderr, "\r%-70s\r", "");
    std::printf("classifier \"%s\": %d classes, %lld training images, held-out accuracy %.4f "
                "(%lld images), %.0f s\nwritten: %s\nuse: --features classifier:%s\n",
                report.name.c_str(), report.classes, static_cast<long long>(report.trainImages),
                report.validationAccuracy, static_cast<long long>(report.validationImages),
                report.seconds, report.path.c_str(), report.path.c_str());
    return kOk;
}

} // namespace ganlab::cli
