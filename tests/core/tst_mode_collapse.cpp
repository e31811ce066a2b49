// Tests of mode-collapse detection (train/diversity_watch, the trainer's flag, the run's log and
// metrics): samples that ignore z score near 0 and are flagged, samples as varied as the reals
// near 1; measuring never changes training; metrics.jsonl carries the diversity and a reopened run
// reads it back.
#include "torch_prelude.h"

#include "api/metrics_history.h"
#include "api/presets.h"
#include "api/training_run.h"
#include "support/family_configs.h"
#include "support/test_data.h"
#include "support/test_util.h"
#include "train/diversity_watch.h"
#include "train/trainer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

// Images unlike each other: a grey background with a brighter or darker square of its own size
// and place in each.
torch::Tensor variedImages(int n, int size, std::uint64_t seed, int channels = 1) {
    at::Generator rng = at::make_generator<at::CPUGeneratorImpl>(seed);
    const auto draws = torch::randint(0, 1 << 20, {n, 5}, rng, torch::kLong);
    auto images = torch::empty({n, channels, size, size}, torch::kUInt8);
    const auto d = draws.accessor<std::int64_t, 2>();
    for (int i = 0; i < n; ++i) {
        const auto side = 2 + d[i][2] % (size / 2);
        const auto y = d[i][3] % (size - side), x = d[i][4] % (size - side);
        images[i].fill_(d[i][0] % 256);
        images[i].slice(1, y, y + side).slice(2, x, x + side).fill_(d[i][1] % 256);
    }
    return images;
}

// A "generator" that draws given images ([-1, 1]) whatever z is: row i of the batch is image i.
struct FixedImages : GeneratorImpl {
    explicit FixedImages(torch::Tensor images)
        : images(std::move(images)) {}
    torch::Tensor forward(const torch::Tensor& z, const torch::Tensor&) override {
        return images.slice(0, 0, z.size(0));
    }
    torch::Tensor images;
};

torch::Tensor unit(const torch::Tensor& uint8Images) {
    return uint8Images.to(torch::kFloat).div(127.5).sub(1.0);
}

// G's last layer (and the EMA copy's) set to 0: every sample is the same image.
void collapseGenerator(Trainer& t) {
    torch::NoGradGuard guard;
    for (const auto& layer : t.health().layers())
        if (layer.key == "g_last") {
            layer.weight.zero_();
            t.emaGenerator().named_parameters()[layer.name].zero_();
        }
}

std::vector<torch::Tensor> trainedState(const TrainConfig& c, const torch::Tensor& images,
                                        const torch::Tensor& labels, int classes, int steps,
                                        std::vector<StepStats>* stats = nullptr) {
    Trainer t(c, static_cast<int>(images.size(1)), classes);
    t.setData(images, labels);
    for (int i = 0; i < steps; ++i) {
        auto s = t.step();
        if (stats)
            stats->push_back(std::move(s));
    }
    std::vector<torch::Tensor> out;
    for (auto& [name, tensor] : t.stateTensors())
        out.push_back(tensor.clone());
    return out;
}

bool same(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!torch::equal(a[i], b[i]))
            return false;
    return true;
}

std::string readText(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST(ModeCollapse, samplesThatIgnoreZScoreNearZeroAndRealOnesNearOne) {
    ModelSpec spec;
    spec.resolution = 16;
    spec.latentDim = 12;
    DiversityWatch watch(spec, 5);
    const auto reals = variedImages(200, 16, 1);
    const auto device = torch::Device(torch::kCPU);
    // Other images of the same kind: as varied as the reals.
    FixedImages realLike(unit(variedImages(64, 16, 2)));
    const auto likeReals = watch.measure(realLike, reals, device, std::nullopt);
    ASSERT_TRUE(likeReals);
    ASSERT_GT(*likeReals, 0.75);
    ASSERT_LT(*likeReals, 1.33);
    // One image 64 times: no diversity at all.
    FixedImages collapsed(unit(variedImages(1, 16, 3)).expand({64, 1, 16, 16}));
    const auto none = watch.measure(collapsed, reals, device, std::nullopt);
    ASSERT_TRUE(none);
    ASSERT_LT(*none, 1e-6);
    // The same batch gives the same number every time; two reals at least are needed.
    ASSERT_EQ(watch.measure(realLike, reals, device, std::nullopt), likeReals);
    DiversityWatch lonely(spec, 5);
    ASSERT_FALSE(lonely.measure(realLike, reals.slice(0, 0, 1), device, std::nullopt));
    ASSERT_DOUBLE_EQ(meanPairwiseDistance(torch::tensor({0.0, 0.0, 3.0, 4.0}).view({2, 2})), 5.0);
}

TEST(ModeCollapse, aGeneratorThatIgnoresZIsFlaggedOnceItShouldVary) {
    TrainConfig c = familyConfig("dcgan"); // measured at every step
    c.steps = 3;
    c.lrG = 0; // G stays collapsed
    c.modeCollapseBelow = 0.3;
    Trainer t(c, 1, 0);
    t.setData(variedImages(64, 16, 1), {});
    collapseGenerator(t);
    for (int step = 1; step <= 3; ++step) {
        const auto s = t.step();
        ASSERT_TRUE(s.health && s.health->diversity);
        ASSERT_LT(*s.health->diversity, 0.01);
        ASSERT_FALSE(s.collapse) << "mode collapse is a warning, not the guard";
        // A fresh generator is let be until its grace ends or the run's last step.
        ASSERT_EQ(s.modeCollapse.has_value(), step == 3);
    }
    const auto last = t.step(); // beyond the last step too
    ASSERT_TRUE(last.modeCollapse);
    ASSERT_EQ(last.modeCollapse->code, MessageCode::ModeCollapse);
    ASSERT_TRUE(contains(last.modeCollapse->text(), "mode collapse at step 4"))
        << last.modeCollapse->text();
    ASSERT_TRUE(contains(last.modeCollapse->text(), "(below 0.3)")) << last.modeCollapse->text();

    // A run that was diverse before is flagged at once; 0 measures but never flags.
    c.steps = 100;
    Trainer diverseBefore(c, 1, 0);
    diverseBefore.setData(variedImages(64, 16, 1), {});
    collapseGenerator(diverseBefore);
    diverseBefore.recallDiversity({0}, {0.9}); // as a resumed run's history says
    ASSERT_TRUE(diverseBefore.step().modeCollapse);
    c.modeCollapseBelow = 0;
    Trainer off(c, 1, 0);
    off.setData(variedImages(64, 16, 1), {});
    collapseGenerator(off);
    off.recallDiversity({0}, {0.9});
    const auto s = off.step();
    ASSERT_TRUE(s.health->diversity);
    ASSERT_FALSE(s.modeCollapse);
}

// The watch draws from its own generator and builds its network under a guard: runs with and
// without it train the same, to the bit, in every family (a growing G, a conditional one, a
// projected D among them).
TEST(ModeCollapse, measuringDiversityNeverChangesTraining) {
    for (const std::string family : {"dcgan", "pggan", "biggan", "projected"}) {
        TrainConfig c = familyConfig(family);
        const int classes = c.conditional ? 3 : 0;
        const auto images = variedImages(24, 16, 4);
        const auto labels = classes ? tinyLabels(24, classes) : torch::Tensor();
        std::vector<StepStats> stats;
        const auto measured = trainedState(c, images, labels, classes, 6, &stats);
        for (const auto& s : stats) {
            ASSERT_TRUE(s.health && s.health->diversity) << family << " step " << s.step;
            ASSERT_TRUE(std::isfinite(*s.health->diversity));
            ASSERT_GT(*s.health->diversity, 0) << family;
        }
        ASSERT_TRUE(same(measured, trainedState(c, images, labels, classes, 6))) << family;
        TrainConfig never = c;
        never.modeCollapseBelow = 0;
        ASSERT_TRUE(same(measured, trainedState(never, images, labels, classes, 6))) << family;
        TrainConfig noHealth = c;
        noHealth.healthEvery = 0;
        ASSERT_TRUE(same(measured, trainedState(noHealth, images, labels, classes, 6))) << family;
    }
    // Nor does it move torch's global generator.
    TrainConfig c = familyConfig("dcgan");
    Trainer t(c, 1, 0);
    t.setData(variedImages(24, 16, 4), {});
    const auto before = at::detail::getDefaultCPUGenerator().get_state();
    ASSERT_TRUE(
        t.diversity().measure(t.emaGenerator(), variedImages(24, 16, 4), t.device(), std::nullopt));
    ASSERT_TRUE(torch::equal(before, at::detail::getDefaultCPUGenerator().get_state()));
}

// What one measurement costs beside cpu-quick's steps (printed; bounded loosely, shared CPUs).
TEST(ModeCollapse, aMeasurementCostsLittleBesideCpuQuicksSteps) {
    TrainConfig c = presetConfig("cpu-quick");
    c.device = "cpu";
    Trainer t(c, 1, 0);
    t.setData(variedImages(512, 32, 6), {});
    using Clock = std::chrono::steady_clock;
    const auto ms = [](Clock::time_point since) {
        return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
    };
    t.diversity().measure(t.emaGenerator(), t.images(), t.device(), std::nullopt); // warm
    t.step();
    auto started = Clock::now();
    for (int i = 0; i < 5; ++i)
        t.diversity().measure(t.emaGenerator(), t.images(), t.device(), std::nullopt);
    const double measureMs = ms(started) / 5;
    started = Clock::now();
    for (int i = 0; i < 5; ++i)
        t.step(); // health_every 10: none of these measures
    const double stepMs = ms(started) / 5;
    std::cout << "diversity measurement " << measureMs << " ms, cpu-quick step " << stepMs
              << " ms (health every " << c.healthEvery
              << " steps: " << 100.0 * measureMs / (stepMs * c.healthEvery) << "% more)\n";
    RecordProperty("measure_ms", std::to_string(measureMs));
    RecordProperty("step_ms", std::to_string(stepMs));
    ASSERT_LT(measureMs, 2.0 * stepMs);
}

class ModeCollapseRun : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        setenv("GANLAB_CACHE_DIR", m_cache.path().c_str(), 1);
        writeImageFolder(m_data.path(), 2, 12, 20, 1);
    }

    static TrainConfig tinyConfig(double below) {
        TrainConfig c = presetConfig("cpu-quick");
        c.dataPath = m_data.path();
        c.device = "cpu";
        c.resolution = 16;
        c.latentDim = 8;
        c.width = 0.125;
        c.batchSize = 8;
        c.steps = 8;
        c.sampleEvery = 0;
        c.checkpointEvery = 2;
        c.logEvery = 1;
        c.healthEvery = 1;
        c.evalEvery = 0;
        c.seed = 11;
        c.modeCollapseBelow = below;
        return c;
    }

    static inline TempDir m_cache, m_data;
};

TEST_F(ModeCollapseRun, metricsCarryTheDiversityAndTheLogTheFlag) {
    TempDir out;
    const std::string flagged = out / "flagged", quiet = out / "quiet";
    {
        auto run = TrainingRun::create(tinyConfig(1.0), flagged); // below 1: flagged at the end
        int warned = 0;
        run.train(100, {}, [&](const StepStats& s) {
            ASSERT_TRUE(s.health && s.health->diversity);
            warned += s.modeCollapse.has_value();
        });
        ASSERT_EQ(warned, 1); // the last step only: before it a fresh G is let be
    }
    {
        auto run = TrainingRun::create(tinyConfig(0), quiet);
        run.train(100, {});
    }
    const std::string metrics = readText(flagged + "/metrics.jsonl");
    std::size_t rows = 0;
    for (auto at = metrics.find("\"diversity\":"); at != std::string::npos;
         at = metrics.find("\"diversity\":", at + 1))
        ++rows;
    ASSERT_EQ(rows, std::size_t(8));
    bool read = false;
    for (const auto& s : readMetricsHistory(flagged).series)
        if (s.name == kDiversitySeries) {
            read = true;
            ASSERT_EQ(s.kind, SeriesKind::Diversity);
            ASSERT_EQ(s.values.size(), std::size_t(8));
        }
    ASSERT_TRUE(read);
    const auto r = modeCollapseReading(flagged);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->step, 8);
    ASSERT_DOUBLE_EQ(r->threshold, 1.0);
    ASSERT_TRUE(r->collapsed);
    ASSERT_EQ(r->since, 8);
    ASSERT_TRUE(contains(readText(flagged + "/log.txt"), "mode collapse at step 8"));
    const auto q = modeCollapseReading(quiet);
    ASSERT_TRUE(q);
    ASSERT_FALSE(q->collapsed);
    ASSERT_FALSE(contains(readText(quiet + "/log.txt"), "mode collapse"));
}

// A resumed run remembers from its history that it was diverse: low diversity is flagged at once.
TEST_F(ModeCollapseRun, aResumedRunRemembersItWasDiverse) {
    TempDir out;
    const std::string dir = out / "run";
    {
        auto run = TrainingRun::create(tinyConfig(1.0), dir);
        run.train(4, {});
    }
    { // as if it had been as varied as the reals (1.5 ≥ the threshold 1) up to step 4
        const std::string text = readText(dir + "/metrics.jsonl");
        std::ofstream(dir + "/metrics.jsonl") << std::regex_replace(
            text, std::regex("\"diversity\":[-+0-9.eE]+"), "\"diversity\":1.5");
    }
    auto run = TrainingRun::open(dir);
    ASSERT_EQ(run.step(), 4);
    const auto s = run.trainStep();
    ASSERT_TRUE(s.modeCollapse) << "step 5 of 8, within the grace: only the history arms the flag";
    ASSERT_TRUE(contains(readText(dir + "/log.txt"), "mode collapse at step 5"));
}
