// BatchRandom: per-image random draws for one rank's share of a global batch — drawn for the whole
// batch from the run's shared generator and sliced, so N processes draw exactly what one process
// would, and every rank's generator stays in step. In one process it is just the generator.
#pragma once

#include "torch_prelude.h"

#include <vector>

namespace ganlab::nn {

class BatchRandom {
public:
    // The whole batch is this process's.
    BatchRandom(at::Generator& rng) // NOLINT(google-explicit-constructor): a generator is one
        : m_rng(rng) {}
    // Images [offset, offset + n) of a global batch of `total` (n: the first size of each draw).
    BatchRandom(at::Generator& rng, std::int64_t offset, std::int64_t total)
        : m_rng(rng)
        , m_offset(offset)
        , m_total(total) {}

    // Uniform [0, 1) floats of `shape`, on the CPU.
    torch::Tensor uniform(std::vector<std::int64_t> shape) const {
        const auto n = shape.front();
        return mine(torch::rand(whole(std::move(shape)), m_rng, torch::kFloat), n);
    }
    // Standard normal floats of `shape`, on the CPU.
    torch::Tensor normal(std::vector<std::int64_t> shape) const {
        const auto n = shape.front();
        return mine(torch::randn(whole(std::move(shape)), m_rng, torch::kFloat), n);
    }
    // Integers in [low, high) of `shape` (int64, on the CPU).
    torch::Tensor integers(std::int64_t low, std::int64_t high,
                           std::vector<std::int64_t> shape) const {
        const auto n = shape.front();
        return mine(torch::randint(low, high, whole(std::move(shape)), m_rng, torch::kLong), n);
    }

private:
    std::vector<std::int64_t> whole(std::vector<std::int64_t> shape) const {
        if (m_total > 0)
            shape.front() = m_total;
        return shape;
    }
    torch::Tensor mine(const torch::Tensor& drawn, std::int64_t n) const {
        return m_total > 0 ? drawn.narrow(0, m_offset, n) : drawn;
    }

    at::Generator& m_rng;
    std::int64_t m_offset = 0;
    std::int64_t m_total = 0; // 0: the whole batch
};

} // namespace ganlab::nn
