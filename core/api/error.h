// Error: the one exception type the engine throws — says which file (if any) and what went wrong.
#pragma once

#include <stdexcept>
#include <string>

namespace ganlab {

enum class ErrorKind { Usage, Data, Io, Checkpoint, Training, Cancelled };

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, std::string path, const std::string& message)
        : std::runtime_error(path.empty() ? message : path + ": " + message)
        , m_kind(kind)
        , m_path(std::move(path)) {}

    ErrorKind kind() const { return m_kind; }
    const std::string& path() const { return m_path; }

private:
    ErrorKind m_kind;
    std::string m_path;
};

} // namespace ganlab
