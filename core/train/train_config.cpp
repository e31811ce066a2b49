// TrainConfig JSON round trip and validation (readable reasons for every refused value).
#include "api/train_config.h"
#include "api/error.h"
#include "api/registry_info.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace ganlab {
namespace {

using nlohmann::json;

const char* fitName(FitMode f) {
    return f == FitMode::Pad ? "pad" : "center-crop";
}

bool validAugmentPolicy(const std::string& policy) {
    std::size_t start = 0;
    while (start <= policy.size()) {
        const auto end = std::min(policy.find(',', start), policy.size());
        const auto part = policy.substr(start, end - start);
        if (part != "color" && part != "translation" && part != "cutout")
            return false;
        start = end + 1;
    }
    return true;
}

bool isPowerOfTwo(int v) {
    return v > 0 && (v & (v - 1)) == 0;
}

template <typename T> void read(const json& j, const char* key, T& field) {
    if (auto it = j.find(key); it != j.end() && !it->is_null())
        field = it->get<T>();
}

} // namespace

std::string toJson(const TrainConfig& c) {
    json j = {
        {"data", c.dataPath},
        {"resolution", c.resolution},
        {"channels", c.channels},
        {"fit", fitName(c.fit)},
        {"background", c.background},
        {"validation_fraction", c.validationFraction},
        {"classes", c.classes},
        {"max_images", c.maxImages},
        {"preset", c.preset},
        {"model", c.model},
        {"loss", c.loss},
        {"conditional", c.conditional},
        {"conditioning", c.conditioning},
        {"latent_dim", c.latentDim},
        {"width", c.width},
        {"discriminator", c.discriminator},
        {"projected_features", c.projectedFeatures},
        {"diff_augment", c.diffAugment},
        {"aux_classifier", c.auxClassifier},
        {"aux_weight", c.auxWeight},
        {"aux_fake_in_d", c.auxFakeInD},
        {"ortho_reg", c.orthoReg},
        {"drift_weight", c.driftWeight},
        {"grow_start_resolution", c.growth.startResolution},
        {"grow_stabilise_images", c.growth.stabiliseImages},
        {"grow_fade_images", c.growth.fadeImages},
        {"grow_batch_sizes", c.growth.batchSizes},
        {"transfer_source", c.transfer.source},
        {"transfer_g", c.transfer.generator},
        {"transfer_d", c.transfer.discriminator},
        {"batch_size", c.batchSize},
        {"critic_steps", c.criticSteps},
        {"lr_g", c.lrG},
        {"lr_d", c.lrD},
        {"beta1", c.beta1},
        {"beta2", c.beta2},
        {"gp_weight", c.gpWeight},
        {"ema_beta", c.emaBeta},
        {"steps", c.steps},
        {"seed", c.seed},
        {"sample_every", c.sampleEvery},
        {"checkpoint_every", c.checkpointEvery},
        {"keep_checkpoints", c.keepCheckpoints},
        {"log_every", c.logEvery},
        {"eval_every", c.evalEvery},
        {"eval_every_minutes", c.evalEveryMinutes},
        {"eval_metrics", c.eval.metrics},
        {"eval_features", c.eval.features},
        {"eval_samples", c.eval.samples},
        {"eval_iw_steps", c.eval.iwSteps},
        {"eval_seed", c.eval.seed},
        {"eval_budget", c.evalBudget},
        {"health_every", c.healthEvery},
        {"collapse_factor", c.collapseFactor},
    };
    return j.dump(2);
}

TrainConfig trainConfigFromJson(const std::string& text, const std::string& sourceName) {
    TrainConfig c;
    try {
        const json j = json::parse(text);
        if (!j.is_object())
            throw Error(ErrorKind::Data, sourceName, "config is not a JSON object");
        read(j, "data", c.dataPath);
        read(j, "resolution", c.resolution);
        read(j, "channels", c.channels);
        std::string fit = fitName(c.fit);
        read(j, "fit", fit);
        if (fit != "pad" && fit != "center-crop")
            throw Error(ErrorKind::Data, sourceName,
                        "fit must be \"pad\" or \"center-crop\", not \"" + fit + "\"");
        c.fit = fit == "pad" ? FitMode::Pad : FitMode::CenterCrop;
        read(j, "background", c.background);
        read(j, "validation_fraction", c.validationFraction);
        read(j, "classes", c.classes);
        read(j, "max_images", c.maxImages);
        read(j, "preset", c.preset);
        read(j, "model", c.model);
        read(j, "loss", c.loss);
        read(j, "conditional", c.conditional);
        read(j, "conditioning", c.conditioning);
        read(j, "latent_dim", c.latentDim);
        read(j, "width", c.width);
        read(j, "discriminator", c.discriminator);
        read(j, "projected_features", c.projectedFeatures);
        read(j, "diff_augment", c.diffAugment);
        read(j, "aux_classifier", c.auxClassifier);
        read(j, "aux_weight", c.auxWeight);
        read(j, "aux_fake_in_d", c.auxFakeInD);
        read(j, "ortho_reg", c.orthoReg);
        read(j, "drift_weight", c.driftWeight);
        read(j, "grow_start_resolution", c.growth.startResolution);
        read(j, "grow_stabilise_images", c.growth.stabiliseImages);
        read(j, "grow_fade_images", c.growth.fadeImages);
        read(j, "grow_batch_sizes", c.growth.batchSizes);
        read(j, "transfer_source", c.transfer.source);
        read(j, "transfer_g", c.transfer.generator);
        read(j, "transfer_d", c.transfer.discriminator);
        read(j, "batch_size", c.batchSize);
        read(j, "critic_steps", c.criticSteps);
        read(j, "lr_g", c.lrG);
        read(j, "lr_d", c.lrD);
        read(j, "beta1", c.beta1);
        read(j, "beta2", c.beta2);
        read(j, "gp_weight", c.gpWeight);
        read(j, "ema_beta", c.emaBeta);
        read(j, "steps", c.steps);
        read(j, "seed", c.seed);
        read(j, "sample_every", c.sampleEvery);
        read(j, "checkpoint_every", c.checkpointEvery);
        read(j, "keep_checkpoints", c.keepCheckpoints);
        read(j, "log_every", c.logEvery);
        read(j, "eval_every", c.evalEvery);
        read(j, "eval_every_minutes", c.evalEveryMinutes);
        read(j, "eval_metrics", c.eval.metrics);
        read(j, "eval_features", c.eval.features);
        read(j, "eval_samples", c.eval.samples);
        read(j, "eval_iw_steps", c.eval.iwSteps);
        read(j, "eval_seed", c.eval.seed);
        read(j, "eval_budget", c.evalBudget);
        read(j, "health_every", c.healthEvery);
        read(j, "collapse_factor", c.collapseFactor);
    } catch (const json::exception& e) {
        throw Error(ErrorKind::Data, sourceName, std::string("invalid config JSON: ") + e.what());
    }
    return c;
}

std::vector<std::string> validateEvalSettings(const EvalSettings& e) {
    std::vector<std::string> problems;
    const auto metrics = registeredMetrics();
    for (const auto& m : e.metrics)
        if (std::none_of(metrics.begin(), metrics.end(), [&](auto& i) { return i.name == m; })) {
            std::string names;
            for (const auto& i : metrics)
                names += (names.empty() ? "" : ", ") + i.name;
            problems.push_back("unknown metric \"" + m + "\" (registered: " + names + ")");
        }
    const auto& f = e.features;
    const bool known = f == "random" || f == "classifier" ||
                       (f.rfind("classifier:", 0) == 0 && f.size() > 11) ||
                       (f.rfind("inception:", 0) == 0 && f.size() > 10);
    if (!known)
        problems.push_back("feature network must be random, classifier, classifier:FILE or "
                           "inception:FILE, not \"" +
                           f + "\"");
    if (e.samples < 10 || e.samples > 100000)
        problems.push_back("evaluation samples must be 10–100000");
    if (e.iwSteps < 1 || e.iwSteps > 100000)
        problems.push_back("IW critic steps must be 1–100000");
    return problems;
}

std::vector<std::string> validateConfig(const TrainConfig& c) {
    std::vector<std::string> problems;
    auto require = [&](bool ok, const std::string& why) {
        if (!ok)
            problems.push_back(why);
    };
    require(isPowerOfTwo(c.resolution) && c.resolution >= 8 && c.resolution <= 256,
            "resolution must be a power of two from 8 to 256 (32, 64 and 128 are the usual), not " +
                std::to_string(c.resolution));
    require(c.channels == 0 || c.channels == 1 || c.channels == 3,
            "channels must be 1 (gray), 3 (RGB) or 0 (from the dataset)");
    for (int v : c.background)
        require(v >= 0 && v <= 255, "background colour components must be 0–255");
    require(c.validationFraction >= 0 && c.validationFraction <= 0.5,
            "validation fraction must be between 0 and 0.5");
    require(c.maxImages == 0 || c.maxImages >= 2,
            "the image limit must be at least 2 (or 0 for the whole dataset)");
    for (std::size_t i = 0; i < c.classes.size(); ++i)
        require(std::find(c.classes.begin(), c.classes.begin() + i, c.classes[i]) ==
                    c.classes.begin() + i,
                "class \"" + c.classes[i] + "\" is selected twice");
    require(c.conditioning == "concat" || c.conditioning == "bn",
            "conditioning must be \"concat\" (Cond Concat) or \"bn\" (Cond BN), not \"" +
                c.conditioning + "\"");
    require(c.latentDim >= 1 && c.latentDim <= 4096, "latent dimension must be 1–4096");
    require(c.width > 0 && c.width <= 8, "width multiplier must be in (0, 8]");
    require(c.batchSize >= 2 && c.batchSize <= 4096, "batch size must be 2–4096");
    require(c.criticSteps >= 1 && c.criticSteps <= 100, "critic steps per G step must be 1–100");
    require(c.lrG > 0 && c.lrG < 1 && c.lrD > 0 && c.lrD < 1, "learning rates must be in (0, 1)");
    require(c.beta1 >= 0 && c.beta1 < 1 && c.beta2 >= 0 && c.beta2 < 1,
            "Adam betas must be in [0, 1)");
    require(c.gpWeight >= 0, "gradient-penalty weight must be ≥ 0");
    require(c.emaBeta >= 0 && c.emaBeta < 1, "EMA beta must be in [0, 1)");
    require(c.steps >= 1, "steps must be at least 1");
    require(c.sampleEvery >= 0 && c.checkpointEvery >= 0 && c.logEvery >= 1,
            "sample/checkpoint intervals must be ≥ 0 (0 = never) and the log interval ≥ 1");
    require(c.keepCheckpoints >= 1, "keep at least one checkpoint");
    require(c.evalEvery >= 0 && c.evalEveryMinutes >= 0,
            "evaluation intervals must be ≥ 0 (0 = never)");
    require(c.healthEvery >= 0, "the health interval must be ≥ 0 steps (0 = never)");
    require(c.collapseFactor == 0 || c.collapseFactor > 1,
            "the collapse factor must be above 1 (or 0 to test only for non-finite values)");
    require(c.auxWeight >= 0 && c.orthoReg >= 0 && c.driftWeight >= 0,
            "AC-GAN weight, orthogonal regularisation and drift must be ≥ 0");
    require(c.diffAugment.empty() || validAugmentPolicy(c.diffAugment),
            "DiffAugment must list color, translation and/or cutout separated by commas, not \"" +
                c.diffAugment + "\"");
    require(c.discriminator.empty() || c.discriminator == "projected",
            "the discriminator must be the model's own (\"\") or \"projected\", not \"" +
                c.discriminator + "\"");
    if (c.discriminator == "projected") {
        const auto& f = c.projectedFeatures;
        require(f == "random" || f == "classifier" ||
                    (f.rfind("classifier:", 0) == 0 && f.size() > 11) ||
                    (f.rfind("torchscript:", 0) == 0 && f.size() > 12),
                "the projected discriminator's features must be classifier, classifier:FILE, "
                "torchscript:FILE or random, not \"" +
                    f + "\"");
        require(c.resolution >= 16,
                "the projected discriminator needs a resolution of at least 16");
        require(c.loss != "wgan-gp", "the projected discriminator has BatchNorm in its heads: use "
                                     "the hinge or non-saturating loss, not wgan-gp");
        require(!c.auxClassifier, "the projected discriminator has no AC-GAN head");
    }
    require(!c.auxClassifier || c.conditional,
            "the AC-GAN classifier head needs a class-conditional run (conditional: true)");
    require(c.evalBudget > 0 && c.evalBudget <= 1,
            "the evaluation budget is a share of training time in (0, 1]");
    for (const auto& p : validateEvalSettings(c.eval))
        problems.push_back(p);
    const auto models = registeredModels();
    const auto model =
        std::find_if(models.begin(), models.end(), [&](auto& m) { return m.name == c.model; });
    if (model == models.end()) {
        std::string names;
        for (const auto& m : models)
            names += (names.empty() ? "" : ", ") + m.name;
        problems.push_back("unknown model \"" + c.model + "\" (registered: " + names + ")");
    } else {
        require(!c.conditional || model->supportsConditional,
                "model \"" + c.model + "\" has no class-conditional variant");
        require(!c.conditional || c.conditioning != "bn" || model->supportsConditionalBn,
                "model \"" + c.model + "\" has no Cond BN variant (dcgan and resnet have)");
        require(!c.auxClassifier || model->supportsAuxClassifier,
                "model \"" + c.model + "\" has no AC-GAN head (dcgan and resnet have)");
        if (model->progressive) {
            for (const auto& p : validateGrowth(c.growth, c.resolution))
                problems.push_back(p);
        }
    }
    const auto losses = registeredLosses();
    if (std::none_of(losses.begin(), losses.end(), [&](auto& l) { return l.name == c.loss; })) {
        std::string names;
        for (const auto& l : losses)
            names += (names.empty() ? "" : ", ") + l.name;
        problems.push_back("unknown loss \"" + c.loss + "\" (registered: " + names + ")");
    }
    return problems;
}

} // namespace ganlab
