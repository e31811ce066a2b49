// End-to-end tests of the real ganlab-cli binary: help, exit codes, train → sample → info.
#include "api/image.h"
#include "support/test_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest/QtTest>

#include <csignal>
#include <filesystem>

#include <signal.h>

using namespace ganlab;
using namespace ganlab::testing;
namespace fs = std::filesystem;

namespace {

struct Result {
    int code = -1;
    QString out, err;
};

Result runCli(const QStringList& args, int timeoutMs = 300000) {
    QProcess p;
    p.start(QStringLiteral(GANLAB_CLI_PATH), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qputenv("GANLAB_CACHE_DIR", QByteArray::fromStdString(m_tmp / "cache"));
        writeImageFolder(m_tmp / "data", 2, 10, 24, 3);
    }

    void helpForEveryVerb() {
        for (const char* verb : {"train", "resume", "sample", "info", "eval", "train-classifier",
                                 "pretrain", "rank-sources", "compare"}) {
            const Result r = runCli({verb, "--help"});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains("Usage: ganlab-cli"), verb);
        }
        const Result train = runCli({"train", "--help"});
        QVERIFY(train.out.contains("dcgan") && train.out.contains("resnet") &&
                train.out.contains("wgan-gp"));
        QVERIFY(train.out.contains("cpu-quick"));
        QCOMPARE(runCli({"--help"}).code, 0);
    }

    void usageErrorsExitTwo() {
        QCOMPARE(runCli({}).code, 2);
        QCOMPARE(runCli({"frobnicate"}).code, 2);
        const Result noData = runCli({"train"});
        QCOMPARE(noData.code, 2);
        QVERIFY(noData.err.contains("--data"));
        const Result unknown = runCli({"train", "--data", "x", "--colour", "blue"});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("--colour"));
        const Result badNumber = runCli({"train", "--data", "x", "--steps", "many"});
        QCOMPARE(badNumber.code, 2);
        QVERIFY(badNumber.err.contains("--steps"));
        const Result badModel =
            runCli({"train", "--data", QString::fromStdString(m_tmp / "data"), "--model",
                    "stylegan9", "--out", QString::fromStdString(m_tmp / "never")});
        QCOMPARE(badModel.code, 2);
        QVERIFY(badModel.err.contains("stylegan9"));
    }

    void badDataExitsThreeNamingThePath() {
        writeBytes(m_tmp / "junk/a.png", {1, 2, 3});
        const QString junk = QString::fromStdString(m_tmp / "junk");
        const Result r =
            runCli({"train", "--data", junk, "--out", QString::fromStdString(m_tmp / "junkrun")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(junk), qPrintable(r.err));
        QVERIFY(!fs::exists(m_tmp / "junkrun"));
    }

    void trainSampleInfoEndToEnd() {
        const QString run = QString::fromStdString(m_tmp / "run");
        const Result t = runCli({"train",
                                 "--data",
                                 QString::fromStdString(m_tmp / "data"),
                                 "--resolution",
                                 "16",
                                 "--steps",
                                 "6",
                                 "--seed",
                                 "3",
                                 "--width",
                                 "0.125",
                                 "--batch",
                                 "8",
                                 "--conditional",
                                 "--checkpoint-every",
                                 "3",
                                 "--out",
                                 run,
                                 "--threads",
                                 "2"});
        QVERIFY2(t.code == 0, qPrintable(t.out + t.err));
        QVERIFY(t.out.contains("finished 6 steps"));
        QVERIFY(fs::exists(m_tmp / "run/checkpoints/step-00000006.pt"));

        const QString png = QString::fromStdString(m_tmp / "grid.png");
        const Result s = runCli({"sample", run, "--out", png, "--per-class", "--cols", "5",
                                 "--truncation", "0.7", "--padding", "3"});
        QVERIFY2(s.code == 0, qPrintable(s.err));
        const Image grid = readImage(png.toStdString());
        QCOMPARE(grid.width, 5 * 16 + 6 * 3);
        QCOMPARE(grid.height, 2 * 16 + 3 * 3);

        const Result info = runCli({"info", run});
        QCOMPARE(info.code, 0);
        QVERIFY(info.out.contains("progress 6 / 6"));
        const Result data = runCli({"info", QString::fromStdString(m_tmp / "data")});
        QCOMPARE(data.code, 0);
        QVERIFY(data.out.contains("20 images"));
        QVERIFY(data.out.contains("class0"));

        const Result again = runCli({"resume", run});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains("already finished"));
        const Result classOnUncond = runCli({"sample", run, "--out", png, "--class", "9"});
        QCOMPARE(classOnUncond.code, 2);
    }

    void evalAndTrainClassifier() {
        const QString run = QString::fromStdString(m_tmp / "run"); // from the test above
        QVERIFY(fs::exists(m_tmp / "run/config.json"));
        const QString json = QString::fromStdString(m_tmp / "eval.json");
        const QString csv = QString::fromStdString(m_tmp / "eval.csv");
        const Result e = runCli({"eval", run, "--metrics", "fd,kid,pr,ms-ssim,iw,accuracy",
                                 "--features", "classifier", "--n", "20", "--iw-steps", "10",
                                 "--json", json, "--csv", csv, "--threads", "2"});
        QVERIFY2(e.code == 0, qPrintable(e.out + e.err));
        for (const char* name :
             {"FD[classifier:data]", "KID[classifier:data]", "Precision[classifier:data]",
              "MS-SSIM (samples)", "MS-SSIM (real)", "IW", "Accuracy[classifier:data]"})
            QVERIFY2(e.out.contains(name), name);
        QVERIFY(fs::exists(m_tmp / "run/classifier.pt")); // trained on first use, kept
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const auto doc = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(doc["step"].toInt(), 6);
        QCOMPARE(doc["features"].toString(), QStringLiteral("classifier"));
        const auto results = doc["results"].toArray();
        QVERIFY(results.size() >= 9);
        QCOMPARE(results[0].toObject()["name"].toString(), QStringLiteral("FD[classifier:data]"));
        QVERIFY(results[0].toObject()["value"].toDouble() > 0);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readLine().startsWith("step,name,metric,network,value,stddev"));
        // The run's own files got the results too.
        QFile evaluations(QString::fromStdString(m_tmp / "run/evaluations.csv"));
        QVERIFY(evaluations.open(QIODevice::ReadOnly));
        QVERIFY(evaluations.readAll().contains("Accuracy[classifier:data]"));

        const QString clf = QString::fromStdString(m_tmp / "clf.pt");
        const Result c =
            runCli({"train-classifier", "--data", QString::fromStdString(m_tmp / "data"), "--out",
                    clf, "--resolution", "16", "--steps", "20", "--batch", "8"});
        QVERIFY2(c.code == 0, qPrintable(c.out + c.err));
        QVERIFY(c.out.contains("held-out accuracy"));
        const Result withFile = runCli(
            {"eval", run, "--metrics", "fd", "--features", "classifier:" + clf, "--n", "20"});
        QVERIFY2(withFile.code == 0, qPrintable(withFile.err));
        QVERIFY(withFile.out.contains("FD[classifier:data]"));

        QCOMPARE(runCli({"eval", run, "--metrics", "fd,nope"}).code, 2);
        const Result missing =
            runCli({"eval", run, "--features",
                    QStringLiteral("inception:") + m_tmp.path().c_str() + "/none.pt"});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("none.pt"));
        writeImageFolder(m_tmp / "flat", 1, 6, 16, 1);
        QCOMPARE(runCli({"train-classifier", "--data", QString::fromStdString(m_tmp / "flat"),
                         "--out", clf + "2"})
                     .code,
                 3);
    }

    void resumeExtendsAFinishedRun() {
        const QString run = QString::fromStdString(m_tmp / "run2");
        QCOMPARE(runCli({"train", "--data", QString::fromStdString(m_tmp / "data"), "--resolution",
                         "16", "--steps", "4", "--width", "0.125", "--batch", "8", "--out", run})
                     .code,
                 0);
        QCOMPARE(runCli({"resume", run, "--steps", "2"}).code, 2); // cannot end before step 4
        const Result r = runCli({"resume", run, "--steps", "6"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("resuming") && r.out.contains("at step 4"));
        QVERIFY(fs::exists(m_tmp / "run2/checkpoints/step-00000006.pt"));
        QVERIFY(
            runCli({"info", run}).out.contains("progress 6 / 6")); // the new target was recorded
    }

    void transferLabVerbs() {
        const QString data = QString::fromStdString(m_tmp / "data");
        const QString source = QString::fromStdString(m_tmp / "src0");
        const QStringList tiny = {"--resolution", "16", "--width",        "0.125", "--batch", "8",
                                  "--eval-every", "0",  "--sample-every", "0"};
        // pretrain: a narrow source of one class.
        Result r = runCli(QStringList{"pretrain", "--data", data, "--classes", "class0", "--steps",
                                      "4", "--out", source} +
                          tiny);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("dataset: 10 images") && r.out.contains("1 classes"));
        QCOMPARE(runCli({"pretrain", "--preset", "cpu-quick", "--data", data}).code, 2);
        const Result unknownClass = runCli(
            QStringList{"pretrain", "--data", data, "--classes", "zebra", "--out", source + "x"} +
            tiny);
        QCOMPARE(unknownClass.code, 3);
        QVERIFY(unknownClass.err.contains("\"zebra\"") && unknownClass.err.contains("class1"));

        // train from it: G only, conditional by Cond BN; the run records what was done.
        const QString target = QString::fromStdString(m_tmp / "transferred");
        r = runCli(QStringList{"train", "--data", data, "--steps", "2", "--out", target,
                               "--transfer-from", source, "--load", "g", "--conditional",
                               "--conditioning", "bn"} +
                   tiny);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(fs::exists(m_tmp / "transferred/transfer.json"));
        QVERIFY((r.out + r.err).contains("Cond BN"));
        QVERIFY(runCli({"info", target}).out.contains("transferred G from " + source));
        QVERIFY(runCli({"info", source}).out.contains("subset: classes class0, all images"));
        // A source of another width is refused, naming it and why; nothing is left behind.
        r = runCli(
            QStringList{"train", "--data", data, "--out", target + "2", "--transfer-from", source} +
            tiny + QStringList{"--width", "0.25"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(source) && r.err.contains("width"));
        QVERIFY(!fs::exists(m_tmp / "transferred2"));
        QCOMPARE(runCli({"train", "--data", data, "--load", "g"}).code, 2); // needs a source

        // rank-sources and compare.
        r = runCli({"rank-sources", "--data", data, "--resolution", "16", "--sources", source,
                    "--samples", "20"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("FD samples") && r.out.contains("imperfect predictor"));
        const QString cmp = QString::fromStdString(m_tmp / "cmp");
        r = runCli(QStringList{"compare", "--data", data, "--preset", "cpu-quick", "--sources",
                               source, "--steps", "4", "--chunk", "2", "--out", cmp} +
                   tiny +
                   QStringList{"--eval-every", "2", "--eval-samples", "20", "--sample-every", "2"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("achieved") && r.out.contains("scratch") &&
                r.out.contains("G+D ← src0"));
        for (const char* f :
             {"compare.json", "prediction.json", "curves.csv", "comparison.json", "comparison.png"})
            QVERIFY2(fs::exists(fs::path(m_tmp / "cmp") / f), f);
        r = runCli({"compare", "--resume", cmp});
        QCOMPARE(r.code, 0); // finished: nothing left to train, the exports are rewritten
        QCOMPARE(runCli({"compare", "--data", data, "--sources", source}).code, 2); // no --out
    }

    void collapseStopsOrRollsBack() {
        const QStringList common = {"train",
                                    "--data",
                                    QString::fromStdString(m_tmp / "data"),
                                    "--resolution",
                                    "16",
                                    "--steps",
                                    "12",
                                    "--width",
                                    "0.125",
                                    "--batch",
                                    "4",
                                    "--checkpoint-every",
                                    "3",
                                    "--keep",
                                    "5",
                                    "--debug-inject-nan",
                                    "8",
                                    "--eval-every",
                                    "0"};
        const QString stopDir = QString::fromStdString(m_tmp / "collapse-stop");
        const Result stopped = runCli(common + QStringList{"--out", stopDir});
        QCOMPARE(stopped.code, 4);
        QVERIFY(stopped.out.contains("collapse at step 8: non-finite"));
        QVERIFY(stopped.out.contains("step-00000006.pt"));
        QVERIFY(!fs::exists(m_tmp / "collapse-stop/checkpoints/step-00000008.pt"));
        QVERIFY(runCli({"info", stopDir}).out.contains("progress 6 / 12"));

        const QString rollDir = QString::fromStdString(m_tmp / "collapse-rollback");
        const Result rolled =
            runCli(common + QStringList{"--out", rollDir, "--on-collapse", "rollback"});
        QCOMPARE(rolled.code, 4);
        QVERIFY(rolled.out.contains("rolled back to step 6"));
        QVERIFY(runCli({"info", rollDir}).out.contains("progress 6 / 6")); // ends there now
        QCOMPARE(
            runCli(common + QStringList{"--out", stopDir + "x", "--on-collapse", "retry"}).code, 2);
    }

    void sigintSavesACheckpoint() {
        const QString run = QString::fromStdString(m_tmp / "run3");
        QProcess p;
        p.start(QStringLiteral(GANLAB_CLI_PATH),
                {"train", "--data", QString::fromStdString(m_tmp / "data"), "--resolution", "16",
                 "--steps", "100000", "--width", "0.125", "--batch", "8", "--checkpoint-every", "0",
                 "--out", run});
        QTRY_VERIFY_WITH_TIMEOUT(fs::exists(m_tmp / "run3/metrics.csv"), 120000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains("resume with"));
        QVERIFY(!fs::is_empty(m_tmp / "run3/checkpoints"));
    }

private:
    TempDir m_tmp;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
