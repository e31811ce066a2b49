// Translations: loads ganlab's compiled .qm (embedded under :/i18n) and Qt's own for a language.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace ganlab::app {

// (locale name, native name) pairs the settings offer; "" means "follow the system".
QList<QPair<QString, QString>> availableLanguages();
// Installs the translators for `language` ("" = the system locale); returns the locale used.
QString installTranslations(const QString& language);

} // namespace ganlab::app
