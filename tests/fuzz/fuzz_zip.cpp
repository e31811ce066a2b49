// fuzz_zip: a zip archive of images (libzip listing and reading, class folders, the header probe
// and decode of each entry) as x.zip.
#include "fuzz_dataset.h"

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ganlab::fuzz::quietEngine();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fs::path file = ganlab::fuzz::scratchDir() / "x.zip";
    ganlab::fuzz::writeFile(file, data, size);
    ganlab::fuzz::readDatasetFile(file);
    return 0;
}
