// fuzz_config_json: config.json text → trainConfigFromJson → validateConfig → toJson, and the
// round trip: what toJson wrote must read back (even for a config that validation refuses) and
// give the same JSON again, with the same validation problems.
#include "api/settings.h"
#include "fuzz_support.h"

#include <string>

namespace {

std::string problemKeys(const std::vector<ganlab::Problem>& problems) {
    std::string keys;
    for (const auto& p : problems)
        keys += p.setting + ";";
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ganlab::fuzz::quietEngine();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ganlab;
    const std::string input(reinterpret_cast<const char*>(data), size);
    TrainConfig config;
    try {
        config = trainConfigFromJson(input, "fuzz.json");
    } catch (const Error&) {
        return 0; // refused, naming the file (and the keys)
    }
    const auto problems = validateConfig(config);
    const std::string once = toJson(config);
    TrainConfig back;
    try {
        back = trainConfigFromJson(once, "round-trip.json");
    } catch (const Error& e) {
        fuzz::fail(std::string("toJson wrote a config.json that does not read back: ") + e.what() +
                   "\n" + once);
    }
    const std::string twice = toJson(back);
    if (twice != once)
        fuzz::fail("toJson → trainConfigFromJson → toJson changed the JSON:\n" + once + "\n---\n" +
                   twice);
    const auto problemsBack = validateConfig(back);
    if (problemKeys(problemsBack) != problemKeys(problems))
        fuzz::fail("validation differs after the round trip: " + problemKeys(problems) + " vs " +
                   problemKeys(problemsBack));
    return 0;
}
