// Crash-safe file writing: write a temporary beside the target, fsync, verify, rename, fsync dir;
// every write checked, so a full disk or a read-only folder is an Error naming the file and why.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

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

// Writes `bytes` to `path` (created or replaced), checking every write and fsyncing; throws
// ganlab::Error (ErrorKind::Io) naming the path, with the system's reason (e.g. no space left).
void writeBytesChecked(const std::string& path, std::string_view bytes);

// Appends one piece of text whole: on a failed or short write the file is cut back to its size
// before, and ganlab::Error (ErrorKind::Io) names the path and the system's reason.
void appendTextChecked(const std::string& path, std::string_view text);

} // namespace ganlab
