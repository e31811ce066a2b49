// Tests of the TorchScript interop (interop/torchscript_generator): every registered generator
// traces into a module that reproduces it at other batch sizes, the module reads back as a
// generator with its constants, an export that would not reproduce is refused with nothing
// written, and files that are not generators are refused naming the problem.
#include "torch_prelude.h" // torch first, as in the other torch tests

#include "api/error.h"
#include "api/generator_snapshot.h"
#include "interop/torchscript_generator.h"
#include "models/model_registry.h"
#include "nn/fast_convolution.h"
#include "support/test_data.h"
#include "train/latent.h"
#include "train/sample_render.h"
#include "util/global_rng_guard.h"

#include <ATen/CPUGeneratorImpl.h>

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

ModelSpec specOf(int classes, bool conditionalBn = false) {
    ModelSpec s;
    s.resolution = 16;
    s.channels = 3;
    s.latentDim = 10;
    s.numClasses = classes;
    s.conditionalBn = conditionalBn;
    s.width = 0.125;
    return s;
}

// Weights and batch-norm statistics redrawn so that every layer (and eval-mode normalisation)
// shows in the images.
GeneratorPtr makeGenerator(const std::string& family, const ModelSpec& spec) {
    torch::manual_seed(5);
    auto g = findModel(family).makeGenerator(spec);
    torch::NoGradGuard guard;
    for (auto& p : g->parameters())
        if (p.dim() >= 2)
            p.normal_(0, 2.0 / std::sqrt(double(p.numel() / p.size(1))));
    for (auto& b : g->named_buffers())
        if (b.key().find("running_mean") != std::string::npos)
            b.value().normal_(0, 0.1);
        else if (b.key().find("running_var") != std::string::npos)
            b.value().uniform_(0.5, 2.0);
    return g;
}

SampleRequest grid(int rows, int cols, std::uint64_t seed, double truncation) {
    SampleRequest r;
    r.rows = rows;
    r.cols = cols;
    r.seed = seed;
    r.truncation = truncation;
    return r;
}

double largestDifference(const GenerateFn& a, const GenerateFn& b, const ModelSpec& spec,
                         const SampleRequest& r) {
    const auto x = drawSamples(a, spec, r), y = drawSamples(b, spec, r);
    EXPECT_TRUE(torch::equal(x.z, y.z));
    return (x.images - y.images).abs().max().item<double>();
}

MessageCode refusalCode(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.message().code;
    }
    return MessageCode::Text;
}

struct Case {
    std::string family;
    ModelSpec spec;
    std::optional<Growth> growth;
};

} // namespace

TEST(TorchScript, everyFamilyExportsAndReadsBack) {
    TempDir tmp;
    const std::vector<Case> cases{
        {"dcgan", specOf(0), {}},
        {"dcgan", specOf(3), {}},       // class columns
        {"dcgan", specOf(3, true), {}}, // class batch norm
        {"resnet", specOf(0), {}},
        {"resnet", specOf(3, true), {}},
        {"pggan", specOf(0), Growth{2, 0.35}}, // mid-fade into 16×16
        {"pggan", specOf(2), Growth{1, 1.0}},
        {"biggan", specOf(3), {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.family + " classes " + std::to_string(c.spec.numClasses));
        auto g = makeGenerator(c.family, c.spec);
        if (c.growth) {
            ASSERT_TRUE(setGrowth(*g, *c.growth));
        }
        g->train(); // export evaluates in eval mode and restores the mode
        const std::string path = tmp / (c.family + ".pt");
        std::vector<std::string> names;
        for (int k = 0; k < c.spec.numClasses; ++k)
            names.push_back("class " + std::to_string(k));
        exportGeneratorScript(*g, c.spec, {c.family, 42, names}, path);
        EXPECT_TRUE(g->is_training());
        EXPECT_TRUE(nn::fastConvolutions()) << "the export left the fast kernels switched off";

        const ScriptedGenerator s = loadGeneratorScript(path);
        EXPECT_EQ(s.spec.latentDim, c.spec.latentDim);
        EXPECT_EQ(s.spec.numClasses, c.spec.numClasses);
        EXPECT_EQ(s.spec.resolution, 16);
        EXPECT_EQ(s.spec.channels, 3);
        EXPECT_EQ(s.meta.model, c.family);
        EXPECT_EQ(s.meta.step, 42);
        EXPECT_EQ(s.meta.classNames, names);
        // Traced on the stock kernels: plain (transposed) convolutions, no gradient formulation.
        const std::string graph = s.module->get_method("forward").graph()->toString();
        EXPECT_EQ(graph.find("convolution_backward"), std::string::npos) << graph;
        const auto scripted = generateWith(s.module, c.spec.numClasses > 0, path);
        { // truncated_z draws ganlab's latents for a seed (it seeds torch's global generator)
            const GlobalRngGuard keepRng;
            at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(7);
            const auto ours = sampleLatent(6, c.spec.latentDim, 0.7, rng);
            const auto theirs = s.module->get_method("truncated_z")({6, 0.7, 7}).toTensor();
            EXPECT_TRUE(torch::equal(ours, theirs));
        }
        for (int cols : {1, 4, 7})
            EXPECT_LE(largestDifference(generateWith(*g), scripted, c.spec, grid(2, cols, 9, 0)),
                      1e-5);
        EXPECT_LE(largestDifference(generateWith(*g), scripted, c.spec, grid(3, 3, 4, 0.5)), 1e-5);

        // The snapshot API over the same file: a grid, an interpolation, no fade, no growth.
        const GeneratorSnapshot snap = GeneratorSnapshot::openTorchScript(path);
        EXPECT_TRUE(snap.imported());
        EXPECT_EQ(snap.sampleGrid(grid(2, 3, 9, 0)).pixels,
                  renderSampleGrid(*g, c.spec, grid(2, 3, 9, 0)).pixels);
        // (pixels within one grey level: a 1e-6 difference may round the other way)
        const Image strip = snap.interpolate(grid(2, 3, 9, 0), 0, 4, 5);
        const Image expected = renderInterpolation(*g, c.spec, grid(2, 3, 9, 0), 0, 4, 5);
        ASSERT_EQ(strip.pixels.size(), expected.pixels.size());
        for (std::size_t i = 0; i < strip.pixels.size(); ++i)
            ASSERT_LE(std::abs(int(strip.pixels[i]) - int(expected.pixels[i])), 1) << i;
        EXPECT_FALSE(snap.fadePreview(grid(1, 3, 9, 0)).has_value());
        EXPECT_FALSE(snap.growth().has_value());
    }
}

// A generator whose shapes name the batch size traces into a module that only takes that batch:
// the export's read-back check at another batch size refuses it, and nothing is written.
// The batch size in a shape makes the module fail at another batch; in a value, differ.
struct BatchBakingGenerator : GeneratorImpl {
    explicit BatchBakingGenerator(bool inShape)
        : shape(inShape) {
        dense = register_module("dense", torch::nn::Linear(4, 3 * 8 * 8));
    }
    torch::Tensor forward(const torch::Tensor& z, const torch::Tensor&) override {
        if (shape)
            return torch::tanh(dense(z).view({z.size(0), 3, 8, 8}));
        return torch::tanh(dense(z).view({-1, 3, 8, 8}) * double(z.size(0)) / 4);
    }
    bool shape;
    torch::nn::Linear dense{nullptr};
};

TEST(TorchScript, exportThatDoesNotReproduceIsRefused) {
    TempDir tmp;
    ModelSpec spec;
    spec.resolution = 8;
    spec.channels = 3;
    spec.latentDim = 4;
    BatchBakingGenerator inShape(true), inValue(false);
    const std::string path = tmp / "baked.pt";
    EXPECT_EQ(refusalCode([&] {
                  exportGeneratorScript(inShape, spec, {"test", 0, {}}, path);
              }),
              MessageCode::ScriptExportFails);
    EXPECT_FALSE(fs::exists(path));
    EXPECT_EQ(refusalCode([&] {
                  exportGeneratorScript(inValue, spec, {"test", 0, {}}, path);
              }),
              MessageCode::ScriptExportDiffers);
    EXPECT_FALSE(fs::exists(path));
    EXPECT_TRUE(fs::is_empty(tmp.path())) << "a temporary was left behind";
}

TEST(TorchScript, filesThatAreNotGeneratorsAreRefused) {
    TempDir tmp;
    const std::string junk = tmp / "junk.pt";
    std::ofstream(junk) << "PK not really a zip";
    try {
        loadGeneratorScript(junk);
        FAIL() << "junk loaded";
    } catch (const Error& e) {
        EXPECT_EQ(e.message().code, MessageCode::ScriptUnreadable);
        EXPECT_EQ(e.kind(), ErrorKind::Data);
        EXPECT_NE(std::string(e.what()).find(junk), std::string::npos) << e.what();
    }
    EXPECT_EQ(refusalCode([&] { loadGeneratorScript(tmp / "absent.pt"); }),
              MessageCode::ScriptUnreadable);

    // A module without the constants.
    torch::jit::Module bare(c10::QualifiedName("__torch__.Bare"));
    bare.define("def forward(self, z: Tensor) -> Tensor:\n    return z\n");
    bare.save(tmp / "bare.pt");
    try {
        loadGeneratorScript(tmp / "bare.pt");
        FAIL() << "a module without latent_dim loaded";
    } catch (const Error& e) {
        EXPECT_EQ(e.message().code, MessageCode::ScriptNotGenerator);
        EXPECT_NE(std::string(e.what()).find("latent_dim"), std::string::npos) << e.what();
    }

    // The constants, but forward returns the wrong shape.
    torch::jit::Module wrong(c10::QualifiedName("__torch__.Wrong"));
    for (const auto& [name, value] : std::vector<std::pair<std::string, std::int64_t>>{
             {"latent_dim", 8}, {"num_classes", 0}, {"resolution", 16}, {"channels", 1}})
        wrong.register_attribute(name, c10::IntType::get(), value);
    wrong.define("def forward(self, z: Tensor) -> Tensor:\n    return z\n");
    wrong.save(tmp / "wrong.pt");
    try {
        loadGeneratorScript(tmp / "wrong.pt");
        FAIL() << "a module of the wrong shape loaded";
    } catch (const Error& e) {
        EXPECT_EQ(e.message().code, MessageCode::ScriptNotGenerator);
        EXPECT_NE(std::string(e.what()).find("[3, 1, 16, 16]"), std::string::npos) << e.what();
    }
}
