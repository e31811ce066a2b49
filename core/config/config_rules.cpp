// The rules between settings (what a model family supports, what the projected discriminator
// needs, where growth starts) and ganlab-cli's shorthands that set several settings at once.
#include "api/registry_info.h"
#include "config/setting_declarations.h"

#include <algorithm>

namespace ganlab {
namespace {

// The families that have a capability, for "(dcgan and resnet have)".
std::string familiesWith(bool ModelInfo::*capability) {
    std::string out;
    for (const auto& m : registeredModels())
        if (m.*capability)
            out += (out.empty() ? "" : ", ") + m.name;
    return out;
}

void familyRules(const TrainConfig& c, std::vector<Problem>& out) {
    const auto m = findModelInfo(c.model);
    if (!m)
        return; // the model setting itself says it is unknown
    if (c.conditional && !m->supportsConditional)
        out.push_back({"conditional", message(MessageCode::ModelNoConditional, c.model)});
    if (c.conditional && c.conditioning == Conditioning::ClassBatchNorm &&
        !m->supportsConditionalBn)
        out.push_back({"conditioning", message(MessageCode::ModelNoCondBn, c.model,
                                               familiesWith(&ModelInfo::supportsConditionalBn))});
    if (c.auxClassifier && !m->supportsAuxClassifier)
        out.push_back({"aux_classifier", message(MessageCode::ModelNoAuxHead, c.model,
                                                 familiesWith(&ModelInfo::supportsAuxClassifier))});
    if (m->progressive) {
        const int r = c.growth.startResolution;
        if (r < 4 || (r & (r - 1)) != 0 || r > c.resolution)
            out.push_back(
                {"grow_start_resolution", message(MessageCode::GrowthStartRange, c.resolution, r)});
    }
}

void projectedRules(const TrainConfig& c, std::vector<Problem>& out) {
    if (c.discriminator != DiscriminatorKind::Projected)
        return;
    if (c.resolution < 16)
        out.push_back({"discriminator", message(MessageCode::ProjectedNeedsResolution)});
    if (const auto l = findLossInfo(c.loss); l && l->perSampleCritic)
        out.push_back({"loss", message(MessageCode::ProjectedNoWganGp)});
    if (c.auxClassifier)
        out.push_back({"aux_classifier", message(MessageCode::ProjectedNoAuxHead)});
}

std::optional<Message> applyLoad(TrainConfig& c, std::string_view what) {
    const std::string text(what);
    if (text != "g,d" && text != "d,g" && text != "g" && text != "d" && text != "none")
        return message(MessageCode::SettingChoice, "g,d, g, d, none", text);
    if (c.transfer.source.empty()) // shorthands apply after the settings: the source is known
        return message(MessageCode::SettingNeedsAnother, "a transfer source (--transfer-from)");
    c.transfer.generator = text.find('g') != std::string::npos;
    c.transfer.discriminator = text.find('d') != std::string::npos && text != "none";
    return std::nullopt;
}

std::optional<Message> applyGrowImages(TrainConfig& c, std::string_view text) {
    const Setting& stabilise = findSetting("grow_stabilise_images");
    auto value = parseSettingText(stabilise, text);
    if (auto* m = std::get_if<Message>(&value))
        return *m;
    if (auto m = applySetting(c, stabilise, std::get<SettingValue>(value))) // range checked
        return m;
    return applySetting(c, findSetting("grow_fade_images"), std::get<SettingValue>(value));
}

} // namespace

bool modelIsProgressive(const TrainConfig& c) {
    const auto m = findModelInfo(c.model);
    return m && m->progressive;
}

bool lossHasGradientPenalty(const TrainConfig& c) {
    const auto l = findLossInfo(c.loss);
    return l && l->gradientPenalty;
}

std::vector<Problem> crossSettingProblems(const TrainConfig& c) {
    std::vector<Problem> out;
    if (c.auxClassifier && !c.conditional)
        out.push_back({"aux_classifier", message(MessageCode::AuxNeedsConditional)});
    familyRules(c, out);
    projectedRules(c, out);
    // ADA reads the sign of D(real); a WGAN critic's outputs float by any constant unless PG-GAN's
    // drift term anchors them at 0.
    if (c.augment.adaptive() && lossHasGradientPenalty(c) && c.driftWeight <= 0)
        out.push_back(
            {"augment", message(MessageCode::SettingNeedsAnother,
                                "--drift > 0 with wgan-gp (r_t reads the sign of the "
                                "critic, which drift anchors at 0), or a fixed --ada-p")});
    return out;
}

const std::vector<SettingShorthand>& settingShorthands() {
    static const std::vector<SettingShorthand> table = {
        {"load", SettingGroup::Transfer, "WHAT",
         GANLAB_TR("Setting", "what to load from the transfer source: g,d (default), g, d or none "
                              "(sets transfer_g and transfer_d)"),
         applyLoad},
        {"grow-images", SettingGroup::Families, "N",
         GANLAB_TR("Setting", "pggan: real images per stabilise and per fade phase (sets both)"),
         applyGrowImages},
    };
    return table;
}

} // namespace ganlab
