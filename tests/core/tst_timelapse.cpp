// Tests of timelapses on a real tiny run: GIF and MP4 decoded again and their frames counted and
// compared with the saved grids, step selection, labels (step, FD and its step), damaged grids
// left out and counted, and refusals that leave nothing behind.
#include "api/error.h"
#include "api/metrics_history.h"
#include "api/presets.h"
#include "api/timelapse.h"
#include "api/training_run.h"
#include "support/decoded_animation.h"
#include "support/test_data.h"
#include "support/test_util.h"

#include <gtest/gtest.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdlib>
#include <filesystem>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

// The frame's rows and columns that hold the scaled grid `png` (the frame is the grid scaled by
// a whole factor under the label strip, padded by at most one row at the bottom), compared: the
// mean absolute difference per channel.
double gridDifference(const cv::Mat& frame, const cv::Mat& png) {
    const int k = frame.cols / png.cols;
    cv::Mat scaled, colour = png;
    if (png.channels() == 1)
        cv::cvtColor(png, colour, cv::COLOR_GRAY2BGR);
    cv::resize(colour, scaled, {png.cols * k, png.rows * k}, 0, 0, cv::INTER_NEAREST);
    double best = 1e9;
    for (int pad : {0, 1}) {
        const int y0 = frame.rows - scaled.rows - pad;
        if (y0 < 0)
            continue;
        cv::Mat diff;
        cv::absdiff(frame(cv::Rect(0, y0, scaled.cols, scaled.rows)), scaled, diff);
        const cv::Scalar m = cv::mean(diff);
        best = std::min(best, (m[0] + m[1] + m[2]) / 3);
    }
    return best;
}

// The top of a frame: where its label is written.
cv::Mat labelStrip(const cv::Mat& frame) {
    return frame(cv::Rect(0, 0, frame.cols, 24));
}

bool sameImage(const cv::Mat& a, const cv::Mat& b) {
    return a.size() == b.size() && cv::norm(a, b, cv::NORM_INF) == 0;
}

std::vector<std::string> temporariesIn(const std::string& dir) {
    std::vector<std::string> left;
    for (const auto& e : fs::directory_iterator(dir))
        if (contains(e.path().filename().string(), ".tmp-"))
            left.push_back(e.path().string());
    return left;
}

template <typename F> Error errorOf(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    ADD_FAILURE() << "no Error thrown";
    return Error(ErrorKind::Io, {}, plainText("none"));
}

} // namespace

// One tiny run for the suite: 8 steps, a grid every 2 (steps 2, 4, 6, 8), FD every 4.
class TestTimelapse : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        setenv("GANLAB_CACHE_DIR", (m_tmp / "cache").c_str(), 1);
        writeImageFolder(m_tmp / "data", 2, 12, 20, 3);
        TrainConfig c = presetConfig("cpu-quick");
        c.dataPath = m_tmp / "data";
        c.resolution = 16;
        c.latentDim = 8;
        c.width = 0.125;
        c.batchSize = 8;
        c.steps = 8;
        c.sampleEvery = 2;
        c.checkpointEvery = 0;
        c.logEvery = 1;
        c.seed = 5;
        c.evalEvery = 4;
        c.evalBudget = 1.0;
        c.eval.metrics = {"fd"};
        c.eval.samples = 16;
        auto run = TrainingRun::create(c, m_run);
        run.train(8, {});
    }

    // A copy of the run to damage.
    static std::string copyOfRun(const std::string& name) {
        const std::string dir = m_tmp / name;
        fs::copy(m_run, dir, fs::copy_options::recursive);
        return dir;
    }

    static TimelapseOptions to(const std::string& out) {
        TimelapseOptions o;
        o.out = out;
        return o;
    }

    static inline TempDir m_tmp;
    static inline const std::string m_run = m_tmp / "run";
};

TEST_F(TestTimelapse, gifHoldsEveryGridInStepOrder) {
    const auto grids = listSampleGrids(m_run);
    ASSERT_EQ(grids.size(), 4u);
    for (std::size_t i = 0; i < grids.size(); ++i) {
        EXPECT_EQ(grids[i].step, std::int64_t(2 * (i + 1)));
        EXPECT_EQ(grids[i].path, sampleGridPath(m_run, grids[i].step));
    }
    TimelapseOptions o = to(m_tmp / "out/run.gif"); // its folder is made
    o.fps = 5;
    const TimelapseResult r = writeTimelapse(m_run, o);
    EXPECT_EQ(r.framesWritten, 4);
    EXPECT_EQ(r.framesSkipped, 0);
    EXPECT_EQ(r.firstStep, 2);
    EXPECT_EQ(r.lastStep, 8);
    EXPECT_EQ(r.codec, "gif");
    EXPECT_EQ(r.width % 2, 0);
    EXPECT_EQ(r.height % 2, 0);
    EXPECT_GE(r.width, 480); // 146 px grids scaled ×4
    const DecodedAnimation gif = decodeGif(o.out);
    ASSERT_EQ(gif.error, "");
    ASSERT_EQ(gif.frames.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(gif.frames[i].cols, r.width);
        EXPECT_EQ(gif.frames[i].rows, r.height);
        EXPECT_EQ(gif.delays[i], 20); // 5 fps
        // The frame shows its grid (colour quantized to 256 colours: close, not exact).
        const cv::Mat png = cv::imread(grids[i].path);
        EXPECT_LT(gridDifference(gif.frames[i], png), 6.0) << i;
    }
    // Each frame is labelled with its own step: the label strips differ.
    EXPECT_FALSE(sameImage(labelStrip(gif.frames[0]), labelStrip(gif.frames[1])));
    EXPECT_FALSE(sameImage(labelStrip(gif.frames[2]), labelStrip(gif.frames[3])));
    EXPECT_TRUE(temporariesIn(m_tmp / "out").empty());
}

TEST_F(TestTimelapse, mp4HoldsEveryGrid) {
    TimelapseOptions o = to(m_tmp / "run.mp4");
    o.fps = 4;
    const TimelapseResult r = writeTimelapse(m_run, o);
    EXPECT_EQ(r.framesWritten, 4);
    EXPECT_TRUE(r.codec == "avc1" || r.codec == "mp4v") << r.codec;
    const DecodedAnimation mp4 = decodeMp4(o.out);
    ASSERT_EQ(mp4.error, "");
    ASSERT_EQ(mp4.frames.size(), 4u);
    const auto grids = listSampleGrids(m_run);
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(mp4.frames[i].cols, r.width);
        EXPECT_EQ(mp4.frames[i].rows, r.height);
        EXPECT_LT(gridDifference(mp4.frames[i], cv::imread(grids[i].path)), 20.0) << i;
    }
    EXPECT_TRUE(temporariesIn(m_tmp.path()).empty());
}

TEST_F(TestTimelapse, fromToAndEverySelectGrids) {
    TimelapseOptions o = to(m_tmp / "range.gif");
    o.from = 4;
    o.to = 6;
    TimelapseResult r = writeTimelapse(m_run, o);
    EXPECT_EQ(r.framesWritten, 2);
    EXPECT_EQ(r.firstStep, 4);
    EXPECT_EQ(r.lastStep, 6);
    EXPECT_EQ(decodeGif(o.out).frames.size(), 2u);

    o = to(m_tmp / "every.mp4");
    o.every = 2; // steps 2 and 6
    r = writeTimelapse(m_run, o);
    EXPECT_EQ(r.framesWritten, 2);
    EXPECT_EQ(r.firstStep, 2);
    EXPECT_EQ(r.lastStep, 6);
    EXPECT_EQ(decodeMp4(o.out).frames.size(), 2u);

    o = to(m_tmp / "none.gif");
    o.from = 3;
    o.to = 3;
    const Error e = errorOf([&] { writeTimelapse(m_run, o); });
    EXPECT_EQ(e.kind(), ErrorKind::Data);
    EXPECT_EQ(e.message(), message(MessageCode::TimelapseNoFrames, 3, 3, 4));
    EXPECT_FALSE(fs::exists(o.out));
}

TEST_F(TestTimelapse, labelsNameTheFeatureNetworkAndTheEvaluationsStep) {
    const MetricsHistory history = readMetricsHistory(m_run);
    const auto before = timelapseLabel(2, history); // no evaluation yet
    ASSERT_EQ(before, std::vector<std::string>{"step 2"});
    const auto at = timelapseLabel(4, history);
    ASSERT_EQ(at.size(), 2u);
    EXPECT_TRUE(startsWith(at[1], "FD[random] ")) << at[1];
    EXPECT_FALSE(contains(at[1], "at step")) << at[1];
    const auto after = timelapseLabel(6, history);
    ASSERT_EQ(after.size(), 2u);
    EXPECT_TRUE(startsWith(after[1], "FD[random] ")) << after[1];
    EXPECT_TRUE(contains(after[1], "(at step 4)")) << after[1];
    EXPECT_NE(timelapseLabel(8, history)[1], after[1]); // step 8's own evaluation
    for (const auto& label : {before, at, after})
        for (const auto& line : label)
            EXPECT_FALSE(contains(line, "FID")) << line;
    // Per-class values (a parent) and other metrics are not FD lines.
    MetricsHistory more = history;
    MetricSeries perClass;
    perClass.name = "FD[random] class0";
    perClass.kind = SeriesKind::Evaluation;
    perClass.metric = "fd";
    perClass.parent = "FD[random]";
    perClass.steps = {4};
    perClass.values = {1};
    more.series.push_back(perClass);
    EXPECT_EQ(timelapseLabel(4, more).size(), 2u);
}

TEST_F(TestTimelapse, damagedGridsAreLeftOutAndCounted) {
    const std::string run = copyOfRun("damaged");
    const auto grids = listSampleGrids(run);
    writeBytes(grids[1].path, {0x89, 'P', 'N', 'G', 1, 2, 3}); // step 4: garbage
    auto bytes = readBytes(grids[2].path);                     // step 6: cut short
    bytes.resize(bytes.size() / 3);
    writeBytes(grids[2].path, bytes);
    for (const char* out : {"damaged.gif", "damaged.mp4"}) {
        const TimelapseResult r = writeTimelapse(run, to(m_tmp / out));
        EXPECT_EQ(r.framesWritten, 2) << out;
        EXPECT_EQ(r.framesSkipped, 2) << out;
        EXPECT_EQ(r.firstSkipped, grids[1].path) << out;
        const auto decoded =
            std::string(out).ends_with(".gif") ? decodeGif(m_tmp / out) : decodeMp4(m_tmp / out);
        EXPECT_EQ(decoded.frames.size(), 2u) << out;
    }
    // Nothing readable in range: an error that says so, and no file.
    TimelapseOptions o = to(m_tmp / "unreadable.gif");
    o.from = 4;
    o.to = 6;
    const Error e = errorOf([&] { writeTimelapse(run, o); });
    EXPECT_EQ(e.kind(), ErrorKind::Data);
    EXPECT_EQ(e.message(), message(MessageCode::TimelapseFramesSkipped, 2, grids[1].path));
    EXPECT_FALSE(fs::exists(o.out));
}

TEST_F(TestTimelapse, greyGridsKeepTheirExactLevels) {
    const std::string run = copyOfRun("grey");
    for (const auto& g : listSampleGrids(run)) {
        cv::Mat grey;
        cv::cvtColor(cv::imread(g.path), grey, cv::COLOR_BGR2GRAY);
        ASSERT_TRUE(cv::imwrite(g.path, grey));
    }
    const TimelapseResult r = writeTimelapse(run, to(m_tmp / "grey.gif"));
    const DecodedAnimation gif = decodeGif(m_tmp / "grey.gif");
    ASSERT_EQ(gif.frames.size(), 4u);
    const auto grids = listSampleGrids(run);
    for (std::size_t i = 0; i < 4; ++i) { // exactly its own grid, in step order
        const cv::Mat png = cv::imread(grids[i].path, cv::IMREAD_GRAYSCALE);
        EXPECT_EQ(gridDifference(gif.frames[i], png), 0.0) << i;
        if (i > 0 && !sameImage(png, cv::imread(grids[i - 1].path, cv::IMREAD_GRAYSCALE))) {
            EXPECT_GT(
                gridDifference(gif.frames[i], cv::imread(grids[i - 1].path, cv::IMREAD_GRAYSCALE)),
                0.0)
                << i;
        }
    }
    EXPECT_EQ(r.framesWritten, 4);
}

TEST_F(TestTimelapse, refusalsLeaveNothingBehind) {
    // Not a run; a run without grids.
    Error e = errorOf([&] { writeTimelapse(m_tmp / "data", to(m_tmp / "x.gif")); });
    EXPECT_EQ(e.kind(), ErrorKind::Data);
    EXPECT_EQ(e.message(), message(MessageCode::NotARunFolder));
    const std::string empty = copyOfRun("empty");
    fs::remove_all(fs::path(empty) / "samples");
    e = errorOf([&] { writeTimelapse(empty, to(m_tmp / "x.gif")); });
    EXPECT_EQ(e.kind(), ErrorKind::Data);
    EXPECT_EQ(e.message().code, MessageCode::TimelapseNoFrames);
    EXPECT_EQ(e.message().args.back(), "0");
    // An unknown format; bad options.
    e = errorOf([&] { writeTimelapse(m_run, to(m_tmp / "x.avi")); });
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_EQ(e.message(), message(MessageCode::TimelapseFormat, ".avi"));
    TimelapseOptions o = to(m_tmp / "x.gif");
    o.fps = 0;
    EXPECT_EQ(errorOf([&] { writeTimelapse(m_run, o); }).kind(), ErrorKind::Usage);
    o.fps = 8;
    o.every = 0;
    EXPECT_EQ(errorOf([&] { writeTimelapse(m_run, o); }).kind(), ErrorKind::Usage);
    for (const char* name : {"x.gif", "x.avi"})
        EXPECT_FALSE(fs::exists(m_tmp / name)) << name;
    // Unwritable: under a file, and over a folder (the encoders' temporaries are removed).
    writeBytes(m_tmp / "a-file", {1});
    for (const std::string& out : {m_tmp / "a-file/t.gif", m_tmp / "a-file/t.mp4"}) {
        e = errorOf([&] { writeTimelapse(m_run, to(out)); });
        EXPECT_EQ(e.kind(), ErrorKind::Io) << out;
        EXPECT_EQ(e.path(), out);
    }
    fs::create_directories(m_tmp / "blocked/folder.gif");
    fs::create_directories(m_tmp / "blocked/folder.mp4");
    for (const char* name : {"folder.gif", "folder.mp4"}) {
        const std::string out = m_tmp / ("blocked/" + std::string(name));
        e = errorOf([&] { writeTimelapse(m_run, to(out)); });
        EXPECT_EQ(e.path(), out);
        EXPECT_TRUE(fs::is_empty(out)) << name;
    }
    EXPECT_EQ(temporariesIn(m_tmp / "blocked"), std::vector<std::string>{});
    // Cancelled: nothing written.
    std::stop_source stop;
    stop.request_stop();
    e = errorOf([&] { writeTimelapse(m_run, to(m_tmp / "cancelled.mp4"), {}, stop.get_token()); });
    EXPECT_EQ(e.kind(), ErrorKind::Cancelled);
    EXPECT_FALSE(fs::exists(m_tmp / "cancelled.mp4"));
}
