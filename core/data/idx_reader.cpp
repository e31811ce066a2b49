// readIdx: the IDX format of the MNIST family (raw or gzip), images with their labels file.
#include "data/dataset_builder.h"
#include "data/dataset_format.h"

#include "api/error.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

// "train-images-idx3-ubyte" (the original names) or "train-images.idx3-ubyte" (a common copy).
bool idxName(const std::string& n) {
    return (n.find("-idx") != std::string::npos || n.find(".idx") != std::string::npos) &&
           n.find("ubyte") != std::string::npos;
}

// Reads a whole file, transparently gunzipping; throws Error naming the file.
std::vector<std::uint8_t> readMaybeGzip(const std::string& path) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f)
        throw Error(ErrorKind::Io, path, message(MessageCode::CannotOpen));
    std::vector<std::uint8_t> out;
    std::array<std::uint8_t, 1 << 16> chunk;
    int got = 0;
    while ((got = gzread(f, chunk.data(), chunk.size())) > 0)
        out.insert(out.end(), chunk.begin(), chunk.begin() + got);
    int code = 0;
    const std::string message = got < 0 ? gzerror(f, &code) : "";
    gzclose(f);
    if (got < 0)
        throw Error(ErrorKind::Data, path, ganlab::message(MessageCode::CorruptGzip, message));
    return out;
}

struct IdxArray {
    std::vector<std::int64_t> dims;
    std::size_t dataOffset = 0;
    std::vector<std::uint8_t> bytes;
};

IdxArray parseIdx(const std::string& path) {
    IdxArray a;
    a.bytes = readMaybeGzip(path);
    const auto& b = a.bytes;
    if (b.size() < 4 || b[0] != 0 || b[1] != 0)
        throw Error(ErrorKind::Data, path, message(MessageCode::IdxBadMagic));
    if (b[2] != 0x08)
        throw Error(ErrorKind::Data, path, message(MessageCode::IdxBadElementType));
    const int ndims = b[3];
    if (ndims < 1 || ndims > 4 || b.size() < 4 + 4 * std::size_t(ndims))
        throw Error(ErrorKind::Data, path, message(MessageCode::IdxTruncatedHeader));
    std::int64_t total = 1;
    for (int d = 0; d < ndims; ++d) {
        const std::size_t i = 4 + 4 * d;
        const std::int64_t dim =
            (std::int64_t(b[i]) << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3];
        a.dims.push_back(dim);
        if (total > 0 && dim > (std::int64_t(1) << 40) / total) // before the product overflows
            throw Error(ErrorKind::Data, path, message(MessageCode::IdxTooLarge));
        total *= dim; // a zero dimension holds no data: zero images, or a shape refused below
    }
    a.dataOffset = 4 + 4 * ndims;
    if (static_cast<std::int64_t>(b.size() - a.dataOffset) < total)
        throw Error(ErrorKind::Data, path,
                    message(MessageCode::IdxTruncatedData, total, b.size() - a.dataOffset));
    return a;
}

bool isIdxImages(const std::string& name) {
    return name.find("images-idx3") != std::string::npos ||
           name.find("images.idx3") != std::string::npos;
}

// The labels beside an images file ("…images-idx3…" → "…labels-idx1…"); "" for another name.
std::string labelsPathFor(const std::string& imagesPath) {
    std::string path = imagesPath;
    const auto name = path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1;
    for (const auto& [images, labels] :
         {std::pair{"images-idx3", "labels-idx1"}, std::pair{"images.idx3", "labels.idx1"}})
        if (const auto at = path.find(images, name); at != std::string::npos)
            return path.replace(at, std::string(images).size(), labels);
    return {};
}

std::string findImagesFile(const std::string& path) {
    if (!fs::is_directory(path))
        return path;
    std::vector<std::string> candidates;
    for (const auto& e : fs::directory_iterator(path))
        if (e.is_regular_file() && isIdxImages(e.path().filename().string()))
            candidates.push_back(e.path().string());
    if (candidates.empty())
        throw Error(ErrorKind::Data, path, message(MessageCode::IdxNoImagesFile));
    std::sort(candidates.begin(), candidates.end());
    for (const auto& c : candidates)
        if (fs::path(c).filename().string().find("train") != std::string::npos)
            return c;
    return candidates.front();
}

std::vector<std::string> knownClassNames(const std::string& path, int classes) {
    std::string lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (lower.find("fashion") != std::string::npos && classes <= 10)
        return {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
    std::vector<std::string> names;
    for (int i = 0; i < classes; ++i)
        names.push_back(std::to_string(i));
    return names;
}

} // namespace

DecodedDataset readIdx(const std::string& path, const ReadContext& context) {
    const std::string imagesPath = findImagesFile(path);
    context.report(0.0, "reading " + imagesPath);
    const IdxArray images = parseIdx(imagesPath);
    if (images.dims.size() != 3 && images.dims.size() != 4)
        throw Error(ErrorKind::Data, imagesPath, message(MessageCode::IdxBadImageRank));
    const std::int64_t n = images.dims[0], h = images.dims[1], w = images.dims[2];
    const int c = images.dims.size() == 4 ? static_cast<int>(images.dims[3]) : 1;
    if (h <= 0 || w <= 0 || h > context.settings.maxSide || w > context.settings.maxSide ||
        (c != 1 && c != 3 && c != 4))
        throw Error(ErrorKind::Data, imagesPath, message(MessageCode::IdxBadImageShape));

    std::vector<std::int32_t> labels;
    const std::string labelsPath = labelsPathFor(imagesPath);
    if (!labelsPath.empty() && fs::exists(labelsPath)) {
        if (!fs::is_regular_file(labelsPath)) // a pipe would block the read for ever
            throw Error(ErrorKind::Data, labelsPath, message(MessageCode::NotARegularFile));
        const IdxArray l = parseIdx(labelsPath);
        if (l.dims.size() != 1 || l.dims[0] != n)
            throw Error(ErrorKind::Data, labelsPath,
                        message(MessageCode::IdxLabelsMismatch, l.dims[0], n));
        labels.assign(l.bytes.begin() + l.dataOffset, l.bytes.begin() + l.dataOffset + n);
    }
    int classes = 0;
    for (auto l : labels)
        classes = std::max(classes, l + 1);

    DatasetBuilder builder(path, "idx", context.settings);
    builder.reserve(n);
    const std::size_t stride = static_cast<std::size_t>(h * w * c);
    for (std::int64_t i = 0; i < n; ++i) {
        if (i % 1024 == 0) {
            context.throwIfStopped(path);
            context.report(double(i) / n, "decoding image " + std::to_string(i));
        }
        const cv::Mat img(
            static_cast<int>(h), static_cast<int>(w), CV_8UC(c),
            const_cast<std::uint8_t*>(images.bytes.data() + images.dataOffset + i * stride));
        builder.addDecoded(img, labels.empty() ? -1 : labels[i]);
    }
    context.report(1.0, "decoded " + std::to_string(n) + " images");
    return builder.finish(knownClassNames(path, classes));
}

// IDX (MNIST family), raw or gzip: a file, or a folder whose train images are picked.
GANLAB_REGISTER_DATASET_FORMAT({.name = "idx",
                                .description = "IDX",
                                .detectOrder = 20,
                                .detect =
                                    [](const fs::path& p, bool isFolder) {
                                        return isFolder ? folderHolds(p, idxName)
                                                        : idxName(lowerCase(p.filename().string()));
                                    },
                                .read = readIdx});

} // namespace ganlab
