// Settings table, transfer and the seed papers' options: the source a run starts from, what D sees
// (DiffAugment, ADA), the AC-GAN head, BigGAN's orthogonal regularisation, PG-GAN's drift and
// growth.
#include "api/registry_info.h"
#include "config/setting_declarations.h"
#include "nn/augment_ops.h"

#include <algorithm>

namespace ganlab {
namespace {

template <typename Names> bool contains(const Names& names, std::string_view word) {
    return std::find(names.begin(), names.end(), word) != names.end();
}

bool isAdaOp(std::string_view word) {
    for (const auto& group : nn::kAdaOpGroups)
        if (group.name == word || contains(group.ops, word))
            return true;
    return false;
}

// "" (none typed), "diffaugment:LIST", "ada" or "ada:LIST".
std::optional<Message> setAugment(TrainConfig& c, const SettingValue& v) {
    const auto& text = std::get<std::string>(v);
    const auto colon = text.find(':');
    const std::string head = text.substr(0, colon);
    const auto items = splitCommas(
        colon == std::string::npos ? std::string_view() : std::string_view(text).substr(colon + 1));
    AugmentSettings& a = c.augment;
    if (text.empty() || text == "none") {
        a.mode = AugmentMode::None;
        a.ops.clear();
        return std::nullopt;
    }
    if (head == "diffaugment") {
        if (items.empty())
            return message(MessageCode::AugmentNeedsList);
        for (const auto& op : items)
            if (!contains(nn::kDiffAugmentOps, op))
                return message(MessageCode::SettingUnknownItem, op, "color, translation, cutout");
        a.mode = AugmentMode::DiffAugment;
        a.ops = items;
        return std::nullopt;
    }
    if (head == "ada") {
        for (const auto& op : items)
            if (!isAdaOp(op))
                return message(MessageCode::SettingUnknownItem, op,
                               "blit, geom, color, xflip, rotate90, xint, scale, rotate, aniso, "
                               "xfrac, brightness, contrast, lumaflip, hue, saturation");
        a.mode = AugmentMode::Ada;
        a.ops = items;
        return std::nullopt;
    }
    return message(MessageCode::AugmentSpec, text);
}

SettingValue augmentText(const TrainConfig& c) {
    switch (c.augment.mode) {
    case AugmentMode::DiffAugment:
        return "diffaugment:" + joinCommas(c.augment.ops);
    case AugmentMode::Ada:
        return c.augment.ops.empty() ? std::string("ada") : "ada:" + joinCommas(c.augment.ops);
    case AugmentMode::None:
        break;
    }
    return std::string();
}

Decl augmentSetting() {
    Setting s;
    s.key = "augment";
    s.type = SettingType::Text;
    s.get = augmentText;
    s.set = setAugment;
    return Decl(std::move(s));
}

bool usesAda(const TrainConfig& c) {
    return c.augment.mode == AugmentMode::Ada;
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

// What D sees (DiffAugment, ADA) and the AC-GAN head.
std::vector<Setting> augmentSettings() {
    const auto G = SettingGroup::Families;
    const auto withHead = [](const TrainConfig& c) { return c.auxClassifier; };
    const char* forAda = GANLAB_TR("Setting", "--augment ada");
    return {
        augmentSetting()
            .cli("augment", "SPEC")
            .formerKey("diff_augment", // before ADA: DiffAugment's list alone
                       [](const SettingValue& v) {
                           const auto& list = std::get<std::string>(v);
                           return SettingValue(list.empty() ? list : "diffaugment:" + list);
                       })
            .check([](const TrainConfig& c) { // what a program, not a person, may have stored
                TrainConfig copy = c;
                return setAugment(copy, augmentText(c));
            })
            .group(G)
            .emptyMeans(GANLAB_TR("Setting", "no augmentation"))
            .label(GANLAB_TR("Setting", "Augmentation"))
            .help(GANLAB_TR("Setting", "what D sees of every image, real and fake, in both phases "
                                       "and the gradient penalty: none; "
                                       "diffaugment:color,translation,cutout (or a subset); ada: "
                                       "StyleGAN2-ADA's pipeline, p tuned from D's overfitting "
                                       "(ada:LIST picks blit, geom, color or single operations)"))
            .choices([] {
                return std::vector<SettingChoice>{{"none", "", ""},
                                                  {"ada", "", ""},
                                                  {"ada:blit", "", ""},
                                                  {"ada:blit,geom", "", ""},
                                                  {"diffaugment:color,translation,cutout", "", ""},
                                                  {"diffaugment:translation", "", ""}};
            }),
        realSetting("ada_target", GANLAB_FIELD(augment.adaTarget))
            .cli("ada-target", "R")
            .group(G)
            .label(GANLAB_TR("Setting", "ADA target r_t"))
            .help(GANLAB_TR("Setting", "the overfitting reading E[sign(D(real))] that p is tuned "
                                       "toward (0.6 in StyleGAN2-ADA)"))
            .range(0, 1, true, true)
            .onlyFor(usesAda, forAda),
        realSetting("ada_p", GANLAB_FIELD(augment.adaP))
            .cli("ada-p", "P")
            .group(G)
            .label(GANLAB_TR("Setting", "ADA fixed p"))
            .help(GANLAB_TR("Setting", "augment with this fixed probability instead of tuning it"))
            .range(0, 1)
            .zeroMeans(GANLAB_TR("Setting", "adaptive (tuned toward the target)"))
            .onlyFor(usesAda, forAda),
        integerSetting("ada_speed_images", GANLAB_FIELD(augment.adaSpeedImages))
            .cli("ada-speed", "IMAGES")
            .group(G)
            .label(GANLAB_TR("Setting", "ADA adjustment speed"))
            .unit(GANLAB_TR("Setting", "images"))
            .help(GANLAB_TR("Setting", "real images over which p may move from 0 to 1 (500k in "
                                       "StyleGAN2-ADA; less suits short runs)"))
            .range(1000, 1e12)
            .onlyFor(usesAda, forAda),
        integerSetting("ada_interval", GANLAB_FIELD(augment.adaInterval))
            .cli("ada-interval", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "ADA interval"))
            .unit(GANLAB_TR("Setting", "steps"))
            .help(
                GANLAB_TR("Setting", "G steps between measurements of r_t (and adjustments of p)"))
            .range(1, 10000),
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
