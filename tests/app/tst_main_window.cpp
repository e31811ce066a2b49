// End-to-end test of the real main window (offscreen): train on tiny data, see samples and
// progress arrive from the worker thread, pause, close — and find a checkpoint on disk.
#include "main_window.h"
#include "sample_grid_view.h"
#include "support/test_data.h"

#include <QAction>
#include <QtTest/QtTest>

#include <filesystem>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("GANLAB_CACHE_DIR", QByteArray::fromStdString(m_tmp / "cache"));
        qputenv("GANLAB_NO_DIALOGS", "1");
        writeImageFolder(m_tmp / "data", 2, 8, 20, 3);
    }

    void trainPauseCloseWritesCheckpoint() {
        app::LaunchOptions options;
        options.config = presetConfig("cpu-quick");
        options.config.dataPath = m_tmp / "data";
        options.config.resolution = 16;
        options.config.width = 0.125;
        options.config.batchSize = 8;
        options.config.latentDim = 8;
        options.config.steps = 100000;
        options.config.sampleEvery = 3;
        options.config.checkpointEvery = 0;
        options.runDir = QString::fromStdString(m_tmp / "run");
        const std::string ckptDir = m_tmp / "run/checkpoints";
        {
            app::MainWindow window(options, 1);
            window.show();
            QVERIFY(window.sampleView()->image().isNull());
            window.startAction()->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(window.lastStep() >= 6, 120000);
            const QImage grid = window.sampleView()->image();
            QVERIFY(!grid.isNull());
            QCOMPARE(grid.width(), 8 * 16 + 9 * 2);
            QVERIFY(window.pauseAction()->isEnabled());
            window.pauseAction()->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(window.pauseAction()->text(), QStringLiteral("Resume"),
                                      10000);
            const qint64 pausedAt = window.lastStep();
            QTest::qWait(300);
            QVERIFY(window.lastStep() <= pausedAt + 1); // at most the step in flight when paused
            QVERIFY(fs::is_empty(ckptDir));
            QElapsedTimer closing;
            closing.start();
            window.close();
            QVERIFY(closing.elapsed() < 10000); // closes within seconds
        }
        QVERIFY(!fs::is_empty(ckptDir)); // closing saved the run

        app::LaunchOptions reopen;
        reopen.openRun = QString::fromStdString(m_tmp / "run");
        app::MainWindow again(reopen, 1);
        QTRY_VERIFY_WITH_TIMEOUT(again.lastStep() >= 6, 60000); // continued from the checkpoint
        QTRY_VERIFY_WITH_TIMEOUT(!again.sampleView()->image().isNull(), 60000);
        again.close();
    }

private:
    TempDir m_tmp;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
