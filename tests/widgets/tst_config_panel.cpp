// Widget test (offscreen): ConfigPanel round-trips a TrainConfig, fills the form from a preset
// and refuses bad values with a reason.
#include "config_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;

class TestConfigPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void configPanelRoundTripsAConfig() {
        ConfigPanel panel;
        TrainConfig c = presetConfig("quality");
        c.dataPath = "/some/data";
        c.resolution = 16;
        c.batchSize = 12;
        c.lrG = 3e-5;
        c.lrD = 7e-4;
        c.beta1 = 0.25;
        c.emaBeta = 0.9;
        c.steps = 1234;
        c.seed = 987654321012ull;
        c.sampleEvery = 0;
        c.evalEvery = 123;
        c.evalEveryMinutes = 2.5;
        c.eval.metrics = {"fd", "iw"};
        c.eval.features = "classifier";
        c.eval.samples = 777;
        c.conditional = true;
        c.conditioning = "bn";
        c.classes = {"Dress", "3"};
        c.maxImages = 500;
        c.transfer.source = "/runs/tops";
        c.transfer.discriminator = false;
        panel.setConfig(c);
        QCOMPARE(panel.classesEdit()->text(), QString("Dress, 3"));
        QCOMPARE(panel.conditioningBox()->currentData().toString(), QString("bn"));
        QVERIFY(!panel.transferDBox()->isChecked());
        const auto back = panel.config();
        QVERIFY2(back.has_value(), qPrintable(panel.problems().join("; ")));
        QCOMPARE(QString::fromStdString(toJson(*back)), QString::fromStdString(toJson(c)));

        // Choosing a preset fills the form with it and keeps the dataset.
        const int cpu = panel.presetBox()->findText("cpu-quick");
        panel.presetBox()->setCurrentIndex(cpu);
        emit panel.presetBox()->activated(cpu);
        TrainConfig expected = presetConfig("cpu-quick");
        expected.dataPath = "/some/data";
        QCOMPARE(QString::fromStdString(toJson(*panel.config())),
                 QString::fromStdString(toJson(expected)));
    }

    void configPanelRejectsBadValuesWithAReason() {
        ConfigPanel panel;
        QSignalSpy validity(&panel, &ConfigPanel::validityChanged);
        panel.lrGEdit()->setText("fast");
        QVERIFY(!panel.config());
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity[0][0].toBool(), false);
        QVERIFY(panel.problems().join(' ').contains("fast"));
        QVERIFY(panel.problemLabel()->text().contains("Learning rate G"));
        panel.lrGEdit()->setText("2e-4");
        QVERIFY(panel.config());
        QCOMPARE(validity.last()[0].toBool(), true);
        panel.lrDEdit()->setText("-1"); // parses, but the engine's checks refuse it
        QVERIFY(!panel.config());
        QVERIFY(panel.problems().join(' ').contains("learning rates must be in (0, 1)"));
        panel.lrDEdit()->setText("0.0002");
        panel.seedEdit()->setText("-3");
        QVERIFY(!panel.config());
        QVERIFY(panel.problems().join(' ').contains("Seed"));
        panel.seedEdit()->setText("3");
        panel.evalMetricsEdit()->setText("fd,fidd");
        QVERIFY(!panel.config());
        QVERIFY(panel.problems().join(' ').contains("unknown metric \"fidd\""));
        panel.evalMetricsEdit()->setText("fd");
        QVERIFY(panel.config());
        panel.transferSourceEdit()->setText("/runs/tops");
        panel.transferGBox()->setChecked(false);
        panel.transferDBox()->setChecked(false); // nothing loaded: from scratch
        QVERIFY(panel.config() && !panel.config()->transfer.active());
        panel.transferDBox()->setChecked(true);
        QVERIFY(panel.config());
        QCOMPARE(panel.config()->transfer.source, std::string("/runs/tops"));
        QVERIFY(!panel.config()->transfer.generator);
        QVERIFY(panel.config()->transfer.active());
    }
};

QTEST_MAIN(TestConfigPanel)
#include "tst_config_panel.moc"
