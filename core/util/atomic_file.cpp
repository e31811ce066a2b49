// commitFileAtomically: temporary file + fsync + rename, so readers see the old or the new file.
#include "util/atomic_file.h"

#include "api/error.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace ganlab {
namespace {

void fsyncPath(const std::string& path, bool directory) {
    const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        throw Error(ErrorKind::Io, path, message(MessageCode::FsyncOpenFailed));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0 && !directory)
        throw Error(ErrorKind::Io, path, message(MessageCode::FsyncFailed));
}

std::string temporaryName(const std::string& finalPath) {
    static std::atomic<unsigned> counter{0};
    return finalPath + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

} // namespace

void commitFileAtomically(const std::string& finalPath,
                          const std::function<void(const std::string&)>& write,
                          const std::function<void(const std::string&)>& verify) {
    const fs::path target(finalPath);
    std::error_code ec;
    if (target.has_parent_path())
        fs::create_directories(target.parent_path(), ec);
    const std::string temp = temporaryName(finalPath);
    try {
        write(temp);
        fsyncPath(temp, false);
        if (verify)
            verify(temp);
        fs::rename(temp, target);
    } catch (const Error&) {
        fs::remove(temp, ec);
        throw;
    } catch (const std::exception& e) {
        fs::remove(temp, ec);
        throw Error(ErrorKind::Io, finalPath, message(MessageCode::NotWritten, e.what()));
    }
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    fsyncPath(dir.string(), true);
}

void writeFileAtomically(const std::string& finalPath,
                         const std::function<void(std::ostream&)>& write) {
    commitFileAtomically(finalPath, [&](const std::string& temp) {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error(ErrorKind::Io, temp, message(MessageCode::CannotCreate));
        write(out);
        out.flush();
        if (!out)
            throw Error(ErrorKind::Io, temp, message(MessageCode::WriteFailed));
    });
}

} // namespace ganlab
