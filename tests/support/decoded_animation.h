// What a timelapse file holds, decoded by the libraries the tests trust: a GIF through giflib's
// DGifSlurp, an MP4 through cv::VideoCapture read to the end.
#pragma once

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace ganlab::testing {

struct DecodedAnimation {
    std::vector<cv::Mat> frames; // BGR, each the animation's full size
    std::vector<int> delays;     // GIF: each frame's delay in 1/100 s (empty for MP4)
    std::string error;           // why it did not decode ("" when it did)
};

DecodedAnimation decodeGif(const std::string& path);
DecodedAnimation decodeMp4(const std::string& path);

} // namespace ganlab::testing
