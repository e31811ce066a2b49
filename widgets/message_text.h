// The engine's Messages and Problems in the window's language: the code's template translated
// (context "Message"), then filled with the same arguments the CLI's English uses.
#pragma once

#include "api/error.h"
#include "api/message.h"

#include <QString>
#include <QStringList>

namespace ganlab::widgets {

QString messageText(const Message& message);
// "Learning rate G: must be above 0 and below 1, not 5" — the setting's translated form label.
QString problemText(const Problem& problem);
// An engine error: its path, translated message and problems, one per line.
QString errorText(const Error& error);
// What any exception says: an Error translated, anything else as it is.
QString exceptionText(const std::exception& e);

} // namespace ganlab::widgets
