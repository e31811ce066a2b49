// Widget test (offscreen): LogPanel filters log lines by level and stays bounded.
#include "log_panel.h"

#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;

class TestLogPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void logPanelFiltersAndStaysBounded() {
        LogPanel log;
        log.appendLine(LogLevel::Debug, "debug detail"); // below the default "info" filter
        log.appendLine(LogLevel::Info, "step 10");
        log.appendLine(LogLevel::Warning, "skipped a file");
        QCOMPARE(log.lineCount(), 2);
        QVERIFY(log.text().contains("skipped a file"));
        for (int i = 0; i < LogPanel::kMaxLines + 100; ++i)
            log.appendLine(LogLevel::Info, QString::number(i));
        QCOMPARE(log.lineCount(), LogPanel::kMaxLines);
    }
};

QTEST_MAIN(TestLogPanel)
#include "tst_log_panel.moc"
