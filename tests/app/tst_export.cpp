// The generator export end to end: ganlab-cli trains each family, exports its generator as
// TorchScript, and PyTorch (Debian's /usr/bin/python3, without ganlab) reproduces
// `ganlab-cli sample`'s images for the same z; the exported file opens in `sample` again.
#include "support/process.h"
#include "support/test_data.h"
#include "support/test_util.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

using Args = std::vector<std::string>;
using namespace std::chrono_literals;

ProcessResult runCli(const Args& args) {
    return runProcess(GANLAB_CLI_PATH, args, 300s);
}

struct Family {
    std::string name;
    Args settings;
    int classes;
};

} // namespace

class TestExport : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        setenv("GANLAB_CACHE_DIR", (m_tmp / "cache").c_str(), 1);
        writeImageFolder(m_tmp / "data", 2, 8, 16, 1);
    }

    // Trains three steps of `family`, exports its EMA generator and checks it in Python.
    static void exportAndCheck(const Family& f) {
        SCOPED_TRACE(f.name);
        const std::string run = m_tmp / f.name;
        Args train{"train",
                   "--data",
                   m_tmp / "data",
                   "--resolution",
                   "16",
                   "--latent-dim",
                   "16",
                   "--width",
                   "0.125",
                   "--batch",
                   "8",
                   "--steps",
                   "3",
                   "--out",
                   run,
                   "--threads",
                   "2"};
        train.insert(train.end(), f.settings.begin(), f.settings.end());
        const ProcessResult t = runCli(train);
        ASSERT_EQ(t.code, 0) << t.out + t.err;

        const std::string module = m_tmp / (f.name + ".pt");
        const ProcessResult e = runCli({"export", run, "--torchscript", module});
        ASSERT_EQ(e.code, 0) << e.out + e.err;
        ASSERT_TRUE(contains(e.out, "torch.jit.load")) << e.out;

        const std::string tensors = m_tmp / (f.name + "-samples.pt");
        const ProcessResult s =
            runCli({"sample", run, "--out", m_tmp / (f.name + ".png"), "--rows", "2", "--cols", "3",
                    "--seed", "11", "--truncation", "0.9", "--save-tensors", tensors});
        ASSERT_EQ(s.code, 0) << s.out + s.err;

        const ProcessResult py = runProcess(
            GANLAB_PYTHON,
            {GANLAB_CHECK_EXPORT, module, tensors, "--seed", "11", "--truncation", "0.9",
             "--classes", std::to_string(f.classes), "--resolution", "16", "--channels", "1"},
            300s);
        ASSERT_EQ(py.code, 0) << py.out + py.err;
        ASSERT_TRUE(contains(py.out, "largest difference")) << py.out;

        // The exported file is a generator ganlab opens without the run folder.
        const std::string png = m_tmp / (f.name + "-imported.png");
        const ProcessResult again = runCli({"sample", module, "--out", png, "--rows", "2", "--cols",
                                            "3", "--seed", "11", "--truncation", "0.9"});
        ASSERT_EQ(again.code, 0) << again.out + again.err;
        std::ifstream a(png, std::ios::binary), b(m_tmp / (f.name + ".png"), std::ios::binary);
        const std::string imported{std::istreambuf_iterator<char>(a), {}};
        const std::string fromRun{std::istreambuf_iterator<char>(b), {}};
        EXPECT_EQ(imported, fromRun) << "the imported generator draws another grid";
    }

    static inline TempDir m_tmp;
};

TEST_F(TestExport, dcgan) {
    exportAndCheck({"dcgan", {"--model", "dcgan"}, 0});
}
TEST_F(TestExport, resnetWithClassBatchNorm) {
    exportAndCheck({"resnet", {"--model", "resnet", "--conditional", "--conditioning", "bn"}, 2});
}
TEST_F(TestExport, pgganMidFade) { // 16 images per phase at a batch of 8: step 3 fades in 8×8
    exportAndCheck({"pggan", {"--model", "pggan", "--grow-start", "4", "--grow-images", "16"}, 0});
}
TEST_F(TestExport, bigganConditional) {
    exportAndCheck({"biggan", {"--model", "biggan", "--conditional"}, 2});
}
TEST_F(TestExport, acganAndProjectedD) { // D's kind does not change what G exports
    exportAndCheck({"acgan", {"--model", "dcgan", "--conditional", "--aux-classifier"}, 2});
    exportAndCheck({"projected", {"--model", "dcgan", "--discriminator", "projected"}, 0});
}

TEST_F(TestExport, olderCheckpointsAndRefusals) {
    const std::string run = m_tmp / "steps";
    const ProcessResult t =
        runCli({"train", "--data", m_tmp / "data", "--resolution", "16", "--width", "0.125",
                "--batch", "8", "--steps", "4", "--checkpoint-every", "2", "--out", run});
    ASSERT_EQ(t.code, 0) << t.out + t.err;
    const ProcessResult older =
        runCli({"export", run, "--torchscript", m_tmp / "s2.pt", "--step", "2"});
    ASSERT_EQ(older.code, 0) << older.out + older.err;
    EXPECT_TRUE(contains(older.out, "at step 2")) << older.out;
    EXPECT_TRUE(contains(older.out, "EMA")) << older.out;
    const ProcessResult raw = runCli({"export", run, "--torchscript", m_tmp / "raw.pt", "--raw"});
    ASSERT_EQ(raw.code, 0) << raw.err;
    EXPECT_TRUE(contains(raw.out, "the raw generator")) << raw.out;
    // The raw export draws what `sample --raw` draws.
    const ProcessResult fromFile =
        runCli({"sample", m_tmp / "raw.pt", "--out", m_tmp / "raw-file.png", "--seed", "3"});
    const ProcessResult fromRun =
        runCli({"sample", run, "--raw", "--out", m_tmp / "raw-run.png", "--seed", "3"});
    ASSERT_EQ(fromFile.code, 0) << fromFile.err;
    ASSERT_EQ(fromRun.code, 0) << fromRun.err;
    std::ifstream a(m_tmp / "raw-file.png", std::ios::binary),
        b(m_tmp / "raw-run.png", std::ios::binary);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(a), {}),
              std::string(std::istreambuf_iterator<char>(b), {}));
    const ProcessResult rawOfFile =
        runCli({"export", m_tmp / "raw.pt", "--torchscript", m_tmp / "again.pt", "--raw"});
    EXPECT_EQ(rawOfFile.code, 2) << rawOfFile.out;

    const ProcessResult missing =
        runCli({"export", run, "--torchscript", m_tmp / "s3.pt", "--step", "3"});
    EXPECT_EQ(missing.code, 2) << missing.err;
    EXPECT_TRUE(contains(missing.err, "no checkpoint at step 3 (its checkpoints: 4, 2)") ||
                contains(missing.err, "no checkpoint at step 3 (its checkpoints: 2, 4)"))
        << missing.err;
    EXPECT_FALSE(fs::exists(m_tmp / "s3.pt"));

    // A file that is not TorchScript, named with the problem; nothing crashes.
    const std::string junk = m_tmp / "junk.pt";
    std::ofstream(junk) << "not a module";
    const ProcessResult bad = runCli({"sample", junk, "--out", m_tmp / "junk.png"});
    EXPECT_EQ(bad.code, 3) << bad.err;
    EXPECT_TRUE(contains(bad.err, junk)) << bad.err;
    EXPECT_TRUE(contains(bad.err, "not a readable TorchScript file")) << bad.err;
}
