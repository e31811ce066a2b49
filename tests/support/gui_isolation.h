// A GUI test kept to itself: settings in Qt's test location (cleared), caches under its temporary
// folder, no modal dialogs (each would wait for a click that never comes).
#pragma once

#include "support/test_data.h"

#include <QSettings>
#include <QStandardPaths>

namespace ganlab::testing {

inline void isolateGuiTest(const TempDir& tmp) {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qputenv("GANLAB_CACHE_DIR", QByteArray::fromStdString(tmp / "cache"));
    qputenv("GANLAB_NO_DIALOGS", "1");
}

} // namespace ganlab::testing
