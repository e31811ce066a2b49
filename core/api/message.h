// Message: what the engine tells a person, as a code and its arguments. ganlab-cli prints the
// English text; the window translates the code's template (zh_CN, zh_TW) and fills in the same
// arguments. Problem: a Message about one setting of a run (its config key).
#pragma once

#include "translatable.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ganlab {

enum class MessageCode : std::uint16_t {
#define GANLAB_MESSAGE(code, text) code,
#include "message_catalog.h"
#undef GANLAB_MESSAGE
};

inline constexpr std::size_t kMessageCodeCount = 0
#define GANLAB_MESSAGE(code, text) +1
#include "message_catalog.h"
#undef GANLAB_MESSAGE
    ;

struct Message {
    MessageCode code = MessageCode::Text;
    std::vector<std::string> args;

    // The English text: the code's template with %1, %2, … replaced by the arguments.
    std::string text() const;
    bool operator==(const Message&) const = default;
};

// A setting's value refused, or two settings that do not go together: `setting` is the config key
// the problem is about ("" when it concerns the run as a whole).
struct Problem {
    std::string setting;
    Message message;
    bool operator==(const Problem&) const = default;
};

// The English template of a code, with %1 … %9 for its arguments (also the translation source).
const char* messageTemplate(MessageCode code);
// Fills %1 … %9 of a template (used for the English text; the window does the same after
// translating the template).
std::string fillTemplate(std::string_view tmpl, const std::vector<std::string>& args);

// A number as messages show it: integers exactly, reals with up to 6 significant digits.
std::string messageArg(double value);
inline std::string messageArg(std::string value) {
    return value;
}
inline std::string messageArg(const char* value) {
    return value;
}
inline std::string messageArg(std::string_view value) {
    return std::string(value);
}
template <typename T, typename = std::enable_if_t<std::is_integral_v<T>>>
std::string messageArg(T value) {
    return std::to_string(value);
}

template <typename... Args> Message message(MessageCode code, Args&&... args) {
    return Message{code, {messageArg(std::forward<Args>(args))...}};
}
// Text that is already what it should be (third-party error text, ganlab-cli's own English).
inline Message plainText(std::string text) {
    return Message{MessageCode::Text, {std::move(text)}};
}

// "key: text; key: text" — problems in English, for logs and exceptions.
std::string problemsText(const std::vector<Problem>& problems);

} // namespace ganlab
