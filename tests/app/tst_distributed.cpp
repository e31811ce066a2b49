// Data-parallel training in real processes on Gloo: ganlab-cli --nproc and torchrun-style launches
// (RANK, WORLD_SIZE, MASTER_PORT), equivalence with one process, resume, faults and refusals.
#include "api/training_run.h"
#include "support/process.h"
#include "support/test_data.h"
#include "support/test_util.h"
#include "train/trainer.h"

#include <torch/torch.h>

#include <gtest/gtest.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace ganlab::testing;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

using Args = std::vector<std::string>;

ProcessResult runCli(const Args& args, const Args& env = {}) {
    return runProcess(GANLAB_CLI_PATH, args, std::chrono::minutes(5), env);
}

template <typename... More> Args concat(Args args, const More&... more) {
    (args.insert(args.end(), more.begin(), more.end()), ...);
    return args;
}

// Small runs: 16 px, a quarter of the widths, one thread per process, a metrics row every step.
const Args kSmall = {"--resolution", "16", "--width",        "0.25", "--eval-every", "0",
                     "--log-every",  "1",  "--sample-every", "0",    "--seed",       "5",
                     "--threads",    "1"};

// A listening TCP socket on a free local port (a port "in use"), or the port only (closed).
struct LocalPort {
    int fd = -1;
    int port = 0;
    explicit LocalPort(bool keepListening) {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
        port = ntohs(addr.sin_port);
        if (keepListening) {
            ::listen(fd, 1);
        } else {
            ::close(fd);
            fd = -1;
        }
    }
    ~LocalPort() {
        if (fd >= 0)
            ::close(fd);
    }
};

Args rankEnv(int rank, int world, int port) {
    return {"RANK=" + std::to_string(rank), "WORLD_SIZE=" + std::to_string(world),
            "LOCAL_RANK=" + std::to_string(rank), "MASTER_ADDR=127.0.0.1",
            "MASTER_PORT=" + std::to_string(port)};
}

// Every parameter, buffer and Adam moment of a run's checkpoint, by name ("G.body.0.weight",
// "opt_D.3.exp_avg"), loaded the way training loads it (checksums checked).
std::map<std::string, torch::Tensor> checkpointTensors(const std::string& path) {
    const auto run = fs::path(path).parent_path().parent_path().string();
    const auto info = nlohmann::json::parse(std::ifstream(fs::path(run) / "dataset.json"));
    ganlab::TrainConfig config = ganlab::readRunConfig(run);
    config.device = "cpu";
    ganlab::Trainer trainer(config, info.at("channels").get<int>(),
                            static_cast<int>(info.at("class_names").size()));
    trainer.loadCheckpoint(path);
    std::map<std::string, torch::Tensor> out;
    for (const auto& [name, tensor] : trainer.stateTensors())
        out[name] = tensor.clone();
    out["step"] = torch::tensor(trainer.stepCount());
    out["images_shown"] = torch::tensor(trainer.imagesShown());
    out["augment_state"] = trainer.augmentState(); // ADA's p and r_t's sums, global on every rank
    return out;
}

std::string latestCheckpoint(const std::string& run) {
    std::string best;
    for (const auto& e : fs::directory_iterator(fs::path(run) / "checkpoints"))
        if (e.path().extension() == ".pt" && e.path().string() > best)
            best = e.path().string();
    return best;
}

struct Difference {
    double largest = 0;       // over every weight, buffer and Adam moment, relative to its scale
    std::string where;        // the tensor with the largest
    double fractionMoved = 0; // of all their elements, those apart by more than 1e-5 of the scale
};

// How two checkpoints' weights, buffers and Adam states differ, each tensor relative to its scale;
// the names of tensors in one and not the other, and any difference in counters, fail the test.
Difference compareCheckpoints(const std::string& a, const std::string& b) {
    const auto ta = checkpointTensors(a), tb = checkpointTensors(b);
    Difference out;
    std::size_t compared = 0;
    std::int64_t elements = 0, moved = 0;
    for (const auto& [name, x] : ta) {
        const auto it = tb.find(name);
        EXPECT_TRUE(it != tb.end()) << name;
        if (it == tb.end())
            continue;
        if (!x.is_floating_point()) { // steps, counters: exactly
            EXPECT_TRUE(torch::equal(x, it->second)) << name;
            continue;
        }
        const auto y = it->second;
        const double scale = std::max(1.0, y.abs().max().item<double>());
        const auto diff = (x.to(torch::kDouble) - y.to(torch::kDouble)).abs() / scale;
        const double d = diff.max().item<double>();
        moved += (diff > 1e-5).sum().item<std::int64_t>();
        elements += diff.numel();
        ++compared;
        if (d > out.largest) {
            out.largest = d;
            out.where = name;
        }
    }
    EXPECT_GT(compared, 20u);
    out.fractionMoved = elements > 0 ? double(moved) / double(elements) : 0.0;
    return out;
}

int countCheckpoints(const std::string& run) {
    int n = 0;
    for (const auto& e : fs::directory_iterator(fs::path(run) / "checkpoints"))
        n += e.path().extension() == ".pt";
    return n;
}

// Lines of metrics.jsonl written so far (steps done).
int metricRows(const std::string& run) {
    std::ifstream in(fs::path(run) / "metrics.jsonl");
    int n = 0;
    for (std::string line; std::getline(in, line);)
        n += !line.empty() && line.back() == '}';
    return n;
}

// Waits (up to 2 minutes) until a training run has written `rows` metrics rows.
bool waitForRows(const std::string& run, int rows) {
    const auto started = std::chrono::steady_clock::now();
    while (metricRows(run) < rows && std::chrono::steady_clock::now() - started < 120s)
        std::this_thread::sleep_for(50ms);
    return metricRows(run) >= rows;
}

} // namespace

class TestDistributed : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        setenv("GANLAB_CACHE_DIR", (m_tmp / "cache").c_str(), 1);
        writeImageFolder(m_tmp / "data", 2, 48, 16, 1); // 96 labelled images
    }
    std::string data() const { return m_tmp / "data"; }
    std::string dir(const std::string& name) const { return m_tmp / name; }
    Args train(const std::string& out, int steps, const Args& more) const {
        return concat(
            Args{"train", "--data", data(), "--out", dir(out), "--steps", std::to_string(steps)},
            kSmall, more);
    }

    static inline TempDir m_tmp;
};

// 2 ranks × 32 images equal 1 process × 64 after three steps — every weight, buffer and Adam
// moment — for a model without batch statistics (PG-GAN with per-image minibatch stddev: WGAN-GP's
// double backward, drift and the growth's fade; also with ADA) and, with --sync-bn, for DCGAN's
// BatchNorms.
// Without --sync-bn DCGAN's per-rank statistics must make the two differ (the check can fail).
// "Equal": at most 0.1 % of all elements apart by more than 1e-5 (of their tensor's scale), none by
// more than 1e-3. The two batch splits sum in different orders (oneDNN picks its kernels by batch
// size and CPU), and Adam turns a rounding-level change in a near-zero gradient into a step of up
// to the learning rate (2e-4) in that weight: on a Zen 5 CPU, PG-GAN's runs had ~180 such
// elements of ~10⁶ (≤ 1e-4 apart), DCGAN's none (1.2e-6). A wrong data slice, a missing or
// unaveraged all-reduce moves nearly every gradient and Adam moment; per-rank BatchNorm statistics
// moved over a third of the elements, by up to ~2e-2.
TEST_F(TestDistributed, twoRanksEqualOneProcess) {
    const Args pggan = {"--model",
                        "pggan",
                        "--mbstd-group",
                        "1",
                        "--batch",
                        "64",
                        "--grow-start",
                        "8",
                        "--grow-fade-images",
                        "64",
                        "--grow-stabilise-images",
                        "64"};
    const Args dcgan = {"--model", "dcgan", "--batch", "64"};
    struct Case {
        std::string name;
        Args settings;
        bool equal;
    } cases[] = {{"pggan", pggan, true},
                 // ADA's draws are sliced from the whole batch's like every other, r_t summed
                 {"pggan-ada",
                  concat(pggan, Args{"--augment", "ada", "--ada-speed", "1000", "--ada-interval",
                                     "2", "--ada-target", "0.01"}),
                  true},
                 {"dcgan-sync-bn", concat(dcgan, Args{"--sync-bn"}), true},
                 {"dcgan-per-rank-bn", dcgan, false}};
    for (const auto& c : cases) {
        const auto one = runCli(train("one-" + c.name, 3, c.settings));
        ASSERT_EQ(one.code, 0) << one.err;
        const auto two =
            runCli(concat(train("two-" + c.name, 3, c.settings), Args{"--nproc", "2"}));
        ASSERT_EQ(two.code, 0) << two.out << two.err;
        ASSERT_TRUE(contains(two.out, "processes: 2")) << two.out;
        ASSERT_TRUE(contains(two.out, "32 per process")) << two.out; // the global batch, stated
        const auto d = compareCheckpoints(latestCheckpoint(dir("one-" + c.name)),
                                          latestCheckpoint(dir("two-" + c.name)));
        std::cout << c.name << ": " << d.fractionMoved << " of the elements apart by > 1e-5, the "
                  << "largest difference " << d.largest << " (" << d.where << ")" << std::endl;
        if (c.equal) {
            EXPECT_LE(d.fractionMoved, 1e-3) << c.name;
            EXPECT_LE(d.largest, 1e-3) << c.name << ": " << d.where;
        } else {
            EXPECT_GT(d.fractionMoved, 1e-2) << c.name;
        }
    }
}

// A run in 2 processes stopped at step 2 and resumed in 2 processes ends where one straight run
// does (with ADA mid-interval); resumed in 1 process it says the shares were re-cut (and still
// trains on).
TEST_F(TestDistributed, resumesExactly) {
    // ADA too, its interval of 3 steps cut by the checkpoint at step 2: r_t's sums must resume.
    const Args model = {"--model",        "pggan", "--mbstd-group",      "1",
                        "--batch",        "16",    "--checkpoint-every", "2",
                        "--augment",      "ada",   "--ada-speed",        "1000",
                        "--ada-interval", "3",     "--ada-target",       "0.01"};
    ASSERT_EQ(runCli(concat(train("straight", 4, model), Args{"--nproc", "2"})).code, 0);
    ASSERT_EQ(runCli(concat(train("halves", 2, model), Args{"--nproc", "2"})).code, 0);
    const auto resumed =
        runCli({"resume", dir("halves"), "--steps", "4", "--nproc", "2", "--threads", "1"});
    ASSERT_EQ(resumed.code, 0) << resumed.out << resumed.err;
    const auto d =
        compareCheckpoints(latestCheckpoint(dir("straight")), latestCheckpoint(dir("halves")));
    ASSERT_EQ(d.largest, 0.0) << d.where;
    const auto alone = runCli({"resume", dir("halves"), "--steps", "5", "--threads", "1"});
    ASSERT_EQ(alone.code, 0) << alone.err;
    ASSERT_TRUE(contains(alone.out + alone.err, "written by 2 process(es), now 1")) << alone.out;
}

// Every family trains in 2 processes: dcgan, resnet (WGAN-GP), pggan growing, biggan (class-
// conditional BN, projection D, orthogonal reg.), a projected D and an AC-GAN head.
TEST_F(TestDistributed, everyFamilyTrains) {
    const std::vector<Args> families = {
        {"--model", "dcgan"},
        {"--model", "resnet"},
        {"--model", "pggan", "--grow-start", "8", "--grow-fade-images", "8",
         "--grow-stabilise-images", "8"},
        {"--model", "biggan"},
        {"--model", "dcgan", "--discriminator", "projected", "--augment",
         "diffaugment:color,translation"},
        {"--model", "dcgan", "--conditional", "--aux-classifier"},
    };
    int i = 0;
    for (const auto& family : families) {
        const auto name = "family-" + std::to_string(i++);
        const auto r = runCli(
            concat(train(name, 3, concat(family, Args{"--batch", "8"})), Args{"--nproc", "2"}));
        ASSERT_EQ(r.code, 0) << family[1] << "\n" << r.out << r.err;
        ASSERT_EQ(metricRows(dir(name)), 3) << family[1];
        ASSERT_TRUE(fs::exists(latestCheckpoint(dir(name))));
    }
}

// Launched torchrun's way (RANK, WORLD_SIZE, MASTER_*): killing rank 1 mid-run ends rank 0 with a
// message naming it, the newest checkpoint stays whole and the run resumes in 2 processes.
TEST_F(TestDistributed, killedRankEndsTheOthers) {
    const LocalPort port(false);
    const Args args = train(
        "killed", 100000,
        {"--model", "dcgan", "--batch", "16", "--checkpoint-every", "4", "--dist-timeout", "20"});
    Process rank0(GANLAB_CLI_PATH, args, rankEnv(0, 2, port.port));
    Process rank1(GANLAB_CLI_PATH, args, rankEnv(1, 2, port.port));
    ASSERT_TRUE(waitForRows(dir("killed"), 10)) << rank0.standardOutput();
    rank1.kill();
    const auto killedAt = std::chrono::steady_clock::now();
    ASSERT_TRUE(rank0.waitForFinished(60s));
    ASSERT_LT(std::chrono::steady_clock::now() - killedAt, 30s); // within the stated timeout
    ASSERT_EQ(rank0.exitCode(), 1);
    ASSERT_TRUE(contains(rank0.standardError(), "rank 1 stopped answering"))
        << rank0.standardError();
    const auto info = runCli({"info", dir("killed")});
    ASSERT_EQ(info.code, 0) << info.err;
    const auto newest = latestCheckpoint(dir("killed"));
    ASSERT_FALSE(newest.empty());
    ASSERT_NO_THROW(checkpointTensors(newest));
    const auto resumed =
        runCli({"resume", dir("killed"), "--steps", std::to_string(metricRows(dir("killed")) + 2),
                "--nproc", "2", "--threads", "1"});
    ASSERT_EQ(resumed.code, 0) << resumed.out << resumed.err;
}

// A rank that hangs (stopped by SIGSTOP) makes rank 0 stop after --dist-timeout, naming it.
TEST_F(TestDistributed, hungRankTimesOut) {
    const LocalPort port(false);
    const Args args = train(
        "hung", 100000,
        {"--model", "dcgan", "--batch", "16", "--checkpoint-every", "0", "--dist-timeout", "5"});
    Process rank0(GANLAB_CLI_PATH, args, rankEnv(0, 2, port.port));
    Process rank1(GANLAB_CLI_PATH, args, rankEnv(1, 2, port.port));
    ASSERT_TRUE(waitForRows(dir("hung"), 5)) << rank0.standardOutput();
    ASSERT_EQ(::kill(rank1.pid(), SIGSTOP), 0);
    const auto stoppedAt = std::chrono::steady_clock::now();
    ASSERT_TRUE(rank0.waitForFinished(60s));
    const auto waited = std::chrono::steady_clock::now() - stoppedAt;
    ::kill(rank1.pid(), SIGCONT);
    ASSERT_GE(waited, 4s);  // it waited for the timeout …
    ASSERT_LT(waited, 30s); // … and not much longer
    ASSERT_EQ(rank0.exitCode(), 1);
    ASSERT_TRUE(contains(rank0.standardError(), "rank 1 stopped answering"))
        << rank0.standardError();
    ASSERT_TRUE(rank1.waitForFinished(60s)); // woken, it finds rank 0 gone and ends too
    ASSERT_NE(rank1.exitCode(), 0);
}

// srun's variables (SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID) start the same training.
TEST_F(TestDistributed, slurmVariables) {
    const LocalPort port(false);
    const Args args = train("slurm", 3, {"--model", "dcgan", "--batch", "8"});
    std::vector<std::unique_ptr<Process>> ranks;
    for (int r = 0; r < 2; ++r)
        ranks.push_back(std::make_unique<Process>(
            GANLAB_CLI_PATH, args,
            Args{"SLURM_PROCID=" + std::to_string(r), "SLURM_NTASKS=2",
                 "SLURM_LOCALID=" + std::to_string(r), "MASTER_ADDR=127.0.0.1",
                 "MASTER_PORT=" + std::to_string(port.port)}));
    for (auto& rank : ranks) {
        ASSERT_TRUE(rank->waitForFinished(120s));
        ASSERT_EQ(rank->exitCode(), 0) << rank->standardError();
    }
    ASSERT_EQ(metricRows(dir("slurm")), 3);
    const auto log = readBytes(dir("slurm") + "/log.txt");
    ASSERT_TRUE(contains(std::string(log.begin(), log.end()), "training in 2 processes (SLURM)"));
}

// Ctrl-C to ganlab-cli --nproc: rank 0 writes one checkpoint at the step it stopped, every rank
// ends, and the run resumes.
TEST_F(TestDistributed, interruptStopsEveryRank) {
    Process launcher(GANLAB_CLI_PATH,
                     concat(train("interrupted", 100000,
                                  {"--model", "dcgan", "--batch", "16", "--checkpoint-every", "0"}),
                            Args{"--nproc", "2"}));
    ASSERT_TRUE(waitForRows(dir("interrupted"), 5)) << launcher.standardOutput();
    ASSERT_TRUE(launcher.interrupt());
    ASSERT_TRUE(launcher.waitForFinished(60s));
    ASSERT_EQ(launcher.exitCode(), 130) << launcher.standardOutput() << launcher.standardError();
    ASSERT_TRUE(contains(launcher.standardOutput(), "interrupted at step"));
    ASSERT_EQ(countCheckpoints(dir("interrupted")), 1);
    const auto resumed = runCli({"resume", dir("interrupted"), "--steps",
                                 std::to_string(metricRows(dir("interrupted")) + 2), "--nproc", "2",
                                 "--threads", "1"});
    ASSERT_EQ(resumed.code, 0) << resumed.out << resumed.err;
}

// Refused clearly: a rank outside the world, a WORLD_SIZE larger than the processes started, a
// busy port, an unreachable master, and ranks started with different settings.
TEST_F(TestDistributed, refusals) {
    const Args args =
        train("refused", 2, {"--model", "dcgan", "--batch", "8", "--dist-timeout", "4"});
    const LocalPort free(false);
    const auto outside = runCli(args, rankEnv(2, 2, free.port));
    ASSERT_EQ(outside.code, 2);
    ASSERT_TRUE(contains(outside.err, "outside a world of 2")) << outside.err;
    ASSERT_EQ(runCli(args, {"RANK=zero", "WORLD_SIZE=2"}).code, 2);

    { // WORLD_SIZE=3, two processes started
        Process rank0(GANLAB_CLI_PATH, args, rankEnv(0, 3, free.port));
        Process rank1(GANLAB_CLI_PATH, args, rankEnv(1, 3, free.port));
        ASSERT_TRUE(rank0.waitForFinished(60s) && rank1.waitForFinished(60s));
        ASSERT_EQ(rank0.exitCode(), 2);
        ASSERT_TRUE(contains(rank0.standardError(), "only 2 of 3 processes joined"))
            << rank0.standardError();
        ASSERT_NE(rank1.exitCode(), 0);
        ASSERT_FALSE(fs::exists(dir("refused"))); // nothing was created
    }
    const LocalPort busy(true);
    const auto inUse = runCli(args, rankEnv(0, 2, busy.port));
    ASSERT_EQ(inUse.code, 2);
    ASSERT_TRUE(contains(inUse.err, "cannot listen on 127.0.0.1:" + std::to_string(busy.port)))
        << inUse.err;
    const auto unreachable = runCli(args, rankEnv(1, 2, free.port));
    ASSERT_EQ(unreachable.code, 2);
    ASSERT_TRUE(contains(unreachable.err, "cannot reach rank 0")) << unreachable.err;

    { // rank 1 asks for another learning rate
        const LocalPort port(false);
        Process rank0(GANLAB_CLI_PATH, args, rankEnv(0, 2, port.port));
        Process rank1(GANLAB_CLI_PATH, concat(args, Args{"--lr-d", "0.001"}),
                      rankEnv(1, 2, port.port));
        ASSERT_TRUE(rank0.waitForFinished(60s) && rank1.waitForFinished(60s));
        ASSERT_NE(rank0.exitCode(), 0);
        ASSERT_TRUE(contains(rank0.standardError(), "other settings than rank 0"))
            << rank0.standardError();
        ASSERT_TRUE(contains(rank0.standardError(), "lr_d")) << rank0.standardError();
        ASSERT_FALSE(fs::exists(dir("refused"))); // the run that never trained is not left
    }
}
