// Weight transfer (Transferring GANs, Wang et al., ECCV 2018 §3–4; reference:
// yaxingwang/Transferring-GANs): copy G and/or D tensor by tensor, adapting only where a sound rule
// exists — Cond Concat (old input columns copied, class columns fresh), Cond BN (every class's
// scale/offset row starts from the unconditional one), gray ↔ colour at G's output and D's input,
// and a progressive model growing a level beyond its source — and refusing everything else by name.
#include "transfer/weight_transfer.h"

#include "api/error.h"
#include "api/settings.h"
#include "models/model_registry.h"
#include "transfer/source_checkpoint.h"

#include <filesystem>
#include <map>
#include <optional>
#include <sstream>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

std::string shapeText(const torch::Tensor& t) {
    std::string out = "[";
    for (std::int64_t i = 0; i < t.dim(); ++i)
        out += (i ? "×" : "") + std::to_string(t.size(i));
    return out + "]";
}

// What the two models put into the dimension a tensor differs in.
struct Layout {
    int channels = 0;      // image channels
    int gClassColumns = 0; // one-hot columns at G's input (Cond Concat)
    int dClassPlanes = 0;  // one-hot planes at D's input
    int bnClasses = 0;     // Cond BN rows
};

Layout layoutOf(const TrainConfig& c, int channels, int numClasses) {
    const auto& family = findModel(c.model);
    const int k = c.conditional ? numClasses : 0;
    Layout l;
    l.channels = channels;
    const bool classBn = c.conditioning == Conditioning::ClassBatchNorm;
    l.gClassColumns = family.classColumnsInG && !classBn ? k : 0;
    l.dClassPlanes =
        family.classPlanesInD && !c.auxClassifier && c.discriminator == DiscriminatorKind::Own ? k
                                                                                               : 0;
    l.bnClasses = family.conditionalBn && classBn ? k : 0;
    return l;
}

struct Adapted {
    torch::Tensor value;
    std::string how;
};

// Gray ↔ colour along dim d of an image-facing slice. D's input: the colour kernel is the gray
// one split in three (gray→colour) or the three summed (colour→gray), so D sees a gray image
// exactly as before. G's output: the gray row repeated (exact) or the luminance mix of the three
// (0.299, 0.587, 0.114, before tanh: approximate).
torch::Tensor mapChannels(const torch::Tensor& s, int d, int from, int to,
                          bool discriminatorInput) {
    if (from == 1 && to == 3)
        return discriminatorInput ? s.repeat_interleave(3, d) / 3.0 : s.repeat_interleave(3, d);
    if (discriminatorInput)
        return s.sum(d, /*keepdim=*/true);
    std::vector<std::int64_t> shape(s.dim(), 1);
    shape[d] = 3;
    const auto luma = torch::tensor({0.299, 0.587, 0.114}, s.options()).view(shape);
    return (s * luma).sum(d, /*keepdim=*/true);
}

std::optional<Adapted> adapt(const torch::Tensor& s, const torch::Tensor& t, bool isG,
                             const Layout& src, const Layout& dst) {
    // Cond BN: an unconditional scale/offset [C] becomes every class's row of [K, C].
    if (isG && s.dim() == 1 && t.dim() == 2 && t.size(1) == s.size(0) && src.bnClasses == 0 &&
        dst.bnClasses == t.size(0))
        return Adapted{s.unsqueeze(0).expand_as(t).clone(),
                       "Cond BN: each of " + std::to_string(t.size(0)) +
                           " classes starts from the unconditional row"};
    if (s.dim() != t.dim())
        return std::nullopt;
    int d = -1;
    for (std::int64_t i = 0; i < s.dim(); ++i)
        if (s.size(i) != t.size(i)) {
            if (d >= 0)
                return std::nullopt; // more than one dimension differs: no rule
            d = static_cast<int>(i);
        }
    const auto sd = s.size(d), td = t.size(d);
    const int sK = isG ? src.gClassColumns : src.dClassPlanes;
    const int tK = isG ? dst.gClassColumns : dst.dClassPlanes;
    // Cond Concat: the same leading columns, class columns added.
    if (sK == 0 && tK > 0 && sd + tK == td) {
        auto out = t.clone();
        out.narrow(d, 0, sd).copy_(s);
        return Adapted{out, "Cond Concat: " + std::to_string(sd) + " columns copied, " +
                                std::to_string(tK) + " class columns new"};
    }
    // Gray ↔ colour: G's image outputs (no class part) or D's image inputs (then class planes).
    if (src.channels != dst.channels) {
        const int sExtra = isG ? 0 : sK, tExtra = isG ? 0 : tK;
        if (sd != src.channels + sExtra || td != dst.channels + tExtra)
            return std::nullopt;
        if (sExtra > 0 && sExtra != tExtra)
            return std::nullopt;
        auto out = t.clone();
        out.narrow(d, 0, dst.channels)
            .copy_(mapChannels(s.narrow(d, 0, src.channels), d, src.channels, dst.channels, !isG));
        std::string how = std::to_string(src.channels) + " → " + std::to_string(dst.channels) +
                          (isG ? " output channels" : " input channels");
        if (tExtra > 0 && sExtra == tExtra)
            out.narrow(d, dst.channels, tExtra).copy_(s.narrow(d, src.channels, sExtra));
        else if (tExtra > 0)
            how += ", " + std::to_string(tExtra) + " class planes new";
        return Adapted{out, how};
    }
    return std::nullopt;
}

// Maps one network; fills `staged` with the new values (nothing is written yet) and `refused`
// with every tensor no rule covers.
void mapNetwork(torch::nn::Module& target, const TensorMap& source, const std::string& part,
                const Layout& src, const Layout& dst, TransferReport& report,
                std::vector<std::pair<torch::Tensor, torch::Tensor>>& staged,
                std::vector<std::string>& refused) {
    const bool isG = part == "G";
    std::map<std::string, bool> used;
    for (const auto& [name, t] : stateOf(target)) {
        if (name == "growth")
            continue; // a growing model's position is the target run's own
        const auto it = source.find(name);
        if (it == source.end()) {
            report.fresh.push_back(part + "." + name + " " + shapeText(t));
            continue;
        }
        used[name] = true;
        const auto& s = it->second;
        if (s.sizes() == t.sizes()) {
            staged.emplace_back(t, s.to(t.dtype()));
            ++report.copied;
        } else if (auto a = adapt(s.to(t.dtype()), t.detach(), isG, src, dst)) {
            staged.emplace_back(t, a->value);
            report.adapted.push_back(part + "." + name + ": " + a->how);
        } else {
            refused.push_back(part + "." + name + " is " + shapeText(s) + " in the source but " +
                              shapeText(t) + " here");
        }
    }
    for (const auto& [name, s] : source)
        if (!used.count(name) && name != "growth")
            report.dropped.push_back(part + "." + name + " " + shapeText(s));
}

// The reasons that make whole networks incompatible, said before any tensor is compared.
void checkCompatible(const SourceCheckpoint& s, const TrainConfig& c, const TransferSettings& t) {
    auto refuse = [&](Message why) { throw Error(ErrorKind::Usage, s.path, std::move(why)); };
    const auto discriminatorName = [](const TrainConfig& config) {
        return settingText(findSetting("discriminator"), findSetting("discriminator").get(config));
    };
    if (s.config.model != c.model)
        refuse(message(MessageCode::TransferFamily, s.config.model, c.model));
    if (s.config.width != c.width)
        refuse(message(MessageCode::TransferWidth, s.config.width, c.width));
    if (t.generator && s.config.latentDim != c.latentDim)
        refuse(message(MessageCode::TransferLatent, s.config.latentDim, c.latentDim));
    if (t.discriminator && s.config.discriminator != c.discriminator)
        refuse(message(MessageCode::TransferDiscriminator, discriminatorName(s.config),
                       discriminatorName(c)));
    if (s.config.resolution != c.resolution) {
        if (!findModel(c.model).progressive)
            refuse(message(MessageCode::TransferResolution, s.config.resolution, c.resolution,
                           c.model));
        if (s.config.resolution > c.resolution)
            refuse(message(MessageCode::TransferGrowsDown, s.config.resolution, c.resolution));
    }
}

} // namespace

std::string TransferReport::summary() const {
    std::ostringstream out;
    out << "from " << checkpoint << " (step " << sourceStep << "): "
        << (generator ? (discriminator ? "G and D" : "G") : (discriminator ? "D" : "nothing"))
        << " loaded — " << copied << " tensors copied, " << adapted.size() << " adapted, "
        << fresh.size() << " new";
    if (!dropped.empty())
        out << ", " << dropped.size() << " left out";
    return out.str();
}

TrainConfig adaptConfigToSource(const TrainConfig& config, std::vector<std::string>* notes) {
    if (!config.transfer.active() || !findModel(config.model).progressive)
        return config;
    const TrainConfig source = transferSourceConfig(config.transfer.source);
    TrainConfig out = config;
    if (source.resolution < config.resolution &&
        config.growth.startResolution < source.resolution) {
        out.growth.startResolution = source.resolution;
        if (notes)
            notes->push_back("growth starts at the source's " + std::to_string(source.resolution) +
                             " px (its levels are trained); the levels above fade in as new");
    }
    return out;
}

TransferReport transferWeights(Trainer& trainer, const TransferSettings& settings) {
    TransferReport report;
    if (!settings.active())
        return report;
    const SourceCheckpoint source =
        readSource(settings.source, settings.generator, settings.discriminator);
    const TrainConfig& config = trainer.config();
    checkCompatible(source, config, settings);
    const ModelSpec& spec = trainer.spec();
    report.checkpoint = source.path;
    report.sourceStep = source.step;
    report.sourceDescription = describeModel(source.config, source.channels, source.numClasses);
    report.generator = settings.generator;
    report.discriminator = settings.discriminator;
    const Layout src = layoutOf(source.config, source.channels, source.numClasses);
    const Layout dst = layoutOf(config, spec.channels, spec.numClasses);
    if (src.bnClasses > 0 && dst.bnClasses != src.bnClasses && settings.generator)
        throw Error(ErrorKind::Usage, source.path,
                    message(MessageCode::TransferCondBnClasses, src.bnClasses, dst.bnClasses));
    std::vector<std::pair<torch::Tensor, torch::Tensor>> staged;
    std::vector<std::string> refused;
    if (settings.generator)
        mapNetwork(trainer.generator(), source.g, "G", src, dst, report, staged, refused);
    if (settings.discriminator)
        mapNetwork(trainer.discriminator(), source.d, "D", src, dst, report, staged, refused);
    if (!refused.empty()) {
        std::string list;
        for (std::size_t i = 0; i < refused.size() && i < 6; ++i)
            list += (i ? "; " : "") + refused[i];
        if (refused.size() > 6)
            list += "; and " + std::to_string(refused.size() - 6) + " more";
        throw Error(ErrorKind::Usage, source.path,
                    message(MessageCode::TransferNoRule, refused.size(), report.sourceDescription,
                            describeModel(config, spec.channels, spec.numClasses), list));
    }
    {
        torch::NoGradGuard noGrad;
        for (auto& [target, value] : staged)
            target.copy_(value);
    }
    if (settings.generator)
        copyModuleState(trainer.generator(), trainer.emaGenerator());
    trainer.health().rebaseline();
    return report;
}

TransferReport planTransfer(const TrainConfig& requested, int channels, int numClasses) {
    std::vector<std::string> notes;
    TrainConfig config = adaptConfigToSource(requested, &notes);
    if (config.discriminator == DiscriminatorKind::Projected &&
        config.projectedFeatures.source == FeatureSource::RunClassifier) // only shapes matter here
        config.projectedFeatures = {FeatureSource::Random, {}};
    Trainer trainer(config, channels, numClasses);
    TransferReport report = transferWeights(trainer, config.transfer);
    report.notes = notes;
    return report;
}

} // namespace ganlab
