// End-to-end tests of the real ganlab-cli binary: help, exit codes, train → sample → info.
#include "api/image.h"
#include "api/settings.h"
#include "support/decoded_animation.h"
#include "support/process.h"
#include "support/test_data.h"
#include "support/test_util.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

using Args = std::vector<std::string>;
using Result = ProcessResult; // exit code (-1 after a crash or the timeout), stdout, stderr
using namespace std::chrono_literals;

Result runCli(const Args& args, std::chrono::milliseconds timeout = 300s) {
    return runProcess(GANLAB_CLI_PATH, args, timeout);
}

// The arguments of every list, in order.
template <typename... More> Args concat(Args args, const More&... more) {
    (args.insert(args.end(), more.begin(), more.end()), ...);
    return args;
}

std::string readText(std::istream& in) {
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A JSON file's top-level object, or an empty object when it holds none.
nlohmann::json readJsonObject(std::istream& in) {
    auto doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    return doc.is_object() ? doc : nlohmann::json::object();
}

} // namespace

// The tests run in order on one folder: later ones use the runs that earlier ones made.
class TestCli : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        setenv("GANLAB_CACHE_DIR", (m_tmp / "cache").c_str(), 1);
        writeImageFolder(m_tmp / "data", 2, 10, 24, 3);
    }

    static inline TempDir m_tmp;
};

TEST_F(TestCli, helpForEveryVerb) {
    // The verbs come from the tool's own table, the same one its help and dispatch use.
    const Result list = runCli({"--list-verbs"});
    ASSERT_EQ(list.code, 0);
    std::istringstream names(list.out);
    std::vector<std::string> verbs;
    for (std::string verb; std::getline(names, verb);)
        verbs.push_back(verb);
    ASSERT_EQ(verbs.size(), 12u) << list.out;
    const Result main = runCli({"--help"});
    ASSERT_EQ(main.code, 0);
    for (const auto& verb : verbs) {
        ASSERT_TRUE(contains(main.out, "\n  " + verb + " ")) << verb;
        const Result r = runCli({verb, "--help"});
        ASSERT_EQ(r.code, 0) << verb;
        ASSERT_TRUE(contains(r.out, "Usage: ganlab-cli " + verb)) << verb;
    }
    // train's options are the settings table's: every setting with an option, with its help.
    const Result train = runCli({"train", "--help"});
    for (const auto& s : settings())
        if (!s.option.empty()) {
            ASSERT_TRUE(contains(train.out, "--" + s.option + " ")) << s.option;
            ASSERT_TRUE(contains(train.out, std::string(s.help).substr(0, 30))) << s.key;
        }
    for (const auto& shorthand : settingShorthands())
        ASSERT_TRUE(contains(train.out, "--" + shorthand.option + " ")) << shorthand.option;
    ASSERT_TRUE(contains(train.out, "dcgan") && contains(train.out, "resnet") &&
                contains(train.out, "wgan-gp"));
    ASSERT_TRUE(contains(train.out, "cpu-quick"));
    ASSERT_EQ(runCli({"--help"}).code, 0);
    const Result version = runCli({"--version"});
    ASSERT_EQ(version.code, 0);
    ASSERT_TRUE(contains(version.out, "ganlab-cli 0.")) << version.out;
    // The bash completion the package installs: every verb, each verb's options, the names.
    const Result completion = runCli({"--bash-completion"});
    ASSERT_EQ(completion.code, 0);
    for (const auto& verb : verbs)
        ASSERT_TRUE(contains(completion.out, "        " + verb + ") words='--")) << verb;
    ASSERT_TRUE(contains(completion.out, "--torchscript")) << completion.out;
    ASSERT_TRUE(contains(completion.out, "--model) words='biggan dcgan")) << completion.out;
    ASSERT_TRUE(contains(completion.out, "complete -o filenames")) << completion.out;
}

TEST_F(TestCli, usageErrorsExitTwo) {
    ASSERT_EQ(runCli({}).code, 2);
    ASSERT_EQ(runCli({"frobnicate"}).code, 2);
    const Result noData = runCli({"train"});
    ASSERT_EQ(noData.code, 2);
    ASSERT_TRUE(contains(noData.err, "--data"));
    const Result unknown = runCli({"train", "--data", "x", "--colour", "blue"});
    ASSERT_EQ(unknown.code, 2);
    ASSERT_TRUE(contains(unknown.err, "--colour"));
    const Result badNumber = runCli({"train", "--data", "x", "--steps", "many"});
    ASSERT_EQ(badNumber.code, 2);
    ASSERT_TRUE(contains(badNumber.err, "--steps"));
    const Result badModel = runCli(
        {"train", "--data", m_tmp / "data", "--model", "stylegan9", "--out", m_tmp / "never"});
    ASSERT_EQ(badModel.code, 2);
    ASSERT_TRUE(contains(badModel.err, "stylegan9"));
    // Every refused value is named at once, by its option, with the declared range — a number
    // its field cannot hold included (never narrowed to another value).
    const Result several = runCli({"train", "--data", m_tmp / "data", "--lr-g", "5", "--batch",
                                   "4294967298", "--out", m_tmp / "never"});
    ASSERT_EQ(several.code, 2);
    ASSERT_TRUE(contains(several.err, "--lr-g: must be above 0 and below 1, not 5")) << several.err;
    ASSERT_TRUE(contains(several.err, "--batch: must be from 2 to 4096, not 4294967298"))
        << several.err;
    ASSERT_FALSE(fs::exists(m_tmp / "never"));
}

TEST_F(TestCli, badDataExitsThreeNamingThePath) {
    writeBytes(m_tmp / "junk/a.png", {1, 2, 3});
    const std::string junk = m_tmp / "junk";
    const Result r = runCli({"train", "--data", junk, "--out", m_tmp / "junkrun"});
    ASSERT_EQ(r.code, 3);
    ASSERT_TRUE(contains(r.err, junk)) << r.err;
    ASSERT_FALSE(fs::exists(m_tmp / "junkrun"));
}

TEST_F(TestCli, trainSampleInfoEndToEnd) {
    const std::string run = m_tmp / "run";
    const Result t = runCli({"train",
                             "--data",
                             m_tmp / "data",
                             "--resolution",
                             "16",
                             "--steps",
                             "6",
                             "--seed",
                             "3",
                             "--width",
                             "0.125",
                             "--batch",
                             "8",
                             "--conditional",
                             "--checkpoint-every",
                             "3",
                             "--out",
                             run,
                             "--threads",
                             "2"});
    ASSERT_EQ(t.code, 0) << t.out + t.err;
    ASSERT_TRUE(contains(t.out, "finished 6 steps"));
    ASSERT_TRUE(fs::exists(m_tmp / "run/checkpoints/step-00000006.pt"));

    const std::string png = m_tmp / "grid.png";
    const Result s = runCli({"sample", run, "--out", png, "--per-class", "--cols", "5",
                             "--truncation", "0.7", "--padding", "3"});
    ASSERT_EQ(s.code, 0) << s.err;
    const Image grid = readImage(png);
    ASSERT_EQ(grid.width, 5 * 16 + 6 * 3);
    ASSERT_EQ(grid.height, 2 * 16 + 3 * 3);

    const Result info = runCli({"info", run});
    ASSERT_EQ(info.code, 0);
    ASSERT_TRUE(contains(info.out, "progress 6 / 6"));
    const Result data = runCli({"info", m_tmp / "data"});
    ASSERT_EQ(data.code, 0);
    ASSERT_TRUE(contains(data.out, "20 images"));
    ASSERT_TRUE(contains(data.out, "class0"));

    const Result again = runCli({"resume", run});
    ASSERT_EQ(again.code, 0);
    ASSERT_TRUE(contains(again.out, "already finished"));
    // This run is conditional with two classes: a class it does not have is refused as such.
    const Result classOutOfRange = runCli({"sample", run, "--out", png, "--class", "9"});
    ASSERT_EQ(classOutOfRange.code, 2);
    ASSERT_TRUE(contains(classOutOfRange.err, "class 9 is out of range 0–1"))
        << classOutOfRange.err;
}

TEST_F(TestCli, timelapseOfARun) {
    const std::string run = m_tmp / "timelapse-run";
    const Result t = runCli({"train", "--data", m_tmp / "data", "--resolution", "16", "--steps",
                             "6", "--sample-every", "2", "--width", "0.125", "--batch", "8",
                             "--eval-every", "0", "--out", run, "--threads", "2"});
    ASSERT_EQ(t.code, 0) << t.out + t.err;
    const std::string gif = m_tmp / "timelapse.gif", mp4 = m_tmp / "timelapse.mp4";
    const Result g = runCli({"timelapse", run, "--out", gif, "--fps", "10"});
    ASSERT_EQ(g.code, 0) << g.err;
    ASSERT_TRUE(contains(g.out, "3 frame(s), steps 2 to 6")) << g.out;
    const DecodedAnimation frames = decodeGif(gif);
    ASSERT_EQ(frames.error, "");
    ASSERT_EQ(frames.frames.size(), 3u);
    ASSERT_EQ(frames.delays.front(), 10);
    const Result m = runCli({"timelapse", run, "--out", mp4, "--from", "4", "--to", "6"});
    ASSERT_EQ(m.code, 0) << m.err;
    ASSERT_EQ(decodeMp4(mp4).frames.size(), 2u);
    const Result every = runCli({"timelapse", run, "--out", mp4, "--every", "2"}); // 2 and 6
    ASSERT_EQ(every.code, 0) << every.err;
    ASSERT_EQ(decodeMp4(mp4).frames.size(), 2u);
    // A damaged grid is left out and reported; the rest is written.
    const std::string damaged = run + "/samples/step-00000004.png";
    writeBytes(damaged, {0x89, 'P', 'N', 'G', 9, 9});
    const Result d = runCli({"timelapse", run, "--out", gif});
    ASSERT_EQ(d.code, 0) << d.err;
    ASSERT_TRUE(contains(d.err, "1 sample grid(s) could not be read")) << d.err;
    ASSERT_TRUE(contains(d.err, damaged)) << d.err;
    ASSERT_EQ(decodeGif(gif).frames.size(), 2u);
    // Refusals: the format (2), not a run (3), no grid in range (3), an unwritable file (1).
    const Result avi = runCli({"timelapse", run, "--out", m_tmp / "t.avi"});
    ASSERT_EQ(avi.code, 2);
    ASSERT_TRUE(contains(avi.err, "use .gif or .mp4")) << avi.err;
    ASSERT_EQ(runCli({"timelapse", run, "--out", gif, "--every", "0"}).code, 2);
    const Result notRun = runCli({"timelapse", m_tmp / "data", "--out", m_tmp / "t.gif"});
    ASSERT_EQ(notRun.code, 3);
    const Result none = runCli({"timelapse", run, "--out", m_tmp / "t.gif", "--from", "7"});
    ASSERT_EQ(none.code, 3);
    ASSERT_TRUE(contains(none.err, "has no sample grids between steps 7 and")) << none.err;
    const Result unwritable = runCli({"timelapse", run, "--out", gif + "/t.gif"});
    ASSERT_EQ(unwritable.code, 1);
    for (const char* name : {"t.avi", "t.gif"})
        ASSERT_FALSE(fs::exists(m_tmp / name)) << name;
}

TEST_F(TestCli, evalAndTrainClassifier) {
    const std::string run = m_tmp / "run"; // from the test above
    ASSERT_TRUE(fs::exists(m_tmp / "run/config.json"));
    const std::string json = m_tmp / "eval.json";
    const std::string csv = m_tmp / "eval.csv";
    const Result e = runCli({"eval", run, "--metrics", "fd,kid,pr,ms-ssim,iw,accuracy",
                             "--features", "classifier", "--n", "20", "--iw-steps", "10", "--json",
                             json, "--csv", csv, "--threads", "2"});
    ASSERT_EQ(e.code, 0) << e.out + e.err;
    for (const char* name :
         {"FD[classifier:data]", "KID[classifier:data]", "Precision[classifier:data]",
          "MS-SSIM (samples)", "MS-SSIM (real)", "IW", "Accuracy[classifier:data]"})
        ASSERT_TRUE(contains(e.out, name)) << name;
    ASSERT_TRUE(fs::exists(m_tmp / "run/classifier.pt")); // trained on first use, kept
    std::ifstream jsonFile(json);
    ASSERT_TRUE(jsonFile.is_open());
    const auto doc = readJsonObject(jsonFile);
    ASSERT_EQ(doc.value("step", 0), 6);
    ASSERT_EQ(doc.value("features", std::string()), "classifier");
    const auto results = doc.value("results", nlohmann::json::array());
    ASSERT_TRUE(results.size() >= 9);
    ASSERT_EQ(results[0].value("name", std::string()), "FD[classifier:data]");
    ASSERT_TRUE(results[0].value("value", 0.0) > 0);
    std::ifstream csvFile(csv);
    ASSERT_TRUE(csvFile.is_open());
    std::string header;
    std::getline(csvFile, header);
    ASSERT_TRUE(startsWith(header, "step,name,metric,network,value,stddev"));
    // The run's own files got the results too.
    std::ifstream evaluations(m_tmp / "run/evaluations.csv");
    ASSERT_TRUE(evaluations.is_open());
    ASSERT_TRUE(contains(readText(evaluations), "Accuracy[classifier:data]"));

    const std::string clf = m_tmp / "clf.pt";
    const Result c = runCli({"train-classifier", "--data", m_tmp / "data", "--out", clf,
                             "--resolution", "16", "--steps", "20", "--batch", "8"});
    ASSERT_EQ(c.code, 0) << c.out + c.err;
    ASSERT_TRUE(contains(c.out, "held-out accuracy"));
    ASSERT_TRUE(contains(c.out, "20 steps")) << c.out;
    const Result withFile =
        runCli({"eval", run, "--metrics", "fd", "--features", "classifier:" + clf, "--n", "20"});
    ASSERT_EQ(withFile.code, 0) << withFile.err;
    ASSERT_TRUE(contains(withFile.out, "FD[classifier:data]"));

    ASSERT_EQ(runCli({"eval", run, "--metrics", "fd,nope"}).code, 2);
    const Result missing =
        runCli({"eval", run, "--features", "inception:" + m_tmp.path() + "/none.pt"});
    ASSERT_EQ(missing.code, 2);
    ASSERT_TRUE(contains(missing.err, "none.pt"));
    writeImageFolder(m_tmp / "flat", 1, 6, 16, 1);
    ASSERT_EQ(runCli({"train-classifier", "--data", m_tmp / "flat", "--out", clf + "2"}).code, 3);
}

TEST_F(TestCli, studyVerbRunsReportsAndRefuses) {
    const std::string run = m_tmp / "run"; // from the tests above
    ASSERT_TRUE(fs::exists(m_tmp / "run/config.json"));
    const Result t = runCli({"eval", run, "--metrics", "fd", "--n", "20", "--truncation", "0.5"});
    ASSERT_EQ(t.code, 0) << t.out + t.err;
    ASSERT_TRUE(contains(t.out, "FD[random]@t0.5")) << t.out;
    ASSERT_EQ(runCli({"eval", run, "--truncation", "-1"}).code, 2);

    const std::string dir = m_tmp / "study-truncation";
    const Result s = runCli({"study", "truncation", "--run", run, "--out", dir, "--budget", "0.01",
                             "--features", "random", "--eval-samples", "20"});
    ASSERT_EQ(s.code, 0) << s.out + s.err;
    ASSERT_TRUE(contains(s.out, "ganlab-cli study truncation --run")) << s.out;
    ASSERT_TRUE(contains(s.out, "report: ")) << s.out;
    for (const char* file : {"report.md", "figure.png", "samples.png", "results.csv",
                             "results.json", "study.json", "analysis.json"})
        ASSERT_TRUE(fs::exists(fs::path(dir) / file)) << file;
    // The same command again finds the finished study and only reports it.
    const Result again = runCli({"study", "truncation", "--run", run, "--out", dir});
    ASSERT_EQ(again.code, 0) << again.out + again.err;
    ASSERT_TRUE(contains(again.out, "resuming")) << again.out;
    // Another study's name on that folder, an unknown study, and a study without labels.
    ASSERT_EQ(runCli({"study", "growing", "--data", m_tmp / "data", "--out", dir}).code, 2);
    const Result unknown = runCli({"study", "nope", "--out", m_tmp / "s2"});
    ASSERT_EQ(unknown.code, 2);
    ASSERT_TRUE(contains(unknown.err, "truncation")) << unknown.err;
    writeImageFolder(m_tmp / "plain", 1, 8, 16, 1);
    const Result labels =
        runCli({"study", "acgan", "--data", m_tmp / "plain", "--out", m_tmp / "s3"});
    ASSERT_EQ(labels.code, 2);
    ASSERT_TRUE(contains(labels.err, "labels")) << labels.err;
    ASSERT_FALSE(fs::exists(m_tmp / "s3"));
    ASSERT_EQ(runCli({"study", "transfer", "--data", m_tmp / "data", "--out", m_tmp / "s4"}).code,
              2);
}

TEST_F(TestCli, resumeExtendsAFinishedRun) {
    const std::string run = m_tmp / "run2";
    ASSERT_EQ(runCli({"train", "--data", m_tmp / "data", "--resolution", "16", "--steps", "4",
                      "--width", "0.125", "--batch", "8", "--out", run})
                  .code,
              0);
    ASSERT_EQ(runCli({"resume", run, "--steps", "2"}).code, 2); // cannot end before step 4
    const Result r = runCli({"resume", run, "--steps", "6"});
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_TRUE(contains(r.out, "resuming") && contains(r.out, "at step 4"));
    ASSERT_TRUE(fs::exists(m_tmp / "run2/checkpoints/step-00000006.pt"));
    ASSERT_TRUE(contains(runCli({"info", run}).out,
                         "progress 6 / 6")); // the new target was recorded

    // --class on an unconditional run (trained without --conditional) is refused, saying why.
    std::ifstream config(m_tmp / "run2/config.json");
    ASSERT_FALSE(readJsonObject(config).value("conditional", true));
    const std::string png = m_tmp / "unconditional.png";
    const Result classOnUnconditional = runCli({"sample", run, "--out", png, "--class", "0"});
    ASSERT_EQ(classOnUnconditional.code, 2);
    ASSERT_TRUE(contains(classOnUnconditional.err, "this generator is not class-conditional"))
        << classOnUnconditional.err;
    ASSERT_FALSE(fs::exists(png));
}

TEST_F(TestCli, transferLabVerbs) {
    const std::string data = m_tmp / "data";
    const std::string source = m_tmp / "src0";
    const Args tiny = {"--resolution", "16", "--width",        "0.125", "--batch", "8",
                       "--eval-every", "0",  "--sample-every", "0"};
    // pretrain: a narrow source of one class.
    Result r = runCli(
        concat({"pretrain", "--data", data, "--classes", "class0", "--steps", "4", "--out", source},
               tiny));
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_TRUE(contains(r.out, "dataset: 10 images") && contains(r.out, "1 classes"));
    ASSERT_EQ(runCli({"pretrain", "--preset", "cpu-quick", "--data", data}).code, 2);
    const Result unknownClass = runCli(
        concat({"pretrain", "--data", data, "--classes", "zebra", "--out", source + "x"}, tiny));
    ASSERT_EQ(unknownClass.code, 3);
    ASSERT_TRUE(contains(unknownClass.err, "\"zebra\"") && contains(unknownClass.err, "class1"));

    // train from it: G only, conditional by Cond BN; the run records what was done.
    const std::string target = m_tmp / "transferred";
    r = runCli(concat({"train", "--data", data, "--steps", "2", "--out", target, "--transfer-from",
                       source, "--load", "g", "--conditional", "--conditioning", "bn"},
                      tiny));
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_TRUE(fs::exists(m_tmp / "transferred/transfer.json"));
    ASSERT_TRUE(contains(r.out + r.err, "Cond BN"));
    ASSERT_TRUE(contains(runCli({"info", target}).out, "transferred G from " + source));
    ASSERT_TRUE(contains(runCli({"info", source}).out, "subset: classes class0, all images"));
    // A source of another width is refused, naming it and why; nothing is left behind.
    r = runCli(concat({"train", "--data", data, "--out", target + "2", "--transfer-from", source},
                      tiny, Args{"--width", "0.25"}));
    ASSERT_EQ(r.code, 2);
    ASSERT_TRUE(contains(r.err, source) && contains(r.err, "width"));
    ASSERT_FALSE(fs::exists(m_tmp / "transferred2"));
    ASSERT_EQ(runCli({"train", "--data", data, "--load", "g"}).code, 2); // needs a source

    // rank-sources and compare.
    r = runCli({"rank-sources", "--data", data, "--resolution", "16", "--sources", source,
                "--samples", "20"});
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_TRUE(contains(r.out, "FD samples") && contains(r.out, "imperfect predictor"));
    const std::string cmp = m_tmp / "cmp";
    r = runCli(concat({"compare", "--data", data, "--preset", "cpu-quick", "--sources", source,
                       "--steps", "4", "--chunk", "2", "--out", cmp},
                      tiny,
                      Args{"--eval-every", "2", "--eval-samples", "20", "--sample-every", "2"}));
    ASSERT_EQ(r.code, 0) << r.err;
    ASSERT_TRUE(contains(r.out, "achieved") && contains(r.out, "scratch") &&
                contains(r.out, "G+D ← src0"));
    for (const char* f :
         {"compare.json", "prediction.json", "curves.csv", "comparison.json", "comparison.png"})
        ASSERT_TRUE(fs::exists(fs::path(m_tmp / "cmp") / f)) << f;
    r = runCli({"compare", "--resume", cmp});
    ASSERT_EQ(r.code, 0); // finished: nothing left to train, the exports are rewritten
    ASSERT_EQ(runCli({"compare", "--data", data, "--sources", source}).code, 2); // no --out
}

TEST_F(TestCli, collapseStopsOrRollsBack) {
    const Args common = {"train",
                         "--data",
                         m_tmp / "data",
                         "--resolution",
                         "16",
                         "--steps",
                         "12",
                         "--width",
                         "0.125",
                         "--batch",
                         "4",
                         "--checkpoint-every",
                         "3",
                         "--keep",
                         "5",
                         "--debug-inject-nan",
                         "8",
                         "--eval-every",
                         "0"};
    const std::string stopDir = m_tmp / "collapse-stop";
    const Result stopped = runCli(concat(common, Args{"--out", stopDir}));
    ASSERT_EQ(stopped.code, 4);
    ASSERT_TRUE(contains(stopped.out, "collapse at step 8: non-finite"));
    ASSERT_TRUE(contains(stopped.out, "step-00000006.pt"));
    ASSERT_FALSE(fs::exists(m_tmp / "collapse-stop/checkpoints/step-00000008.pt"));
    ASSERT_TRUE(contains(runCli({"info", stopDir}).out, "progress 6 / 12"));

    const std::string rollDir = m_tmp / "collapse-rollback";
    const Result rolled =
        runCli(concat(common, Args{"--out", rollDir, "--on-collapse", "rollback"}));
    ASSERT_EQ(rolled.code, 4);
    ASSERT_TRUE(contains(rolled.out, "rolled back to step 6"));
    ASSERT_TRUE(contains(runCli({"info", rollDir}).out, "progress 6 / 6")); // ends there now
    ASSERT_EQ(runCli(concat(common, Args{"--out", stopDir + "x", "--on-collapse", "retry"})).code,
              2);
}

TEST_F(TestCli, sigintSavesACheckpoint) {
    const std::string run = m_tmp / "run3";
    Process p(GANLAB_CLI_PATH,
              {"train", "--data", m_tmp / "data", "--resolution", "16", "--steps", "100000",
               "--width", "0.125", "--batch", "8", "--checkpoint-every", "0", "--out", run});
    // Training is under way once the first metrics row is written (output collected meanwhile).
    const auto deadline = std::chrono::steady_clock::now() + 120s;
    while (!fs::exists(m_tmp / "run3/metrics.csv") && p.running() &&
           std::chrono::steady_clock::now() < deadline)
        p.waitForFinished(50ms);
    ASSERT_TRUE(fs::exists(m_tmp / "run3/metrics.csv")) << p.standardError();
    p.interrupt();
    ASSERT_TRUE(p.waitForFinished(60s));
    ASSERT_EQ(p.exitCode(), 130);
    ASSERT_TRUE(contains(p.standardOutput(), "resume with"));
    ASSERT_FALSE(fs::is_empty(m_tmp / "run3/checkpoints"));
}
