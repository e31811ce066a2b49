// DatasetBuilder: the single pipeline every reader feeds (guards, decode, composite, fit, resize).
#include "data/dataset_builder.h"

#include "api/error.h"
#include "data/grid.h"
#include "data/image_header.h"

#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <mutex>
#include <stdexcept>

namespace ganlab {
namespace {

constexpr std::size_t kMaxSkipExamples = 10;

cv::Mat toEightBit(const cv::Mat& in) {
    cv::Mat out;
    switch (in.depth()) {
    case CV_8U:
        return in;
    case CV_16U:
        in.convertTo(out, CV_8U, 1.0 / 257.0);
        return out;
    case CV_32F:
    case CV_64F:
        in.convertTo(out, CV_8U, 255.0);
        return out;
    default:
        throw std::runtime_error("unsupported pixel depth");
    }
}

// RGBA or gray+alpha → RGB or gray over the background colour.
cv::Mat composite(const cv::Mat& in, const std::array<int, 3>& background) {
    const int colour = in.channels() == 4 ? 3 : 1;
    cv::Mat out(in.rows, in.cols, CV_8UC(colour));
    for (int y = 0; y < in.rows; ++y) {
        const auto* src = in.ptr<std::uint8_t>(y);
        auto* dst = out.ptr<std::uint8_t>(y);
        for (int x = 0; x < in.cols; ++x) {
            const int a = src[x * in.channels() + colour];
            for (int c = 0; c < colour; ++c) {
                const int bg = colour == 1 ? (background[0] + background[1] + background[2]) / 3
                                           : background[c];
                dst[x * colour + c] = static_cast<std::uint8_t>(
                    (src[x * in.channels() + c] * a + bg * (255 - a) + 127) / 255);
            }
        }
    }
    return out;
}

cv::Mat fitSquare(const cv::Mat& in, FitMode fit, const std::array<int, 3>& background) {
    if (in.rows == in.cols)
        return in;
    if (fit == FitMode::CenterCrop) {
        const int side = std::min(in.rows, in.cols);
        return in(cv::Rect((in.cols - side) / 2, (in.rows - side) / 2, side, side)).clone();
    }
    const int side = std::max(in.rows, in.cols);
    const int top = (side - in.rows) / 2, left = (side - in.cols) / 2;
    const cv::Scalar fill = in.channels() == 1
                                ? cv::Scalar((background[0] + background[1] + background[2]) / 3)
                                : cv::Scalar(background[0], background[1], background[2]);
    cv::Mat out;
    cv::copyMakeBorder(in, out, top, side - in.rows - top, left, side - in.cols - left,
                       cv::BORDER_CONSTANT, fill);
    return out;
}

} // namespace

cv::Mat normaliseImage(const cv::Mat& input, const ImportSettings& s) {
    if (input.empty() || input.rows <= 0 || input.cols <= 0)
        throw std::runtime_error("empty image");
    cv::Mat img = toEightBit(input);
    if (img.channels() == 2 || img.channels() == 4)
        img = composite(img, s.background);
    if (img.channels() != 1 && img.channels() != 3)
        throw std::runtime_error("unsupported channel count " + std::to_string(img.channels()));
    if (s.channels == 1 && img.channels() == 3)
        cv::cvtColor(img, img, cv::COLOR_RGB2GRAY);
    else if (s.channels == 3 && img.channels() == 1)
        cv::cvtColor(img, img, cv::COLOR_GRAY2RGB);
    img = fitSquare(img, s.fit, s.background);
    if (img.rows != s.resolution) {
        const int interpolation = img.rows > s.resolution ? cv::INTER_AREA : cv::INTER_CUBIC;
        cv::Mat resized;
        cv::resize(img, resized, cv::Size(s.resolution, s.resolution), 0, 0, interpolation);
        img = resized;
    }
    return img.isContinuous() ? img : img.clone();
}

DatasetBuilder::DatasetBuilder(std::string path, std::string format, const ImportSettings& settings)
    : m_settings(settings)
    , m_autoChannels(settings.channels == 0) {
    if (m_autoChannels)
        m_settings.channels = 3;
    m_data.path = std::move(path);
    m_data.format = std::move(format);
    m_data.channels = m_settings.channels;
    m_data.resolution = settings.resolution;
}

void DatasetBuilder::addDecoded(const cv::Mat& input, std::int32_t label) {
    const cv::Mat img = normaliseImage(input, m_settings);
    const int plane = m_settings.resolution * m_settings.resolution;
    const std::size_t offset = m_data.pixels.size();
    m_data.pixels.resize(offset + m_data.imageBytes());
    std::uint8_t* out = m_data.pixels.data() + offset;
    const std::uint8_t* in = img.ptr<std::uint8_t>(0);
    const int c = m_settings.channels;
    for (int p = 0; p < plane; ++p)
        for (int ch = 0; ch < c; ++ch)
            out[ch * plane + p] = in[p * c + ch]; // HWC → CHW
    if (m_autoChannels && m_allGray)
        for (int p = 0; p < plane && m_allGray; ++p)
            m_allGray = in[p * 3] == in[p * 3 + 1] && in[p * 3] == in[p * 3 + 2];
    if (label >= 0)
        m_data.labels.push_back(label);
    ++m_data.count;
}

namespace {

// A JPEG ends with its end-of-image marker (FF D9), possibly followed by a little padding or
// trailing data; one cut short has none near its end.
bool truncatedJpeg(std::span<const std::uint8_t> b) {
    if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8)
        return false;
    const std::size_t from = b.size() > 4096 ? b.size() - 4096 : 2;
    for (std::size_t i = b.size() - 1; i > from; --i)
        if (b[i - 1] == 0xFF && b[i] == 0xD9)
            return false;
    return true;
}

// While one lives, what OpenCV 4.6's imdecode says about a broken file goes nowhere: a decoder's
// exception (its source file, line and failed assertion) printed to std::cerr, and its log's
// warnings. The skip list says what was wrong, in words. Decodes on several threads share one
// silence, undone by the last to end (nothing of ganlab's own writes to std::cerr).
class QuietDecode {
public:
    QuietDecode() {
        const std::lock_guard lock(s_mutex);
        if (s_depth++ == 0) {
            s_cerr = std::cerr.rdbuf(nullptr);
            s_level = cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
        }
    }
    ~QuietDecode() {
        const std::lock_guard lock(s_mutex);
        if (--s_depth == 0) {
            std::cerr.rdbuf(s_cerr);
            cv::utils::logging::setLogLevel(s_level);
        }
    }
    QuietDecode(const QuietDecode&) = delete;
    QuietDecode& operator=(const QuietDecode&) = delete;

private:
    static inline std::mutex s_mutex;
    static inline int s_depth = 0;
    static inline std::streambuf* s_cerr = nullptr;
    static inline cv::utils::logging::LogLevel s_level = cv::utils::logging::LOG_LEVEL_WARNING;
};

cv::Mat decodeQuietly(const cv::Mat& raw) {
    const QuietDecode quiet;
    return cv::imdecode(raw, cv::IMREAD_UNCHANGED);
}

} // namespace

void DatasetBuilder::addEncoded(std::span<const std::uint8_t> bytes, const std::string& name,
                                std::int32_t label) {
    const auto size = probeImageSize(bytes);
    if (!size)
        return skip(name, "not a recognised image (unknown or truncated header)");
    if (truncatedJpeg(bytes)) // OpenCV would decode it grey-filled, with only a warning
        return skip(name, "truncated JPEG (no end-of-image marker)");
    if (size->width <= 0 || size->height <= 0)
        return skip(name, "header declares an empty image");
    if (size->width > m_settings.maxSide || size->height > m_settings.maxSide ||
        size->width * size->height > m_settings.maxPixels)
        return skip(name, "image too large (" + std::to_string(size->width) + "x" +
                              std::to_string(size->height) + "), refused before decoding");
    try {
        const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U,
                          const_cast<std::uint8_t*>(bytes.data()));
        cv::Mat decoded = decodeQuietly(raw);
        if (decoded.empty())
            return skip(name, "could not be decoded (corrupt or unsupported)");
        if (decoded.channels() == 3)
            cv::cvtColor(decoded, decoded, cv::COLOR_BGR2RGB);
        else if (decoded.channels() == 4)
            cv::cvtColor(decoded, decoded, cv::COLOR_BGRA2RGBA);
        addDecoded(decoded, label);
    } catch (const std::exception& e) {
        skip(name, e.what());
    }
}

void DatasetBuilder::skip(const std::string& name, const std::string& reason) {
    auto& report = m_data.report;
    if (report.skippedExamples.size() < kMaxSkipExamples)
        report.skippedExamples.push_back(name + ": " + reason);
    ++report.skipped;
}

DecodedDataset DatasetBuilder::finish(std::vector<std::string> classNames) {
    if (m_data.count == 0) {
        if (m_data.report.skipped > 0)
            throw Error(ErrorKind::Data, m_data.path,
                        message(MessageCode::NoUsableImageSkipped, m_data.report.skipped,
                                m_data.report.skippedExamples.front()));
        throw Error(ErrorKind::Data, m_data.path, message(MessageCode::NoUsableImage));
    }
    if (!m_data.labels.empty() && static_cast<std::int64_t>(m_data.labels.size()) != m_data.count)
        throw Error(ErrorKind::Data, m_data.path, message(MessageCode::SomeImagesUnlabelled));
    if (m_data.labels.empty())
        classNames.clear();
    if (m_autoChannels && m_allGray) { // every image was gray: keep one channel
        const std::size_t plane = static_cast<std::size_t>(m_data.resolution) * m_data.resolution;
        for (std::int64_t i = 0; i < m_data.count; ++i)
            std::copy_n(m_data.pixels.begin() + i * 3 * plane, plane,
                        m_data.pixels.begin() + i * plane);
        m_data.pixels.resize(m_data.count * plane);
        m_data.pixels.shrink_to_fit();
        m_data.channels = 1;
    }
    m_data.classNames = std::move(classNames);
    if (m_data.report.skipped > 0) {
        spdlog::warn("{}: skipped {} unusable file(s); first: {}", m_data.path,
                     m_data.report.skipped, m_data.report.skippedExamples.front());
    }
    if (m_data.report.ignored > 0)
        spdlog::info("{}: ignored {} file(s) without an image extension", m_data.path,
                     m_data.report.ignored);
    return std::move(m_data);
}

DatasetInfo DecodedDataset::info() const {
    DatasetInfo info;
    info.path = path;
    info.format = format;
    info.count = count;
    info.resolution = resolution;
    info.channels = channels;
    info.classNames = classNames;
    info.classCounts.assign(classNames.size(), 0);
    for (auto label : labels)
        if (label >= 0 && static_cast<std::size_t>(label) < classNames.size())
            ++info.classCounts[label];
    info.report = report;
    info.preview = previewGrid();
    return info;
}

Image DecodedDataset::previewGrid() const {
    constexpr int kCols = 8, kMaxClassRows = 10, kUnlabelledRows = 4;
    const bool byClass = labelled() && !classNames.empty();
    const int rows = byClass ? std::min<int>(kMaxClassRows, static_cast<int>(classNames.size()))
                             : kUnlabelledRows;
    std::vector<std::int64_t> chosen(static_cast<std::size_t>(rows) * kCols, -1);
    std::vector<int> filled(rows, 0);
    for (std::int64_t i = 0; i < count; ++i) {
        const int row = byClass ? labels[i] : static_cast<int>(i / kCols);
        if (row < 0 || row >= rows || filled[row] >= kCols)
            continue;
        chosen[static_cast<std::size_t>(row) * kCols + filled[row]++] = i;
    }
    const std::size_t bytes = imageBytes();
    std::vector<std::uint8_t> tiles(chosen.size() * bytes, 255);
    for (std::size_t t = 0; t < chosen.size(); ++t)
        if (chosen[t] >= 0)
            std::copy_n(pixels.data() + chosen[t] * bytes, bytes, tiles.data() + t * bytes);
    if (count == 0 || bytes == 0)
        return {};
    return composeGrid(tiles.data(), static_cast<int>(chosen.size()), channels, resolution,
                       resolution, {rows, kCols, 1, 255});
}

} // namespace ganlab
