// Settings table, transfer and the seed papers' options: the source a run starts from, DiffAugment,
// the AC-GAN head, BigGAN's orthogonal regularisation, PG-GAN's drift and growth.
#include "api/registry_info.h"
#include "config/setting_declarations.h"

#include <algorithm>

namespace ganlab {
namespace {

std::optional<Message> checkAugmentPolicy(const TrainConfig& c) {
    static const std::vector<std::string> kOps = {"color", "translation", "cutout"};
    std::size_t start = 0;
    const auto& p = c.diffAugment;
    while (!p.empty() && start <= p.size()) {
        const auto end = std::min(p.find(',', start), p.size());
        const auto op = p.substr(start, end - start);
        if (std::find(kOps.begin(), kOps.end(), op) == kOps.end())
            return message(MessageCode::SettingUnknownItem, op, "color, translation, cutout");
        start = end + 1;
    }
    return std::nullopt;
}

} // namespace

std::vector<Setting> transferSettings() {
    const auto G = SettingGroup::Transfer;
    const auto fromSource = [](const TrainConfig& c) { return !c.transfer.source.empty(); };
    return {
        textSetting("transfer_source", GANLAB_FIELD(transfer.source))
            .cli("transfer-from", "SRC")
            .group(G)
            .emptyMeans(GANLAB_TR("Setting", "from scratch"))
            .label(GANLAB_TR("Setting", "Transfer from"))
            .help(GANLAB_TR("Setting",
                            "start from a source run folder or checkpoint (Transferring GANs): "
                            "weights are copied by name, adapted where sound (unconditional → "
                            "conditional, gray ↔ colour, pggan growing a level), refused "
                            "otherwise")),
        flagSetting("transfer_g", GANLAB_FIELD(transfer.generator))
            .group(G)
            .label(GANLAB_TR("Setting", "Load G"))
            .help(GANLAB_TR("Setting", "start G from the source's (EMA) generator"))
            .onlyFor(fromSource, GANLAB_TR("Setting", "a transfer source")),
        flagSetting("transfer_d", GANLAB_FIELD(transfer.discriminator))
            .group(G)
            .label(GANLAB_TR("Setting", "Load D"))
            .help(GANLAB_TR("Setting", "start D from the source's discriminator"))
            .onlyFor(fromSource, GANLAB_TR("Setting", "a transfer source")),
    };
}

// DiffAugment and the AC-GAN head.
std::vector<Setting> augmentSettings() {
    const auto G = SettingGroup::Families;
    const auto withHead = [](const TrainConfig& c) { return c.auxClassifier; };
    return {
        textSetting("diff_augment", GANLAB_FIELD(diffAugment))
            .cli("diff-augment", "LIST")
            .group(G)
            .emptyMeans(GANLAB_TR("Setting", "no augmentation"))
            .label(GANLAB_TR("Setting", "DiffAugment"))
            .help(GANLAB_TR("Setting", "differentiable augmentation of D's inputs: "
                                       "color,translation,cutout or a subset"))
            .check(checkAugmentPolicy),
        flagSetting("aux_classifier", GANLAB_FIELD(auxClassifier))
            .cli("aux-classifier")
            .group(G)
            .label(GANLAB_TR("Setting", "AC-GAN class head on D"))
            .help(GANLAB_TR("Setting", "AC-GAN: D predicts the class instead of being shown it "
                                       "(dcgan, resnet; implies class-conditional)"))
            .cascade([](TrainConfig& c) { c.conditional = c.conditional || c.auxClassifier; })
            .onlyFor(
                [](const TrainConfig& c) {
                    const auto m = findModelInfo(c.model);
                    return !m || m->supportsAuxClassifier;
                },
                GANLAB_TR("Setting", "dcgan and resnet")),
        realSetting("aux_weight", GANLAB_FIELD(auxWeight))
            .cli("aux-weight", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "AC-GAN weight"))
            .help(GANLAB_TR("Setting", "weight of the class loss in D and G"))
            .atLeast(0)
            .onlyFor(withHead, GANLAB_TR("Setting", "the AC-GAN head")),
        flagSetting("aux_fake_in_d", GANLAB_FIELD(auxFakeInD))
            .cli("aux-fake-in-d")
            .group(G)
            .label(GANLAB_TR("Setting", "Class loss on fakes in D"))
            .help(GANLAB_TR("Setting", "D's class loss on generated images too (off: real "
                                       "images only, as Transferring GANs)"))
            .onlyFor(withHead, GANLAB_TR("Setting", "the AC-GAN head")),
    };
}

// BigGAN's and PG-GAN's regularisers, and PG-GAN's growth.
std::vector<Setting> regulariserSettings() {
    const auto G = SettingGroup::Families;
    return {
        realSetting("ortho_reg", GANLAB_FIELD(orthoReg))
            .cli("ortho", "BETA")
            .group(G)
            .label(GANLAB_TR("Setting", "Orthogonal reg. β"))
            .help(GANLAB_TR("Setting", "BigGAN's orthogonal regularisation of G (1e-4 in the "
                                       "paper; default with biggan)"))
            .atLeast(0),
        realSetting("drift_weight", GANLAB_FIELD(driftWeight))
            .cli("drift", "EPS")
            .group(G)
            .label(GANLAB_TR("Setting", "Drift ε"))
            .help(GANLAB_TR("Setting", "PG-GAN's drift ε·E[D(x)²] (0.001 in the paper; default "
                                       "with pggan)"))
            .atLeast(0)
            .onlyFor(lossHasGradientPenalty, GANLAB_TR("Setting", "wgan-gp")),
        integerSetting("grow_start_resolution", GANLAB_FIELD(growth.startResolution))
            .cli("grow-start", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Grow from"))
            .unit(GANLAB_TR("Setting", "px"))
            .help(GANLAB_TR("Setting", "the resolution growth starts at"))
            .choices([] {
                std::vector<SettingChoice> out;
                for (int r = 4; r <= 128; r *= 2)
                    out.push_back({std::to_string(r), "", ""});
                return out;
            })
            .onlyFor(modelIsProgressive, GANLAB_TR("Setting", "progressive models (pggan)")),
        integerSetting("grow_stabilise_images", GANLAB_FIELD(growth.stabiliseImages))
            .cli("grow-stabilise-images", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Stabilise phase"))
            .unit(GANLAB_TR("Setting", "images"))
            .help(GANLAB_TR("Setting", "real images shown per stabilisation at a resolution"))
            .range(1, 2e9)
            .onlyFor(modelIsProgressive, GANLAB_TR("Setting", "progressive models (pggan)")),
        integerSetting("grow_fade_images", GANLAB_FIELD(growth.fadeImages))
            .cli("grow-fade-images", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Fade phase"))
            .unit(GANLAB_TR("Setting", "images"))
            .help(GANLAB_TR("Setting", "real images shown while a new resolution fades in"))
            .range(1, 2e9)
            .onlyFor(modelIsProgressive, GANLAB_TR("Setting", "progressive models (pggan)")),
        integerSetting("mbstd_group", GANLAB_FIELD(mbstdGroup))
            .cli("mbstd-group", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Minibatch-stddev group"))
            .help(GANLAB_TR("Setting", "images per group of D's minibatch-stddev feature (4 in "
                                       "PG-GAN; 1: each image alone, no batch statistic)"))
            .range(1, 64)
            .onlyFor(modelIsProgressive, GANLAB_TR("Setting", "progressive models (pggan)")),
        integerListSetting("grow_batch_sizes", GANLAB_FIELD(growth.batchSizes))
            .cli("grow-batches", "LIST")
            .group(G)
            .emptyMeans(GANLAB_TR("Setting", "the run's batch size"))
            .label(GANLAB_TR("Setting", "Batch per level"))
            .help(GANLAB_TR("Setting", "batch size per resolution from the start, e.g. 64,48,32"))
            .range(2, 4096)
            .onlyFor(modelIsProgressive, GANLAB_TR("Setting", "progressive models (pggan)")),
    };
}

} // namespace ganlab
