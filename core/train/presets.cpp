// Built-in presets: cpu-quick (DCGAN, minutes on two cores) and quality (ResNet WGAN-GP).
#include "api/error.h"
#include "api/train_config.h"

namespace ganlab {

std::vector<std::string> presetNames() {
    return {"cpu-quick", "quality"};
}

std::string presetDescription(const std::string& name) {
    if (name == "cpu-quick")
        return "small DCGAN, non-saturating loss, 32 px: recognisable Fashion-MNIST in minutes on "
               "a CPU";
    if (name == "quality")
        return "ResNet WGAN-GP of Transferring GANs (LayerNorm critic, 5 critic steps), 64 px, "
               "full width";
    throw Error(ErrorKind::Usage, {}, "unknown preset \"" + name + "\" (try cpu-quick or quality)");
}

TrainConfig presetConfig(const std::string& name) {
    presetDescription(name); // throws for unknown names
    TrainConfig c;
    c.preset = name;
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
