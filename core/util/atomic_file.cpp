// commitFileAtomically: temporary file + fsync + rename, so readers see the old or the new file.
#include "util/atomic_file.h"

#include "api/error.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sstream>

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

std::string systemReason() {
    return std::strerror(errno);
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
    } catch (const Error& e) { // named by the file it was for, not the temporary
        fs::remove(temp, ec);
        if (e.path() == temp)
            throw Error(e.kind(), finalPath, e.message(), e.problems());
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
    std::ostringstream text; // in memory first: the file is then written with checked writes
    write(text);
    commitFileAtomically(finalPath,
                         [&](const std::string& temp) { writeBytesChecked(temp, text.view()); });
}

void writeBytesChecked(const std::string& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(ErrorKind::Io, path, message(MessageCode::CannotWriteBecause, systemReason()));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const std::string why = n < 0 ? systemReason() : "no progress";
            ::close(fd);
            throw Error(ErrorKind::Io, path, message(MessageCode::CannotWriteBecause, why));
        }
        done += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    const std::string why = synced ? std::string() : systemReason();
    if (::close(fd) != 0 || !synced)
        throw Error(ErrorKind::Io, path,
                    message(MessageCode::CannotWriteBecause, why.empty() ? systemReason() : why));
}

void appendTextChecked(const std::string& path, std::string_view text) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(ErrorKind::Io, path, message(MessageCode::CannotWriteBecause, systemReason()));
    struct stat before {};
    ::fstat(fd, &before);
    std::size_t done = 0;
    std::string why;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            why = n < 0 ? systemReason() : "no progress";
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    if (!why.empty() && ::ftruncate(fd, before.st_size) != 0)
        why += "; the file could not be cut back: " + systemReason();
    ::close(fd);
    if (!why.empty())
        throw Error(ErrorKind::Io, path, message(MessageCode::CannotWriteBecause, why));
}

} // namespace ganlab
