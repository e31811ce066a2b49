// Built-in presets, one table: cpu-quick (DCGAN, minutes on two cores), quality (ResNet WGAN-GP),
// one per seed paper's family at CPU-sized widths (pggan, biggan, acgan, projected), and for the
// transfer lab (Transferring GANs) three Fashion-MNIST sources, broad and narrow, and a target.
#include "api/presets.h"

#include "api/error.h"

#include <functional>

namespace ganlab {
namespace {

TrainConfig cpuQuick() {
    TrainConfig c;
    c.model = "dcgan";
    c.loss = "nonsaturating";
    c.resolution = 32;
    c.latentDim = 64;
    c.width = 0.5;
    c.batchSize = 64;
    c.criticSteps = 1;
    c.lrG = c.lrD = 2e-4;
    c.beta1 = 0.5;
    c.beta2 = 0.999;
    c.emaBeta = 0.995;
    c.steps = 2000;
    c.sampleEvery = 100;
    c.checkpointEvery = 250;
    c.evalEvery = 250; // FD and KID on random features: about a second each time
    c.eval.samples = 500;
    return c;
}

TrainConfig quality() { // the paper's settings (SEEDS §1)
    TrainConfig c;
    c.model = "resnet";
    c.loss = "wgan-gp";
    c.resolution = 64;
    c.latentDim = 128;
    c.width = 1.0;
    c.batchSize = 64;
    c.criticSteps = 5;
    c.lrG = c.lrD = 1e-4;
    c.beta1 = 0.0;
    c.beta2 = 0.9;
    c.gpWeight = 10.0;
    c.emaBeta = 0.999;
    c.steps = 100000;
    c.sampleEvery = 500;
    c.checkpointEvery = 2000;
    c.evalEvery = 2000;
    c.eval.metrics = {"fd", "kid", "iw"};
    return c;
}

TrainConfig pggan() { // SEEDS §3, CPU-sized
    TrainConfig c;
    c.model = "pggan";
    c.loss = "wgan-gp";
    c.driftWeight = 0.001;
    c.resolution = 32;
    c.latentDim = 128;
    c.width = 0.125; // 32 channels up to 16 px, 16 at 32 px: ~0.2 s per step at 32 px on 2 cores
    c.batchSize = 32;
    c.criticSteps = 1;
    c.lrG = c.lrD = 1e-3;
    c.beta1 = 0.0;
    c.beta2 = 0.99;
    c.emaBeta = 0.999;
    c.growth = {.startResolution = 8,
                .stabiliseImages = 20000,
                .fadeImages = 20000,
                .batchSizes = {64, 48, 32}};
    c.steps = 4000;
    c.sampleEvery = 100;
    c.checkpointEvery = 250;
    c.evalEvery = 500;
    c.eval.samples = 500;
    return c;
}

TrainConfig biggan() { // SEEDS §5, CPU-sized
    TrainConfig c;
    c.model = "biggan";
    c.loss = "hinge";
    c.conditional = true;
    c.resolution = 32;
    c.latentDim = 120;
    c.width = 0.25; // ~0.23 s per step (2 D steps) on two cores
    c.batchSize = 32;
    c.criticSteps = 2;
    c.lrG = c.lrD = 2e-4;
    c.beta1 = 0.0;
    c.beta2 = 0.999;
    c.orthoReg = 1e-4;
    c.emaBeta = 0.999;
    c.steps = 3000;
    c.sampleEvery = 100;
    c.checkpointEvery = 250;
    c.evalEvery = 500;
    c.eval.samples = 500;
    c.eval.metrics = {"fd", "kid", "accuracy"}; // per-class accuracy: the run's classifier
    return c;
}

TrainConfig acgan() { // SEEDS §2 on the DCGAN backbone
    TrainConfig c = cpuQuick();
    c.conditional = true;
    c.auxClassifier = true;
    c.eval.metrics = {"fd", "kid", "ms-ssim", "accuracy"}; // AC-GAN's diversity and accuracy
    return c;
}

TrainConfig projected() { // SEEDS §4 with a DCGAN generator
    TrainConfig c = cpuQuick();
    c.discriminator = DiscriminatorKind::Projected;
    c.projectedFeatures = {FeatureSource::RunClassifier, {}};
    c.augment = {.mode = AugmentMode::DiffAugment, .ops = {"color", "translation", "cutout"}};
    c.loss = "hinge";
    c.batchSize = 32;
    c.beta1 = 0.0;
    c.beta2 = 0.99;
    c.steps = 1500;
    return c;
}

// Sources and the target share cpu-quick's architecture, so any source can start the target.
TrainConfig source(std::vector<std::string> classes) {
    TrainConfig c = cpuQuick();
    c.steps = 3000;
    c.evalEvery = 500;
    c.classes = std::move(classes);
    return c;
}

TrainConfig transferTarget() {
    TrainConfig c = source({"Dress"});
    c.maxImages = 1000;
    c.steps = 600;
    c.sampleEvery = 100;
    c.checkpointEvery = 300;
    c.evalEvery = 100;
    return c;
}

struct PresetEntry {
    PresetInfo info;
    std::function<TrainConfig()> make;
};

std::vector<PresetEntry> trainingPresets() {
    using P = PresetPurpose;
    return {
        {{"cpu-quick",
          GANLAB_TR("Preset", "small DCGAN, non-saturating loss, 32 px: recognisable "
                              "Fashion-MNIST in minutes on a CPU"),
          P::Training},
         cpuQuick},
        {{"quality",
          GANLAB_TR("Preset", "ResNet WGAN-GP of Transferring GANs (LayerNorm critic, 5 critic "
                              "steps), 64 px, full width"),
          P::Training},
         quality},
        {{"pggan",
          GANLAB_TR("Preset", "PG-GAN: grows 8→16→32 px with fade-ins (20k images each phase), "
                              "WGAN-GP with drift, 1 D step, Adam reset per level"),
          P::Training},
         pggan},
        {{"biggan",
          GANLAB_TR("Preset", "BigGAN-style class-conditional GAN: CBN, self-attention, "
                              "projection D, spectral norm, hinge, 2 D steps, orthogonal "
                              "regularisation (needs class labels)"),
          P::Training},
         biggan},
        {{"acgan",
          GANLAB_TR("Preset", "AC-GAN: conditional DCGAN G, D with an auxiliary classifier head "
                              "(needs class labels)"),
          P::Training},
         acgan},
        {{"projected",
          GANLAB_TR("Preset", "Projected GAN: DCGAN G, frozen classifier features with random "
                              "CCM/CSM projections, four SN discriminators, hinge, DiffAugment"),
          P::Training},
         projected},
    };
}

std::vector<PresetEntry> transferLabPresets() {
    using P = PresetPurpose;
    return {
        {{"source-all",
          GANLAB_TR("Preset", "transfer source: cpu-quick on every Fashion-MNIST class (broad), "
                              "3000 steps"),
          P::TransferSource},
         [] { return source({}); }},
        {{"source-tops",
          GANLAB_TR("Preset", "transfer source: cpu-quick on T-shirt/top, Pullover, Coat and "
                              "Shirt (narrow), 3000 steps"),
          P::TransferSource},
         [] {
             return source({"T-shirt/top", "Pullover", "Coat", "Shirt"});
         }},
        {{"source-footwear",
          GANLAB_TR("Preset", "transfer source: cpu-quick on Sandal, Sneaker and Ankle boot "
                              "(narrow), 3000 steps"),
          P::TransferSource},
         [] {
             return source({"Sandal", "Sneaker", "Ankle boot"});
         }},
        {{"transfer-target",
          GANLAB_TR("Preset", "small transfer target: 1000 Fashion-MNIST dresses, cpu-quick "
                              "model, 600 steps evaluated every 100 (start it from a source)"),
          P::Training},
         transferTarget},
    };
}

const std::vector<PresetEntry>& table() {
    static const std::vector<PresetEntry> entries = [] {
        auto all = trainingPresets();
        auto transferLab = transferLabPresets();
        all.insert(all.end(), transferLab.begin(), transferLab.end());
        return all;
    }();
    return entries;
}

const PresetEntry& entry(const std::string& name) {
    for (const auto& e : table())
        if (e.info.name == name)
            return e;
    std::string names;
    for (const auto& e : table())
        names += (names.empty() ? "" : ", ") + e.info.name;
    throw Error(ErrorKind::Usage, {}, message(MessageCode::UnknownPreset, name, names));
}

} // namespace

const std::vector<PresetInfo>& presets() {
    static const std::vector<PresetInfo> infos = [] {
        std::vector<PresetInfo> out;
        for (const auto& e : table())
            out.push_back(e.info);
        return out;
    }();
    return infos;
}

const PresetInfo& findPreset(const std::string& name) {
    return entry(name).info;
}

TrainConfig presetConfig(const std::string& name) {
    TrainConfig c = entry(name).make();
    c.preset = name;
    return c;
}

} // namespace ganlab
