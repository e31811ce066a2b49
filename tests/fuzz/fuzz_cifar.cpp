// fuzz_cifar: a CIFAR binary batch — data_batch_1.bin (CIFAR-10, 1 + 3072-byte records), or
// train.bin (CIFAR-100, 2 + 3072) when the input is a whole number of CIFAR-100 records.
#include "fuzz_dataset.h"

namespace fs = std::filesystem;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ganlab::fuzz::quietEngine();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const fs::path dir10 = ganlab::fuzz::scratchDir() / "cifar10";
    static const fs::path dir100 = ganlab::fuzz::scratchDir() / "cifar100";
    constexpr std::size_t kCifar100Record = 2 + 3072;
    const bool cifar100 = size > 0 && size % kCifar100Record == 0;
    const fs::path file = cifar100 ? dir100 / "train.bin" : dir10 / "data_batch_1.bin";
    fs::create_directories(file.parent_path());
    ganlab::fuzz::writeFile(file, data, size);
    ganlab::fuzz::readDatasetFile(file);
    return 0;
}
