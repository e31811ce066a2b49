// fuzz_idx: an IDX file of the MNIST family (raw or gzip) as train-images-idx3-ubyte. Where the
// input holds the line "--labels--", the bytes after it become train-labels-idx1-ubyte beside it.
#include "fuzz_dataset.h"

#include <algorithm>
#include <string_view>

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ganlab::fuzz::quietEngine();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fs::path dir = ganlab::fuzz::scratchDir() / "idx";
    static const fs::path images = dir / "train-images-idx3-ubyte";
    static const fs::path labels = dir / "train-labels-idx1-ubyte";
    fs::create_directories(dir);
    constexpr std::string_view kSeparator = "\n--labels--\n";
    const auto* end = data + size;
    const auto* at = std::search(data, end, kSeparator.begin(), kSeparator.end());
    ganlab::fuzz::writeFile(images, data, static_cast<std::size_t>(at - data));
    std::error_code ec;
    if (at == end)
        fs::remove(labels, ec);
    else
        ganlab::fuzz::writeFile(labels, at + kSeparator.size(),
                                static_cast<std::size_t>(end - at - kSeparator.size()));
    ganlab::fuzz::readDatasetFile(images);
    return 0;
}
