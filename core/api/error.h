// Error: the one exception type the engine throws — what kind of failure, which file (if any),
// and what went wrong as a Message (a code and its arguments, so the window can translate it),
// with the settings' problems when a configuration was refused.
#pragma once

#include "message.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace ganlab {

enum class ErrorKind { Usage, Data, Io, Checkpoint, Training, Cancelled };

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, std::string path, Message message, std::vector<Problem> problems = {})
        : std::runtime_error(englishText(path, message, problems))
        , m_kind(kind)
        , m_path(std::move(path))
        , m_message(std::move(message))
        , m_problems(std::move(problems)) {}

    ErrorKind kind() const { return m_kind; }
    const std::string& path() const { return m_path; }
    const Message& message() const { return m_message; }
    const std::vector<Problem>& problems() const { return m_problems; }

private:
    static std::string englishText(const std::string& path, const Message& message,
                                   const std::vector<Problem>& problems) {
        std::string text = message.text();
        if (!problems.empty())
            text += (text.empty() ? "" : ": ") + problemsText(problems);
        return path.empty() ? text : path + ": " + text;
    }

    ErrorKind m_kind;
    std::string m_path;
    Message m_message;
    std::vector<Problem> m_problems;
};

} // namespace ganlab
