// Source ranking before training (Transferring GANs, Wang et al., ECCV 2018 §5): FD and KID of
// each source's generated images, and of its own training images, against the target's real
// images, all in one named feature space; sorted by the generated-sample FD.
#include "api/source_ranking.h"

#include "api/error.h"
#include "data/dataset_loader.h"
#include "data/subset.h"
#include "metrics/feature_network.h"
#include "metrics/metric_functions.h"
#include "train/latent.h"
#include "transfer/weight_transfer.h"
#include "util/global_rng_guard.h"
#include "util/text_file.h"

#include <ATen/CPUGeneratorImpl.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace ganlab {
namespace {

using nlohmann::json;

// At most n images of a dataset (after the config's class and size selection), evenly spread.
torch::Tensor realImages(const TrainConfig& config, int n, std::stop_token stop) {
    DecodedDataset data =
        loadDataset(resolveDatasetPath(config.dataPath), {ImportSettings::from(config), {}, stop});
    selectSubset(data, config.classes, config.maxImages);
    const auto all = torch::from_blob(data.pixels.data(),
                                      {data.count, data.channels, data.resolution, data.resolution},
                                      torch::kUInt8);
    if (data.count <= n)
        return all.clone();
    const auto index = torch::linspace(0, static_cast<double>(data.count - 1), n).to(torch::kLong);
    return all.index_select(0, index).clone();
}

torch::Tensor generated(GeneratorImpl& g, const ModelSpec& spec, int n, std::uint64_t seed) {
    torch::NoGradGuard noGrad;
    auto rng = at::make_generator<at::CPUGeneratorImpl>(seed);
    std::vector<torch::Tensor> parts;
    for (int i = 0; i < n; i += 250) {
        const int b = std::min(250, n - i);
        const auto z = sampleLatent(b, spec.latentDim, 0, rng);
        const auto labels = spec.numClasses > 0
                                ? torch::arange(i, i + b, torch::kLong).remainder(spec.numClasses)
                                : torch::Tensor();
        parts.push_back(toUint8Images(g.forward(z, labels)));
    }
    return torch::cat(parts);
}

struct Distances {
    double fd, kid;
};

Distances distances(const FeatureStats& targetStats, const torch::Tensor& targetFeatures,
                    const torch::Tensor& features, std::uint64_t seed) {
    auto rng = at::make_generator<at::CPUGeneratorImpl>(seed);
    const double fd = frechetDistance(targetStats, featureStats(features, false));
    const double kid = kernelInceptionDistance(targetFeatures, features, rng, 50, 1000).mean;
    return {fd, kid};
}

double number(const json& j, const char* key) {
    const auto it = j.find(key);
    return it == j.end() || it->is_null() ? std::nan("") : it->get<double>();
}

} // namespace

SourceRanking rankSources(const TrainConfig& target, const std::vector<std::string>& sources,
                          const RankSettings& settings, std::stop_token stop) {
    if (settings.features.source == FeatureSource::RunClassifier)
        throw Error(ErrorKind::Usage, {}, message(MessageCode::RankingNeedsFile));
    const GlobalRngGuard keepGlobalRng;
    auto network = makeFeatureNetwork(settings.features);
    SourceRanking ranking;
    ranking.features = network->name();
    ranking.samples = settings.samples;
    const auto targetFeatures =
        extractFeatures(*network, realImages(target, settings.samples, stop), stop);
    const FeatureStats targetStats = featureStats(targetFeatures, true);
    for (const auto& source : sources) {
        if (stop.stop_requested())
            throw Error(ErrorKind::Cancelled, {}, message(MessageCode::RankingCancelled));
        SourceScore score;
        score.source = source;
        ModelSpec spec;
        TrainConfig sourceConfig;
        const auto g =
            loadSourceGenerator(source, spec, &sourceConfig, &score.description, &score.checkpoint);
        const auto fakeFeatures =
            extractFeatures(*network, generated(*g, spec, settings.samples, settings.seed), stop);
        const auto fake = distances(targetStats, targetFeatures, fakeFeatures, settings.seed);
        score.fdSamples = fake.fd;
        score.kidSamples = fake.kid;
        try {
            const auto realFeatures =
                extractFeatures(*network, realImages(sourceConfig, settings.samples, stop), stop);
            const auto real = distances(targetStats, targetFeatures, realFeatures, settings.seed);
            score.fdData = real.fd;
            score.kidData = real.kid;
        } catch (const Error& e) {
            if (e.kind() == ErrorKind::Cancelled)
                throw;
            score.problem = message(MessageCode::SourceDataUnreadable, e.what());
        }
        ranking.scores.push_back(score);
    }
    std::stable_sort(
        ranking.scores.begin(), ranking.scores.end(),
        [](const SourceScore& a, const SourceScore& b) { return a.fdSamples < b.fdSamples; });
    for (std::size_t i = 0; i < ranking.scores.size(); ++i)
        ranking.scores[i].predictedRank = static_cast<int>(i + 1);
    return ranking;
}

std::string toJson(const SourceRanking& r) {
    json scores = json::array();
    auto num = [](double v) { return std::isfinite(v) ? json(v) : json(nullptr); };
    for (const auto& s : r.scores)
        scores.push_back({{"source", s.source},
                          {"checkpoint", s.checkpoint},
                          {"description", s.description},
                          {"fd_samples", num(s.fdSamples)},
                          {"kid_samples", num(s.kidSamples)},
                          {"fd_data", num(s.fdData)},
                          {"kid_data", num(s.kidData)},
                          {"predicted_rank", s.predictedRank},
                          {"problem", s.problem ? s.problem->text() : std::string()}});
    return json{{"features", r.features},
                {"samples", r.samples},
                {"caveat", message(MessageCode::RankingCaveat).text()},
                {"scores", scores}}
        .dump(2);
}

SourceRanking sourceRankingFromJson(const std::string& text, const std::string& sourceName) {
    try {
        const json j = json::parse(text);
        SourceRanking r;
        r.features = j.at("features");
        r.samples = j.at("samples");
        for (const auto& s : j.at("scores")) {
            const std::string problem = s.value("problem", "");
            r.scores.push_back(
                {s.at("source"), s.at("checkpoint"), s.at("description"), number(s, "fd_samples"),
                 number(s, "kid_samples"), number(s, "fd_data"), number(s, "kid_data"),
                 s.at("predicted_rank"),
                 problem.empty() ? std::nullopt : std::optional<Message>(plainText(problem))});
        }
        return r;
    } catch (const json::exception& e) {
        throw Error(ErrorKind::Data, sourceName,
                    message(MessageCode::InvalidJson, "ranking JSON", jsonErrorText(e)));
    }
}

} // namespace ganlab
