// loadDataset: detects the format of a path (data/dataset_format.h) and imports it through the
// decode-once cache.
#include "data/dataset_loader.h"

#include "api/error.h"
#include "api/settings.h"
#include "data/dataset_cache.h"
#include "data/dataset_format.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace ganlab {

std::string defaultDatasetPath() {
    return "/usr/share/datasets/fashion-mnist";
}

std::string resolveDatasetPath(const std::string& path) {
    if (path == "fashion-mnist" || path == "default")
        return defaultDatasetPath();
    return path;
}

// The import's size, channels and background as the settings table allows them (ganlab-cli info
// takes them from the command line, where a negative size once reached OpenCV).
void checkImportSettings(const ImportSettings& s) {
    TrainConfig c;
    c.resolution = s.resolution;
    c.channels = s.channels;
    c.background = s.background;
    std::vector<Problem> problems;
    for (const char* key : {"resolution", "channels", "background"})
        if (auto m = checkSetting(findSetting(key), c))
            problems.push_back({key, *m});
    if (!problems.empty())
        throw Error(ErrorKind::Usage, {}, message(MessageCode::InvalidConfiguration), problems);
}

std::string cacheDirectory() {
    if (const char* dir = std::getenv("GANLAB_CACHE_DIR"); dir && *dir)
        return dir;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return (fs::path(xdg) / "ganlab").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (fs::path(home) / ".cache" / "ganlab").string();
    return (fs::temp_directory_path() / "ganlab-cache").string();
}

DecodedDataset loadDataset(const std::string& requested, const ReadContext& context) {
    checkImportSettings(context.settings);
    const auto started = std::chrono::steady_clock::now();
    const std::string path = resolveDatasetPath(requested);
    const DatasetFormat& format = detectDatasetFormat(path);
    const std::string cacheFile =
        cacheFileFor(cacheDirectory(), sourceIdentity(path), context.settings);
    if (auto cached = readDatasetCache(cacheFile)) {
        context.throwIfStopped(path); // a stop before a cached import still stops it
        spdlog::info("{}: {} images from the decode cache", path, cached->count);
        cached->report.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        context.report(1.0, "loaded from cache");
        return std::move(*cached);
    }
    DecodedDataset data = format.read(path, context);
    data.path = path;
    writeDatasetCache(cacheFile, data);
    data.report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    spdlog::info("{}: imported {} images ({}px, {} channel(s), {} classes) in {:.1f} s", path,
                 data.count, data.resolution, data.channels, data.classNames.size(),
                 data.report.seconds);
    return data;
}

} // namespace ganlab
