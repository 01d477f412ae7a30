#include "textedits.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace starling;

class TestTextEdits : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepTheCursorBeforeAChangeFurtherOn();
    void shouldMoveTheCursorWithTextAfterAChange();
    void shouldKeepTheLineEditCursorInPlace();
    void shouldCapLengthOutsideSurrogatePairsSilently();
};

void TestTextEdits::shouldKeepTheCursorBeforeAChangeFurtherOn()
{
    QPlainTextEdit edit(QStringLiteral("Hello world"));
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(3);
    edit.setTextCursor(cursor);
    TextEdits::replaceKeepingCursor(&edit, QStringLiteral("Hello brave world"));
    QCOMPARE(edit.toPlainText(), QStringLiteral("Hello brave world"));
    QCOMPARE(edit.textCursor().position(), 3);
}

void TestTextEdits::shouldMoveTheCursorWithTextAfterAChange()
{
    QPlainTextEdit edit(QStringLiteral("one two"));
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(6); // in "two"
    edit.setTextCursor(cursor);
    TextEdits::replaceKeepingCursor(&edit, QStringLiteral("zero one two"));
    QCOMPARE(edit.textCursor().position(), 11);
}

void TestTextEdits::shouldKeepTheLineEditCursorInPlace()
{
    QLineEdit edit(QStringLiteral("abcdef"));
    edit.setCursorPosition(5);
    TextEdits::replaceKeepingCursor(&edit, QStringLiteral("abXcdef"));
    QCOMPARE(edit.text(), QStringLiteral("abXcdef"));
    QCOMPARE(edit.cursorPosition(), 6);
}

void TestTextEdits::shouldCapLengthOutsideSurrogatePairsSilently()
{
    QPlainTextEdit edit;
    edit.setPlainText(QStringLiteral("abc") + QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("z"));
    QSignalSpy changed(&edit, &QPlainTextEdit::textChanged);
    QVERIFY(!TextEdits::capLength(&edit, 10));
    QVERIFY(TextEdits::capLength(&edit, 4)); // would split the emoji: cut before it
    QCOMPARE(edit.toPlainText(), QStringLiteral("abc"));
    QCOMPARE(changed.size(), 0);
}

QTEST_MAIN(TestTextEdits)
#include "tst_textedits.moc"
