// Scratch folders, files and logging for the fuzz harnesses.
#include "fuzz_support.h"

#include <spdlog/spdlog.h>

#include <cxxabi.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <typeinfo>

namespace fs = std::filesystem;

namespace ganlab::fuzz {
namespace {

// An exception other than ganlab::Error escaping a harness: print what it was before aborting,
// so the finding's log says more than "terminate called".
[[noreturn]] void reportTerminate() {
    if (const auto e = std::current_exception()) {
        try {
            std::rethrow_exception(e);
        } catch (const std::exception& x) {
            int status = 0;
            char* name = abi::__cxa_demangle(typeid(x).name(), nullptr, nullptr, &status);
            std::fprintf(stderr, "==fuzz== uncaught %s: %s\n",
                         status == 0 ? name : typeid(x).name(), x.what());
            std::free(name);
        } catch (...) {
            std::fprintf(stderr, "==fuzz== uncaught exception of an unknown type\n");
        }
    }
    std::abort();
}

struct Scratch {
    fs::path path;
    Scratch() {
        const char* base = std::getenv("TMPDIR");
        std::string pattern = std::string(base && *base ? base : "/tmp") + "/ganlab-fuzz-XXXXXX";
        if (!mkdtemp(pattern.data())) {
            std::perror("mkdtemp");
            std::abort();
        }
        path = pattern;
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

} // namespace

const fs::path& scratchDir() {
    static const Scratch scratch;
    return scratch.path;
}

void writeFile(const fs::path& path, const std::uint8_t* data, std::size_t size) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out) {
        std::fprintf(stderr, "==fuzz== cannot write %s\n", path.c_str());
        std::abort();
    }
}

void writeFile(const fs::path& path, std::string_view text) {
    writeFile(path, reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
}

void quietEngine() {
    std::set_terminate(reportTerminate);
    spdlog::set_level(spdlog::level::off);
    const fs::path cache = scratchDir() / "cache";
    fs::create_directories(cache);
    setenv("GANLAB_CACHE_DIR", cache.c_str(), 1);
}

void fail(const std::string& what) {
    std::fprintf(stderr, "==fuzz== property violated: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

} // namespace ganlab::fuzz
