// A run written by the build before the settings redesign (tests/data/legacy-run-v1): its
// config.json, flat metrics.jsonl and format-2 checkpoint open, read and resume with this build.
#include "api/metrics_history.h"
#include "api/settings.h"
#include "api/training_run.h"
#include "support/test_data.h"
#include "support/test_util.h"
#include "util/text_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

// The fixture copied to `dir`, its dataset path (where it was written) pointed at its images.
void copyLegacyRun(const std::string& dir) {
    fs::copy(GANLAB_LEGACY_RUN, dir, fs::copy_options::recursive);
    const std::string images = fs::path(dir) / "data";
    for (const char* file : {"config.json", "dataset.json"}) {
        std::string text = readTextFile(fs::path(dir) / file);
        const auto at = text.find("/tmp/legacy/data");
        ASSERT_NE(at, std::string::npos) << file;
        text.replace(at, std::string("/tmp/legacy/data").size(), images);
        std::ofstream(fs::path(dir) / file) << text;
    }
}

} // namespace

TEST(LegacyRun, opensReadsAndResumes) {
    TempDir tmp;
    setenv("GANLAB_CACHE_DIR", (tmp / "cache").c_str(), 1);
    const std::string dir = tmp / "run";
    copyLegacyRun(dir);
    TrainingRun run = TrainingRun::open(dir);
    ASSERT_EQ(run.step(), 4); // its checkpoint loaded
    ASSERT_EQ(run.config().discriminator, DiscriminatorKind::Own);
    ASSERT_EQ(run.classNames(), (std::vector<std::string>{"class0", "class1"}));
    ASSERT_TRUE(run.finished());

    // Its curves read as typed series, old evaluations included.
    bool sigma = false, fd = false;
    for (const auto& s : readMetricsHistory(dir).series) {
        sigma |= s.kind == SeriesKind::SingularValue;
        fd |= s.name == "FD[classifier:data]" && s.metric == "fd";
    }
    ASSERT_TRUE(sigma && fd);

    // It continues: two more steps (an evaluation at 6 with the run's own classifier, trained
    // on first use as the old build did), rows in the new layout beside the old ones.
    run.setTotalSteps(6);
    std::vector<MetricResult> evaluated;
    run.train(6, {}, {}, {}, [&](const auto& r) { evaluated = r; });
    ASSERT_EQ(run.step(), 6);
    ASSERT_FALSE(evaluated.empty());
    ASSERT_EQ(evaluated.front().name, "FD[classifier:data]");
    ASSERT_TRUE(fs::exists(fs::path(dir) / "classifier.pt"));
    const auto history = readMetricsHistory(dir);
    ASSERT_EQ(history.unreadableLines, 0);
    for (const auto& s : history.series)
        if (s.name == "FD[classifier:data]") {
            ASSERT_EQ(s.steps, (std::vector<double>{2, 4, 6}));
        }
    ASSERT_TRUE(contains(readTextFile(fs::path(dir) / "config.json"), R"("steps": 6)"));

    // And it samples from the resumed generator.
    SampleRequest request = run.fixedGridRequest();
    const Image grid = run.sampleGrid(request);
    ASSERT_EQ(grid.width, request.cols * 8 + (request.cols + 1) * request.padding);
}
