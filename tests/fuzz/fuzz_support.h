// What the harnesses share: a scratch folder per process, writing an input to a file, quiet logs,
// and the rule that ganlab::Error (the engine's documented failure) is an answer, not a finding.
#pragma once

#include "api/error.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace ganlab::fuzz {

// A fresh folder under $TMPDIR (or /tmp), removed when the process exits normally.
const std::filesystem::path& scratchDir();
// Writes the bytes to path (replacing it); aborts when the file cannot be written.
void writeFile(const std::filesystem::path& path, const std::uint8_t* data, std::size_t size);
void writeFile(const std::filesystem::path& path, std::string_view text);
// Silences spdlog (the engine logs every skipped image) and points GANLAB_CACHE_DIR at scratch.
void quietEngine();
// Reports a violated property with the harness's own words and aborts (a finding).
[[noreturn]] void fail(const std::string& what);

} // namespace ganlab::fuzz

// Runs the statement; a ganlab::Error is the engine refusing the input (fine); anything else
// propagates and crashes the harness (a finding, with the exception's what() in the log).
#define GANLAB_FUZZ_EXPECT_ERROR(...)                                                              \
    do {                                                                                           \
        try {                                                                                      \
            __VA_ARGS__;                                                                           \
        } catch (const ::ganlab::Error&) {                                                         \
        }                                                                                          \
    } while (false)
