// FrameEncoder: an animation written frame by frame through a packaged library — GIF with giflib
// (an exact grey palette, or GifQuantizeBuffer's per-frame palette for colour), MP4 with OpenCV's
// FFmpeg-backed cv::VideoWriter.
#pragma once

#include <opencv2/core.hpp>

#include <memory>
#include <string>

namespace ganlab {

class FrameEncoder {
public:
    virtual ~FrameEncoder() = default;
    // A frame of the size and channel count the encoder was opened for (8-bit grey or BGR).
    virtual void add(const cv::Mat& frame) = 0;
    // Completes the file; throws Error (Io) naming `path` when the library reports a failure.
    virtual void finish() = 0;
    // "gif", or the MP4's FOURCC.
    virtual std::string codec() const = 0;
};

// Throw Error (Io, path): giflib's reason, or no MP4 encoder OpenCV can open here. `size` must be
// even in both dimensions for MP4.
std::unique_ptr<FrameEncoder> openGifEncoder(const std::string& path, cv::Size size, bool grey,
                                             double fps);
std::unique_ptr<FrameEncoder> openMp4Encoder(const std::string& path, cv::Size size, double fps);

// The FOURCCs tried for MP4, best first: H.264 (avc1) plays everywhere; MPEG-4 Part 2 (mp4v) is
// what every FFmpeg build has.
inline constexpr const char* kMp4Fourccs[] = {"avc1", "mp4v"};

} // namespace ganlab
