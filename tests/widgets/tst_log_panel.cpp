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
        log.appendLine(1, "debug detail"); // below the default "info" filter
        log.appendLine(2, "step 10");
        log.appendLine(3, "skipped a file");
        QCOMPARE(log.lineCount(), 2);
        QVERIFY(log.text().contains("skipped a file"));
        for (int i = 0; i < LogPanel::kMaxLines + 100; ++i)
            log.appendLine(2, QString::number(i));
        QCOMPARE(log.lineCount(), LogPanel::kMaxLines);
    }
};

QTEST_MAIN(TestLogPanel)
#include "tst_log_panel.moc"
