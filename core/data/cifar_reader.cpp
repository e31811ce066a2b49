// readCifar: CIFAR-10 (1+3072-byte records) and CIFAR-100 (2+3072, fine labels) binary batches.
#include "data/dataset_builder.h"
#include "data/dataset_format.h"

#include "api/error.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

constexpr std::size_t kPixels = 32 * 32 * 3;

bool cifarName(const std::string& n) {
    return (n.rfind("data_batch_", 0) == 0 && n.ends_with(".bin")) || n == "train.bin" ||
           n == "test_batch.bin" || n == "test.bin";
}

bool isCifar100Name(const std::string& name) {
    return name == "train.bin" || name == "test.bin";
}

std::vector<std::string> batchFiles(const std::string& path) {
    if (!fs::is_directory(path))
        return {path};
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(path)) {
        const std::string name = e.path().filename().string();
        if (name.rfind("data_batch_", 0) == 0 && name.ends_with(".bin"))
            files.push_back(e.path().string());
    }
    if (files.empty() && fs::exists(fs::path(path) / "train.bin"))
        files.push_back((fs::path(path) / "train.bin").string());
    if (files.empty())
        throw Error(ErrorKind::Data, path, message(MessageCode::NoCifarBatches));
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> readNames(const fs::path& file) {
    std::vector<std::string> names;
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) // absent, or a pipe that would block: numbered classes
        return names;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        if (!line.empty())
            names.push_back(line);
    }
    return names;
}

} // namespace

DecodedDataset readCifar(const std::string& path, const ReadContext& context) {
    const auto files = batchFiles(path);
    const bool cifar100 = isCifar100Name(fs::path(files.front()).filename().string());
    const std::size_t labelBytes = cifar100 ? 2 : 1;
    const std::size_t record = labelBytes + kPixels;
    DatasetBuilder builder(path, cifar100 ? "cifar100" : "cifar10", context.settings);
    int classes = 0;
    for (std::size_t f = 0; f < files.size(); ++f) {
        std::error_code ec;
        if (!fs::is_regular_file(files[f], ec)) // a pipe or a device would block or never end
            throw Error(ErrorKind::Data, files[f], message(MessageCode::NotARegularFile));
        std::ifstream in(files[f], std::ios::binary);
        if (!in)
            throw Error(ErrorKind::Io, files[f], message(MessageCode::CannotOpen));
        const auto size = fs::file_size(files[f]);
        if (size == 0 || size % record != 0)
            throw Error(ErrorKind::Data, files[f],
                        message(MessageCode::CifarSizeMismatch, size, record,
                                cifar100 ? "CIFAR-100" : "CIFAR-10"));
        std::vector<std::uint8_t> buf(record);
        cv::Mat rgb(32, 32, CV_8UC3);
        for (std::size_t r = 0; r < size / record; ++r) {
            if (r % 1024 == 0) {
                context.throwIfStopped(path);
                context.report((f + double(r * record) / size) / files.size(),
                               "reading " + files[f]);
            }
            in.read(reinterpret_cast<char*>(buf.data()), record);
            const std::uint8_t* px = buf.data() + labelBytes;
            for (int p = 0; p < 1024; ++p)
                for (int ch = 0; ch < 3; ++ch)
                    rgb.data[p * 3 + ch] = px[ch * 1024 + p]; // planar R,G,B → interleaved RGB
            const int label = buf[labelBytes - 1];
            classes = std::max(classes, label + 1);
            builder.addDecoded(rgb, label);
        }
    }
    const fs::path dir = fs::is_directory(path) ? fs::path(path) : fs::path(path).parent_path();
    auto names = readNames(dir / (cifar100 ? "fine_label_names.txt" : "batches.meta.txt"));
    if (static_cast<int>(names.size()) < classes) {
        names.clear();
        for (int i = 0; i < classes; ++i)
            names.push_back(std::to_string(i));
    }
    return builder.finish(names);
}

// CIFAR-10/100 binary batches: one .bin file or a folder of them.
GANLAB_REGISTER_DATASET_FORMAT(
    {.name = "cifar",
     .description = "CIFAR .bin",
     .detectOrder = 30,
     .detect =
         [](const fs::path& p, bool isFolder) {
             return isFolder ? folderHolds(p, cifarName)
                             : lowerCase(p.filename().string()).ends_with(".bin");
         },
     .read = readCifar});

} // namespace ganlab
