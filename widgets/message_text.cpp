// Translated engine messages.
#include "message_text.h"

#include "api/settings.h"

#include <QCoreApplication>

namespace ganlab::widgets {

QString messageText(const Message& m) {
    QString text = QCoreApplication::translate("Message", messageTemplate(m.code));
    std::vector<std::string> args = m.args;
    return QString::fromStdString(fillTemplate(text.toStdString(), args));
}

QString problemText(const Problem& p) {
    QString label;
    for (const auto& s : settings())
        if (s.key == p.setting)
            label = QCoreApplication::translate("Setting", s.label);
    if (label.isEmpty() && !p.setting.empty()) // not a setting: a file (a checkpoint's problem)
        label = QString::fromStdString(p.setting);
    return label.isEmpty() ? messageText(p.message)
                           : QStringLiteral("%1: %2").arg(label, messageText(p.message));
}

QString errorText(const Error& e) {
    QString text = messageText(e.message());
    if (!e.path().empty())
        text = QString::fromStdString(e.path()) + QStringLiteral(": ") + text;
    for (const auto& p : e.problems())
        text += QStringLiteral("\n") + problemText(p);
    return text;
}

QString exceptionText(const std::exception& e) {
    if (const auto* error = dynamic_cast<const Error*>(&e))
        return errorText(*error);
    const std::string what = e.what(); // a library's own text: its first line, no backtrace
    return QString::fromUtf8(what.substr(0, what.find('\n')));
}

} // namespace ganlab::widgets
