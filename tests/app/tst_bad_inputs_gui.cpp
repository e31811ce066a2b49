// The bad-input corpus dropped on the window (offscreen): each case shown or refused, by name.
#include "api/presets.h"
#include "bad_inputs/make_bad_inputs.h"
#include "dataset_drop_zone.h"
#include "dataset_panel.h"
#include "main_window.h"
#include "support/gui_isolation.h"
#include "support/test_data.h"

#include <QMimeData>
#include <QRegularExpression>
#include <QtTest/QtTest>

#include <cstdio>
#include <cstdlib>

using namespace ganlab;
using namespace ganlab::testing;

namespace {

// A hang is a failure: an import still running after this ends the test.
constexpr int kCaseTimeoutMs = 60000;

} // namespace

class TestBadInputsGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        isolateGuiTest(m_tmp);
        m_cases = writeBadInputs(m_tmp / "corpus");
        writeImageFolder(m_tmp / "valid", 2, 4, 12, 3);
        QVERIFY(m_cases.size() >= 45);
    }

    void cleanupTestCase() { releaseBadInputs(m_tmp / "corpus"); }

    void everyCaseIsShownOrRefusedAndTheWindowStaysUsable() {
        app::LaunchOptions options;
        options.config = presetConfig("cpu-quick");
        options.config.dataPath = m_tmp / "valid";
        options.config.resolution = 16;
        options.runDir = QString::fromStdString(m_tmp / "run");
        app::MainWindow window(options, 1);
        window.show();
        auto* panel = window.datasetPanel();
        auto* dropZone = window.findChild<widgets::DatasetDropZone*>();
        QVERIFY(dropZone);
        QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().contains(" 8 images"), 30000);

        QElapsedTimer all;
        all.start();
        QStringList failures;
        for (const auto& c : m_cases) {
            const QString path = QString::fromStdString(c.path);
            QElapsedTimer timer;
            timer.start();
            if (!drop(dropZone, path)) // nothing there to drop: opened as a recent dataset is
                window.openDataset(path);
            QVERIFY(panel->summaryText().startsWith("Importing"));
            while (panel->summaryText().startsWith("Importing") && timer.elapsed() < kCaseTimeoutMs)
                QTest::qWait(10);
            if (panel->summaryText().startsWith("Importing")) {
                // The import thread cannot be stopped, and the window would wait for it.
                std::fprintf(stderr, "FAIL: %s: the import hangs (%s)\n", c.name.c_str(),
                             c.path.c_str());
                std::_Exit(1);
            }
            if (const QString problem = check(c, panel); !problem.isEmpty())
                failures << QString::fromStdString(c.name) + ": " + problem;
            std::printf("%-28s %-8s %-8s %5lld ms\n", c.name.c_str(), outcomeName(c.expected),
                        panel->summaryText().startsWith("<b>Could not import") ? "refused"
                                                                               : "imported",
                        static_cast<long long>(timer.elapsed()));
        }
        std::printf("%zu cases imported in the window in %.1f s\n", m_cases.size(),
                    all.elapsed() / 1000.0);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));

        // Still usable: a valid dataset imports after the whole corpus.
        QVERIFY(drop(dropZone, QString::fromStdString(m_tmp / "valid")));
        QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().contains(" 8 images"), 30000);
        QVERIFY(panel->problemsText().isEmpty());
        QVERIFY(window.startAction()->isEnabled());
        window.close();
    }

private:
    // Drags `path` onto the drop zone and drops it, as a user would; false when the zone refuses
    // the drag (a path that does not exist).
    static bool drop(QWidget* zone, const QString& path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(zone, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(zone, &dropped);
        return true;
    }

    // What the panel shows against what the case expects; empty when they agree.
    static QString check(const BadInput& c, const widgets::DatasetPanel* panel) {
        const QString summary = panel->summaryText(), problems = panel->problemsText();
        const QString shown = summary + " | " + problems;
        const QString path = QString::fromStdString(c.path).toHtmlEscaped();
        if (c.expected == Outcome::Refused) {
            if (!summary.startsWith("<b>Could not import"))
                return "imported, should be refused: " + shown;
            if (!summary.contains(path))
                return "the error does not name the path: " + shown;
            if (problems.isEmpty())
                return "the error says nothing: " + shown;
            return {};
        }
        if (summary.startsWith("<b>Could not import"))
            return "refused, should import: " + shown;
        if (!summary.contains(path))
            return "the summary does not name the path: " + shown;
        const auto count = QRegularExpression(" (\\d+) images ").match(summary);
        if (!count.hasMatch())
            return "no image count: " + shown;
        if (c.images >= 0 && count.captured(1).toLongLong() != c.images)
            return QString("%1 images shown, %2 expected: ").arg(count.captured(1)).arg(c.images) +
                   shown;
        const auto skipped =
            QRegularExpression("(\\d+) file(?:\\(s\\)|s)? could not be used").match(problems);
        const long long shownSkipped = skipped.hasMatch() ? skipped.captured(1).toLongLong() : 0;
        if (c.skipped >= 0 && shownSkipped != c.skipped)
            return QString("%1 skipped shown, %2 expected: ").arg(shownSkipped).arg(c.skipped) +
                   shown;
        return {};
    }

    TempDir m_tmp;
    std::vector<BadInput> m_cases;
};

QTEST_MAIN(TestBadInputsGui)
#include "tst_bad_inputs_gui.moc"
