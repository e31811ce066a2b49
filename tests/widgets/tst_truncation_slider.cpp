// Widget test (offscreen): TruncationSlider emits exactly the threshold it shows.
#include "truncation_slider.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;

class TestTruncationSlider : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void truncationSliderEmitsWhatItShows() {
        TruncationSlider slider;
        QSignalSpy spy(&slider, &TruncationSlider::valueChanged);
        QCOMPARE(slider.value(), 0.0); // off by default
        slider.slider()->setValue(70);
        QCOMPARE(spy.count(), 0); // moving a disabled threshold changes nothing
        slider.toggle()->setChecked(true);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last()[0].toDouble(), 0.7);
        for (int v : {50, 51, 120}) {
            slider.slider()->setValue(v);
            QCOMPARE(spy.last()[0].toDouble(), v / 100.0);
            QCOMPARE(slider.value(), v / 100.0);
            QVERIFY(slider.findChildren<QLabel*>().front()->text().contains(
                QString::number(v / 100.0, 'f', 2)));
        }
        slider.toggle()->setChecked(false);
        QCOMPARE(spy.last()[0].toDouble(), 0.0);
        slider.setValue(9); // clamped to the slider's range
        QCOMPARE(slider.value(), TruncationSlider::kMax);
    }
};

QTEST_MAIN(TestTruncationSlider)
#include "tst_truncation_slider.moc"
