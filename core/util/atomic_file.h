// Crash-safe file writing: write a temporary beside the target, fsync, verify, rename, fsync dir.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace ganlab {

// Runs write(tempPath), then verify(tempPath) if given (throw to refuse), fsyncs and renames the
// temporary over finalPath. On any failure the temporary is removed, finalPath is untouched, and
// the error propagates as ganlab::Error naming finalPath.
void commitFileAtomically(const std::string& finalPath,
                          const std::function<void(const std::string& tempPath)>& write,
                          const std::function<void(const std::string& tempPath)>& verify = {});

// The same for content produced through a stream.
void writeFileAtomically(const std::string& finalPath,
                         const std::function<void(std::ostream&)>& write);

} // namespace ganlab
