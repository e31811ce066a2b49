// GIF (giflib) and MP4 (OpenCV's video writer) frame encoders.
#include "interop/frame_encoders.h"

#include "api/error.h"

#include <fcntl.h>
#include <gif_lib.h>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

[[noreturn]] void gifFailed(const std::string& path, int code) {
    const char* reason = GifErrorString(code);
    throw Error(ErrorKind::Io, path,
                message(MessageCode::TimelapseGifFailed,
                        reason ? reason : ("giflib error " + std::to_string(code))));
}

class GifEncoder : public FrameEncoder {
public:
    GifEncoder(std::string path, cv::Size size, bool grey, double fps)
        : m_path(std::move(path))
        , m_size(size)
        , m_grey(grey)
        , m_delay(static_cast<int>(std::clamp(std::lround(100.0 / fps), 2L, 65535L))) {
        int code = 0;
        // Opened here, not by EGifOpenFileName (which creates files 0600): 0666 less the umask,
        // as every other file ganlab writes.
        const int fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
        if (fd < 0)
            throw Error(ErrorKind::Io, m_path,
                        message(MessageCode::CannotWriteBecause, std::strerror(errno)));
        m_gif = EGifOpenFileHandle(fd, &code);
        if (!m_gif) {
            ::close(fd);
            gifFailed(m_path, code);
        }
        try {
            writeHeader();
        } catch (...) {
            EGifCloseFile(m_gif, &code);
            throw;
        }
    }

    ~GifEncoder() override {
        if (m_gif) {
            int code = 0;
            EGifCloseFile(m_gif, &code);
        }
    }

    void add(const cv::Mat& frame) override {
        GraphicsControlBlock control{};
        control.DisposalMode = DISPOSE_DO_NOT;
        control.DelayTime = m_delay;
        control.TransparentColor = NO_TRANSPARENT_COLOR;
        GifByteType extension[4];
        const auto length = EGifGCBToExtension(&control, extension);
        check(EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension));
        const int w = m_size.width, h = m_size.height;
        if (m_grey) {
            check(EGifPutImageDesc(m_gif, 0, 0, w, h, false, nullptr));
            for (int y = 0; y < h; ++y)
                check(EGifPutLine(m_gif, const_cast<GifPixelType*>(frame.ptr<GifPixelType>(y)), w));
            return;
        }
        // Colour: giflib's median-cut quantizer, a palette of its own for each frame.
        cv::Mat planes[3]; // B, G, R
        cv::split(frame, planes);
        for (auto& p : planes)
            p = p.clone(); // continuous
        std::vector<GifColorType> colours(256, GifColorType{0, 0, 0});
        std::vector<GifByteType> indices(static_cast<std::size_t>(w) * h);
        int colourCount = 256;
        if (GifQuantizeBuffer(static_cast<unsigned>(w), static_cast<unsigned>(h), &colourCount,
                              planes[2].ptr<GifByteType>(), planes[1].ptr<GifByteType>(),
                              planes[0].ptr<GifByteType>(), indices.data(),
                              colours.data()) == GIF_ERROR)
            throw Error(ErrorKind::Io, m_path,
                        message(MessageCode::TimelapseGifFailed, "colour quantization failed"));
        ColorMapObject* palette = GifMakeMapObject(256, colours.data());
        const int put = EGifPutImageDesc(m_gif, 0, 0, w, h, false, palette);
        GifFreeMapObject(palette);
        check(put);
        for (int y = 0; y < h; ++y)
            check(EGifPutLine(m_gif, indices.data() + static_cast<std::size_t>(y) * w, w));
    }

    void finish() override {
        int code = 0;
        const int closed = EGifCloseFile(m_gif, &code);
        m_gif = nullptr;
        if (closed == GIF_ERROR)
            gifFailed(m_path, code);
    }

    std::string codec() const override { return "gif"; }

private:
    void writeHeader() {
        EGifSetGifVersion(m_gif, true); // GIF89a: frame delays and looping
        ColorMapObject* palette = nullptr;
        if (m_grey) { // an exact grey palette: every level as it is
            std::vector<GifColorType> levels(256);
            for (int i = 0; i < 256; ++i)
                levels[i] = {GifByteType(i), GifByteType(i), GifByteType(i)};
            palette = GifMakeMapObject(256, levels.data());
        }
        const int put = EGifPutScreenDesc(m_gif, m_size.width, m_size.height, 8, 0, palette);
        GifFreeMapObject(palette);
        check(put);
        static const char kNetscape[] = "NETSCAPE2.0";
        const unsigned char loopForever[3] = {1, 0, 0};
        check(EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE));
        check(EGifPutExtensionBlock(m_gif, 11, kNetscape));
        check(EGifPutExtensionBlock(m_gif, 3, loopForever));
        check(EGifPutExtensionTrailer(m_gif));
    }

    void check(int result) const {
        if (result == GIF_ERROR)
            gifFailed(m_path, m_gif->Error);
    }

    std::string m_path;
    cv::Size m_size;
    bool m_grey;
    int m_delay; // 1/100 s
    GifFileType* m_gif = nullptr;
};

// FFmpeg picks the container from the file name, so a path that does not end in .mp4 (a
// temporary) is written beside it as PATH.mp4 and renamed on finish.
class Mp4Encoder : public FrameEncoder {
public:
    Mp4Encoder(std::string path, cv::Size size, double fps)
        : m_path(std::move(path))
        , m_videoPath(fs::path(m_path).extension() == ".mp4" ? m_path : m_path + ".mp4") {
        // A folder that cannot take the file is said as such, not as a missing encoder.
        if (std::FILE* probe = std::fopen(m_videoPath.c_str(), "wb"))
            std::fclose(probe);
        else
            throw Error(ErrorKind::Io, m_path,
                        message(MessageCode::CannotWriteBecause, std::strerror(errno)));
        for (const char* fourcc : kMp4Fourccs) {
            const int code = cv::VideoWriter::fourcc(fourcc[0], fourcc[1], fourcc[2], fourcc[3]);
            try {
                if (m_writer.open(m_videoPath, cv::CAP_FFMPEG, code, fps, size, true)) {
                    m_fourcc = fourcc;
                    return;
                }
            } catch (const cv::Exception&) { // some builds throw instead of returning false
            }
            std::error_code ec;
            fs::remove(m_videoPath, ec);
        }
        std::string tried;
        for (const char* fourcc : kMp4Fourccs)
            tried += (tried.empty() ? "" : " or ") + std::string(fourcc);
        throw Error(ErrorKind::Io, m_path, message(MessageCode::TimelapseVideoFailed, tried));
    }

    ~Mp4Encoder() override {
        m_writer.release();
        if (m_videoPath != m_path) {
            std::error_code ec;
            fs::remove(m_videoPath, ec);
        }
    }

    void add(const cv::Mat& frame) override {
        if (frame.channels() == 1) {
            cv::Mat bgr;
            cv::cvtColor(frame, bgr, cv::COLOR_GRAY2BGR);
            m_writer.write(bgr);
        } else {
            m_writer.write(frame);
        }
    }

    void finish() override {
        m_writer.release();
        // The writer reports no failed write: the file must open again as a video.
        cv::VideoCapture check(m_videoPath, cv::CAP_FFMPEG);
        if (!check.isOpened() || check.get(cv::CAP_PROP_FRAME_COUNT) < 1)
            throw Error(
                ErrorKind::Io, m_path,
                message(MessageCode::NotWritten, "the " + m_fourcc + " video does not read back"));
        check.release();
        if (m_videoPath != m_path)
            fs::rename(m_videoPath, m_path);
    }

    std::string codec() const override { return m_fourcc; }

private:
    std::string m_path, m_videoPath, m_fourcc;
    cv::VideoWriter m_writer;
};

} // namespace

std::unique_ptr<FrameEncoder> openGifEncoder(const std::string& path, cv::Size size, bool grey,
                                             double fps) {
    return std::make_unique<GifEncoder>(path, size, grey, fps);
}

std::unique_ptr<FrameEncoder> openMp4Encoder(const std::string& path, cv::Size size, double fps) {
    return std::make_unique<Mp4Encoder>(path, size, fps);
}

} // namespace ganlab
