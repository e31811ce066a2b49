// The dataset-format registry and detection.
#include "data/dataset_format.h"

#include "api/error.h"
#include "data/image_header.h"

#include <algorithm>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

std::vector<DatasetFormat>& registry() {
    static std::vector<DatasetFormat> formats;
    return formats;
}

} // namespace

bool registerDatasetFormat(DatasetFormat format) {
    auto& all = registry();
    std::erase_if(all, [&](const DatasetFormat& f) { return f.name == format.name; });
    all.push_back(std::move(format));
    std::stable_sort(all.begin(), all.end(),
                     [](const auto& a, const auto& b) { return a.detectOrder < b.detectOrder; });
    return true;
}

const std::vector<DatasetFormat>& datasetFormats() {
    return registry();
}

bool folderHolds(const fs::path& folder, const std::function<bool(const std::string&)>& match) {
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        if (match(it->path().filename().string()))
            return true;
    return false;
}

std::string lowerCase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

const DatasetFormat& detectDatasetFormat(const std::string& path) {
    std::error_code ec;
    const fs::path p(path);
    if (!fs::exists(p, ec))
        throw Error(ErrorKind::Data, path, message(MessageCode::DoesNotExist));
    const bool folder = fs::is_directory(p, ec);
    if (!folder && !fs::is_regular_file(p, ec)) // a FIFO or device would block or never end
        throw Error(ErrorKind::Data, path, message(MessageCode::NotARegularFile));
    for (const auto& format : registry())
        if (format.detect(p, folder))
            return format;
    if (!folder && hasImageExtension(lowerCase(p.filename().string())))
        throw Error(ErrorKind::Data, path, message(MessageCode::SingleImageNotDataset));
    std::string expected;
    for (std::size_t i = 0; i < registry().size(); ++i)
        expected += std::string(i == 0                       ? ""
                                : i + 1 == registry().size() ? " or "
                                                             : ", ") +
                    registry()[i].description;
    throw Error(ErrorKind::Data, path, message(MessageCode::UnknownDatasetFormat, expected));
}

} // namespace ganlab
