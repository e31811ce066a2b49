// Tests of issue 16 on real files: no run lost to a damaged checkpoint, a full disk or a read-only
// verb, and no crash, hang or silent change on hostile input (links, zips, pipes, settings).
#include "api/error.h"
#include "api/presets.h"
#include "api/settings.h"
#include "api/training_run.h"
#include "data/dataset_loader.h"
#include "support/test_checks.h"
#include "support/test_data.h"
#include "support/test_util.h"
#include "train/checkpoint_file.h"
#include "train/run_directory.h"
#include "util/atomic_file.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <zlib.h>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <stop_token>
#include <string>
#include <vector>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

// A tiny run: a checkpoint every step, the newest three kept, no samples or evaluations.
TrainConfig tinyConfig(const std::string& data) {
    TrainConfig c = presetConfig("cpu-quick");
    c.dataPath = data;
    c.resolution = 16;
    c.latentDim = 8;
    c.width = 0.25;
    c.batchSize = 8;
    c.steps = 100;
    c.sampleEvery = 1000;
    c.checkpointEvery = 1;
    c.keepCheckpoints = 3;
    c.logEvery = 1;
    c.seed = 11;
    c.evalEvery = 0;
    return c;
}

// Every file below `dir` (relative path → bytes).
std::map<std::string, std::vector<std::uint8_t>> filesBelow(const std::string& dir) {
    std::map<std::string, std::vector<std::uint8_t>> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            files[fs::relative(e.path(), dir).generic_string()] = readBytes(e.path().string());
    return files;
}

std::vector<std::string> namesBelow(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        names.push_back(fs::relative(e.path(), dir).generic_string());
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::int64_t> stepsOf(const std::vector<CheckpointInfo>& checkpoints) {
    std::vector<std::int64_t> steps;
    for (const auto& c : checkpoints)
        steps.push_back(c.step);
    return steps;
}

bool hasTemporary(const std::string& dir) {
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (contains(e.path().filename().string(), ".tmp-"))
            return true;
    return false;
}

void tearInHalf(const std::string& path) {
    fs::resize_file(path, fs::file_size(path) / 2);
}

// Inverts `count` bytes in the middle of a file (the zip's CRC of that entry no longer matches).
void flipMiddle(const std::string& path, std::size_t count) {
    auto bytes = readBytes(path);
    const std::size_t from = bytes.size() / 2 - count / 2;
    for (std::size_t i = from; i < from + count; ++i)
        bytes[i] ^= 0xFF;
    writeBytes(path, bytes);
}

// Changes the lowest bit of the first value of the largest tensors that a checkpoint holds at
// least three times (a weight of G, of the EMA G and its two Adam moments — not the one RNG
// state) and writes their new CRC-32s where the zip keeps them (central directory, and the local
// header or the data descriptor after the data): a whole container whose weights no longer match
// the checksum saved with them.
void alterWeightsKeepingCrcs(const std::string& path) {
    auto b = readBytes(path);
    const auto u16 = [&](std::size_t at) { return std::size_t(b[at] | b[at + 1] << 8); };
    const auto u32 = [&](std::size_t at) {
        return std::uint32_t(b[at]) | std::uint32_t(b[at + 1]) << 8 |
               std::uint32_t(b[at + 2]) << 16 | std::uint32_t(b[at + 3]) << 24;
    };
    const auto put32 = [&](std::size_t at, std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            b[at + i] = static_cast<std::uint8_t>(v >> (8 * i));
    };
    std::size_t eocd = b.size() - 22;
    while (eocd > 0 && u32(eocd) != 0x06054b50)
        --eocd;
    ASSERT_GT(eocd, 0u);
    struct Entry {
        std::size_t central, local, size, flags, method;
    };
    std::vector<Entry> entries;
    std::map<std::size_t, int> sizes; // tensor data sizes and how often each occurs
    std::size_t at = u32(eocd + 16);
    for (std::size_t i = 0; i < u16(eocd + 10); ++i) {
        ASSERT_EQ(u32(at), 0x02014b50u);
        const std::string name(b.begin() + at + 46, b.begin() + at + 46 + u16(at + 28));
        if (contains(name, "/data/")) {
            entries.push_back({at, u32(at + 42), u32(at + 20), u16(at + 8), u16(at + 10)});
            ++sizes[entries.back().size];
        }
        at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    }
    std::size_t weights = 0;
    for (const auto& [size, count] : sizes)
        if (count >= 3)
            weights = std::max(weights, size);
    ASSERT_GE(weights, 1024u);
    for (const auto& e : entries)
        if (e.size == weights) {
            ASSERT_EQ(e.method, 0u); // stored, as torch writes tensor data
            const std::size_t data = e.local + 30 + u16(e.local + 26) + u16(e.local + 28);
            b[data] ^= 1;
            const auto crc =
                static_cast<std::uint32_t>(crc32(0, b.data() + data, static_cast<uInt>(e.size)));
            put32(e.central + 16, crc);
            if (e.flags & 8) { // a data descriptor, with or without its signature
                const std::size_t after = data + e.size;
                put32(u32(after) == 0x08074b50 ? after + 4 : after, crc);
            } else {
                put32(e.local + 14, crc);
            }
        }
    writeBytes(path, b);
}

// Caps the size of every file this process writes (RLIMIT_FSIZE): a write past it fails with
// EFBIG, as on a full disk, instead of raising SIGXFSZ. Lifted again when it goes.
class FileSizeCap {
public:
    explicit FileSizeCap(std::uintmax_t bytes) {
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit capped = m_old;
        capped.rlim_cur = static_cast<rlim_t>(bytes);
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &capped) == 0;
    }
    ~FileSizeCap() {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeCap(const FileSizeCap&) = delete;
    FileSizeCap& operator=(const FileSizeCap&) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

std::string problemSettings(const std::vector<Problem>& problems) {
    std::string keys;
    for (const auto& p : problems)
        keys += p.setting + " ";
    return keys;
}

const Problem* problemFor(const std::vector<Problem>& problems, const std::string& setting) {
    for (const auto& p : problems)
        if (p.setting == setting)
            return &p;
    return nullptr;
}

// Runs `read` on another thread; a pipe that blocks it longer than a few seconds is opened for
// writing and closed, which ends the read, and the test fails.
Error errorWithinSeconds(const std::string& fifo, const std::function<void()>& read) {
    auto pending = std::async(std::launch::async, [&] { return errorOf(read); });
    if (pending.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
        ADD_FAILURE() << "the import hung on " << fifo;
        const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    }
    return pending.get();
}

} // namespace

// One cache and one small labelled dataset for the whole suite.
class TestReliability : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        setenv("GANLAB_CACHE_DIR", m_cache.path().c_str(), 1);
        writeImageFolder(m_data.path(), 2, 12, 20, 3);
    }

    // A run trained `steps` steps (a checkpoint every `every` steps, the newest `keep` kept).
    static std::string trainedRun(const TempDir& out, std::int64_t steps, int every = 1,
                                  int keep = 3) {
        const std::string dir = out / "run";
        TrainConfig c = tinyConfig(m_data.path());
        c.checkpointEvery = every;
        c.keepCheckpoints = keep;
        auto run = TrainingRun::create(c, dir);
        run.train(steps, {});
        return dir;
    }

    static inline TempDir m_cache, m_data;
};

// Item 1: with every checkpoint torn, resume started over from step 0 and rotation then deleted
// the originals. Now it refuses, names each file, and changes nothing.
TEST_F(TestReliability, openRefusesWhenNoCheckpointLoadsAndChangesNothing) {
    TempDir out;
    const std::string dir = trainedRun(out, 3);
    const auto checkpoints = RunDirectory(dir).checkpoints();
    ASSERT_EQ(checkpoints.size(), 3u);
    for (const auto& c : checkpoints)
        tearInHalf(c.path);
    auto before = filesBelow(dir);
    const auto namesBefore = namesBelow(dir);

    const Error e = errorOf([&] { TrainingRun::open(dir); });
    EXPECT_EQ(e.kind(), ErrorKind::Checkpoint);
    EXPECT_EQ(e.message().code, MessageCode::NoLoadableCheckpoint);
    ASSERT_EQ(e.problems().size(), 3u);
    for (const auto& c : checkpoints) {
        EXPECT_NE(problemFor(e.problems(), c.path), nullptr) << c.path;
        EXPECT_TRUE(contains(e.what(), c.path)) << e.what();
    }

    auto after = filesBelow(dir);
    EXPECT_EQ(namesBelow(dir), namesBefore);
    before.erase("log.txt"); // the refusal is logged; nothing else is written
    after.erase("log.txt");
    EXPECT_TRUE(after == before);
    EXPECT_EQ(fileLines(dir + "/metrics.jsonl").size(), 3u);
}

// Item 1: editing the width made every checkpoint unloadable; resume then trained a new model
// over the originals. Now it refuses the same way and the originals stay.
TEST_F(TestReliability, openRefusesCheckpointsOfAnotherWidth) {
    TempDir out;
    const std::string dir = trainedRun(out, 2);
    const std::string configPath = dir + "/config.json";
    auto bytes = readBytes(configPath);
    std::string text(bytes.begin(), bytes.end());
    const auto at = text.find("\"width\": 0.25");
    ASSERT_NE(at, std::string::npos) << text;
    text.replace(at, 13, "\"width\": 0.5");
    writeBytes(configPath, {text.begin(), text.end()});
    auto before = filesBelow(dir);

    const Error e = errorOf([&] { TrainingRun::open(dir); });
    EXPECT_EQ(e.kind(), ErrorKind::Checkpoint);
    EXPECT_EQ(e.problems().size(), 2u);
    auto after = filesBelow(dir);
    before.erase("log.txt");
    after.erase("log.txt");
    EXPECT_TRUE(after == before);
}

// Item 1: rotation kept the highest step numbers, damaged or not, and deleted the good ones. Now
// damaged ones are set aside as *.damaged and the newest good ones are kept.
TEST_F(TestReliability, damagedNewestCheckpointsAreSkippedAndSetAsideByRotation) {
    TempDir out;
    const std::string dir = trainedRun(out, 8, 2, 3); // checkpoints 4, 6, 8
    const RunDirectory files(dir);
    ASSERT_EQ(stepsOf(files.checkpoints()), (std::vector<std::int64_t>{8, 6, 4}));
    tearInHalf(files.checkpointPath(8));
    tearInHalf(files.checkpointPath(6));

    auto run = TrainingRun::open(dir);
    ASSERT_EQ(run.step(), 4);
    run.trainStep();
    run.saveCheckpoint(); // step 5: rotation sees 8 and 6 damaged, 5 and 4 good
    EXPECT_EQ(stepsOf(run.checkpoints()), (std::vector<std::int64_t>{5, 4}));
    EXPECT_TRUE(fs::exists(files.checkpointPath(8) + ".damaged"));
    EXPECT_TRUE(fs::exists(files.checkpointPath(6) + ".damaged"));
    EXPECT_EQ(TrainingRun::open(dir).step(), 5);
}

// Item 2: writes were not checked (a stream tested before its flush, torch's writer aborting).
TEST(TestReliabilityWrites, writesToAFullDeviceAreErrorsNamingThePath) {
    for (const auto& write :
         {std::function<void()>([] { writeBytesChecked("/dev/full", "x"); }),
          std::function<void()>([] { appendTextChecked("/dev/full", "x\n"); })}) {
        const Error e = errorOf(write);
        EXPECT_EQ(e.kind(), ErrorKind::Io);
        EXPECT_EQ(e.path(), "/dev/full");
        EXPECT_TRUE(contains(e.what(), "No space left")) << e.what();
    }
}

// Item 2: a failed append left a torn last line. It is now cut back to the size before.
TEST(TestReliabilityWrites, aFailedAppendIsCutBack) {
    TempDir dir;
    const std::string path = dir / "metrics.jsonl";
    const std::string old(100, 'a');
    writeBytes(path, {old.begin(), old.end()});
    {
        FileSizeCap cap(120); // the first 20 bytes go in, then the "disk" is full
        if (!cap.ok())
            GTEST_SKIP() << "RLIMIT_FSIZE cannot be set here";
        const Error e = errorOf([&] { appendTextChecked(path, std::string(100, 'b') + "\n"); });
        EXPECT_EQ(e.kind(), ErrorKind::Io);
        EXPECT_EQ(e.path(), path);
        EXPECT_TRUE(contains(e.what(), "too large")) << e.what();
    }
    EXPECT_EQ(fs::file_size(path), 100u);
    EXPECT_EQ(readBytes(path), std::vector<std::uint8_t>(old.begin(), old.end()));
    appendTextChecked(path, "c\n");
    EXPECT_EQ(fs::file_size(path), 102u);
}

// Item 2: a replacement that cannot be written whole never replaces the file, nor leaves a
// temporary.
TEST(TestReliabilityWrites, aFailedAtomicWriteKeepsTheOldFile) {
    TempDir dir;
    const std::string path = dir / "config.json";
    writeBytes(path, {'o', 'l', 'd'});
    {
        FileSizeCap cap(1000);
        if (!cap.ok())
            GTEST_SKIP() << "RLIMIT_FSIZE cannot be set here";
        const Error e = errorOf([&] {
            writeFileAtomically(path, [](std::ostream& out) { out << std::string(5000, 'n'); });
        });
        EXPECT_EQ(e.kind(), ErrorKind::Io);
        EXPECT_EQ(e.path(), path); // the file it was for, not the temporary
        EXPECT_TRUE(contains(e.what(), "too large")) << e.what();
    }
    EXPECT_EQ(readBytes(path), (std::vector<std::uint8_t>{'o', 'l', 'd'}));
    EXPECT_FALSE(hasTemporary(dir.path()));
}

// Item 2: a checkpoint save on a full disk aborted the process (c10::Error from a destructor) and
// left a step-N.pt.tmp-*. Now it is an Error, and the previous checkpoint stays.
TEST_F(TestReliability, aFailedCheckpointSaveKeepsThePreviousOneAndNoTemporary) {
    TempDir out;
    const std::string dir = out / "run";
    auto run = TrainingRun::create(tinyConfig(m_data.path()), dir);
    run.train(2, {});
    const auto checkpointsBefore = filesBelow(dir + "/checkpoints");
    ASSERT_EQ(checkpointsBefore.size(), 2u);
    run.trainStep(); // step 3 and its checkpoint
    ASSERT_EQ(run.checkpoints().size(), 3u);
    const auto kept = filesBelow(dir + "/checkpoints");
    {
        FileSizeCap cap(4096); // far smaller than a checkpoint
        if (!cap.ok())
            GTEST_SKIP() << "RLIMIT_FSIZE cannot be set here";
        const Error e = errorOf([&] { run.saveCheckpoint(); });
        EXPECT_EQ(e.kind(), ErrorKind::Io);
        EXPECT_EQ(e.path(), RunDirectory(dir).checkpointPath(3));
    }
    EXPECT_FALSE(hasTemporary(dir));
    EXPECT_TRUE(filesBelow(dir + "/checkpoints") == kept);
    EXPECT_EQ(TrainingRun::open(dir, RunAccess::ReadOnly).step(), 3);
}

// Item 2: metrics appends failed unnoticed and training ran on with a torn last line. Now the
// step fails and metrics.jsonl keeps its whole rows.
TEST_F(TestReliability, aFailedMetricsAppendStopsTrainingWithoutATornLine) {
    TempDir out;
    const std::string dir = out / "run";
    TrainConfig c = tinyConfig(m_data.path());
    c.checkpointEvery = 0;
    auto run = TrainingRun::create(c, dir);
    run.train(2, {});
    const std::string metrics = dir + "/metrics.jsonl";
    const auto before = readBytes(metrics);
    {
        FileSizeCap cap(before.size() + 20);
        if (!cap.ok())
            GTEST_SKIP() << "RLIMIT_FSIZE cannot be set here";
        const Error e = errorOf([&] { run.trainStep(); });
        EXPECT_EQ(e.kind(), ErrorKind::Io);
        EXPECT_EQ(e.path(), metrics);
    }
    EXPECT_EQ(readBytes(metrics), before);
}

// Item 3: a checkpoint with damaged bytes (its zip CRC wrong) was loaded without a word. Now the
// check reports it and open() falls back to the previous one.
TEST_F(TestReliability, aCorruptPayloadIsReportedAndNeverLoaded) {
    TempDir out;
    const std::string dir = trainedRun(out, 3);
    const RunDirectory files(dir);
    EXPECT_FALSE(checkCheckpointFile(files.checkpointPath(3)));
    flipMiddle(files.checkpointPath(3), 64);
    const auto problem = checkCheckpointFile(files.checkpointPath(3));
    ASSERT_TRUE(problem.has_value());
    EXPECT_FALSE(checkCheckpointFile(files.checkpointPath(2)));

    EXPECT_EQ(TrainingRun::open(dir, RunAccess::ReadOnly).step(), 2);
    EXPECT_EQ(TrainingRun::open(dir).step(), 2);
    EXPECT_TRUE(fs::exists(files.checkpointPath(3))); // evidence kept for the user
}

// Item 3: weights changed behind whole zip CRCs are caught by the checksum saved with them.
TEST_F(TestReliability, weightsThatDoNotMatchTheirChecksumAreRefused) {
    TempDir out;
    const std::string dir = trainedRun(out, 2, 2); // one checkpoint, step 2
    const std::string path = RunDirectory(dir).checkpointPath(2);
    ASSERT_NO_FATAL_FAILURE(alterWeightsKeepingCrcs(path));
    ASSERT_FALSE(checkCheckpointFile(path)); // the container itself is whole

    const Error e = errorOf([&] { TrainingRun::open(dir); });
    EXPECT_EQ(e.kind(), ErrorKind::Checkpoint);
    ASSERT_EQ(e.problems().size(), 1u);
    EXPECT_EQ(e.problems()[0].setting, path);
    EXPECT_EQ(e.problems()[0].message.code, MessageCode::CheckpointChecksum);
}

// Item 4: `--out ""` trained into the current folder (the guard checked exists("")).
TEST_F(TestReliability, anEmptyRunPathIsRefusedAndWritesNothing) {
    TempDir cwd;
    const fs::path previous = fs::current_path();
    fs::current_path(cwd.path());
    const Error e = errorOf([&] { TrainingRun::create(tinyConfig(m_data.path()), ""); });
    fs::current_path(previous);
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    EXPECT_EQ(e.message().code, MessageCode::EmptyRunFolder);
    EXPECT_TRUE(fs::is_empty(cwd.path()));
}

// Item 5: channels 7 at 256 px read past the end of the pixel buffer; a negative size reached
// OpenCV. The settings are now checked before anything is decoded.
TEST_F(TestReliability, importSettingsAreCheckedBeforeDecoding) {
    struct Case {
        int resolution, channels;
        const char* setting;
    };
    for (const Case& c : {Case{256, 7, "channels"}, Case{32, 7, "channels"},
                          Case{-3, 3, "resolution"}, Case{16, -1, "channels"}}) {
        ReadContext context;
        context.settings.resolution = c.resolution;
        context.settings.channels = c.channels;
        const Error loaded = errorOf([&] { loadDataset(m_data.path(), context); });
        EXPECT_EQ(loaded.kind(), ErrorKind::Usage);
        EXPECT_NE(problemFor(loaded.problems(), c.setting), nullptr)
            << problemSettings(loaded.problems());

        TrainConfig config = tinyConfig(m_data.path());
        config.resolution = c.resolution;
        config.channels = c.channels;
        const Error inspected = errorOf([&] { inspectDataset(config); });
        EXPECT_EQ(inspected.kind(), ErrorKind::Usage);
    }
}

// Item 6: linked images and class folders were dropped without a count. Links are followed now;
// a loop and a broken link are skipped and counted.
TEST_F(TestReliability, linkedImagesAndClassFoldersAreImportedAndBadLinksCounted) {
    TempDir t;
    writeImageFolder(t / "store/a", 1, 2, 20, 3);
    writeImageFolder(t / "store/b", 1, 3, 20, 3);
    const std::string root = t / "data";
    fs::create_directories(root + "/cat");
    fs::create_symlink(t / "store/a/img0.png", root + "/cat/img0.png"); // a folder of links
    fs::create_symlink(t / "store/a/img1.png", root + "/cat/img1.png");
    fs::create_directory_symlink(t / "store/b", root + "/dog");      // a linked class folder
    fs::create_directory_symlink(root + "/cat", root + "/cat/loop"); // a loop
    fs::create_symlink(t / "nowhere.png", root + "/cat/gone.png");   // a broken link

    ReadContext context;
    context.settings.resolution = 16;
    context.settings.channels = 3;
    const auto data = loadDataset(root, context);
    EXPECT_EQ(data.count, 5);
    EXPECT_EQ(data.classNames, (std::vector<std::string>{"cat", "dog"}));
    EXPECT_EQ(data.info().classCounts, (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(data.report.skipped, 2);
    std::string examples;
    for (const auto& e : data.report.skippedExamples)
        examples += e + "\n";
    EXPECT_TRUE(contains(examples, "cat/loop")) << examples;
    EXPECT_TRUE(contains(examples, "cat/gone.png")) << examples;
}

// Item 7: an interrupted creation left a folder without config.json that nothing accepted. A
// marker now says the creation is unfinished until it is.
TEST(TestReliabilityCreation, theCreationMarkerStaysUntilTheRunIsWhole) {
    TempDir t;
    const RunDirectory run(t / "run");
    run.createFresh();
    EXPECT_TRUE(fs::exists(t / "run/.creating"));
    EXPECT_TRUE(run.isUnfinishedCreation());
    run.finishCreation();
    EXPECT_FALSE(fs::exists(t / "run/.creating"));
    EXPECT_FALSE(run.isUnfinishedCreation());
}

TEST(TestReliabilityCreation, aCreationCutShortIsAcceptedAgain) {
    TempDir t;
    const RunDirectory run(t / "run");
    writeBytes(t / "run/.creating", {'x'});
    writeBytes(t / "run/log.txt", {'x'});
    writeBytes(t / "run/checkpoints/step-00000001.pt.tmp-1-0", {'x'});
    ASSERT_TRUE(run.isUnfinishedCreation());
    EXPECT_NO_THROW(run.createFresh());
    EXPECT_FALSE(fs::exists(t / "run/log.txt"));
    EXPECT_TRUE(fs::is_empty(t / "run/checkpoints"));

    // With its config.json written it is a run, never emptied.
    const TrainConfig defaults;
    run.writeConfig(defaults);
    EXPECT_FALSE(run.isUnfinishedCreation());
    EXPECT_EQ(errorOf([&] { run.createFresh(); }).message().code, MessageCode::AlreadyHoldsRun);
    EXPECT_TRUE(fs::exists(run.configPath()));
}

TEST_F(TestReliability, createOverACreationCutShortMakesAWholeRun) {
    TempDir out;
    const std::string dir = out / "run";
    writeBytes(dir + "/.creating", {'x'});
    writeBytes(dir + "/samples/step-00000001.png", {'x'});
    auto run = TrainingRun::create(tinyConfig(m_data.path()), dir);
    EXPECT_FALSE(fs::exists(dir + "/.creating"));
    EXPECT_FALSE(fs::exists(dir + "/samples/step-00000001.png"));
    EXPECT_TRUE(fs::exists(dir + "/config.json"));
}

// Item 7: a creation cancelled before or during the import leaves no folder behind.
TEST_F(TestReliability, aCancelledCreationLeavesNoFolder) {
    TempDir t;
    writeImageFolder(t / "fresh-data", 2, 4, 20, 3); // not in the cache: the import runs
    std::stop_source before;
    before.request_stop();
    const Error early = errorOf([&] {
        TrainingRun::create(tinyConfig(t / "fresh-data"), t / "a", {}, before.get_token());
    });
    EXPECT_EQ(early.kind(), ErrorKind::Cancelled);
    EXPECT_FALSE(fs::exists(t / "a"));

    std::stop_source during;
    const Error late = errorOf([&] {
        TrainingRun::create(
            tinyConfig(t / "fresh-data"), t / "b",
            [&](double, const std::string&) { during.request_stop(); }, during.get_token());
    });
    EXPECT_EQ(late.kind(), ErrorKind::Cancelled);
    EXPECT_FALSE(fs::exists(t / "b"));
}

// Item 8: `resume --steps 0` on a run without a checkpoint wrote steps: 0 and bricked the run.
TEST_F(TestReliability, setTotalStepsZeroIsRefusedAndConfigUnchanged) {
    TempDir out;
    const std::string dir = out / "run";
    TrainingRun::create(tinyConfig(m_data.path()), dir);
    const auto config = readBytes(dir + "/config.json");
    auto run = TrainingRun::open(dir);
    ASSERT_EQ(run.step(), 0);
    ASSERT_TRUE(run.checkpoints().empty());
    EXPECT_THROW(run.setTotalSteps(0), Error);
    EXPECT_THROW(run.setTotalSteps(-5), Error);
    EXPECT_EQ(readBytes(dir + "/config.json"), config);
    EXPECT_EQ(TrainingRun::open(dir).config().steps, 100);
}

// Item 9: info and sample rewrote metrics.jsonl on open (dropping a live training's newest rows).
TEST_F(TestReliability, aReadOnlyOpenWritesNothing) {
    TempDir out;
    const std::string dir = trainedRun(out, 3, 2); // checkpoint at 2, metrics up to 3
    const auto before = filesBelow(dir);
    const auto namesBefore = namesBelow(dir);
    {
        auto run = TrainingRun::open(dir, RunAccess::ReadOnly);
        EXPECT_EQ(run.step(), 2);
        EXPECT_EQ(run.config().resolution, 16);
        SampleRequest r;
        r.rows = r.cols = 2;
        EXPECT_FALSE(run.sampleGrid(r).empty());
        EXPECT_THROW(run.trainStep(), Error);
        EXPECT_THROW(run.train(5, {}), Error);
        EXPECT_THROW(run.saveCheckpoint(), Error);
        EXPECT_THROW(run.setTotalSteps(200), Error);
    }
    EXPECT_EQ(namesBelow(dir), namesBefore);
    EXPECT_TRUE(filesBelow(dir) == before); // not a byte, not even a log line
    EXPECT_EQ(fileLines(dir + "/metrics.jsonl").size(), 3u);
}

// Item 9: eval beside a live training appends its results and drops nothing.
TEST_F(TestReliability, appendResultsKeepsRowsAfterTheCheckpoint) {
    TempDir out;
    const std::string dir = trainedRun(out, 3, 2);
    const auto rows = fileLines(dir + "/metrics.jsonl");
    ASSERT_EQ(rows.size(), 3u);
    const auto checkpoints = filesBelow(dir + "/checkpoints");
    auto run = TrainingRun::open(dir, RunAccess::AppendResults);
    EXPECT_EQ(run.step(), 2);
    EvalSettings settings;
    settings.metrics = {"fd"};
    settings.samples = 20;
    EXPECT_FALSE(run.evaluate(settings).empty());
    const auto after = fileLines(dir + "/metrics.jsonl");
    ASSERT_EQ(after.size(), 4u);
    EXPECT_EQ(std::vector<std::string>(after.begin(), after.begin() + 3), rows);
    EXPECT_TRUE(contains(after[3], "\"eval\""));
    EXPECT_TRUE(fs::exists(dir + "/evaluations.csv"));
    EXPECT_THROW(run.trainStep(), Error);
    EXPECT_TRUE(filesBelow(dir + "/checkpoints") == checkpoints);
}

// Item 10: --max-images 2 on ten classes gave an empty dataset, then a torch error.
TEST_F(TestReliability, anImageLimitThatKeepsTooFewIsRefused) {
    TempDir t;
    writeImageFolder(t / "ten", 10, 2, 20, 3);
    TrainConfig c = tinyConfig(t / "ten");
    c.maxImages = 2;
    const Error e = errorOf([&] { TrainingRun::create(c, t / "run"); });
    EXPECT_EQ(e.message().code, MessageCode::SubsetTooSmall);
    EXPECT_FALSE(fs::exists(t / "run"));
}

// Item 11: an absolute entry became class "", a backslash path made the zip unlabelled; ".."
// entries are no paths of the dataset.
TEST_F(TestReliability, zipEntryNamesAreNormalisedBeforeTheyBecomeLabels) {
    TempDir t;
    writeZip(t / "set.zip", {{"/a/x.png", encodedPng(20, 3, 1)},
                             {"/a/y.png", encodedPng(20, 3, 2)},
                             {"b\\x.png", encodedPng(20, 3, 3)},
                             {"b\\y.png", encodedPng(20, 3, 4)},
                             {"../z.png", encodedPng(20, 3, 5)}});
    ReadContext context;
    context.settings.resolution = 16;
    context.settings.channels = 3;
    const auto data = loadDataset(t / "set.zip", context);
    EXPECT_EQ(data.count, 4);
    EXPECT_EQ(data.classNames, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(data.info().classCounts, (std::vector<std::int64_t>{2, 2}));
    EXPECT_EQ(data.report.skipped, 1);
    ASSERT_EQ(data.report.skippedExamples.size(), 1u);
    EXPECT_TRUE(contains(data.report.skippedExamples[0], "../z.png"));
}

// Item 11: a truncated JPEG was decoded grey-filled and trained on.
TEST_F(TestReliability, aTruncatedJpegIsSkippedAndCounted) {
    TempDir t;
    writeImageFolder(t / "photos", 1, 2, 20, 3);
    cv::Mat noise(64, 64, CV_8UC3);
    cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(255));
    std::vector<std::uint8_t> jpeg;
    ASSERT_TRUE(cv::imencode(".jpg", noise, jpeg));
    jpeg.resize(jpeg.size() / 2);
    writeBytes(t / "photos/cut.jpg", jpeg);
    ReadContext context;
    context.settings.resolution = 16;
    context.settings.channels = 3;
    const auto data = loadDataset(t / "photos", context);
    EXPECT_EQ(data.count, 2);
    EXPECT_EQ(data.report.skipped, 1);
    ASSERT_EQ(data.report.skippedExamples.size(), 1u);
    EXPECT_TRUE(contains(data.report.skippedExamples[0], "cut.jpg"));
}

// Item 12: a FIFO named like an IDX file hung the import.
TEST_F(TestReliability, aPipeNamedLikeAnIdxFileDoesNotHang) {
    TempDir t;
    const std::string fifo = t / "train-images-idx3-ubyte";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const Error e = errorWithinSeconds(fifo, [&] { loadDataset(fifo, ReadContext{}); });
    EXPECT_EQ(e.message().code, MessageCode::NotARegularFile);
    EXPECT_EQ(e.path(), fifo);
}

// Item 12: the same for a pipe beside real IDX images in place of their labels.
TEST_F(TestReliability, aPipeInPlaceOfIdxLabelsDoesNotHang) {
    TempDir t;
    writeIdx(t / "idx/train-images-idx3-ubyte", t / "labels-elsewhere", 6, 8, false);
    const std::string fifo = t / "idx/train-labels-idx1-ubyte";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const Error e = errorWithinSeconds(fifo, [&] { loadDataset(t / "idx", ReadContext{}); });
    EXPECT_EQ(e.message().code, MessageCode::NotARegularFile);
    EXPECT_EQ(e.path(), fifo);
}

// Item 12: the same for a pipe named like a CIFAR batch in a folder; a pipe in place of the class
// names beside a real batch is passed over (the classes are numbered).
TEST_F(TestReliability, aPipeNamedLikeACifarFileDoesNotHang) {
    TempDir t;
    fs::create_directories(t / "cifar");
    const std::string fifo = t / "cifar/data_batch_1.bin";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const Error e = errorWithinSeconds(fifo, [&] { loadDataset(t / "cifar", ReadContext{}); });
    EXPECT_EQ(e.message().code, MessageCode::NotARegularFile);
    EXPECT_EQ(e.path(), fifo);

    writeCifar(t / "named/data_batch_1.bin", 20, 1, 4);
    const std::string names = t / "named/batches.meta.txt";
    ASSERT_EQ(::mkfifo(names.c_str(), 0600), 0);
    auto pending = std::async(std::launch::async, [&] {
        ReadContext context;
        context.settings.channels = 3;
        return loadDataset(t / "named", context);
    });
    if (pending.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
        ADD_FAILURE() << "the import hung on " << names;
        const int fd = ::open(names.c_str(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    }
    const auto data = pending.get();
    EXPECT_EQ(data.count, 20);
    EXPECT_EQ(data.classNames, (std::vector<std::string>{"0", "1", "2", "3"}));
}

// Item 12: a missing --eval-features file was accepted and the run failed later.
TEST_F(TestReliability, aMissingEvalFeatureFileIsRefusedAtCreation) {
    TempDir t;
    TrainConfig c = tinyConfig(m_data.path());
    c.eval.features = featureSpec("classifier:/nonexistent.pt", FeatureUse::Evaluation);
    const Error e = errorOf([&] { TrainingRun::create(c, t / "run"); });
    EXPECT_EQ(e.kind(), ErrorKind::Usage);
    const Problem* p = problemFor(e.problems(), "eval_features");
    ASSERT_NE(p, nullptr) << problemSettings(e.problems());
    EXPECT_EQ(p->message.code, MessageCode::FeatureFileMissing);
    EXPECT_FALSE(fs::exists(t / "run"));
}

// Item 12: a path that is not UTF-8 became an exception in the middle of writing config.json.
TEST_F(TestReliability, aSettingTextThatIsNotUtf8IsRefused) {
    TrainConfig c = tinyConfig(m_data.path() + "/\xff");
    const Problem* p = nullptr;
    const auto problems = validateConfig(c);
    p = problemFor(problems, "data");
    ASSERT_NE(p, nullptr) << problemSettings(problems);
    EXPECT_EQ(p->message.code, MessageCode::SettingNotUtf8);

    TrainConfig typed = tinyConfig(m_data.path());
    const auto given = applySettingTexts(typed, {{"data", "/data/\xff\xfe"}});
    p = problemFor(given, "data");
    ASSERT_NE(p, nullptr) << problemSettings(given);
    EXPECT_EQ(p->message.code, MessageCode::SettingNotUtf8);
    EXPECT_EQ(typed.dataPath, m_data.path());

    TempDir t;
    EXPECT_EQ(errorOf([&] { TrainingRun::create(c, t / "run"); }).kind(), ErrorKind::Usage);
    EXPECT_FALSE(fs::exists(t / "run"));
}

// Item 12: precision/recall on a 2-image set printed a torch stack trace.
TEST_F(TestReliability, precisionRecallOnTwoImagesIsAClearError) {
    TempDir t;
    writeImageFolder(t / "pair", 1, 2, 20, 3);
    auto run = TrainingRun::create(tinyConfig(t / "pair"), t / "run");
    EvalSettings settings;
    settings.metrics = {"pr"};
    settings.samples = 10;
    const Error e = errorOf([&] { run.evaluate(settings); });
    EXPECT_EQ(e.message().code, MessageCode::MetricNeedsImages);
    EXPECT_FALSE(contains(e.what(), "c10")) << e.what();
}

// Item 12: the *.tmp-* files a crash left were never removed. Now the first write after open does.
TEST_F(TestReliability, orphanTemporariesGoOnTheFirstWriteAfterOpen) {
    TempDir out;
    const std::string dir = trainedRun(out, 2);
    const std::vector<std::string> orphans = {dir + "/checkpoints/step-00000003.pt.tmp-4242-0",
                                              dir + "/samples/step-00000003.png.tmp-4242-1",
                                              dir + "/config.json.tmp-4242-2"};
    for (const auto& o : orphans)
        writeBytes(o, {'x'});
    auto run = TrainingRun::open(dir);
    for (const auto& o : orphans)
        EXPECT_TRUE(fs::exists(o)) << o; // opening writes nothing
    run.trainStep();
    for (const auto& o : orphans)
        EXPECT_FALSE(fs::exists(o)) << o;
    EXPECT_FALSE(hasTemporary(dir));
}
