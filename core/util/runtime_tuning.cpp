// Runtime tuning: torch's thread count, and glibc's allocator tuned once per process.
#include "api/runtime.h"

#include "nn/fast_convolution.h"

#include <ATen/Parallel.h>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <thread>

namespace ganlab {
namespace {

// glibc hands tensors above 128 KiB back to the kernel on every free, so each step page-faults
// its buffers in again; keeping them in the heap makes a DCGAN step ~25% faster (bench_presets:
// cpu-quick 128 → 94 ms on two cores).
void tuneAllocatorOnce() {
    static const bool tuned = [] {
        mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's maximum on 64-bit
        mallopt(M_TRIM_THRESHOLD, 512 << 20); // keep freed memory for the next step
        return true;
    }();
    (void)tuned;
}

} // namespace

int setComputeThreads(int threads) {
    tuneAllocatorOnce();
    at::set_num_threads(std::max(1, threads));
    return at::get_num_threads();
}

bool lowerThreadPriority() {
    constexpr int kBackgroundNice = 10;
    return setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kBackgroundNice) == 0;
}

void useStockKernels(bool stock) {
    nn::setFastConvolutions(!stock);
}

int hardwareThreads() {
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

} // namespace ganlab
