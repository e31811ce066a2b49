// Process-wide runtime tuning: torch's compute threads (LibTorch starts with one) and the
// allocator settings that keep a training step's buffers in the heap.
#pragma once

namespace ganlab {

// Sets torch's intra-op thread count (at least 1) and tunes the allocator once per process;
// returns the count in force.
int setComputeThreads(int threads);
int hardwareThreads();

// Lowers the calling thread's scheduling priority (Linux: nice +10 for this thread only) so that a
// window's GUI thread preempts it at once; compute threads it starts afterwards inherit it. Call
// before the thread's first torch operation. False where the system refused.
bool lowerThreadPriority();

// Which kernels training runs on: ganlab's faster ones (default), or LibTorch's stock ones — the
// benchmarks' "before" figures and the equivalence checks. Same mathematics either way.
void useStockKernels(bool stock);

} // namespace ganlab
