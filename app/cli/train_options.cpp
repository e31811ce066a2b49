// Shared training options of ganlab-cli.
#include "cli/train_options.h"

#include "api/error.h"
#include "api/registry_info.h"

#include <algorithm>
#include <sstream>

namespace ganlab::cli {

std::set<std::string> trainOptionNames() {
    return {"data",
            "preset",
            "model",
            "loss",
            "resolution",
            "channels",
            "fit",
            "steps",
            "seed",
            "batch",
            "critic-steps",
            "lr-g",
            "lr-d",
            "width",
            "latent-dim",
            "sample-every",
            "checkpoint-every",
            "keep",
            "out",
            "threads",
            "eval-every",
            "eval-minutes",
            "eval-metrics",
            "eval-features",
            "eval-samples",
            "discriminator",
            "projected-features",
            "diff-augment",
            "ortho",
            "drift",
            "grow-start",
            "grow-images",
            "health-every",
            "collapse-factor",
            "on-collapse",
            "debug-inject-nan",
            "classes",
            "max-images",
            "conditioning",
            "transfer-from",
            "load"};
}

std::set<std::string> trainFlagNames() {
    return {"conditional", "aux-classifier"};
}

std::string trainOptionsHelp() {
    std::ostringstream h;
    h << R"(  --preset NAME          starting settings (default cpu-quick):
)";
    for (const auto& p : presetNames())
        h << "                           " << p << ": " << presetDescription(p) << "\n";
    h << "  --model NAME           model family (default from preset):";
    for (const auto& m : registeredModels())
        h << " " << m.name;
    h << "\n  --loss NAME            objective (default: the model's own):";
    for (const auto& l : registeredLosses())
        h << " " << l.name;
    h << R"(
  --resolution N         image size in px, a power of two (default from preset; 32/64/128)
  --channels N           1 or 3 (default: from the dataset)
  --fit MODE             center-crop | pad, for non-square images (default center-crop)
  --steps N              generator steps (default from preset)
  --seed N               random seed (default 1)
  --batch N              batch size
  --critic-steps N       D steps per G step
  --lr-g X, --lr-d X     learning rates
  --width X              channel multiplier of the model
  --latent-dim N         size of z
  --conditional          class-conditional model (needs labelled data)
  --aux-classifier       AC-GAN: D gets a class head (dcgan, resnet; implies --conditional)
  --discriminator NAME   projected: Projected GAN's D on frozen features, with any generator
  --projected-features F classifier (the run's own, trained first) | classifier:FILE |
                         torchscript:FILE | random
  --diff-augment LIST    DiffAugment on D's inputs: color,translation,cutout (or a subset)
  --ortho BETA           orthogonal regularisation on G (default with --model biggan: 1e-4)
  --drift EPS            drift term with wgan-gp (default with --model pggan: 0.001)
  --grow-start N         pggan: starting resolution (default 8)
  --grow-images N        pggan: images per stabilise and per fade phase
  --health-every N       singular values of G's/D's first and last layers every N steps
  --collapse-factor X    trip the guard when σ0 of G's first layer jumps X× (0 = NaN/Inf only)
  --on-collapse WHAT     stop (default): write nothing more, exit 4; resume starts again from
                         the newest good checkpoint. rollback: restore that checkpoint and end
                         the run there (BigGAN's early stopping), trimming later metrics
  --sample-every N       sample grid interval in steps (0 = never)
  --checkpoint-every N   checkpoint interval in steps (0 = only at the end)
  --keep N               checkpoints kept (default 3)
  --eval-every N         evaluate every N steps and at the end (0 = never; cpu-quick: 250)
  --eval-minutes X       also evaluate every X minutes of training (0 = never)
  --eval-metrics LIST    e.g. fd,kid (see ganlab-cli eval --help)
  --eval-features NET    random | classifier | classifier:FILE | inception:FILE
  --eval-samples N       generated samples per evaluation
  --out DIR              run folder (default runs/<model>-<date-time>)
  --threads N            compute threads (default: all cores)
  --debug-inject-nan N   testing aid: NaN into G's first layer before step N (trips the guard)
  --classes LIST         train on these classes only, e.g. "Sandal,Sneaker" (relabelled in order)
  --max-images N         at most N images, the same share of every class (small targets)
  --conditioning HOW     concat (Cond Concat: one-hot input columns) | bn (Cond BN: a BN
                         scale/offset per class); dcgan and resnet
  --transfer-from SRC    start from a source run folder or checkpoint (Transferring GANs):
                         weights are copied by name, adapted where sound (unconditional →
                         conditional, gray ↔ colour, pggan growing a level), refused otherwise
  --load WHAT            what to load from the source: g,d (default) | g | d | none
)";
    return h.str();
}

void applyOverrides(TrainConfig& c, const Arguments& a) {
    if (auto v = a.get("model")) { // the family's own loss and regularisers, unless given
        c.model = *v;
        for (const auto& m : registeredModels())
            if (m.name == *v) {
                if (!a.has("loss"))
                    c.loss = m.defaultLoss;
                c.orthoReg = m.defaultOrthoReg;
                c.driftWeight = m.defaultDrift;
            }
    }
    if (auto v = a.get("loss"))
        c.loss = *v;
    if (auto v = a.integer("resolution"))
        c.resolution = static_cast<int>(*v);
    if (auto v = a.integer("channels"))
        c.channels = static_cast<int>(*v);
    if (auto v = a.get("fit")) {
        if (*v != "center-crop" && *v != "pad")
            throw Error(ErrorKind::Usage, {}, "--fit must be center-crop or pad");
        c.fit = *v == "pad" ? FitMode::Pad : FitMode::CenterCrop;
    }
    if (auto v = a.integer("steps"))
        c.steps = *v;
    if (auto v = a.integer("seed"))
        c.seed = static_cast<std::uint64_t>(*v);
    if (auto v = a.integer("batch"))
        c.batchSize = static_cast<int>(*v);
    if (auto v = a.integer("critic-steps"))
        c.criticSteps = static_cast<int>(*v);
    if (auto v = a.number("lr-g"))
        c.lrG = *v;
    if (auto v = a.number("lr-d"))
        c.lrD = *v;
    if (auto v = a.number("width"))
        c.width = *v;
    if (auto v = a.integer("latent-dim"))
        c.latentDim = static_cast<int>(*v);
    if (a.has("conditional"))
        c.conditional = true;
    if (auto v = a.integer("sample-every"))
        c.sampleEvery = static_cast<int>(*v);
    if (auto v = a.integer("checkpoint-every"))
        c.checkpointEvery = static_cast<int>(*v);
    if (auto v = a.integer("keep"))
        c.keepCheckpoints = static_cast<int>(*v);
    if (auto v = a.integer("eval-every"))
        c.evalEvery = static_cast<int>(*v);
    if (auto v = a.number("eval-minutes"))
        c.evalEveryMinutes = *v;
    if (auto v = a.get("eval-metrics"))
        c.eval.metrics = splitList(*v);
    if (auto v = a.get("eval-features"))
        c.eval.features = *v;
    if (auto v = a.integer("eval-samples"))
        c.eval.samples = static_cast<int>(*v);
    if (a.has("aux-classifier"))
        c.auxClassifier = c.conditional = true;
    if (auto v = a.get("discriminator"))
        c.discriminator = *v == "own" ? std::string() : *v;
    if (auto v = a.get("projected-features"))
        c.projectedFeatures = *v;
    if (auto v = a.get("diff-augment"))
        c.diffAugment = *v == "none" ? std::string() : *v;
    if (auto v = a.number("ortho"))
        c.orthoReg = *v;
    if (auto v = a.number("drift"))
        c.driftWeight = *v;
    if (auto v = a.integer("grow-start"))
        c.growth.startResolution = static_cast<int>(*v);
    if (auto v = a.integer("grow-images"))
        c.growth.stabiliseImages = c.growth.fadeImages = *v;
    if (auto v = a.integer("health-every"))
        c.healthEvery = static_cast<int>(*v);
    if (auto v = a.number("collapse-factor"))
        c.collapseFactor = *v;
    if (auto v = a.get("classes"))
        c.classes = splitList(*v);
    if (auto v = a.integer("max-images"))
        c.maxImages = *v;
    if (auto v = a.get("conditioning"))
        c.conditioning = *v;
    if (auto v = a.get("transfer-from"))
        c.transfer.source = *v;
    if (auto v = a.get("load")) {
        const auto parts = splitList(*v);
        const auto has = [&](const char* x) {
            return std::find(parts.begin(), parts.end(), x) != parts.end();
        };
        for (const auto& p : parts)
            if (p != "g" && p != "d" && p != "none")
                throw Error(ErrorKind::Usage, {}, "--load takes g, d, g,d or none, not " + *v);
        c.transfer.generator = has("g");
        c.transfer.discriminator = has("d");
    }
    if (c.transfer.source.empty() && a.has("load"))
        throw Error(ErrorKind::Usage, {}, "--load needs --transfer-from SOURCE");
}

} // namespace ganlab::cli
