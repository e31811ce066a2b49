// ganlab-cli study: a seed paper's experiment as one command — arms trained interleaved, the
// analysis, and report.md with its figure, table, commands and how far to trust it.
#include "api/error.h"
#include "api/study.h"
#include "cli/common_options.h"
#include "cli/interrupt.h"
#include "cli/verb.h"

#include <cstdio>
#include <filesystem>

namespace fs = std::filesystem;

namespace ganlab::cli {
namespace {

struct StudyOptions {
    StudySpec spec;
    std::string classes, sourceClasses, out;
    std::vector<std::string> sets;
    int threads = 1;
};

std::string studyList() {
    std::string out;
    for (const auto& s : studies())
        out += "  " + s.name + std::string(s.name.size() < 12 ? 12 - s.name.size() : 1, ' ') +
               s.paper + ": " + s.description + "\n";
    return out;
}

int runStudy(StudyOptions& o) {
    applyThreads(o.threads);
    StudySpec& spec = o.spec;
    spec.classes = splitList(o.classes);
    spec.sourceClasses = splitList(o.sourceClasses);
    for (const auto& s : o.sets) {
        const auto eq = s.find('=');
        if (eq == std::string::npos || eq == 0)
            throw Error(ErrorKind::Usage, {},
                        plainText("--set takes KEY=VALUE (a train setting), not \"" + s + "\""));
        spec.settings.emplace_back(s.substr(0, eq), s.substr(eq + 1));
    }
    const auto progress = [](double f, const std::string& m) {
        std::fprintf(stderr, "[%3.0f%%] %s\n", f * 100, m.c_str());
    };
    InterruptWatch interrupt; // Ctrl-C stops within a step; every run is saved
    Study study = [&] {
        if (fs::exists(fs::path(o.out) / "study.json")) {
            Study s = Study::open(o.out);
            if (s.spec().study != spec.study)
                throw Error(ErrorKind::Usage, o.out,
                            message(MessageCode::StudyOtherKind, s.spec().study, spec.study));
            std::printf("resuming the %s study in %s (its own settings; the options given now "
                        "are not applied)\n",
                        spec.study.c_str(), o.out.c_str());
            return s;
        }
        findStudy(spec.study); // an unknown name is refused before anything is read
        return Study::create(spec, o.out, progress, interrupt.token());
    }();
    std::printf("%s\n", study.command().c_str());
    std::fflush(stdout);
    study.run(interrupt.token(), {}, progress);
    if (!study.finished()) {
        std::printf("stopped; continue with: %s\n", study.command().c_str());
        return kInterrupted;
    }
    const StudyResults r = study.results();
    std::printf("\n");
    for (const auto& f : r.findings)
        std::printf("%s\n\n", f.c_str());
    for (const auto& c : r.collapsed)
        std::printf("MODE COLLAPSE: %s\n", c.c_str());
    std::printf("features: %s\n%s\n\nreport: %s\n", r.features.c_str(), r.trust.c_str(),
                study.reportPath().c_str());
    return kOk;
}

Verb studyVerb() {
    return {
        "study", "rerun a seed paper's experiment: truncation, growing, projected, acgan, transfer",
        [](CLI::App& app) {
            app.description(
                "Run one of the seed papers' headline experiments on your data as ordinary "
                "runs in one folder (trained interleaved; resumable: run the same command again "
                "after a stop), then write DIR/report.md with its figure (figure.png), samples "
                "(samples.png), table (results.csv, results.json), the command, the feature "
                "network behind every number, what the result shows and how far to trust it. "
                "--budget is the wall time the arms' training shares (their steps are fitted "
                "to it by timing a few steps of each).");
            app.footer("Studies:\n" + studyList());
            auto o = std::make_shared<StudyOptions>();
            auto& s = o->spec;
            app.add_option("NAME", s.study, "truncation, growing, projected, acgan or transfer")
                ->required();
            app.add_option("--data", s.dataPath,
                           "the dataset the arms train on (default fashion-mnist)")
                ->type_name("PATH");
            app.add_option("--classes", o->classes, "only these classes (comma-separated)")
                ->type_name("LIST");
            app.add_option("--max-images", s.maxImages, "at most N images (0: all)")
                ->type_name("N")
                ->check(CLI::Range(0, 1'000'000'000));
            app.add_option("--run", s.run,
                           "truncation: the trained run; acgan: a trained conditional run "
                           "instead of training one")
                ->type_name("RUN");
            app.add_option("--source", s.sources,
                           "transfer: a pretrained run or checkpoint (repeatable)")
                ->type_name("RUN")
                ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
            app.add_option("--source-data", s.sourceData,
                           "transfer without --source: train a source on this dataset first")
                ->type_name("PATH");
            app.add_option("--source-classes", o->sourceClasses,
                           "… of these classes (comma-separated)")
                ->type_name("LIST");
            app.add_option("--setting", s.setting,
                           "transfer: dcgan (the cpu-quick DCGAN, default) or paper (ResNet "
                           "WGAN-GP with a LayerNorm critic, at a CPU width)")
                ->type_name("NAME")
                ->check(CLI::IsMember({"dcgan", "paper"}));
            app.add_option("--budget", s.budgetMinutes,
                           "minutes of wall time for the arms' training (default 10)")
                ->type_name("MIN")
                ->check(CLI::PositiveNumber);
            app.add_option("--features", s.features,
                           "network behind FD/KID/precision/recall (default: a classifier the "
                           "study trains when labelled, else random)")
                ->type_name("NET");
            app.add_option("--reals", s.reals, "the real images evaluations compare with")
                ->type_name("DATA");
            app.add_option("--eval-samples", s.evalSamples,
                           "generated samples per evaluation (default: the study's choice)")
                ->type_name("N")
                ->check(CLI::Range(10, 100000));
            app.add_option("--seed", s.seed, "random seed of every arm (default 1)")
                ->type_name("N");
            app.add_option("--set", o->sets,
                           "a train setting for every arm, e.g. --set width=0.25 (repeatable)")
                ->type_name("KEY=VALUE")
                ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
            app.add_option("--out", o->out, "the study folder (an existing one resumes)")
                ->type_name("DIR")
                ->required();
            addThreadsOption(app, o->threads);
            return [o] { return runStudy(*o); };
        }};
}

} // namespace

std::vector<Verb> studyVerbs() {
    return {studyVerb()};
}

} // namespace ganlab::cli
