// Process-wide runtime tuning: torch's compute threads (LibTorch starts with one) and the
// allocator settings that keep a training step's buffers in the heap.
#pragma once

namespace ganlab {

// Sets torch's intra-op thread count (at least 1) and tunes the allocator once per process;
// returns the count in force.
int setComputeThreads(int threads);
int hardwareThreads();

} // namespace ganlab
