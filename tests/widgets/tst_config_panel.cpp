// Widget test (offscreen): ConfigPanel is generated from the settings table — a row per setting,
// round-trips a TrainConfig, brings a preset's or a model's settings (cascades), greys out rows
// that do not apply, and refuses bad values with a reason naming the field.
#include "config_panel.h"

#include "api/presets.h"
#include "api/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;

class TestConfigPanel : public QObject {
    Q_OBJECT

    template <typename T> static T* field(const ConfigPanel& panel, const char* key) {
        auto* w = qobject_cast<T*>(panel.editor(QString::fromLatin1(key)));
        if (!w)
            qFatal("no %s field for %s", T::staticMetaObject.className(), key);
        return w;
    }

private Q_SLOTS:
    void everyFormSettingHasAFieldWithItsLabelAndHelp() {
        ConfigPanel panel;
        int rows = 0;
        for (const auto& s : settings()) {
            QWidget* w = panel.editor(QString::fromStdString(s.key));
            QCOMPARE(w != nullptr, s.inForm);
            if (!w)
                continue;
            ++rows;
            QVERIFY2(w->toolTip().startsWith(QString::fromUtf8(s.help)), s.key.c_str());
        }
        QVERIFY(rows > 40);
        QCOMPARE(panel.editor("data"), nullptr); // the dataset panel's, not a form row
        QVERIFY(qobject_cast<QCheckBox*>(panel.editor("conditional")));
        QVERIFY(qobject_cast<QSpinBox*>(panel.editor("batch_size")));
        QVERIFY(qobject_cast<QComboBox*>(panel.editor("model")));
        QCOMPARE(field<QSpinBox>(panel, "sample_every")->specialValueText(), QString("never"));
        QCOMPARE(field<QComboBox>(panel, "resolution")->itemText(2), QString("32 px"));
    }

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
        c.eval.features = {FeatureSource::RunClassifier, {}};
        c.eval.samples = 777;
        c.conditional = true;
        c.conditioning = Conditioning::ClassBatchNorm;
        c.classes = {"Dress", "3"};
        c.maxImages = 500;
        c.background = {10, 20, 30};
        c.transfer.source = "/runs/tops";
        c.transfer.discriminator = false;
        panel.setConfig(c);
        QCOMPARE(field<QLineEdit>(panel, "classes")->text(), QString("Dress,3"));
        QCOMPARE(field<QComboBox>(panel, "conditioning")->currentData().toString(), QString("bn"));
        QVERIFY(!field<QCheckBox>(panel, "transfer_d")->isChecked());
        const auto back = panel.config();
        QVERIFY2(back.has_value(), qPrintable(panel.problems().join("; ")));
        QCOMPARE(QString::fromStdString(toJson(*back)), QString::fromStdString(toJson(c)));

        // Choosing a preset fills the form with it and keeps the dataset.
        auto* preset = field<QComboBox>(panel, "preset");
        preset->setCurrentIndex(preset->findData("cpu-quick"));
        TrainConfig expected = presetConfig("cpu-quick");
        expected.dataPath = "/some/data";
        QCOMPARE(QString::fromStdString(toJson(*panel.config())),
                 QString::fromStdString(toJson(expected)));
    }

    void aModelBringsItsOwnSettingsAndRowsFollowIt() {
        ConfigPanel panel;
        auto* growFrom = panel.editor("grow_start_resolution");
        QVERIFY(!growFrom->isEnabled()); // dcgan does not grow
        auto* model = field<QComboBox>(panel, "model");
        model->setCurrentIndex(model->findData("biggan"));
        QCOMPARE(panel.config()->loss, std::string("hinge"));
        QCOMPARE(panel.config()->orthoReg, 1e-4);
        QVERIFY(!growFrom->isEnabled());
        model->setCurrentIndex(model->findData("pggan"));
        QCOMPARE(panel.config()->loss, std::string("wgan-gp"));
        QCOMPARE(panel.config()->driftWeight, 0.001);
        QCOMPARE(panel.config()->orthoReg, 0.0);
        QVERIFY(growFrom->isEnabled());
        QVERIFY(panel.editor("gp_weight")->isEnabled()); // wgan-gp has a penalty
        // The AC-GAN head implies a conditional run.
        model->setCurrentIndex(model->findData("dcgan"));
        field<QCheckBox>(panel, "aux_classifier")->setChecked(true);
        QVERIFY(field<QCheckBox>(panel, "conditional")->isChecked());
        QVERIFY(panel.editor("aux_weight")->isEnabled());
        panel.setLocked(true);
        QVERIFY(!panel.editor("aux_weight")->isEnabled() && !model->isEnabled());
    }

    void configPanelRejectsBadValuesWithAReason() {
        ConfigPanel panel;
        QSignalSpy validity(&panel, &ConfigPanel::validityChanged);
        auto* lrG = field<QLineEdit>(panel, "lr_g");
        lrG->setText("fast");
        QVERIFY(!panel.config());
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity[0][0].toBool(), false);
        QVERIFY(panel.problems().join(' ').contains("fast"));
        QVERIFY(panel.problemLabel()->text().startsWith("Learning rate G: "));
        lrG->setText("2e-4");
        QVERIFY(panel.config());
        QCOMPARE(validity.last()[0].toBool(), true);
        field<QLineEdit>(panel, "lr_d")->setText("-1"); // parses, but the engine refuses it
        QVERIFY(!panel.config());
        QCOMPARE(panel.problems(),
                 QStringList{"Learning rate D: must be above 0 and below 1, not -1"});
        field<QLineEdit>(panel, "lr_d")->setText("0.0002");
        field<QLineEdit>(panel, "seed")->setText("-3");
        QVERIFY(!panel.config());
        QVERIFY(panel.problems().join(' ').startsWith("Seed: "));
        field<QLineEdit>(panel, "seed")->setText("3");
        field<QLineEdit>(panel, "eval_metrics")->setText("fd,fidd");
        QVERIFY(!panel.config());
        QVERIFY(panel.problems().join(' ').contains("no item \"fidd\""));
        field<QLineEdit>(panel, "eval_metrics")->setText("fd");
        QVERIFY(panel.config());
        field<QLineEdit>(panel, "transfer_source")->setText("/runs/tops");
        field<QCheckBox>(panel, "transfer_g")->setChecked(false);
        field<QCheckBox>(panel, "transfer_d")->setChecked(false); // nothing loaded: from scratch
        QVERIFY(panel.config() && !panel.config()->transfer.active());
        field<QCheckBox>(panel, "transfer_d")->setChecked(true);
        QVERIFY(panel.config());
        QCOMPARE(panel.config()->transfer.source, std::string("/runs/tops"));
        QVERIFY(!panel.config()->transfer.generator);
        QVERIFY(panel.config()->transfer.active());
    }
};

QTEST_MAIN(TestConfigPanel)
#include "tst_config_panel.moc"
