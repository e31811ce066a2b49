// fuzz_metrics_jsonl: readMetricsHistory on a run folder whose metrics.jsonl is the input; then,
// in a second round, with the input as evaluations.csv (the metric names of older runs' flat
// evaluation rows) beside legacy evaluation rows followed by the input.
#include "api/metrics_history.h"
#include "api/settings.h"
#include "fuzz_support.h"

namespace fs = std::filesystem;

namespace {

const fs::path& runDir() {
    static const fs::path dir = [] {
        const fs::path d = ganlab::fuzz::scratchDir() / "run";
        fs::create_directories(d);
        ganlab::fuzz::writeFile(d / "config.json", ganlab::toJson(ganlab::TrainConfig{}));
        return d;
    }();
    return dir;
}

void readAndCheck() {
    GANLAB_FUZZ_EXPECT_ERROR({
        const auto history = ganlab::readMetricsHistory(runDir().string());
        if (history.unreadableLines < 0)
            ganlab::fuzz::fail("negative unreadable line count");
        for (const auto& s : history.series)
            if (s.steps.size() != s.values.size() || s.steps.empty())
                ganlab::fuzz::fail("series " + s.name + " has " + std::to_string(s.steps.size()) +
                                   " steps for " + std::to_string(s.values.size()) + " values");
    });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ganlab::fuzz::quietEngine();
    runDir();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using ganlab::fuzz::writeFile;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::error_code ec;
    fs::remove(runDir() / "evaluations.csv", ec);
    writeFile(runDir() / "metrics.jsonl", input);
    readAndCheck();

    constexpr std::string_view kLegacyRows =
        "{\"step\":10,\"loss_d\":1.5,\"loss_g\":0.5,\"gp\":0.1,\"sigma0_g_first\":2}\n"
        "{\"step\":10,\"kind\":\"eval\",\"FD[random]\":12.5,\"acc\":0.5,\"acc/0\":0.25}\n"
        "{\"step\":20,\"kind\":\"eval\",\"fd\":3,\"kid\":0.01,\"ms_ssim\":0.2}\n";
    writeFile(runDir() / "evaluations.csv", input);
    writeFile(runDir() / "metrics.jsonl", std::string(kLegacyRows) + std::string(input));
    readAndCheck();
    return 0;
}
