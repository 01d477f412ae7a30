// The link notes editor: what it shows, what it returns, Ctrl+Enter.
#include "linknotesdialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

using namespace starling;

class TestLinkNotesDialog : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowTheLinkAsPlainText()
    {
        LinkNotesDialog dialog(QStringLiteral("<b>Churn</b>"), QStringLiteral("Ownership"));
        QCOMPARE(dialog.objectName(), QStringLiteral("linkNotesDialog"));
        auto *heading = dialog.findChild<QLabel *>(QStringLiteral("linkNotesHeading"));
        QVERIFY(heading);
        QCOMPARE(heading->textFormat(), Qt::PlainText);
        QVERIFY(heading->text().contains(QStringLiteral("<b>Churn</b>")));
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("linkNotesEdit"));
        QVERIFY(edit);
        QCOMPARE(edit->placeholderText(),
                 QStringLiteral("Rough bullet points: what you did that shows this value…"));
    }

    void shouldReturnTheNotesWithoutTrailingBlankLines_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("notes");
        QTest::newRow("as typed") << QStringLiteral("- a\n- b") << QStringLiteral("- a\n- b");
        QTest::newRow("trailing lines") << QStringLiteral("- a\n\n  \n") << QStringLiteral("- a");
        QTest::newRow("leading indent kept") << QStringLiteral("  - a") << QStringLiteral("  - a");
        QTest::newRow("only blanks") << QStringLiteral(" \n ") << QString();
    }

    void shouldReturnTheNotesWithoutTrailingBlankLines()
    {
        QFETCH(QString, typed);
        QFETCH(QString, notes);
        LinkNotesDialog dialog(QStringLiteral("Churn"), QStringLiteral("Ownership"));
        dialog.setNotes(typed);
        QCOMPARE(dialog.notes(), notes);
    }

    void shouldShowTheValueHintOnlyWhenThereIsOne()
    {
        LinkNotesDialog dialog(QStringLiteral("Churn"), QStringLiteral("Ownership"));
        dialog.show();
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("linkNotesHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());
        dialog.setValueHint(QStringLiteral("You act on behalf of the company"),
                            {QStringLiteral("owner"), QStringLiteral(" "), QStringLiteral("long term")});
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("You act on behalf of the company")));
        QVERIFY(hint->text().contains(QStringLiteral("owner, long term")));
        dialog.setValueHint({}, {});
        QVERIFY(!hint->isVisible());
    }

    void shouldAcceptWithCtrlEnterAndKeepEnterForNewLines()
    {
        LinkNotesDialog dialog(QStringLiteral("Churn"), QStringLiteral("Ownership"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("linkNotesEdit"));
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        QTest::keyClicks(edit, QStringLiteral("- one"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("- two"));
        QVERIFY(dialog.isVisible());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.notes(), QStringLiteral("- one\n- two"));
    }
};

QTEST_MAIN(TestLinkNotesDialog)
#include "tst_linknotesdialog.moc"
