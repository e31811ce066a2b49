// Feature statistics in float64 and their on-disk cache format.
#include "metrics/feature_stats.h"

#include "train/archive_file.h"

#include <filesystem>

namespace ganlab {

FeatureStats featureStats(const torch::Tensor& features, bool withFactor) {
    const auto x = features.to(torch::kDouble);
    FeatureStats s;
    s.count = x.size(0);
    s.mean = x.mean(0);
    const auto centred = x - s.mean;
    s.cov = centred.t().mm(centred) / double(std::max<std::int64_t>(1, s.count - 1));
    if (withFactor)
        s.factor = covarianceFactor(s.cov);
    if (s.count < x.size(1))
        s.centred = centred;
    return s;
}

CovFactor covarianceFactor(const torch::Tensor& cov) {
    // A dimension of zero variance has a zero row and column (cov is positive semi-definite):
    // factor the rest and leave its row and column of the factor zero.
    const auto kept = (cov.diagonal() > 0).nonzero().squeeze(1);
    if (kept.numel() > 0) {
        const auto rest = cov.index_select(0, kept).index_select(1, kept);
        const auto [lower, info] = torch::linalg_cholesky_ex(rest, false, false);
        if (info.item<int>() == 0) {
            auto matrix = torch::zeros_like(cov);
            matrix.index_put_({kept.unsqueeze(1), kept}, lower);
            return {matrix, true};
        }
    }
    return {symmetricSqrt(cov), false};
}

torch::Tensor symmetricSqrt(const torch::Tensor& matrix) {
    const auto sym = (matrix + matrix.t()) / 2;
    const auto [values, vectors] = torch::linalg::eigh(sym, "L");
    return (vectors * values.clamp_min(0).sqrt()).mm(vectors.t());
}

void saveStats(const FeatureStats& s, const std::string& path) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    torch::serialize::OutputArchive a;
    a.write("mean", s.mean);
    a.write("cov", s.cov);
    a.write("cov_factor", s.factor.matrix);
    a.write("cov_factor_triangular", torch::tensor(s.factor.triangular));
    a.write("count", torch::tensor(s.count));
    saveArchiveAtomically(a, path);
}

FeatureStats loadStats(const std::string& path) {
    FeatureStats s;
    if (!std::filesystem::exists(path))
        return s;
    try {
        torch::serialize::InputArchive a;
        loadCheckedArchive(a, path, ErrorKind::Data);
        torch::Tensor count;
        a.read("mean", s.mean);
        a.read("cov", s.cov);
        a.read("count", count);
        s.count = count.item<std::int64_t>();
        torch::Tensor triangular;
        if (a.try_read("cov_factor", s.factor.matrix) &&
            a.try_read("cov_factor_triangular", triangular)) {
            s.factor.triangular = triangular.item<bool>();
            return s;
        }
        // Written before the factor (a symmetric square root under "cov_sqrt"): derive it.
        s.factor = covarianceFactor(s.cov);
    } catch (const std::exception&) {
        return {}; // a damaged cache entry is recomputed, never trusted
    }
    try {
        saveStats(s, path); // upgraded once, not derived again at every evaluation
    } catch (const std::exception&) {
        // a read-only cache still serves, deriving the factor each time
    }
    return s;
}

} // namespace ganlab
