// writeTimelapse: picks the run's saved grids, labels each with its step and FD, scales them by a
// whole factor under a label strip and hands the frames to a GIF or MP4 encoder, atomically.
#include "api/timelapse.h"

#include "api/error.h"
#include "interop/frame_encoders.h"
#include "train/run_directory.h"
#include "util/atomic_file.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <regex>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

constexpr int kMinFrameWidth = 480; // grids are scaled up by a whole factor to at least this
constexpr int kMaxScale = 8;
constexpr int kMargin = 8;
constexpr auto kFont = cv::FONT_HERSHEY_SIMPLEX;

enum class Format { Gif, Mp4 };

Format formatOf(const std::string& out) {
    std::string ext = fs::path(out).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".gif")
        return Format::Gif;
    if (ext == ".mp4")
        return Format::Mp4;
    throw Error(ErrorKind::Usage, out,
                message(MessageCode::TimelapseFormat,
                        ext.empty() ? fs::path(out).filename().string() : ext));
}

void checkOptions(const TimelapseOptions& o) {
    if (o.out.empty())
        throw Error(ErrorKind::Usage, {},
                    plainText("give the file to write: FILE.gif or FILE.mp4"));
    formatOf(o.out);
    if (!(o.fps > 0 && o.fps <= 100))
        throw Error(ErrorKind::Usage, o.out,
                    plainText("the frame rate must be above 0 and at most 100"));
    if (o.every < 1)
        throw Error(ErrorKind::Usage, o.out, plainText("every must be at least 1"));
}

// An 8-bit grey or BGR picture, or nothing when the file is not a readable image.
cv::Mat readGrid(const std::string& path) {
    cv::Mat m;
    try {
        m = cv::imread(path, cv::IMREAD_UNCHANGED);
        if (m.empty())
            return {};
        if (m.depth() != CV_8U)
            m.convertTo(m, CV_8U, m.depth() == CV_16U ? 1.0 / 257.0 : 255.0);
        if (m.channels() == 4)
            cv::cvtColor(m, m, cv::COLOR_BGRA2BGR);
    } catch (const cv::Exception&) {
        return {};
    }
    return m.channels() == 1 || m.channels() == 3 ? m : cv::Mat();
}

std::string fdValue(double v) {
    if (!std::isfinite(v))
        return "n/a";
    char buf[32];
    std::snprintf(buf, sizeof buf, std::abs(v) >= 100 ? "%.1f" : "%.2f", v);
    return buf;
}

struct Frame {
    std::int64_t step = 0;
    std::string path;
    std::vector<std::string> label;
};

// One size for every frame: the largest grid times a whole factor, under a strip tall enough for
// the longest label, padded to even sizes (what H.264's 4:2:0 needs).
struct Layout {
    int scale = 1;
    cv::Size area;    // where the grid goes
    int strip = 0;    // label strip height
    int lineStep = 0; // between baselines
    double fontScale = 0.6;
    int thickness = 1;
    cv::Size frame;
    bool grey = true;
};

Layout planLayout(cv::Size largest, bool grey, const std::vector<Frame>& frames) {
    Layout l;
    l.grey = grey;
    l.scale = std::clamp((kMinFrameWidth + largest.width - 1) / largest.width, 1, kMaxScale);
    l.area = {largest.width * l.scale, largest.height * l.scale};
    std::size_t lines = 1;
    int widest = 1, baseline = 0;
    for (const auto& f : frames) {
        lines = std::max(lines, f.label.size());
        for (const auto& line : f.label)
            widest = std::max(widest, cv::getTextSize(line, kFont, 1.0, 2, &baseline).width);
    }
    l.fontScale = std::clamp(l.area.width / 800.0, 0.45, 1.2);
    l.fontScale = std::max(0.3, std::min(l.fontScale, (l.area.width - 2.0 * kMargin) / widest));
    l.thickness = l.fontScale >= 0.9 ? 2 : 1;
    const int textHeight =
        cv::getTextSize("Step 0", kFont, l.fontScale, l.thickness, &baseline).height;
    l.lineStep = textHeight + baseline + 4;
    l.strip = kMargin + static_cast<int>(lines) * l.lineStep + kMargin / 2;
    l.frame = {l.area.width + l.area.width % 2, l.strip + l.area.height};
    l.frame.height += l.frame.height % 2;
    return l;
}

cv::Mat composeFrame(const cv::Mat& grid, const std::vector<std::string>& label, const Layout& l) {
    cv::Mat frame(l.frame, l.grey ? CV_8UC1 : CV_8UC3, cv::Scalar::all(255));
    for (std::size_t i = 0; i < label.size(); ++i)
        cv::putText(frame, label[i], {kMargin, kMargin + static_cast<int>(i + 1) * l.lineStep - 4},
                    kFont, l.fontScale, cv::Scalar::all(0), l.thickness, cv::LINE_AA);
    cv::line(frame, {0, l.strip - 1}, {l.frame.width - 1, l.strip - 1}, cv::Scalar::all(170));
    cv::Mat g = grid;
    if (!l.grey && g.channels() == 1)
        cv::cvtColor(g, g, cv::COLOR_GRAY2BGR);
    const int k = std::max(1, std::min(l.area.width / g.cols, l.area.height / g.rows));
    cv::Mat scaled;
    cv::resize(g, scaled, {g.cols * k, g.rows * k}, 0, 0, cv::INTER_NEAREST);
    const cv::Rect at((l.area.width - scaled.cols) / 2, l.strip + (l.area.height - scaled.rows) / 2,
                      scaled.cols, scaled.rows);
    scaled.copyTo(frame(at));
    return frame;
}

void skip(TimelapseResult& result, const std::string& path) {
    if (result.framesSkipped++ == 0)
        result.firstSkipped = path;
}

void checkStop(const std::stop_token& stop, const std::string& out) {
    if (stop.stop_requested())
        throw Error(ErrorKind::Cancelled, out, message(MessageCode::Cancelled));
}

} // namespace

std::vector<SampleGridFile> listSampleGrids(const std::string& runDir) {
    const RunDirectory dir(runDir);
    if (!dir.isRun())
        throw Error(ErrorKind::Data, runDir, message(MessageCode::NotARunFolder));
    static const std::regex name(R"(step-(\d{1,18})\.png)");
    std::vector<SampleGridFile> grids;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(fs::path(runDir) / "samples", ec)) {
        std::smatch m;
        const std::string file = entry.path().filename().string();
        if (std::regex_match(file, m, name) && entry.is_regular_file(ec))
            grids.push_back({std::stoll(m[1].str()), entry.path().string()});
    }
    std::sort(grids.begin(), grids.end(),
              [](const SampleGridFile& a, const SampleGridFile& b) { return a.step < b.step; });
    return grids;
}

std::string sampleGridPath(const std::string& runDir, std::int64_t step) {
    return RunDirectory(runDir).samplePath(step);
}

std::vector<std::string> timelapseLabel(std::int64_t step, const MetricsHistory& history) {
    std::vector<std::string> lines{"step " + std::to_string(step)};
    for (const auto& s : history.series) {
        if (s.kind != SeriesKind::Evaluation || s.metric != "fd" || !s.parent.empty())
            continue;
        std::size_t newest = s.steps.size();
        for (std::size_t i = 0; i < s.steps.size() && i < s.values.size(); ++i)
            if (s.steps[i] <= static_cast<double>(step) &&
                (newest == s.steps.size() || s.steps[i] >= s.steps[newest]))
                newest = i;
        if (newest == s.steps.size())
            continue; // not evaluated yet at this step
        std::string line = s.name + " " + fdValue(s.values[newest]);
        const auto at = static_cast<std::int64_t>(std::llround(s.steps[newest]));
        if (at != step)
            line += " (at step " + std::to_string(at) + ")";
        lines.push_back(line);
    }
    return lines;
}

TimelapseResult writeTimelapse(const std::string& runDir, const TimelapseOptions& options,
                               const ProgressCallback& progress, std::stop_token stop) {
    const auto grids = listSampleGrids(runDir);
    checkOptions(options);
    std::vector<Frame> frames;
    for (const auto& g : grids)
        if (g.step >= options.from && g.step <= options.to)
            frames.push_back({g.step, g.path, {}});
    if (frames.empty()) {
        const std::int64_t to = options.to != std::numeric_limits<std::int64_t>::max() ? options.to
                                : grids.empty() ? options.from
                                                : std::max(options.from, grids.back().step);
        throw Error(ErrorKind::Data, runDir,
                    message(MessageCode::TimelapseNoFrames, options.from, to, grids.size()));
    }
    std::vector<Frame> chosen;
    for (std::size_t i = 0; i < frames.size(); i += static_cast<std::size_t>(options.every))
        chosen.push_back(std::move(frames[i]));

    // First pass: which grids read, and the largest of them (a growing run's grids grow).
    TimelapseResult result;
    std::vector<Frame> readable;
    cv::Size largest(1, 1);
    bool grey = true;
    for (auto& f : chosen) {
        checkStop(stop, options.out);
        const cv::Mat grid = readGrid(f.path);
        if (grid.empty()) {
            skip(result, f.path);
            continue;
        }
        largest = {std::max(largest.width, grid.cols), std::max(largest.height, grid.rows)};
        grey = grey && grid.channels() == 1;
        readable.push_back(std::move(f));
    }
    if (readable.empty())
        throw Error(ErrorKind::Data, runDir,
                    message(MessageCode::TimelapseFramesSkipped, result.framesSkipped,
                            result.firstSkipped));
    const MetricsHistory history = readMetricsHistory(runDir);
    for (auto& f : readable)
        f.label = timelapseLabel(f.step, history);
    const Layout layout = planLayout(largest, grey, readable);
    const Format format = formatOf(options.out);

    commitFileAtomically(options.out, [&](const std::string& temp) {
        auto encoder = format == Format::Gif
                           ? openGifEncoder(temp, layout.frame, layout.grey, options.fps)
                           : openMp4Encoder(temp, layout.frame, options.fps);
        for (std::size_t i = 0; i < readable.size(); ++i) {
            checkStop(stop, options.out);
            const Frame& f = readable[i];
            const cv::Mat grid = readGrid(f.path);
            if (grid.empty()) { // changed since the first pass
                skip(result, f.path);
                continue;
            }
            encoder->add(composeFrame(grid, f.label, layout));
            if (result.framesWritten++ == 0)
                result.firstStep = f.step;
            result.lastStep = f.step;
            if (progress)
                progress(double(i + 1) / double(readable.size()), "step " + std::to_string(f.step));
        }
        if (result.framesWritten == 0)
            throw Error(ErrorKind::Data, runDir,
                        message(MessageCode::TimelapseFramesSkipped, result.framesSkipped,
                                result.firstSkipped));
        encoder->finish();
        result.codec = encoder->codec();
    });
    result.width = layout.frame.width;
    result.height = layout.frame.height;
    return result;
}

} // namespace ganlab
