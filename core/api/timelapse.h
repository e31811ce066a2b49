// Timelapses: a run's fixed-z sample grids (samples/step-N.png) in step order as one GIF or MP4,
// each frame labelled with its step and the run's newest FD evaluation at or before it.
#pragma once

#include "dataset_info.h"
#include "metrics_history.h"

#include <cstdint>
#include <limits>
#include <stop_token>
#include <string>
#include <vector>

namespace ganlab {

// One saved grid of a run's sample history.
struct SampleGridFile {
    std::int64_t step = 0;
    std::string path;
};

// The run's saved grids, oldest first (samples/step-N.png; other files are ignored). Throws Error
// (ErrorKind::Data) when runDir is not a run folder.
std::vector<SampleGridFile> listSampleGrids(const std::string& runDir);
// Where the run writes (or wrote) its grid of `step`.
std::string sampleGridPath(const std::string& runDir, std::int64_t step);

struct TimelapseOptions {
    std::string out; // FILE.gif or FILE.mp4: the extension picks the format
    double fps = 8;  // frames per second (a GIF holds delays in 1/100 s)
    std::int64_t from = 0;
    std::int64_t to = std::numeric_limits<std::int64_t>::max(); // steps, both included
    int every = 1; // every Nth grid of those between from and to (the first always)
};

struct TimelapseResult {
    int framesWritten = 0;
    int framesSkipped = 0;    // grids that could not be read (a damaged PNG): left out
    std::string firstSkipped; // the first of them ("" when none)
    std::int64_t firstStep = 0, lastStep = 0;
    int width = 0, height = 0; // of a frame
    std::string codec;         // "gif", or the MP4's FOURCC ("avc1", "mp4v")
};

// The text above a frame: its step, then each overall FD series of `history` (its name says the
// feature network, e.g. "FD[classifier]") with its newest value at or before `step`, and that
// value's step where it differs. One entry per line.
std::vector<std::string> timelapseLabel(std::int64_t step, const MetricsHistory& history);

// Writes the timelapse atomically (nothing is left at options.out when it fails). Throws Error:
// Usage for bad options or format, Data for an unreadable run or no readable grid in range, Io
// when the file cannot be written or encoded, Cancelled when `stop` is requested.
TimelapseResult writeTimelapse(const std::string& runDir, const TimelapseOptions& options,
                               const ProgressCallback& progress = {}, std::stop_token stop = {});

} // namespace ganlab
