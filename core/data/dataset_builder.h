// DatasetBuilder: collects normalised images (and skips, with reasons) into a DecodedDataset.
#pragma once

#include "data/decoded_dataset.h"
#include "data/import_settings.h"

#include <opencv2/core.hpp>

#include <cstdint>
#include <span>
#include <string>

namespace ganlab {

class DatasetBuilder {
public:
    DatasetBuilder(std::string path, std::string format, const ImportSettings& settings);

    // Adds an RGB (3-channel) or gray (1-channel) 8/16-bit image, any size: it is composited,
    // converted, fitted and resized per the settings. Label -1 = unlabelled.
    void addDecoded(const cv::Mat& rgbOrGray, std::int32_t label);
    // Probes, guards, decodes and adds encoded bytes (PNG, JPEG, …); a failure becomes a skip.
    void addEncoded(std::span<const std::uint8_t> bytes, const std::string& name,
                    std::int32_t label);
    void skip(const std::string& name, const std::string& reason);
    void ignore() { ++m_data.report.ignored; }
    void reserve(std::int64_t images) { m_data.pixels.reserve(images * m_data.imageBytes()); }

    // Finishes: throws Error (naming the path) when no image was usable.
    DecodedDataset finish(std::vector<std::string> classNames);

private:
    ImportSettings m_settings;
    DecodedDataset m_data;
    bool m_autoChannels = false; // settings asked for channels 0: keep RGB only if colour is seen
    bool m_allGray = true;
};

// Converts any decoded image (RGB/RGBA/gray, 8/16-bit or float) to the settings' square uint8
// image in RGB or gray; throws std::runtime_error with a reason if the format is unusable.
cv::Mat normaliseImage(const cv::Mat& rgbOrGray, const ImportSettings& settings);

} // namespace ganlab
