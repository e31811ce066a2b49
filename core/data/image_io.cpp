// writePng / readImage: ganlab::Image to and from files through OpenCV (atomic writes).
#include "api/error.h"
#include "api/image.h"
#include "util/atomic_file.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace ganlab {

void writePng(const Image& image, const std::string& path) {
    if (image.empty() || (image.channels != 1 && image.channels != 3))
        throw Error(ErrorKind::Usage, path, message(MessageCode::EmptyImage));
    cv::Mat mat(image.height, image.width, CV_8UC(image.channels),
                const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat bgr;
    if (image.channels == 3)
        cv::cvtColor(mat, bgr, cv::COLOR_RGB2BGR);
    else
        bgr = mat;
    std::vector<std::uint8_t> encoded;
    if (!cv::imencode(".png", bgr, encoded))
        throw Error(ErrorKind::Io, path, message(MessageCode::PngEncodingFailed));
    writeFileAtomically(path, [&](std::ostream& out) {
        out.write(reinterpret_cast<const char*>(encoded.data()),
                  static_cast<std::streamsize>(encoded.size()));
    });
}

Image readImage(const std::string& path) {
    cv::Mat mat = cv::imread(path, cv::IMREAD_UNCHANGED);
    if (mat.empty())
        throw Error(ErrorKind::Data, path, message(MessageCode::NotAnImage));
    if (mat.depth() != CV_8U)
        mat.convertTo(mat, CV_8U, mat.depth() == CV_16U ? 1.0 / 257.0 : 255.0);
    if (mat.channels() == 4)
        cv::cvtColor(mat, mat, cv::COLOR_BGRA2RGB);
    else if (mat.channels() == 3)
        cv::cvtColor(mat, mat, cv::COLOR_BGR2RGB);
    Image image;
    image.width = mat.cols;
    image.height = mat.rows;
    image.channels = mat.channels();
    image.pixels.assign(mat.datastart, mat.dataend);
    if (!mat.isContinuous()) {
        image.pixels.clear();
        for (int y = 0; y < mat.rows; ++y)
            image.pixels.insert(image.pixels.end(), mat.ptr<std::uint8_t>(y),
                                mat.ptr<std::uint8_t>(y) + mat.cols * mat.channels());
    }
    return image;
}

} // namespace ganlab
