// readImageFolder: a recursive image folder, with first-level subfolders as classes.
#include "data/dataset_builder.h"
#include "data/dataset_format.h"
#include "data/folder_walk.h"
#include "data/image_header.h"

#include "api/error.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

std::vector<std::uint8_t> readBytes(const fs::path& file, std::int64_t limit, std::string& why) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec) {
        why = "cannot stat: " + ec.message();
        return {};
    }
    if (static_cast<std::int64_t>(size) > limit) {
        why = "file larger than " + std::to_string(limit >> 20) + " MiB";
        return {};
    }
    std::ifstream in(file, std::ios::binary);
    std::vector<std::uint8_t> bytes(size);
    if (!in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size))) {
        why = "cannot read";
        return {};
    }
    return bytes;
}

// The image files below `root` by relative path, sorted; links followed (walkFolder), and what
// cannot be read skipped and counted.
std::vector<std::string> listImages(const fs::path& root, DatasetBuilder& builder) {
    std::vector<std::string> relative;
    walkFolder(root, [&](const WalkEntry& e) {
        using Kind = WalkEntry::Kind;
        switch (e.kind) {
        case Kind::RepeatedFolder:
            return builder.skip(e.relative, "a link to a folder already read");
        case Kind::BrokenLink:
            return builder.skip(e.relative, "a broken link");
        case Kind::NotRegular:
            if (hasImageExtension(e.relative))
                return builder.skip(e.relative, "not a regular file");
            return builder.ignore();
        case Kind::File:
            if (hasImageExtension(e.relative))
                return relative.push_back(e.relative);
            return builder.ignore();
        }
    });
    std::sort(relative.begin(), relative.end());
    return relative;
}

} // namespace

DecodedDataset readImageFolder(const std::string& path, const ReadContext& context) {
    const fs::path root(path);
    DatasetBuilder builder(path, "folder", context.settings);
    const std::vector<std::string> relative = listImages(root, builder);
    const ClassLayout layout = assignClasses(relative);
    const bool labelled = !layout.classNames.empty();
    builder.reserve(static_cast<std::int64_t>(relative.size()));
    for (std::size_t i = 0; i < relative.size(); ++i) {
        context.throwIfStopped(path);
        if (i % 64 == 0)
            context.report(double(i) / relative.size(), "decoding " + relative[i]);
        if (labelled && layout.labels[i] < 0) {
            builder.skip(relative[i], "outside every class folder");
            continue;
        }
        std::string why;
        const auto bytes = readBytes(root / relative[i], context.settings.maxFileBytes, why);
        if (!why.empty())
            builder.skip(relative[i], why);
        else
            builder.addEncoded(bytes, relative[i], layout.labels[i]);
    }
    context.report(1.0, "decoded " + std::to_string(relative.size()) + " files");
    return builder.finish(layout.classNames);
}

// Any folder: recursive; two or more first-level subfolders with images become classes.
GANLAB_REGISTER_DATASET_FORMAT({.name = "folder",
                                .description = "an image folder",
                                .detectOrder = 100,
                                .detect = [](const fs::path&, bool isFolder) { return isFolder; },
                                .read = readImageFolder});

} // namespace ganlab
