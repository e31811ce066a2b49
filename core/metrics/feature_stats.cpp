// Feature statistics in float64 and their on-disk cache format.
#include "metrics/feature_stats.h"

#include "train/archive_file.h"

#include <filesystem>

namespace ganlab {

FeatureStats featureStats(const torch::Tensor& features, bool withSqrt) {
    const auto x = features.to(torch::kDouble);
    FeatureStats s;
    s.count = x.size(0);
    s.mean = x.mean(0);
    const auto centred = x - s.mean;
    s.cov = centred.t().mm(centred) / double(std::max<std::int64_t>(1, s.count - 1));
    if (withSqrt)
        s.covSqrt = symmetricSqrt(s.cov);
    if (s.count < x.size(1))
        s.centred = centred;
    return s;
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
    a.write("cov_sqrt", s.covSqrt);
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
        a.read("cov_sqrt", s.covSqrt);
        a.read("count", count);
        s.count = count.item<std::int64_t>();
    } catch (const std::exception&) {
        return {}; // a damaged cache entry is recomputed, never trusted
    }
    return s;
}

} // namespace ganlab
