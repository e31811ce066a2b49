// The real ganlab-cli under kill -9, a full disk, a read-only run, torn metrics, signals, bad input
#include "support/process.h"
#include "support/test_data.h"
#include "support/test_util.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <sys/mount.h>
#include <unistd.h>

using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

using Args = std::vector<std::string>;
using Result = ProcessResult; // exit code (-1 after a signal or the timeout), stdout, stderr
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;
using namespace std::chrono_literals;

Result runCli(const Args& args, const Args& env = {}) {
    return runProcess(GANLAB_CLI_PATH, args, 300s, env);
}

template <typename... More> Args concat(Args args, const More&... more) {
    (args.insert(args.end(), more.begin(), more.end()), ...);
    return args;
}

// The smallest runs that still train: 16 px, a quarter of the widths, one thread, a metrics row
// every step, no evaluations and no sample grids.
const Args kTiny = {"--resolution",   "16", "--batch",   "8", "--width",     "0.25",
                    "--eval-every",   "0",  "--threads", "1", "--log-every", "1",
                    "--sample-every", "0",  "--seed",    "5"};

Args trainArgs(const std::string& data, const std::string& out, std::int64_t steps,
               const Args& more = {}) {
    return concat(Args{"train", "--data", data, "--out", out, "--steps", std::to_string(steps)},
                  kTiny, more);
}

Args resumeArgs(const std::string& run, std::int64_t steps) {
    return {"resume", run, "--steps", std::to_string(steps), "--threads", "1"};
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A system tool by its usual places (the test spawns without a PATH search), or "".
std::string findTool(const std::string& name) {
    for (const char* dir : {"/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/"})
        if (fs::exists(dir + name))
            return dir + name;
    return {};
}

// The step `info` reports a run at ("progress N / M"), or -1 when it reports none.
std::int64_t progressStep(const std::string& infoOut) {
    const auto at = infoOut.find("progress ");
    return at == std::string::npos ? -1 : std::stoll(infoOut.substr(at + 9));
}

// metrics.jsonl as a reader sees it: the training rows' steps in file order, the complete lines
// that are not a row, and whether the last line was cut short (no newline).
struct MetricsFile {
    std::vector<std::int64_t> steps;
    int badLines = 0;
    bool tornTail = false;
};

MetricsFile readMetrics(const std::string& runDir) {
    const std::string text = readFile(runDir + "/metrics.jsonl");
    MetricsFile m;
    for (std::size_t start = 0; start < text.size();) {
        const auto end = text.find('\n', start);
        if (end == std::string::npos) {
            m.tornTail = true;
            break;
        }
        const auto row = nlohmann::json::parse(text.substr(start, end - start), nullptr, false);
        if (row.is_object() && row.contains("step") && row["step"].is_number_integer()) {
            const auto kind = row.find("kind");
            if (kind == row.end() || *kind != "eval")
                m.steps.push_back(row["step"].get<std::int64_t>());
        } else {
            ++m.badLines;
        }
        start = end + 1;
    }
    return m;
}

std::vector<std::int64_t> oneTo(std::int64_t n) {
    std::vector<std::int64_t> steps;
    for (std::int64_t s = 1; s <= n; ++s)
        steps.push_back(s);
    return steps;
}

// Every file (by its path in `dir`, with its bytes) and folder (path + "/") below `dir`.
std::map<std::string, std::string> treeBytes(const std::string& dir) {
    std::map<std::string, std::string> tree;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        const std::string rel = fs::relative(e.path(), dir).string();
        if (e.is_directory())
            tree[rel + "/"] = "";
        else
            tree[rel] = readFile(e.path().string());
    }
    return tree;
}

// The temporary files of atomic writes (name.tmp-PID-N) below `dir`.
int temporariesIn(const std::string& dir) {
    int count = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        count += contains(e.path().filename().string(), ".tmp-");
    return count;
}

// The size `dir` takes on a tmpfs: whole pages per file and per folder.
std::uintmax_t pagesOf(const std::string& dir) {
    std::uintmax_t bytes = 4096;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        bytes += e.is_regular_file() ? (e.file_size() + 4095) / 4096 * 4096 : 4096;
    return bytes;
}

void setWritable(const std::string& dir, bool writable) {
    const auto bits = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
    const auto how = writable ? fs::perm_options::add : fs::perm_options::remove;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        fs::permissions(e.path(), bits, how);
    fs::permissions(dir, bits, how);
}

// What must never reach a user: a C++ backtrace, a library's frames or its exception names.
std::string internalsIn(const std::string& err) {
    for (const char* mark :
         {"Exception raised from", "frame #", "c10::", "[json.exception", "terminate called"})
        if (contains(err, mark))
            return mark;
    return {};
}

// A tmpfs of `bytes` on `dir` for one test, unmounted (lazily, so a busy one goes too) at its end.
class TmpfsMount {
public:
    TmpfsMount(const std::string& dir, std::uintmax_t bytes)
        : m_dir(dir) {
        fs::create_directories(dir);
        const std::string options = "size=" + std::to_string(bytes);
        m_mounted = ::geteuid() == 0 && ::mount("tmpfs", dir.c_str(), "tmpfs", MS_NOSUID | MS_NODEV,
                                                options.c_str()) == 0;
    }
    ~TmpfsMount() {
        if (m_mounted)
            ::umount2(m_dir.c_str(), MNT_DETACH);
    }
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;
    bool mounted() const { return m_mounted; }

private:
    std::string m_dir;
    bool m_mounted = false;
};

// A write that failed must end the verb cleanly: exit 1 (not an abort), the file and the system's
// reason named, no temporary left behind, no internals shown.
void expectCleanWriteFailure(const Result& r, const std::string& run, const std::string& reason) {
    ASSERT_EQ(r.code, 1) << r.out << r.err;
    ASSERT_TRUE(contains(r.err, reason)) << r.err;
    ASSERT_TRUE(contains(r.err, run + "/")) << r.err; // a file of the run, by its path
    ASSERT_EQ(internalsIn(r.err), "") << r.err;
    ASSERT_EQ(temporariesIn(run), 0);
}

// Sends `signal` once `ready` holds (polled every few ms); false when the process ended first.
template <typename Ready> bool signalWhen(Process& p, int signal, Ready ready) {
    const auto deadline = Clock::now() + 120s;
    while (!ready() && p.running() && Clock::now() < deadline)
        p.waitForFinished(2ms);
    return ready() && p.running() && ::kill(p.pid(), signal) == 0;
}

} // namespace

// The tests share a small image folder; each makes its own runs.
class TestCliFaults : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        setenv("GANLAB_CACHE_DIR", (m_tmp / "cache").c_str(), 1);
        writeImageFolder(m_tmp / "data", 2, 10, 16, 3);
    }

    // A finished run of `steps` steps with a checkpoint at each.
    static void trainBase(const std::string& run, std::int64_t steps) {
        const Result r = runCli(
            trainArgs(m_tmp / "data", run, steps, {"--checkpoint-every", "1", "--keep", "5"}));
        ASSERT_EQ(r.code, 0) << r.out << r.err;
    }

    static inline TempDir m_tmp;
};

TEST_F(TestCliFaults, killNineAtRandomMomentsLosesNothing) {
    const std::string data = m_tmp / "data", run = m_tmp / "killed";
    // How long a start takes until steps are written: every other kill comes that much later, so
    // kills land both in the start (creation, import, opening) and among the checkpoint writes.
    const auto t0 = Clock::now();
    ASSERT_NO_FATAL_FAILURE(trainBase(m_tmp / "calibration", 2));
    const auto startup = std::chrono::duration_cast<milliseconds>(Clock::now() - t0);

    std::mt19937 random(16);
    std::uniform_int_distribution<int> delayMs(50, 1500);
    std::int64_t target = 40, best = 0;
    int killed = 0, tornTails = 0, cutWrites = 0;
    for (int i = 0; i < 15; ++i) {
        const bool isRun = fs::exists(run + "/config.json");
        Process p(GANLAB_CLI_PATH,
                  isRun ? resumeArgs(run, target)
                        : trainArgs(data, run, target, {"--checkpoint-every", "1", "--keep", "3"}));
        const milliseconds delay = milliseconds(delayMs(random)) + (i % 2 ? startup : 0ms);
        if (p.waitForFinished(delay)) { // it finished first: then it must have succeeded
            ASSERT_EQ(p.exitCode(), 0) << p.standardOutput() << p.standardError();
        } else {
            p.kill();
            ++killed;
            cutWrites += fs::exists(run) && temporariesIn(run) > 0; // killed mid-write
        }
        if (!fs::exists(run + "/config.json")) { // cut short while created: train takes it again
            ASSERT_TRUE(!fs::exists(run) || fs::exists(run + "/.creating")) << "kill " << i;
            continue;
        }
        const Result info = runCli({"info", run});
        ASSERT_EQ(info.code, 0) << "kill " << i << "\n" << info.out << info.err;
        const std::int64_t step = progressStep(info.out);
        ASSERT_GE(step, best) << "kill " << i << " lost the newest good checkpoint\n" << info.out;
        best = step;
        const MetricsFile metrics = readMetrics(run);
        ASSERT_EQ(metrics.badLines, 0) << "kill " << i; // only the last line may be torn
        tornTails += metrics.tornTail;
        if (best >= target)
            target += 40;
    }
    // One more resume (or train, when no run was ever made) reaches the end.
    const bool isRun = fs::exists(run + "/config.json");
    const Result last = runCli(isRun ? resumeArgs(run, target)
                                     : trainArgs(data, run, target, {"--checkpoint-every", "1"}));
    ASSERT_EQ(last.code, 0) << last.out << last.err;
    const Result info = runCli({"info", run});
    ASSERT_EQ(info.code, 0);
    ASSERT_TRUE(
        contains(info.out, "progress " + std::to_string(target) + " / " + std::to_string(target)))
        << info.out;
    // Every step has exactly one row: a torn row went, and rows after a restored step were
    // rewritten once.
    const MetricsFile metrics = readMetrics(run);
    ASSERT_FALSE(metrics.tornTail);
    ASSERT_EQ(metrics.badLines, 0);
    ASSERT_EQ(metrics.steps, oneTo(target));
    ASSERT_EQ(temporariesIn(run), 0);
    int kept = 0; // rotation kept the newest three, none set aside as damaged
    for (const auto& e : fs::directory_iterator(run + "/checkpoints"))
        kept += e.path().extension() == ".pt" ? 1 : 100;
    ASSERT_EQ(kept, 3);
    std::printf("[          ] %d of 15 processes killed (start %lld ms), %d mid-write, %d torn "
                "last lines, ended at step %lld\n",
                killed, static_cast<long long>(startup.count()), cutWrites, tornTails,
                static_cast<long long>(target));
}

TEST_F(TestCliFaults, fullDiskStopsCleanlyKeepingEarlierCheckpoints) {
    // A new run on a 64 KiB disk: the first checkpoint does not fit.
    const std::string small = m_tmp / "disk64k";
    {
        const TmpfsMount disk(small, 64 * 1024);
        if (!disk.mounted())
            GTEST_SKIP() << "cannot mount a tmpfs here (needs root); fileSizeLimit… covers it";
        const std::string run = small + "/run";
        const Result r = runCli(trainArgs(m_tmp / "data", run, 4, {"--checkpoint-every", "1"}));
        ASSERT_NO_FATAL_FAILURE(expectCleanWriteFailure(r, run, "No space left on device"));
        const Result info = runCli({"info", run}); // the run is there, at step 0
        ASSERT_EQ(info.code, 0) << info.out << info.err;
        ASSERT_EQ(progressStep(info.out), 0);
    }
    // A run with two checkpoints resumed on a disk with room for half of another: training stops
    // at the third, the two stay as they were, and the run continues once there is room.
    const std::string base = m_tmp / "disk-base";
    ASSERT_NO_FATAL_FAILURE(trainBase(base, 2));
    const auto checkpointSize = fs::file_size(base + "/checkpoints/step-00000002.pt");
    const std::string mount = m_tmp / "disk-half";
    const TmpfsMount disk(mount, pagesOf(base) + 64 * 1024 + checkpointSize / 2);
    ASSERT_TRUE(disk.mounted());
    const std::string run = mount + "/run";
    fs::copy(base, run, fs::copy_options::recursive);
    const auto before = treeBytes(run + "/checkpoints");
    const Result r = runCli(resumeArgs(run, 6));
    ASSERT_NO_FATAL_FAILURE(expectCleanWriteFailure(r, run, "No space left on device"));
    ASSERT_EQ(treeBytes(run + "/checkpoints"), before);
    const Result info = runCli({"info", run});
    ASSERT_EQ(info.code, 0) << info.out << info.err;
    ASSERT_TRUE(contains(info.out, "progress 2 / 6")) << info.out;
    const std::string moved = m_tmp / "disk-moved";
    fs::copy(run, moved, fs::copy_options::recursive);
    const Result resumed = runCli(resumeArgs(moved, 6));
    ASSERT_EQ(resumed.code, 0) << resumed.out << resumed.err;
    ASSERT_TRUE(contains(resumed.out, "at step 2"));
    ASSERT_EQ(readMetrics(moved).steps, oneTo(6));
}

TEST_F(TestCliFaults, fileSizeLimitStopsCleanlyKeepingEarlierCheckpoints) {
    // The same as a full disk where no tmpfs can be mounted: a file-size limit (ulimit -f) makes
    // every larger write fail with EFBIG, which the tool reports instead of dying of SIGXFSZ.
    const std::string prlimit = findTool("prlimit");
    if (prlimit.empty())
        GTEST_SKIP() << "no prlimit (util-linux) here";
    const std::string base = m_tmp / "fsize-base";
    ASSERT_NO_FATAL_FAILURE(trainBase(base, 2));
    const auto limit = fs::file_size(base + "/checkpoints/step-00000002.pt") / 2;
    const auto limited = [&](const Args& args) {
        return runProcess(
            prlimit,
            concat(Args{"--fsize=" + std::to_string(limit), "--"}, Args{GANLAB_CLI_PATH}, args),
            300s);
    };
    const std::string fresh = m_tmp / "fsize-new";
    const Result r = limited(trainArgs(m_tmp / "data", fresh, 4, {"--checkpoint-every", "1"}));
    ASSERT_NO_FATAL_FAILURE(expectCleanWriteFailure(r, fresh, "File too large"));
    ASSERT_EQ(runCli({"info", fresh}).code, 0);

    const std::string run = m_tmp / "fsize-run";
    fs::copy(base, run, fs::copy_options::recursive);
    const auto before = treeBytes(run + "/checkpoints");
    const Result resumed = limited(resumeArgs(run, 6));
    ASSERT_NO_FATAL_FAILURE(expectCleanWriteFailure(resumed, run, "File too large"));
    ASSERT_EQ(treeBytes(run + "/checkpoints"), before);
    ASSERT_TRUE(contains(runCli({"info", run}).out, "progress 2 / 6"));
    const Result unlimited = runCli(resumeArgs(run, 6));
    ASSERT_EQ(unlimited.code, 0) << unlimited.out << unlimited.err;
    ASSERT_EQ(readMetrics(run).steps, oneTo(6));
}

TEST_F(TestCliFaults, readOnlyRunIsReadButNeverWritten) {
    const std::string base = m_tmp / "ro-base", run = m_tmp / "ro-run";
    ASSERT_NO_FATAL_FAILURE(trainBase(base, 2));
    fs::copy(base, run, fs::copy_options::recursive);
    setWritable(run, false);
    // Root writes anywhere: as root the tool runs as nobody, with a cache and an output folder
    // of its own it may write.
    Args prefix;
    const std::string cache = m_tmp / "ro-cache", outDir = m_tmp / "ro-out";
    fs::create_directories(cache);
    fs::create_directories(outDir);
    if (::geteuid() == 0) {
        const std::string setpriv = findTool("setpriv");
        if (setpriv.empty())
            GTEST_SKIP() << "running as root without setpriv (util-linux) to drop to nobody";
        prefix = {"--reuid=65534", "--regid=65534", "--clear-groups", GANLAB_CLI_PATH};
        fs::permissions(m_tmp.path(), fs::perms::owner_all | fs::perms::group_exec |
                                          fs::perms::group_read | fs::perms::others_exec |
                                          fs::perms::others_read);
        for (const auto& dir : {cache, outDir})
            fs::permissions(dir, fs::perms::all);
    }
    const auto cli = [&](const Args& args) {
        const Args env = {"GANLAB_CACHE_DIR=" + cache};
        return prefix.empty() ? runCli(args, env)
                              : runProcess(findTool("setpriv"), concat(prefix, args), 300s, env);
    };
    const auto before = treeBytes(run);

    const Result info = cli({"info", run});
    ASSERT_EQ(info.code, 0) << info.out << info.err;
    ASSERT_TRUE(contains(info.out, "progress 2 / 2"));
    const std::string png = outDir + "/grid.png";
    const Result sample = cli({"sample", run, "--out", png, "--threads", "1"});
    ASSERT_EQ(sample.code, 0) << sample.out << sample.err;
    ASSERT_TRUE(fs::exists(png));
    const Result resume = cli(resumeArgs(run, 4));
    ASSERT_EQ(resume.code, 1) << resume.out << resume.err;
    ASSERT_TRUE(contains(resume.err, "Permission denied")) << resume.err;
    ASSERT_TRUE(contains(resume.err, run + "/")) << resume.err;
    ASSERT_EQ(internalsIn(resume.err), "");

    ASSERT_EQ(treeBytes(run), before);
    setWritable(run, true);
}

TEST_F(TestCliFaults, tornMetricsLinesAreDroppedOnResume) {
    const std::string run = m_tmp / "torn";
    ASSERT_EQ(runCli(trainArgs(m_tmp / "data", run, 4, {"--checkpoint-every", "2"})).code, 0);
    // A line of garbage, then the first half of a real row without its newline (a crash mid-write).
    const std::string path = run + "/metrics.jsonl";
    const std::string text = readFile(path);
    const auto lastRow = text.rfind('\n', text.size() - 2) + 1;
    {
        std::ofstream out(path, std::ios::binary | std::ios::app);
        out << "\x01garbage{ not json\n" << text.substr(lastRow, (text.size() - lastRow) / 2);
    }
    const Result info = runCli({"info", run});
    ASSERT_EQ(info.code, 0) << info.out << info.err;
    ASSERT_TRUE(contains(info.out, "progress 4 / 4"));
    const Result resumed = runCli(resumeArgs(run, 8));
    ASSERT_EQ(resumed.code, 0) << resumed.out << resumed.err;
    ASSERT_TRUE(contains(resumed.out, "at step 4"));
    const MetricsFile metrics = readMetrics(run);
    ASSERT_FALSE(metrics.tornTail);
    ASSERT_EQ(metrics.badLines, 0);
    ASSERT_EQ(metrics.steps, oneTo(8));
}

TEST_F(TestCliFaults, signalDuringImportLeavesNoHalfMadeRun) {
    // 60,000 IDX images take about half a second to import: long enough to be signalled in it.
    const std::string big = m_tmp / "big";
    writeIdx(big + "/train-images-idx3-ubyte", big + "/train-labels-idx1-ubyte", 60000, 28, false);
    for (const int signal : {SIGTERM, SIGHUP, SIGINT}) {
        const std::string name = "import-" + std::to_string(signal);
        const std::string run = m_tmp / name;
        const Args env = {"GANLAB_CACHE_DIR=" + (m_tmp / (name + "-cache"))}; // import, not cache
        Process p(GANLAB_CLI_PATH, trainArgs(big, run, 1), env);
        ASSERT_TRUE(signalWhen(p, signal, [&] { return fs::exists(run); })) << p.standardError();
        ASSERT_TRUE(p.waitForFinished(60s));
        ASSERT_EQ(p.exitCode(), 130) << signal << p.standardOutput() << p.standardError();
        ASSERT_FALSE(contains(p.standardOutput(), "dataset:")) << "the import had ended";
        ASSERT_EQ(internalsIn(p.standardError()), "");
        // Nothing is left, or only a folder marked as being created, which train takes again.
        ASSERT_TRUE(!fs::exists(run) ||
                    (fs::exists(run + "/.creating") && !fs::exists(run + "/config.json")));
        const Result again = runCli(trainArgs(big, run, 1), env);
        ASSERT_EQ(again.code, 0) << again.out << again.err;
        ASSERT_FALSE(fs::exists(run + "/.creating"));
    }
}

TEST_F(TestCliFaults, everyFolderACreationLeavesIsTakenAgain) {
    // What a kill -9 leaves at each point of `train`'s creation: the marker comes first, the
    // dataset description before config.json (which makes the folder a run), the marker goes last.
    const std::string data = m_tmp / "data";
    const auto halfMade = [&](const std::string& name, const std::vector<std::string>& files) {
        const std::string run = m_tmp / name;
        fs::create_directories(run + "/checkpoints");
        fs::create_directories(run + "/samples");
        for (const auto& f : files)
            std::ofstream(run + "/" + f) << "{}\n";
        return run;
    };
    for (const auto& files : {std::vector<std::string>{".creating"},
                              std::vector<std::string>{".creating", "log.txt", "dataset.json"}}) {
        const std::string run = halfMade("half-" + std::to_string(files.size()), files);
        const Result r = runCli(trainArgs(data, run, 2));
        ASSERT_EQ(r.code, 0) << r.out << r.err;
        ASSERT_FALSE(fs::exists(run + "/.creating"));
    }
    // Cut short after config.json: a run at step 0 that resume continues.
    const std::string base = m_tmp / "half-base";
    ASSERT_EQ(runCli(trainArgs(data, base, 2)).code, 0);
    const std::string run = halfMade("half-run", {".creating", "log.txt"});
    for (const char* f : {"config.json", "dataset.json"})
        fs::copy_file(base + "/" + f, run + "/" + f, fs::copy_options::overwrite_existing);
    ASSERT_TRUE(contains(runCli({"info", run}).out, "progress 0 / 2"));
    const Result resumed = runCli(resumeArgs(run, 2));
    ASSERT_EQ(resumed.code, 0) << resumed.out << resumed.err;
    ASSERT_EQ(readMetrics(run).steps, oneTo(2));
}

TEST_F(TestCliFaults, signalDuringTrainingSavesACheckpointResumeContinues) {
    for (const int signal : {SIGHUP, SIGTERM, SIGINT}) {
        const std::string run = m_tmp / ("signalled-" + std::to_string(signal));
        Process p(GANLAB_CLI_PATH,
                  trainArgs(m_tmp / "data", run, 100000, {"--checkpoint-every", "0"}));
        ASSERT_TRUE(signalWhen(p, signal, [&] { return fs::exists(run + "/metrics.jsonl"); }))
            << p.standardError();
        ASSERT_TRUE(p.waitForFinished(60s));
        ASSERT_EQ(p.exitCode(), 130) << signal << p.standardOutput() << p.standardError();
        const std::string out = p.standardOutput();
        const auto at = out.find("interrupted at step ");
        ASSERT_NE(at, std::string::npos) << out;
        const std::int64_t step = std::stoll(out.substr(at + 20));
        char name[32];
        std::snprintf(name, sizeof name, "step-%08lld.pt", static_cast<long long>(step));
        ASSERT_TRUE(fs::exists(run + "/checkpoints/" + name)) << out;
        const Result resumed = runCli(resumeArgs(run, step + 2));
        ASSERT_EQ(resumed.code, 0) << resumed.out << resumed.err;
        ASSERT_TRUE(contains(resumed.out, "at step " + std::to_string(step))) << resumed.out;
        ASSERT_EQ(readMetrics(run).steps, oneTo(step + 2));
    }
}

TEST_F(TestCliFaults, emptyOutIsRefusedAndWritesNothingHere) {
    const std::string cwd = m_tmp / "cwd";
    fs::create_directories(cwd);
    for (const char* verb : {"train", "pretrain"}) {
        const Args cli = concat(
            Args{GANLAB_CLI_PATH, verb, "--data", m_tmp / "data", "--out", "", "--steps", "2"},
            kTiny);
        const Result r = runProcess(
            "/bin/sh", concat(Args{"-c", "cd \"$1\" && shift && exec \"$@\"", "sh", cwd}, cli),
            300s);
        ASSERT_EQ(r.code, 2) << verb << r.out << r.err;
        ASSERT_TRUE(contains(r.err, "--out") || contains(r.err, "path is empty")) << r.err;
        ASSERT_TRUE(fs::is_empty(cwd)) << verb;
    }
}

TEST_F(TestCliFaults, badInvocationsShowNoInternalsAndKeepTheirExitCodes) {
    // A run none of whose checkpoints loads: 64 bytes flipped in the middle of each.
    const std::string broken = m_tmp / "corrupt";
    ASSERT_NO_FATAL_FAILURE(trainBase(broken, 2));
    for (const auto& e : fs::directory_iterator(broken + "/checkpoints")) {
        std::fstream f(e.path(), std::ios::in | std::ios::out | std::ios::binary);
        const auto middle = static_cast<std::streamoff>(fs::file_size(e.path()) / 2);
        std::string bytes(64, '\0');
        f.seekg(middle);
        f.read(bytes.data(), 64);
        for (char& c : bytes)
            c = static_cast<char>(~c);
        f.seekp(middle);
        f.write(bytes.data(), 64);
    }
    // A run on two images, none held out.
    const std::string two = m_tmp / "two", tiny = m_tmp / "two-run";
    writeImageFolder(two, 1, 2, 16, 3);
    const Result t =
        runCli(trainArgs(two, tiny, 2, {"--validation-fraction", "0", "--batch", "2"}));
    ASSERT_EQ(t.code, 0) << t.out << t.err;
    const std::string data = m_tmp / "data", png = m_tmp / "bad.png";
    const struct {
        const char* label;
        Args args;
        int code;
    } cases[] = {
        {"info, no checkpoint loads", {"info", broken}, 1},
        {"resume, no checkpoint loads", {"resume", broken, "--threads", "1"}, 1},
        {"sample, no checkpoint loads", {"sample", broken, "--out", png}, 1},
        {"eval, no checkpoint loads", {"eval", broken, "--metrics", "fd", "--n", "10"}, 1},
        {"eval pr on two images", {"eval", tiny, "--metrics", "pr", "--threads", "1"}, 2},
        {"info, 7 channels", {"info", data, "--channels", "7", "--resolution", "256"}, 2},
        {"train, batch over 32 bits",
         trainArgs(data, m_tmp / "never", 2, {"--batch", "4294967298"}), 2},
        {"sample, 65537 rows", {"sample", tiny, "--out", png, "--rows", "65537"}, 2},
        {"train, resolution -3", trainArgs(data, m_tmp / "never", 2, {"--resolution", "-3"}), 2},
        {"train, missing features file",
         trainArgs(data, m_tmp / "never", 2, {"--eval-features", "classifier:/nope.pt"}), 2},
    };
    for (const auto& c : cases) {
        const Result r = runCli(c.args);
        EXPECT_EQ(r.code, c.code) << c.label << "\n" << r.out << r.err;
        EXPECT_EQ(internalsIn(r.err + r.out), "") << c.label << "\n" << r.err;
    }
    ASSERT_TRUE(contains(runCli({"info", broken}).out, "step-00000002.pt"));
    ASSERT_FALSE(fs::exists(m_tmp / "never"));
    ASSERT_FALSE(fs::exists(png));
}

TEST_F(TestCliFaults, infoDuringTrainingDropsNoRows) {
    const std::string run = m_tmp / "live";
    Process p(GANLAB_CLI_PATH,
              trainArgs(m_tmp / "data", run, 200, {"--checkpoint-every", "20", "--keep", "2"}));
    const auto deadline = Clock::now() + 120s;
    while (!fs::exists(run + "/metrics.jsonl") && p.running() && Clock::now() < deadline)
        p.waitForFinished(5ms);
    int infos = 0;
    while (p.running() || infos < 3) {
        const Result info = runCli({"info", run});
        ASSERT_EQ(info.code, 0) << info.out << info.err;
        ++infos;
        p.waitForFinished(1ms);
    }
    ASSERT_TRUE(p.waitForFinished(60s));
    ASSERT_EQ(p.exitCode(), 0) << p.standardOutput() << p.standardError();
    ASSERT_EQ(readMetrics(run).steps, oneTo(200)) << infos << " info calls";
}
