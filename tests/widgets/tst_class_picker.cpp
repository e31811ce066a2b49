// Widget test (offscreen): ClassPicker emits its selection and hides when there are no classes.
#include "class_picker.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace ganlab;
using namespace ganlab::widgets;

class TestClassPicker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classPickerEmitsItsSelectionAndHidesWithoutClasses() {
        QWidget host;
        auto* picker = new ClassPicker(&host);
        host.show();
        QSignalSpy spy(picker, &ClassPicker::selectionChanged);
        picker->setClasses({"cat", "dog", "owl"}, 2);
        QVERIFY(picker->isVisible());
        QCOMPARE(spy.last()[0].value<QList<int>>(), (QList<int>{0, 1}));
        picker->list()->item(2)->setCheckState(Qt::Checked);
        QCOMPARE(spy.last()[0].value<QList<int>>(), (QList<int>{0, 1, 2}));
        picker->list()->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(picker->selectedClasses(), (QList<int>{1, 2}));
        QCOMPARE(spy.last()[0].value<QList<int>>(), (QList<int>{1, 2}));
        picker->setClasses({});
        QVERIFY(!picker->isVisible());
    }
};

QTEST_MAIN(TestClassPicker)
#include "tst_class_picker.moc"
