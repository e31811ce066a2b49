// End-to-end test of the study window (offscreen): a tiny growing study is planned, run live (its
// figure, samples and table updated after every round), stopped with every arm saved, resumed to
// its report, and reopened from the main window; a study that does not apply is refused in the
// window and leaves no folder; the dialog shows only the fields the chosen study uses.
#include "api/presets.h"
#include "main_window.h"
#include "study_dialog.h"
#include "study_window.h"
#include "support/gui_isolation.h"
#include "support/test_data.h"
#include "support/tiny_study.h"

#include <QAction>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest/QtTest>

#include <filesystem>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

class TestStudyWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        isolateGuiTest(m_tmp);
        writeShapesFolder(m_tmp / "shapes", 3, 16, 16);
        writeImageFolder(m_tmp / "plain", 1, 12, 16, 1);
    }

    // The growing study's two arms train live; Stop saves them, Start resumes to the report.
    void aStudyRunsLiveStopsResumesAndReports() {
        const QString dir = QString::fromStdString(m_tmp / "growing");
        {
            app::StudyWindow window(tinyStudySpec("growing", m_tmp / "shapes"), dir);
            window.show();
            QSignalSpy ended(&window, &app::StudyWindow::runEnded);
            QVERIFY(!window.startAction()->isEnabled()); // planning
            QTRY_VERIFY2_WITH_TIMEOUT(window.isReady(), qPrintable(window.lastError()), 120000);
            QVERIFY(window.running()); // a new study runs at once
            QVERIFY(!window.openReportAction()->isEnabled());
            // Live: a snapshot as the arms are made and after the first round; then stop.
            QTRY_VERIFY_WITH_TIMEOUT(window.updateCount() >= 3, 120000);
            QVERIFY(window.stopAction()->isEnabled());
            window.stopStudy();
            QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 120000);
            QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
            QCOMPARE(ended[0][0].toBool(), false); // stopped part-way, every arm saved
            QVERIFY(!window.isFinished());
            QVERIFY(window.startAction()->isEnabled());
            QVERIFY(!window.openReportAction()->isEnabled());
            QCOMPARE(window.tableRowCount(), 2);
            window.startStudy(); // continues where every arm stopped
            QVERIFY(window.running());
            QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 240000);
            QVERIFY2(ended[1][0].toBool(), qPrintable(window.lastError()));
            QVERIFY(window.isFinished());
            QVERIFY(!window.running());
            QVERIFY(window.figure().width() > 200 && window.figure().height() > 100);
            QVERIFY(!window.samples().isNull());
            QCOMPARE(window.tableRowCount(), 2); // one row per arm
            QCOMPARE(window.table()->columnCount() > 1, true);
            QVERIFY(!window.findingsText().isEmpty());
            QVERIFY(!window.trustText().isEmpty());
            QCOMPARE(window.progressPercent(), 100);
            QCOMPARE(window.phaseText(), QStringLiteral("Done"));
            QVERIFY(window.reportPath().endsWith(QStringLiteral("report.md")));
            QVERIFY(QFileInfo::exists(window.reportPath()));
            QVERIFY(window.openReportAction()->isEnabled());
            QVERIFY(!window.startAction()->isEnabled());
            QVERIFY(!window.stopAction()->isEnabled());
            window.close();
        }
        // Training → Open study folder…: the finished study, as it was left.
        app::LaunchOptions options;
        options.config = presetConfig("cpu-quick");
        options.config.dataPath = m_tmp / "shapes";
        options.config.resolution = 16;
        options.runDir = QString::fromStdString(m_tmp / "main-run");
        app::MainWindow main(options, 1);
        QStringList actions;
        for (const auto* action : main.findChildren<QAction*>())
            actions << action->text();
        QVERIFY(actions.contains(QStringLiteral("St&udies…")));
        QVERIFY(actions.contains(QStringLiteral("Open stud&y folder…")));
        main.openStudy(dir);
        QCOMPARE(main.studyWindows().size(), 1);
        auto* reopened = main.studyWindows().front();
        QTRY_VERIFY_WITH_TIMEOUT(reopened->isReady(), 60000);
        QVERIFY(reopened->isFinished());
        QVERIFY(!reopened->running()); // opened stopped
        QCOMPARE(reopened->tableRowCount(), 2);
        QVERIFY(!reopened->figure().isNull());
        QVERIFY(reopened->openReportAction()->isEnabled());
        reopened->close(); // deleted on close
        QTRY_VERIFY(main.studyWindows().isEmpty());
        main.close();
    }

    // AC-GAN needs labels: core refuses, the window says so, and no folder is left.
    void aStudyThatDoesNotApplyIsRefusedInTheWindow() {
        const std::string dir = m_tmp / "acgan";
        app::StudyWindow window(tinyStudySpec("acgan", m_tmp / "plain"),
                                QString::fromStdString(dir));
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.lastError().isEmpty(), 60000);
        QVERIFY2(window.lastError().contains(QStringLiteral("labels")),
                 qPrintable(window.lastError()));
        QVERIFY(!window.isReady());
        QVERIFY(!window.running());
        QVERIFY(!window.startAction()->isEnabled());
        QVERIFY(!window.stopAction()->isEnabled());
        QVERIFY(!window.openReportAction()->isEnabled());
        QVERIFY(!fs::exists(dir));
    }

    // Arms flagged for mode collapse: a red line naming them, their rows in orange.
    void collapsedArmsAreHighlighted() {
        app::StudyWindow window(QString::fromStdString(m_tmp / "no-study"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.lastError().isEmpty(), 30000); // not a study folder
        app::StudySnapshot s;
        s.study = QStringLiteral("growing");
        s.phase = QStringLiteral("training");
        s.columns = {QStringLiteral("arm"), QStringLiteral("final FD")};
        s.rows = {{QStringLiteral("growing"), QStringLiteral("12")},
                  {QStringLiteral("fixed"), QStringLiteral("30")}};
        window.showSnapshot(s);
        QVERIFY(window.collapseText().isEmpty());
        QCOMPARE(window.tableRowCount(), 2);
        s.collapsed = {QStringLiteral("fixed")};
        window.showSnapshot(s);
        QVERIFY2(window.collapseText().contains(QStringLiteral("fixed")),
                 qPrintable(window.collapseText()));
        const QColor plain = window.table()->item(0, 1)->background().color();
        const QColor flagged = window.table()->item(1, 1)->background().color();
        QVERIFY(flagged != plain);
        QVERIFY(flagged.red() > 200 && flagged.blue() < 120); // orange
        QVERIFY(!window.isFinished());
        QVERIFY(!window.openReportAction()->isEnabled());
    }

    // The dialog: prefilled from the main window, each study's own fields, a spec from them.
    void theDialogShowsEachStudysFields() {
        TrainConfig current = presetConfig("cpu-quick");
        current.dataPath = m_tmp / "shapes";
        current.classes = {"class0", "class1"};
        current.seed = 7;
        app::StudyDialog dialog(current, QStringLiteral("/runs/current"),
                                QStringLiteral("/runs/new"));
        dialog.setStudy(QStringLiteral("growing"));
        QVERIFY(dialog.showsField(QStringLiteral("data")));
        QVERIFY(!dialog.showsField(QStringLiteral("run")));
        QVERIFY(!dialog.showsField(QStringLiteral("transfer")));
        StudySpec spec = dialog.spec();
        QCOMPARE(spec.study, std::string("growing"));
        QCOMPARE(spec.dataPath, m_tmp / "shapes");
        QCOMPARE(spec.classes, (std::vector<std::string>{"class0", "class1"}));
        QCOMPARE(spec.budgetMinutes, 10.0);
        QCOMPARE(spec.seed, std::uint64_t(7));
        QVERIFY(spec.run.empty());
        QCOMPARE(dialog.outputDir(), QStringLiteral("/runs/new-study-growing"));

        dialog.setStudy(QStringLiteral("truncation")); // analyses a run: no dataset of its own
        QVERIFY(!dialog.showsField(QStringLiteral("data")));
        QVERIFY(dialog.showsField(QStringLiteral("run")));
        spec = dialog.spec();
        QCOMPARE(spec.run, std::string("/runs/current"));
        QVERIFY(spec.classes.empty());
        QCOMPARE(dialog.outputDir(), QStringLiteral("/runs/new-study-truncation"));

        dialog.setStudy(QStringLiteral("acgan")); // its run is optional
        QVERIFY(dialog.showsField(QStringLiteral("data")));
        QVERIFY(dialog.showsField(QStringLiteral("run")));

        dialog.setStudy(QStringLiteral("transfer"));
        QVERIFY(dialog.showsField(QStringLiteral("transfer")));
        QVERIFY(!dialog.showsField(QStringLiteral("run")));
        dialog.addSource(QStringLiteral("/runs/source"));
        spec = dialog.spec();
        QCOMPARE(spec.sources, (std::vector<std::string>{"/runs/source"}));
        QCOMPARE(spec.setting, std::string("dcgan"));
        QVERIFY(spec.run.empty());
    }

private:
    TempDir m_tmp;
};

QTEST_MAIN(TestStudyWindow)
#include "tst_study_window.moc"
