// Built-in presets: cpu-quick (DCGAN, minutes on two cores), quality (ResNet WGAN-GP), and one per
// seed paper's family at CPU-sized widths: pggan, biggan, acgan, projected; and for the transfer
// lab (Transferring GANs) a small target and three Fashion-MNIST sources, broad and narrow.
#include "api/error.h"
#include "api/train_config.h"

namespace ganlab {

std::vector<std::string> presetNames() {
    return {"cpu-quick", "quality",    "pggan",       "biggan",          "acgan",
            "projected", "source-all", "source-tops", "source-footwear", "transfer-target"};
}

bool isPretrainPreset(const std::string& name) {
    return name.rfind("source-", 0) == 0;
}

std::string presetDescription(const std::string& name) {
    if (name == "cpu-quick")
        return "small DCGAN, non-saturating loss, 32 px: recognisable Fashion-MNIST in minutes on "
               "a CPU";
    if (name == "quality")
        return "ResNet WGAN-GP of Transferring GANs (LayerNorm critic, 5 critic steps), 64 px, "
               "full width";
    if (name == "pggan")
        return "PG-GAN: grows 8→16→32 px with fade-ins (20k images each phase), WGAN-GP with "
               "drift, "
               "1 D step, Adam reset per level";
    if (name == "biggan")
        return "BigGAN-style class-conditional GAN: CBN, self-attention, projection D, spectral "
               "norm, hinge, 2 D steps, orthogonal regularisation (needs class labels)";
    if (name == "acgan")
        return "AC-GAN: conditional DCGAN G, D with an auxiliary classifier head (needs class "
               "labels)";
    if (name == "projected")
        return "Projected GAN: DCGAN G, frozen classifier features with random CCM/CSM "
               "projections, four SN discriminators, hinge, DiffAugment";
    if (name == "source-all")
        return "transfer source: cpu-quick on every Fashion-MNIST class (broad), 3000 steps";
    if (name == "source-tops")
        return "transfer source: cpu-quick on T-shirt/top, Pullover, Coat and Shirt (narrow), "
               "3000 steps";
    if (name == "source-footwear")
        return "transfer source: cpu-quick on Sandal, Sneaker and Ankle boot (narrow), 3000 steps";
    if (name == "transfer-target")
        return "small transfer target: 1000 Fashion-MNIST dresses, cpu-quick model, 600 steps "
               "evaluated every 100 (start it from a source)";
    std::string names;
    for (const auto& n : presetNames())
        names += (names.empty() ? "" : ", ") + n;
    throw Error(ErrorKind::Usage, {}, "unknown preset \"" + name + "\" (try " + names + ")");
}

TrainConfig presetConfig(const std::string& name) {
    presetDescription(name); // throws for unknown names
    TrainConfig c;
    c.preset = name;
    if (isPretrainPreset(name) || name == "transfer-target") {
        c = presetConfig("cpu-quick"); // sources and target share one architecture
        c.preset = name;
        c.steps = 3000;
        c.evalEvery = 500;
        if (name == "source-tops")
            c.classes = {"T-shirt/top", "Pullover", "Coat", "Shirt"};
        if (name == "source-footwear")
            c.classes = {"Sandal", "Sneaker", "Ankle boot"};
        if (name == "transfer-target") {
            c.classes = {"Dress"};
            c.maxImages = 1000;
            c.steps = 600;
            c.sampleEvery = 100;
            c.checkpointEvery = 300;
            c.evalEvery = 100;
        }
        return c;
    }
    if (name == "cpu-quick") {
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
    } else if (name == "pggan") { // SEEDS §3, CPU-sized
        c.model = "pggan";
        c.loss = "wgan-gp";
        c.driftWeight = 0.001;
        c.resolution = 32;
        c.latentDim = 128;
        c.width =
            0.125; // 32 channels up to 16 px, 16 at 32 px: ~0.2 s per step at 32 px on 2 cores
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
    } else if (name == "biggan") { // SEEDS §5, CPU-sized
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
    } else if (name == "acgan") {                   // SEEDS §2 on the DCGAN backbone
        c.model = "dcgan";
        c.loss = "nonsaturating";
        c.conditional = true;
        c.auxClassifier = true;
        c.resolution = 32;
        c.width = 0.5;
        c.batchSize = 64;
        c.lrG = c.lrD = 2e-4;
        c.beta1 = 0.5;
        c.emaBeta = 0.995;
        c.steps = 2000;
        c.sampleEvery = 100;
        c.checkpointEvery = 250;
        c.evalEvery = 250;
        c.eval.samples = 500;
        c.eval.metrics = {"fd", "kid", "ms-ssim", "accuracy"}; // AC-GAN's diversity and accuracy
    } else if (name == "projected") {                          // SEEDS §4 with a DCGAN generator
        c.model = "dcgan";
        c.discriminator = "projected";
        c.projectedFeatures = "classifier";
        c.diffAugment = "color,translation,cutout";
        c.loss = "hinge";
        c.resolution = 32;
        c.width = 0.5;
        c.batchSize = 32;
        c.lrG = c.lrD = 2e-4;
        c.beta1 = 0.0;
        c.beta2 = 0.99;
        c.emaBeta = 0.995;
        c.steps = 1500;
        c.sampleEvery = 100;
        c.checkpointEvery = 250;
        c.evalEvery = 250;
        c.eval.samples = 500;
    } else { // quality: the paper's settings (SEEDS §1)
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
    }
    return c;
}

} // namespace ganlab
