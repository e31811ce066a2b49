// A source checkpoint read for a transfer: the run folder or file resolved to a checkpoint, its
// config, image channels and classes, and the tensors of G (or its EMA) and D by name.
#include "transfer/source_checkpoint.h"

#include "api/error.h"
#include "api/settings.h"
#include "models/model_registry.h"
#include "train/archive_file.h"
#include "train/run_directory.h"

#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

using torch::serialize::InputArchive;

void collectTensors(InputArchive& archive, const std::string& prefix, TensorMap& out) {
    for (const auto& key : archive.keys()) {
        c10::IValue value;
        archive.read(key, value);
        if (value.isTensor()) {
            out[prefix + key] = value.toTensor();
        } else if (value.isModule()) {
            InputArchive nested;
            archive.read(key, nested);
            collectTensors(nested, prefix + key + ".", out);
        }
    }
}

// The source's image channels and classes: stored in checkpoints since format 2 gained them; for
// older ones, the run folder's dataset.json beside checkpoints/.
void readShape(InputArchive& root, SourceCheckpoint& s) {
    // Fresh tensors for every read: reading into a defined tensor re-points it (set_), which
    // would alias the archive's own values.
    torch::Tensor channels, classes;
    if (root.try_read("channels", channels) && root.try_read("num_classes", classes)) {
        s.channels = static_cast<int>(channels.item<std::int64_t>());
        s.numClasses = static_cast<int>(classes.item<std::int64_t>());
        return;
    }
    const auto runRoot = fs::path(s.path).parent_path().parent_path();
    if (fs::exists(runRoot / "dataset.json")) {
        const DatasetInfo info = RunDirectory(runRoot.string()).readDatasetInfo();
        s.channels = info.channels;
        s.numClasses = s.config.conditional ? static_cast<int>(info.classNames.size()) : 0;
        return;
    }
    if (s.config.channels == 0 || s.config.conditional)
        throw Error(ErrorKind::Checkpoint, s.path, message(MessageCode::OlderCheckpointNoShape));
    s.channels = s.config.channels;
}

} // namespace

std::vector<std::pair<std::string, torch::Tensor>> stateOf(torch::nn::Module& m) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto& p : m.named_parameters())
        out.emplace_back(p.key(), p.value());
    for (const auto& b : m.named_buffers())
        out.emplace_back(b.key(), b.value());
    return out;
}

std::string describeModel(const TrainConfig& c, int channels, int numClasses) {
    std::ostringstream out;
    out << c.model << (c.discriminator == DiscriminatorKind::Projected ? " + projected D" : "")
        << ", " << c.resolution << " px, " << channels << (channels == 1 ? " channel" : " channels")
        << ", width " << c.width << ", latent " << c.latentDim << ", ";
    if (numClasses > 0)
        out << numClasses << " classes (" << (c.auxClassifier ? "AC head, " : "")
            << (c.conditioning == Conditioning::ClassBatchNorm ? "Cond BN" : "Cond Concat") << ")";
    else
        out << "unconditional";
    return out.str();
}

SourceCheckpoint readSource(const std::string& source, bool wantG, bool wantD,
                            const char* generatorKey) {
    SourceCheckpoint s;
    s.path = resolveTransferSource(source);
    try {
        InputArchive root;
        loadCheckedArchive(root, s.path, ErrorKind::Checkpoint, torch::kCPU); // any device saved it
        c10::IValue config;
        root.read("config", config);
        s.config = trainConfigFromJson(config.toStringRef(), s.path);
        torch::Tensor step;
        root.read("step", step);
        s.step = step.item<std::int64_t>();
        readShape(root, s);
        if (wantG) {
            InputArchive g;
            root.read(generatorKey, g);
            collectTensors(g, "", s.g);
        }
        if (wantD) {
            InputArchive d;
            root.read("D", d);
            collectTensors(d, "", s.d);
        }
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        std::string what = e.what();
        if (const auto nl = what.find('\n'); nl != std::string::npos)
            what.resize(nl);
        throw Error(ErrorKind::Checkpoint, s.path,
                    message(MessageCode::NotReadableCheckpoint, what));
    }
    return s;
}

std::string resolveTransferSource(const std::string& source) {
    if (source.empty())
        throw Error(ErrorKind::Usage, {}, message(MessageCode::NoTransferSource));
    if (fs::is_regular_file(source))
        return source;
    if (fs::is_directory(source)) {
        const RunDirectory dir(source);
        if (!dir.isRun())
            throw Error(ErrorKind::Usage, source, message(MessageCode::NotRunNorCheckpoint));
        const auto ckpts = dir.checkpoints();
        if (ckpts.empty())
            throw Error(ErrorKind::Usage, source, message(MessageCode::SourceHasNoCheckpoint));
        return ckpts.front().path;
    }
    throw Error(ErrorKind::Io, source, message(MessageCode::NoSuchSource));
}

TrainConfig transferSourceConfig(const std::string& source) {
    return readSource(source, false, false).config;
}

GeneratorPtr loadSourceGenerator(const std::string& source, ModelSpec& spec, TrainConfig* config,
                                 std::string* description, std::string* checkpoint) {
    const SourceCheckpoint s = readSource(source, true, false, "G_ema");
    const auto& family = findModel(s.config.model);
    spec = {.resolution = s.config.resolution,
            .channels = s.channels,
            .latentDim = s.config.latentDim,
            .numClasses = s.numClasses,
            .width = s.config.width,
            .conditionalBn =
                s.config.conditional && s.config.conditioning == Conditioning::ClassBatchNorm,
            .projectedFeatures = {}};
    GeneratorPtr g = family.makeGenerator(spec);
    {
        torch::NoGradGuard noGrad;
        const auto state = stateOf(*g);
        for (const auto& [name, t] : state) {
            const auto it = s.g.find(name);
            if (it == s.g.end() || it->second.sizes() != t.sizes())
                throw Error(ErrorKind::Checkpoint, s.path,
                            message(MessageCode::SourceGeneratorMismatch, name));
            t.copy_(it->second);
        }
    }
    g->eval();
    if (config)
        *config = s.config;
    if (description)
        *description = describeModel(s.config, s.channels, s.numClasses);
    if (checkpoint)
        *checkpoint = s.path;
    return g;
}

} // namespace ganlab
