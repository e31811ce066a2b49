// Trainer checkpoints: G, D, EMA G (with a growing model's level and α in their buffers), both Adam
// states, step, images shown (and where the last step's growth was applied), RNG, data order, the
// augmentation state (r_t's running sums, ADA's p) and config in one torch archive, with a checksum
// of the weights. Serialised in memory, written with every write checked, CRC-checked and read back
// before it replaces anything; on load the container's CRCs are checked first and the weights
// against their checksum after. Format 1 (no images_shown) and files without a checksum still read.
#include "train/trainer.h"

#include "api/error.h"
#include "api/settings.h"
#include "train/archive_file.h"
#include "util/first_line.h"

#include <map>
#include <sstream>

namespace ganlab {
namespace {

using torch::serialize::InputArchive;
using torch::serialize::OutputArchive;

template <typename Saveable>
void writeNested(OutputArchive& root, const char* key, const Saveable& part) {
    OutputArchive nested;
    part.save(nested);
    root.write(key, nested);
}

using ShapeMap = std::map<std::string, std::vector<std::int64_t>>;

ShapeMap shapesOf(const torch::nn::Module& m) {
    ShapeMap shapes;
    for (const auto& p : m.named_parameters())
        shapes[p.key()] = p.value().sizes().vec();
    for (const auto& b : m.named_buffers())
        shapes[b.key()] = b.value().sizes().vec();
    return shapes;
}

std::string shapeText(const std::vector<std::int64_t>& s) {
    std::string out = "[";
    for (std::size_t i = 0; i < s.size(); ++i)
        out += (i ? "×" : "") + std::to_string(s[i]);
    return out + "]";
}

// torch's Module::load silently re-shapes tensors to whatever the archive holds; a checkpoint of
// another width or resolution must instead be refused, naming the first mismatching layers.
template <typename Module>
void loadChecked(Module& module, InputArchive& archive, const std::string& part,
                 const std::string& path) {
    const ShapeMap expected = shapesOf(module);
    module.load(archive);
    std::string mismatches;
    int count = 0;
    for (const auto& [name, shape] : shapesOf(module)) {
        const auto& want = expected.at(name);
        if (shape != want && count++ < 3)
            mismatches += (mismatches.empty() ? "" : "; ") + part + "." + name + " is " +
                          shapeText(shape) + " in the checkpoint but " + shapeText(want) +
                          " in this model";
    }
    if (count > 0)
        throw Error(ErrorKind::Checkpoint, path,
                    message(MessageCode::CheckpointShapesDiffer, count, mismatches));
}

// FNV-1a over the bytes of every parameter and buffer, by name: what a checkpoint's weights are.
std::uint64_t hashModule(std::uint64_t h, torch::nn::Module& m) {
    const auto mix = [&](const void* data, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i)
            h = (h ^ p[i]) * 1099511628211ull;
    };
    const auto add = [&](const std::string& name, const torch::Tensor& t) {
        mix(name.data(), name.size());
        // The bytes on the host, as the archive beside it holds them (torch serialises CPU copies).
        const auto c = t.detach().to(torch::kCPU).contiguous();
        mix(c.data_ptr(), c.numel() * c.element_size());
    };
    for (const auto& p : m.named_parameters())
        add(p.key(), p.value());
    for (const auto& b : m.named_buffers())
        add(b.key(), b.value());
    return h;
}

std::int64_t readInt(InputArchive& a, const char* key) {
    torch::Tensor t;
    a.read(key, t);
    return t.item<std::int64_t>();
}

} // namespace

void Trainer::writeState(OutputArchive& root) const {
    root.write("format_version", torch::tensor(kCheckpointVersion));
    root.write("step", torch::tensor(m_step));
    root.write("elapsed_seconds", torch::tensor(m_elapsed, torch::kDouble));
    root.write("config", c10::IValue(toJson(m_config)));
    writeNested(root, "G", *m_g);
    writeNested(root, "D", *m_d);
    writeNested(root, "G_ema", *m_gEma);
    writeNested(root, "opt_G", *m_optG);
    writeNested(root, "opt_D", *m_optD);
    root.write("rng_state", m_rng.get_state());
    root.write("data_order", m_order.defined() ? m_order : torch::empty({0}, torch::kLong));
    root.write("data_cursor", torch::tensor(m_cursor));
    root.write("images_shown", torch::tensor(m_imagesShown));
    if (m_scaleD.enabled()) {
        const auto [sd, nd] = m_scaleD.state();
        const auto [sg, ng] = m_scaleG.state();
        root.write("loss_scales", torch::tensor({sd, double(nd), sg, double(ng)}, torch::kDouble));
    }
    // What a transfer needs to know of the source without its run folder.
    root.write("channels", torch::tensor(std::int64_t{m_spec.channels}));
    root.write("num_classes", torch::tensor(std::int64_t{m_spec.numClasses}));
    root.write("weights_checksum", torch::tensor(static_cast<std::int64_t>(weightsChecksum())));
    root.write("growth_applied_at", torch::tensor(m_lastGrowthAt)); // the last step's position
    root.write("augment_state", m_ada.state()); // r_t's running sums and ADA's p
    root.write("world_size", torch::tensor(std::int64_t{m_group ? m_group->worldSize() : 1}));
}

void Trainer::saveCheckpoint(const std::string& path) const {
    if (!allFinite(*m_g) || !allFinite(*m_d) || !allFinite(*m_gEma))
        throw Error(ErrorKind::Checkpoint, path, message(MessageCode::CheckpointNonFinite));
    OutputArchive root;
    writeState(root);
    saveArchiveAtomically(root, path, [&](const std::string& temp) {
        InputArchive check;
        check.load_from(temp, torch::kCPU);
        if (readInt(check, "format_version") != kCheckpointVersion ||
            readInt(check, "step") != m_step)
            throw Error(ErrorKind::Checkpoint, path, message(MessageCode::CheckpointVerifyFailed));
    });
}

std::uint64_t Trainer::weightsChecksum() const {
    std::uint64_t h = 14695981039346656037ull;
    for (torch::nn::Module* m :
         {static_cast<torch::nn::Module*>(m_g.get()), static_cast<torch::nn::Module*>(m_d.get()),
          static_cast<torch::nn::Module*>(m_gEma.get())})
        h = hashModule(h, *m);
    return h;
}

std::string Trainer::stateBytes() const {
    OutputArchive root;
    writeState(root);
    std::ostringstream out;
    root.save_to(out);
    return out.str();
}

void Trainer::loadStateBytes(const std::string& bytes, const std::string& source) {
    InputArchive root;
    try {
        root.load_from(bytes.data(), bytes.size(), m_device);
    } catch (const std::exception& e) {
        throw Error(ErrorKind::Checkpoint, source,
                    message(MessageCode::CheckpointUnreadable, firstLine(e.what())));
    }
    readState(root, source);
}

void Trainer::loadCheckpoint(const std::string& path) {
    InputArchive root;
    try {
        loadCheckedArchive(root, path, ErrorKind::Checkpoint, m_device); // any device saved it
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) { // torch's unpickler on a damaged archive
        throw Error(ErrorKind::Checkpoint, path,
                    message(MessageCode::CheckpointUnreadable, firstLine(e.what())));
    }
    readState(root, path);
}

void Trainer::readState(InputArchive& root, const std::string& path) {
    try {
        const auto version = readInt(root, "format_version");
        if (version < 1 || version > kCheckpointVersion)
            throw Error(
                ErrorKind::Checkpoint, path,
                message(MessageCode::CheckpointVersionUnsupported, version, kCheckpointVersion));
        InputArchive g, d, gEma, optG, optD;
        root.read("G", g);
        root.read("D", d);
        root.read("G_ema", gEma);
        root.read("opt_G", optG);
        root.read("opt_D", optD);
        loadChecked(*m_g, g, "G", path);
        loadChecked(*m_d, d, "D", path);
        loadChecked(*m_gEma, gEma, "G_ema", path);
        m_optG->load(optG);
        m_optD->load(optD);
        torch::Tensor rng, order, elapsed;
        root.read("rng_state", rng);
        m_rng.set_state(rng.to(torch::kCPU)); // the run's generator is a CPU one on every device
        root.read("data_order", order);
        m_order = order.numel() > 0 ? order.to(torch::kCPU) : torch::Tensor();
        torch::Tensor scales; // fp16's loss scales: {D scale, D run, G scale, G run}
        if (root.try_read("loss_scales", scales)) {
            const auto s = scales.to(torch::kCPU, torch::kDouble);
            m_scaleD.setState(s[0].item<double>(), s[1].item<std::int64_t>());
            m_scaleG.setState(s[2].item<double>(), s[3].item<std::int64_t>());
        }
        m_cursor = readInt(root, "data_cursor");
        m_step = readInt(root, "step");
        root.read("elapsed_seconds", elapsed);
        m_elapsed = elapsed.item<double>();
        // Format 1 predates growth: it never held a growing model, so no images were counted.
        m_imagesShown = version >= 2 ? readInt(root, "images_shown") : 0;
        torch::Tensor augmentState; // written since ADA; before it no run augmented adaptively
        if (root.try_read("augment_state", augmentState))
            m_ada.setState(augmentState);
        torch::Tensor worldSize; // written since data-parallel training; one process before
        m_loadedWorldSize = root.try_read("world_size", worldSize)
                                ? static_cast<int>(worldSize.item<std::int64_t>())
                                : 1;
        // Where the last step's growth was applied, so that the next step resets Adam exactly when
        // the uninterrupted run would (files from before it: the position now, one step late).
        torch::Tensor growthAt;
        m_lastGrowthAt = root.try_read("growth_applied_at", growthAt)
                             ? growthAt.item<std::int64_t>()
                             : m_imagesShown;
        if (m_growth)
            m_lastGrowth = m_growth->at(m_lastGrowthAt); // Adam's state came with the checkpoint
        m_health->rebaseline();
        torch::Tensor checksum; // files written before it have none: their CRCs were checked
        if (root.try_read("weights_checksum", checksum) &&
            static_cast<std::uint64_t>(checksum.item<std::int64_t>()) != weightsChecksum())
            throw Error(ErrorKind::Checkpoint, path, message(MessageCode::CheckpointChecksum));
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        std::string what = e.what();
        if (const auto nl = what.find('\n'); nl != std::string::npos)
            what.resize(nl); // torch appends a C++ stack trace
        throw Error(ErrorKind::Checkpoint, path, message(MessageCode::CheckpointUnreadable, what));
    }
}

} // namespace ganlab
