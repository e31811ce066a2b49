// Widget test (offscreen): SourceListEditor lists sources in order, refuses a repeat, removes the
// selected one with its button (disabled while nothing is selected) and says when its list changes.
#include "source_list_editor.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace ganlab::widgets;

class TestSourceListEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsAddsOnceAndRemovesTheSelected() {
        SourceListEditor editor;
        QSignalSpy changed(&editor, &SourceListEditor::sourcesChanged);
        QVERIFY(editor.sources().isEmpty());
        QVERIFY(!editor.removeButton()->isEnabled());
        editor.addSource(QStringLiteral("/runs/a"));
        editor.addSource(QStringLiteral("/runs/b.pt"));
        editor.addSource(QStringLiteral("/runs/c"));
        QCOMPARE(editor.sources(),
                 QStringList({QStringLiteral("/runs/a"), QStringLiteral("/runs/b.pt"),
                              QStringLiteral("/runs/c")}));
        QCOMPARE(changed.count(), 3);
        // A repeat is not listed twice: it becomes the selection.
        editor.addSource(QStringLiteral("/runs/b.pt"));
        QCOMPARE(editor.sources().size(), 3);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(editor.list()->currentRow(), 1);
        QVERIFY(editor.removeButton()->isEnabled());
        QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
        QCOMPARE(editor.sources(),
                 QStringList({QStringLiteral("/runs/a"), QStringLiteral("/runs/c")}));
        QCOMPARE(changed.count(), 4);
        // A current row that is not selected (focus by Tab, a Ctrl+click that deselects) is not
        // what Remove removes.
        editor.list()->setCurrentRow(0, QItemSelectionModel::Clear);
        QCOMPARE(editor.list()->currentRow(), 0);
        QVERIFY(editor.list()->selectedItems().isEmpty());
        QVERIFY(!editor.removeButton()->isEnabled());
        editor.removeSelected(); // nothing selected: nothing removed
        QCOMPARE(editor.sources().size(), 2);
        QCOMPARE(changed.count(), 4);
    }
};

QTEST_MAIN(TestSourceListEditor)
#include "tst_source_list_editor.moc"
