// The bad-input corpus through the real ganlab-cli: info and train import or refuse every case.
#include "bad_inputs/make_bad_inputs.h"
#include "support/process.h"
#include "support/test_data.h"
#include "support/test_util.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <set>

using namespace ganlab::testing;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

// A hang is a failure: every command is killed after this and reported with exit code -1.
constexpr auto kCaseTimeout = 60s;

// What a user must never see: a stack trace, a library's internal text, an unhandled exception.
constexpr const char* kInternalText[] = {"Exception raised from",
                                         "frame #",
                                         "terminate called",
                                         "[json.exception",
                                         "c10::",
                                         "what():",
                                         "unexpected error",
                                         "Assertion failed",
                                         "std::",
                                         "OpenCV(",
                                         "[ WARN",
                                         "imdecode_"};

// Every entry below `root`, links not followed: its type, size, time and a link's target.
std::map<std::string, std::string> listing(const fs::path& root) {
    std::map<std::string, std::string> entries;
    std::error_code ec;
    for (fs::recursive_directory_iterator
             it(root, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec)) {
        std::error_code entryError;
        const auto status = it->symlink_status(entryError);
        std::string what = std::to_string(static_cast<int>(status.type()));
        if (fs::is_symlink(status)) {
            what += " -> ";
            what += fs::read_symlink(it->path(), entryError).string();
        } else if (fs::is_regular_file(status)) {
            what += ' ';
            what += std::to_string(it->file_size(entryError));
            what += ' ';
            what += std::to_string(it->last_write_time(entryError).time_since_epoch().count());
        }
        entries[it->path().lexically_relative(root).string()] = what;
    }
    return entries;
}

// The first number the pattern's group catches in `text`, or -1.
long long numberIn(const std::string& text, const std::string& pattern) {
    std::smatch m;
    return std::regex_search(text, m, std::regex(pattern)) ? std::stoll(m[1]) : -1;
}

struct Row {
    std::string info = "-", train = "-";
    double infoSeconds = 0, trainSeconds = 0;
};

} // namespace

// The tests run in order: info, then train, then the corpus and the folders around it checked.
class TestBadInputs : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        setenv("GANLAB_CACHE_DIR", (m_tmp / "cache").c_str(), 1);
        fs::create_directories(m_tmp / "runs");
        fs::create_directories(m_tmp / "cwd");
        const auto started = std::chrono::steady_clock::now();
        m_cases = writeBadInputs(m_tmp / "corpus");
        std::printf(
            "%zu cases written in %.1f s\n", m_cases.size(),
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        m_before = listing(m_tmp / "corpus");
        // The children run in an empty folder of their own: a stray write there is seen.
        m_oldCwd = fs::current_path();
        fs::current_path(m_tmp / "cwd");
    }

    static void TearDownTestSuite() {
        fs::current_path(m_oldCwd);
        releaseBadInputs(m_tmp / "corpus");
    }

    struct Timed {
        ProcessResult result;
        double seconds;
    };

    static Timed runCli(const std::vector<std::string>& args) {
        const auto started = std::chrono::steady_clock::now();
        ProcessResult r = runProcess(GANLAB_CLI_PATH, args, kCaseTimeout);
        return {std::move(r),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()};
    }

    // The checks every command shares: a documented exit code (never a signal or a hang) and
    // no internal text; a refusal names the dataset or a file of its case.
    static void expectClean(const BadInput& c, const char* verb, const ProcessResult& r) {
        const std::string all = r.out + r.err;
        EXPECT_TRUE(r.code >= 0 && r.code <= 3)
            << c.name << ": " << verb << " exited " << r.code << " (a signal or a hang)\n"
            << all;
        for (const char* text : kInternalText)
            EXPECT_FALSE(contains(all, text))
                << c.name << ": " << verb << " printed \"" << text << "\":\n"
                << all;
        if (c.expected == Outcome::Refused) {
            EXPECT_EQ(r.code, 3) << c.name << ": " << verb << " should refuse the data\n" << all;
            const std::string caseDir = (m_tmp / "corpus/") + c.name;
            EXPECT_TRUE(contains(r.err, c.path) || contains(r.err, caseDir + "/"))
                << c.name << ": " << verb << "'s message names no path of the case\n"
                << r.err;
        } else {
            EXPECT_EQ(r.code, 0) << c.name << ": " << verb << " should import the data\n" << all;
        }
    }

    static std::string outcomeText(const ProcessResult& r) {
        return r.code == 0 ? "ok" : "exit " + std::to_string(r.code);
    }

    static inline TempDir m_tmp;
    static inline std::vector<BadInput> m_cases;
    static inline std::map<std::string, std::string> m_before;
    static inline fs::path m_oldCwd;
    static inline std::map<std::string, Row> m_rows;
};

TEST_F(TestBadInputs, corpusIsLargeAndVaried) {
    ASSERT_GE(m_cases.size(), 45u);
    std::set<std::string> names;
    int refused = 0;
    for (const auto& c : m_cases) {
        EXPECT_TRUE(names.insert(c.name).second) << "two cases named " << c.name;
        refused += c.expected == Outcome::Refused;
    }
    EXPECT_GE(refused, 15);
    EXPECT_GE(static_cast<int>(m_cases.size()) - refused, 15);
}

TEST_F(TestBadInputs, infoDescribesOrRefusesEveryCase) {
    for (const auto& c : m_cases) {
        const Timed t = runCli({"info", c.path, "--resolution", "16"});
        const ProcessResult& r = t.result;
        m_rows[c.name].info = outcomeText(r);
        m_rows[c.name].infoSeconds = t.seconds;
        expectClean(c, "info", r);
        if (c.expected != Outcome::Imports || r.code != 0)
            continue;
        const long long images = numberIn(r.out, R"(, (\d+) images \(as 16 px)");
        const long long skipped = numberIn(r.out, R"(skipped (\d+) unusable file)");
        EXPECT_GE(images, 1) << c.name << ": no image count\n" << r.out;
        EXPECT_GE(skipped, 0) << c.name << ": no skipped count\n" << r.out;
        if (c.images >= 0) {
            EXPECT_EQ(images, c.images) << c.name << "\n" << r.out;
        }
        if (c.skipped >= 0) {
            EXPECT_EQ(skipped, c.skipped) << c.name << "\n" << r.out;
        }
    }
}

TEST_F(TestBadInputs, trainRunsOrRefusesEveryCase) {
    for (const auto& c : m_cases) {
        const std::string run = m_tmp / ("runs/" + c.name);
        const Timed t =
            runCli({"train", "--data", c.path, "--resolution", "16", "--batch", "2", "--width",
                    "0.25", "--steps", "1", "--eval-every", "0", "--threads", "1", "--out", run});
        const ProcessResult& r = t.result;
        m_rows[c.name].train = outcomeText(r);
        m_rows[c.name].trainSeconds = t.seconds;
        expectClean(c, "train", r);
        if (c.expected == Outcome::Refused) {
            EXPECT_FALSE(fs::exists(run)) << c.name << ": a refused train left " << run;
        } else if (r.code == 0) {
            EXPECT_TRUE(fs::exists(run + "/config.json")) << c.name;
            EXPECT_TRUE(contains(r.out, "finished 1 steps")) << c.name << "\n" << r.out;
            if (c.images >= 0) {
                EXPECT_TRUE(contains(r.out, "dataset: " + std::to_string(c.images) + " images"))
                    << c.name << "\n"
                    << r.out;
            }
        }
    }
}

// Nothing in the corpus changed, nothing was written where the commands ran, and the run
// folders are those of the imported cases.
TEST_F(TestBadInputs, nothingWrittenOutsideTheRunFolders) {
    const auto after = listing(m_tmp / "corpus");
    for (const auto& [path, what] : after) {
        const auto before = m_before.find(path);
        EXPECT_TRUE(before != m_before.end()) << "written into the corpus: " << path;
        if (before != m_before.end()) {
            EXPECT_EQ(what, before->second) << "changed in the corpus: " << path;
        }
    }
    EXPECT_EQ(after.size(), m_before.size());
    EXPECT_TRUE(fs::is_empty(m_tmp / "cwd")) << "written into the working folder";
    std::set<std::string> runs, expected;
    for (const auto& e : fs::directory_iterator(m_tmp / "runs"))
        runs.insert(e.path().filename().string());
    for (const auto& c : m_cases)
        if (c.expected == Outcome::Imports)
            expected.insert(c.name);
    EXPECT_EQ(runs, expected);
    std::set<std::string> top;
    for (const auto& e : fs::directory_iterator(m_tmp.path()))
        top.insert(e.path().filename().string());
    EXPECT_EQ(top, (std::set<std::string>{"cache", "corpus", "cwd", "runs"}));

    // The table a person reads: each case's outcome through info and train, and the times.
    double total = 0;
    std::printf("%-28s %-8s %-10s %-10s %s\n", "case", "expected", "info", "train", "seconds");
    for (const auto& c : m_cases) {
        const Row& row = m_rows[c.name];
        total += row.infoSeconds + row.trainSeconds;
        std::printf("%-28s %-8s %-10s %-10s %.1f + %.1f\n", c.name.c_str(), outcomeName(c.expected),
                    row.info.c_str(), row.train.c_str(), row.infoSeconds, row.trainSeconds);
    }
    std::printf("%zu cases, %.0f s in ganlab-cli\n", m_cases.size(), total);
}
