// Decoding GIF and MP4 files for the timelapse tests.
#include "support/decoded_animation.h"

#include <gif_lib.h>
#include <opencv2/videoio.hpp>

namespace ganlab::testing {

DecodedAnimation decodeGif(const std::string& path) {
    DecodedAnimation out;
    int code = 0;
    GifFileType* gif = DGifOpenFileName(path.c_str(), &code);
    if (!gif) {
        out.error = GifErrorString(code);
        return out;
    }
    if (DGifSlurp(gif) != GIF_OK) {
        out.error = GifErrorString(gif->Error);
        DGifCloseFile(gif, &code);
        return out;
    }
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage& image = gif->SavedImages[i];
        const ColorMapObject* map =
            image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : gif->SColorMap;
        if (!map || image.ImageDesc.Width != gif->SWidth ||
            image.ImageDesc.Height != gif->SHeight) {
            out.error = "frame " + std::to_string(i) + " is not a full frame with a palette";
            break;
        }
        cv::Mat frame(gif->SHeight, gif->SWidth, CV_8UC3);
        for (int y = 0; y < gif->SHeight; ++y)
            for (int x = 0; x < gif->SWidth; ++x) {
                const GifColorType c =
                    map->Colors[image.RasterBits[static_cast<std::size_t>(y) * gif->SWidth + x]];
                frame.at<cv::Vec3b>(y, x) = {c.Blue, c.Green, c.Red};
            }
        out.frames.push_back(frame);
        GraphicsControlBlock control{};
        out.delays.push_back(DGifSavedExtensionToGCB(gif, i, &control) == GIF_OK ? control.DelayTime
                                                                                 : -1);
    }
    DGifCloseFile(gif, &code);
    return out;
}

DecodedAnimation decodeMp4(const std::string& path) {
    DecodedAnimation out;
    cv::VideoCapture video(path, cv::CAP_FFMPEG);
    if (!video.isOpened()) {
        out.error = "OpenCV cannot open " + path;
        return out;
    }
    for (cv::Mat frame; video.read(frame);)
        out.frames.push_back(frame.clone());
    return out;
}

} // namespace ganlab::testing
