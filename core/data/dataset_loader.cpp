// loadDataset: detects the format of a path and imports it through the decode-once cache.
#include "data/dataset_loader.h"

#include "api/error.h"
#include "data/dataset_cache.h"
#include "data/image_header.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

bool containsFile(const fs::path& dir, const std::function<bool(const std::string&)>& match) {
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (match(it->path().filename().string()))
            return true;
    return false;
}

bool idxName(const std::string& n) {
    return n.find("-idx") != std::string::npos && n.find("ubyte") != std::string::npos;
}
bool cifarName(const std::string& n) {
    return (n.rfind("data_batch_", 0) == 0 && n.ends_with(".bin")) || n == "train.bin" ||
           n == "test_batch.bin" || n == "test.bin";
}

} // namespace

std::string defaultDatasetPath() {
    return "/usr/share/datasets/fashion-mnist";
}

std::string resolveDatasetPath(const std::string& path) {
    if (path == "fashion-mnist" || path == "default")
        return defaultDatasetPath();
    return path;
}

std::string detectDatasetFormat(const std::string& path) {
    std::error_code ec;
    const fs::path p(path);
    if (!fs::exists(p, ec))
        throw Error(ErrorKind::Data, path, "does not exist");
    if (fs::is_directory(p, ec)) {
        if (containsFile(p, idxName))
            return "idx";
        if (containsFile(p, cifarName))
            return "cifar";
        return "folder";
    }
    const std::string name = p.filename().string();
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (lower.ends_with(".zip"))
        return "zip";
    if (idxName(lower))
        return "idx";
    if (lower.ends_with(".bin"))
        return "cifar";
    if (hasImageExtension(lower))
        throw Error(ErrorKind::Data, path, "is a single image; give the folder that holds it");
    throw Error(ErrorKind::Data, path,
                "unknown dataset format (expected an image folder, .zip, IDX or CIFAR .bin)");
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
    const auto started = std::chrono::steady_clock::now();
    const std::string path = resolveDatasetPath(requested);
    const std::string format = detectDatasetFormat(path);
    const std::string cacheFile =
        cacheFileFor(cacheDirectory(), sourceIdentity(path), context.settings);
    if (auto cached = readDatasetCache(cacheFile)) {
        spdlog::info("{}: {} images from the decode cache", path, cached->count);
        cached->report.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        context.report(1.0, "loaded from cache");
        return std::move(*cached);
    }
    DecodedDataset data = format == "zip"     ? readZipArchive(path, context)
                          : format == "idx"   ? readIdx(path, context)
                          : format == "cifar" ? readCifar(path, context)
                                              : readImageFolder(path, context);
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
