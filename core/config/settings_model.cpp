// Settings table, model: the preset, the family and its loss, conditioning, size, and the
// discriminator (the family's own or Projected GAN's).
#include "api/presets.h"
#include "api/registry_info.h"
#include "config/setting_declarations.h"

namespace ganlab {
namespace {

std::vector<SettingChoice> modelChoices() {
    std::vector<SettingChoice> out;
    for (const auto& m : registeredModels())
        out.push_back({m.name, "", ""});
    return out;
}

std::vector<SettingChoice> lossChoices() {
    std::vector<SettingChoice> out;
    for (const auto& l : registeredLosses())
        out.push_back({l.name, "", ""});
    return out;
}

std::vector<SettingChoice> presetChoices() {
    std::vector<SettingChoice> out;
    for (const auto& p : presets())
        out.push_back({p.name, "", p.description});
    return out;
}

// A model chosen by a person brings its own loss and regularisers (BigGAN's β, PG-GAN's ε).
void applyFamilyDefaults(TrainConfig& c) {
    const auto m = findModelInfo(c.model);
    if (!m)
        return;
    c.loss = m->defaultLoss;
    c.orthoReg = m->defaultOrthoReg;
    c.driftWeight = m->defaultDrift;
    if (!m->supportsConditional)
        c.conditional = false;
}

} // namespace

// The preset, the family, its loss and conditioning.
std::vector<Setting> modelChoiceSettings() {
    const auto G = SettingGroup::Model;
    return {
        registryChoiceSetting("preset", GANLAB_FIELD(preset), presetChoices)
            .cli("preset", "NAME")
            .group(G)
            .label(GANLAB_TR("Setting", "Preset"))
            .help(GANLAB_TR("Setting", "starting settings; the other options change them"))
            .cascade([](TrainConfig& c) {
                TrainConfig preset = presetConfig(c.preset);
                preset.dataPath = c.dataPath;
                c = preset;
            }),
        registryChoiceSetting("model", GANLAB_FIELD(model), modelChoices)
            .cli("model", "NAME")
            .group(G)
            .label(GANLAB_TR("Setting", "Model"))
            .help(GANLAB_TR("Setting", "model family (brings its own loss and regularisers)"))
            .cascade(applyFamilyDefaults),
        registryChoiceSetting("loss", GANLAB_FIELD(loss), lossChoices)
            .cli("loss", "NAME")
            .group(G)
            .label(GANLAB_TR("Setting", "Loss"))
            .help(GANLAB_TR("Setting", "objective (default: the model's own)")),
        flagSetting("conditional", GANLAB_FIELD(conditional))
            .cli("conditional")
            .group(G)
            .label(GANLAB_TR("Setting", "Class-conditional"))
            .help(GANLAB_TR("Setting", "G and D see the class (needs labelled data)"))
            .onlyFor(
                [](const TrainConfig& c) {
                    const auto m = findModelInfo(c.model);
                    return !m || m->supportsConditional;
                },
                GANLAB_TR("Setting", "models with a class-conditional variant")),
        choiceSetting<Conditioning>(
            "conditioning", GANLAB_FIELD(conditioning),
            {{Conditioning::Concat, "concat", GANLAB_TR("Setting", "Cond Concat (one-hot planes)"),
              GANLAB_TR("Setting", "one-hot columns in G's input and planes on D's input")},
             {Conditioning::ClassBatchNorm, "bn", GANLAB_TR("Setting", "Cond BN (per-class γ, β)"),
              GANLAB_TR("Setting", "a batch-norm scale and offset per class in G")}})
            .cli("conditioning", "HOW")
            .group(G)
            .label(GANLAB_TR("Setting", "Conditioning"))
            .help(GANLAB_TR("Setting", "how dcgan and resnet see the class (Transferring GANs §4)"))
            .onlyFor([](const TrainConfig& c) { return c.conditional; },
                     GANLAB_TR("Setting", "class-conditional runs")),
    };
}

// The model's size and its discriminator.
std::vector<Setting> modelShapeSettings() {
    const auto G = SettingGroup::Model;
    return {
        integerSetting("latent_dim", GANLAB_FIELD(latentDim))
            .cli("latent-dim", "N")
            .group(G)
            .label(GANLAB_TR("Setting", "Latent size"))
            .help(GANLAB_TR("Setting", "size of z"))
            .range(1, 4096),
        realSetting("width", GANLAB_FIELD(width))
            .cli("width", "X")
            .group(G)
            .label(GANLAB_TR("Setting", "Width ×"))
            .help(GANLAB_TR("Setting", "channel multiplier of the family's reference widths"))
            .range(0, 8, true),
        choiceSetting<DiscriminatorKind>(
            "discriminator", GANLAB_FIELD(discriminator),
            {{DiscriminatorKind::Own, "own", GANLAB_TR("Setting", "model's own"),
              GANLAB_TR("Setting", "the model family's discriminator")},
             {DiscriminatorKind::Projected, "projected",
              GANLAB_TR("Setting", "projected (frozen features)"),
              GANLAB_TR("Setting", "Projected GANs: a frozen feature network with random "
                                   "projections and four small discriminators, with any G")}},
            {{"", DiscriminatorKind::Own}})
            .cli("discriminator", "NAME")
            .group(G)
            .label(GANLAB_TR("Setting", "Discriminator"))
            .help(GANLAB_TR("Setting", "the family's own, or Projected GAN's with any generator")),
        featureSetting("projected_features", GANLAB_FIELD(projectedFeatures),
                       FeatureUse::Projection)
            .cli("projected-features", "F")
            .group(G)
            .label(GANLAB_TR("Setting", "Projected features"))
            .help(GANLAB_TR("Setting", "the frozen network: classifier (the run's own, trained "
                                       "first), classifier:FILE, torchscript:FILE or random"))
            .onlyFor(
                [](const TrainConfig& c) {
                    return c.discriminator == DiscriminatorKind::Projected;
                },
                GANLAB_TR("Setting", "the projected discriminator")),
    };
}

} // namespace ganlab
