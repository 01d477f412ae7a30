#include "spellhighlighter.h"

#include "textedits.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>

using namespace starling;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The stretches of `block` the highlighter underlined as misspelled.
QList<WordRange> underlined(const QTextBlock &block)
{
    QList<WordRange> ranges;
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            ranges.append({range.start, range.length});
    }
    return ranges;
}

QList<WordRange> underlined(const QTextDocument &document, int block = 0)
{
    return underlined(document.findBlockByNumber(block));
}

QAction *actionNamed(QMenu *menu, const QString &name)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

QStringList actionTexts(QMenu *menu, const QString &name)
{
    QStringList texts;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            texts.append(action->text());
    }
    return texts;
}

} // namespace

class TestSpellHighlighter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SpellChecker> m_checker;

    // The centre of the character at `position`, in viewport coordinates.
    static QPoint pointAt(QPlainTextEdit &edit, int position)
    {
        QTextCursor cursor(edit.document());
        cursor.setPosition(position);
        const QRect before = edit.cursorRect(cursor);
        cursor.setPosition(position + 1);
        return QPoint((before.center().x() + edit.cursorRect(cursor).center().x()) / 2,
                      before.center().y());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StarlingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StarlingSpellHighlighterTest"));
    }

    void init()
    {
        // A small dictionary of its own, so what is misspelled does not depend on the system.
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("en_US.aff")),
                          "SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n"));
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("en_US.dic")),
                          "9\nthis\nsentence\nhas\na\nmistake\nsecond\nline\nhere\nword\n"));
        m_checker = std::make_unique<SpellChecker>(QStringList{m_dir->path()},
                                                   m_dir->filePath(QStringLiteral("words.txt")));
        QVERIFY(m_checker->isActive());
    }

    void cleanup()
    {
        m_checker.reset();
        m_dir.reset();
    }

    void shouldUnderlineMisspelledWords()
    {
        QTextDocument document(QStringLiteral("This sentense has a mistaek.\nSecond lien here"));
        SpellHighlighter highlighter(&document, *m_checker);
        highlighter.rehighlight();
        QCOMPARE(underlined(document, 0), (QList<WordRange>{{5, 8}, {20, 7}}));
        QCOMPARE(underlined(document, 1), (QList<WordRange>{{7, 4}}));
        const QTextCharFormat format = document.firstBlock().layout()->formats().first().format;
        QCOMPARE(format.underlineColor(),
                 SpellHighlighter::misspelledFormat(Qt::white).underlineColor());
        QVERIFY(format.underlineColor().red() > 150);
    }

    void shouldRecheckTheBlockThatChanged()
    {
        QTextDocument document(QStringLiteral("This line\nSecond line"));
        document
            .documentLayout(); // a document reports its edits once it has a layout, as in an editor
        SpellHighlighter highlighter(&document, *m_checker);
        highlighter.rehighlight();
        QVERIFY(underlined(document, 0).isEmpty());
        QTextCursor cursor(document.findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral(" wrod"));
        QCOMPARE(underlined(document, 1), (QList<WordRange>{{12, 4}}));
        cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor, 4);
        cursor.insertText(QStringLiteral("word"));
        QVERIFY(underlined(document, 1).isEmpty());
    }

    void shouldAgreeWithAFullCheckAfterEveryEdit()
    {
        // Random edits to one long paragraph: rechecking only around each change must give what
        // checking it all again gives.
        const QStringList pieces{QStringLiteral("this "),
                                 QStringLiteral("sentense "),
                                 QStringLiteral("has"),
                                 QStringLiteral(" a "),
                                 QStringLiteral("mistaek."),
                                 QStringLiteral("line"),
                                 QStringLiteral(" https://wrod.example/pth "),
                                 QStringLiteral("node.jss "),
                                 QStringLiteral("e"),
                                 QStringLiteral("SQL "),
                                 QStringLiteral("  "),
                                 QStringLiteral("don't "),
                                 QStringLiteral("wrd")};
        QString initial;
        for (int i = 0; i < 200; ++i)
            initial += pieces.at(i % pieces.size());
        QTextDocument document(initial);
        document.documentLayout();
        SpellHighlighter highlighter(&document, *m_checker);
        QRandomGenerator random(42);
        for (int step = 0; step < 300; ++step) {
            QTextCursor cursor(&document);
            const int length = document.characterCount() - 1;
            cursor.setPosition(int(random.bounded(length + 1)));
            if (random.bounded(3) == 0 && cursor.position() < length) {
                cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor,
                                    int(random.bounded(1, 12)));
                cursor.removeSelectedText();
            } else {
                cursor.insertText(pieces.at(int(random.bounded(pieces.size()))));
            }
            const QString text = document.firstBlock().text();
            QCOMPARE(underlined(document), m_checker->misspelledWords(text));
        }
        QVERIFY(!underlined(document).isEmpty());
    }

    void shouldUnderlineNothingWhenSwitchedOff()
    {
        QTextDocument document(QStringLiteral("This sentense"));
        SpellHighlighter highlighter(&document, *m_checker);
        highlighter.rehighlight();
        QCOMPARE(underlined(document).size(), 1);
        m_checker->setEnabled(false);
        QVERIFY(underlined(document).isEmpty());
        m_checker->setEnabled(true);
        QCOMPARE(underlined(document).size(), 1);
    }

    void shouldUnderlineNothingWithoutDictionaries()
    {
        const QString empty = m_dir->filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        SpellChecker checker({empty}, m_dir->filePath(QStringLiteral("words.txt")));
        QTextDocument document(QStringLiteral("Thiss sentense hass mistaeks"));
        SpellHighlighter highlighter(&document, checker);
        highlighter.rehighlight();
        QVERIFY(underlined(document).isEmpty());
    }

    void shouldNotCountRehighlightingAsAnEdit()
    {
        QPlainTextEdit edit(QStringLiteral("This sentense"));
        auto *highlighter = new SpellHighlighter(&edit, *m_checker);
        highlighter->rehighlight();
        QCOMPARE(underlined(*edit.document()).size(), 1);
        QSignalSpy textChanged(&edit, &QPlainTextEdit::textChanged);
        QSignalSpy contentsChanged(edit.document(), &QTextDocument::contentsChanged);
        m_checker->ignoreWord(QStringLiteral("sentense"));
        QVERIFY(underlined(*edit.document()).isEmpty());
        QCOMPARE(textChanged.count(), 0);
        QCOMPARE(contentsChanged.count(), 0);
        QVERIFY(!edit.document()->isModified());
    }

    void shouldHoldBackTheWordBeingTyped()
    {
        QPlainTextEdit edit;
        new SpellHighlighter(&edit, *m_checker);
        edit.show();
        edit.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        edit.setFocus();
        QVERIFY(edit.hasFocus());

        QTest::keyClicks(&edit, QStringLiteral("This sentense"));
        QVERIFY(underlined(*edit.document()).isEmpty()); // still being typed
        QTest::keyClick(&edit, Qt::Key_Space);
        QCOMPARE(underlined(*edit.document()), (QList<WordRange>{{5, 8}}));

        QTest::keyClicks(&edit, QStringLiteral("has a mistaek"));
        QCOMPARE(underlined(*edit.document()), (QList<WordRange>{{5, 8}}));
        QTest::keyClick(&edit, Qt::Key_Home); // leaving the word judges it
        QCOMPARE(underlined(*edit.document()), (QList<WordRange>{{5, 8}, {20, 7}}));
    }

    void shouldOfferSuggestionsForTheClickedWord()
    {
        QPlainTextEdit edit(QStringLiteral("This sentense has a mistaek"));
        auto *highlighter = new SpellHighlighter(&edit, *m_checker);
        edit.resize(400, 200);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.moveCursor(QTextCursor::Start); // the cursor is elsewhere: the click decides

        std::unique_ptr<QMenu> menu(highlighter->createContextMenu(pointAt(edit, 22)));
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("spellContextMenu"));
        const QStringList suggestions =
            actionTexts(menu.get(), QStringLiteral("spellSuggestionAction"));
        QVERIFY2(suggestions.contains(QStringLiteral("mistake")),
                 qPrintable(suggestions.join(u',')));
        QVERIFY(suggestions.size() <= SpellChecker::MaxSuggestions);
        QAction *add = actionNamed(menu.get(), QStringLiteral("spellAddToDictionaryAction"));
        QVERIFY(add);
        QVERIFY(add->text().contains(QStringLiteral("mistaek")));
        QVERIFY(actionNamed(menu.get(), QStringLiteral("spellIgnoreAction")));
        // The suggestions come first, the standard edit actions after them.
        QCOMPARE(menu->actions().first()->objectName(), QStringLiteral("spellSuggestionAction"));
        QVERIFY(actionNamed(menu.get(), QStringLiteral("select-all")));

        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->text() == u"mistake")
                action->trigger();
        }
        QCOMPARE(edit.toPlainText(), QStringLiteral("This sentense has a mistake"));
        QCOMPARE(underlined(*edit.document()), (QList<WordRange>{{5, 8}}));
    }

    void shouldStopUnderliningAWordAddedToTheDictionary()
    {
        QPlainTextEdit edit(QStringLiteral("This sentense has a sentense"));
        auto *highlighter = new SpellHighlighter(&edit, *m_checker);
        edit.resize(400, 200);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        highlighter->rehighlight();
        QCOMPARE(underlined(*edit.document()), (QList<WordRange>{{5, 8}, {20, 8}}));

        std::unique_ptr<QMenu> menu(highlighter->createContextMenu(pointAt(edit, 7)));
        QAction *add = actionNamed(menu.get(), QStringLiteral("spellAddToDictionaryAction"));
        QVERIFY(add);
        add->trigger();
        QVERIFY(underlined(*edit.document()).isEmpty());
        QCOMPARE(m_checker->personalWords(), QStringList{QStringLiteral("sentense")});
        QFile list(m_checker->wordListPath());
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(list.readAll(), QByteArray("sentense\n"));
    }

    void shouldOpenTheMenuOnRightClick()
    {
        QPlainTextEdit edit(QStringLiteral("This sentense"));
        new SpellHighlighter(&edit, *m_checker);
        edit.resize(400, 200);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QCOMPARE(underlined(*edit.document()).size(), 1);

        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            shown = menu->objectName();
            if (QAction *ignore = actionNamed(menu, QStringLiteral("spellIgnoreAction")))
                ignore->trigger();
            menu->close();
        });
        const QPoint point = pointAt(edit, 8);
        QContextMenuEvent event(QContextMenuEvent::Mouse, point,
                                edit.viewport()->mapToGlobal(point));
        QApplication::sendEvent(edit.viewport(), &event);
        QCOMPARE(shown, QStringLiteral("spellContextMenu"));
        QVERIFY(underlined(*edit.document()).isEmpty());
        QVERIFY(m_checker->personalWords().isEmpty()); // ignored, not added
    }

    void shouldUseTheWordAtTheTextCursorFromTheKeyboard()
    {
        QPlainTextEdit edit(QStringLiteral("This sentense has a mistaek"));
        new SpellHighlighter(&edit, *m_checker);
        edit.resize(400, 200);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTextCursor cursor = edit.textCursor();
        cursor.setPosition(22); // in "mistaek"
        edit.setTextCursor(cursor);

        QString addText;
        QTimer::singleShot(0, this, [&addText] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            if (QAction *add = actionNamed(menu, QStringLiteral("spellAddToDictionaryAction")))
                addText = add->text();
            menu->close();
        });
        // The menu key: the event goes to the editor itself, wherever the mouse is.
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(1, 1),
                                edit.mapToGlobal(QPoint(1, 1)));
        QApplication::sendEvent(&edit, &event);
        QVERIFY2(addText.contains(QStringLiteral("mistaek")), qPrintable(addText));
    }

    void shouldBeWhatTextEditsAttaches()
    {
        QPlainTextEdit edit;
        TextEdits::attachSpellChecking(&edit);
        auto *highlighter = edit.document()->findChild<SpellHighlighter *>();
        QVERIFY(highlighter);
        QCOMPARE(highlighter->editor(), &edit);
        QCOMPARE(&highlighter->checker(), &SpellChecker::instance());
        TextEdits::attachSpellChecking(&edit);
        QCOMPARE(edit.document()->findChildren<SpellHighlighter *>().size(), 1);
    }

    void shouldOfferOnlyTheEditMenuForACorrectWordOrWhenOff()
    {
        QPlainTextEdit edit(QStringLiteral("This sentense"));
        auto *highlighter = new SpellHighlighter(&edit, *m_checker);
        edit.resize(400, 200);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        std::unique_ptr<QMenu> onCorrect(highlighter->createContextMenu(pointAt(edit, 1)));
        QVERIFY(!actionNamed(onCorrect.get(), QStringLiteral("spellAddToDictionaryAction")));
        QVERIFY(actionNamed(onCorrect.get(), QStringLiteral("select-all")));
        m_checker->setEnabled(false);
        std::unique_ptr<QMenu> whenOff(highlighter->createContextMenu(pointAt(edit, 7)));
        QVERIFY(!actionNamed(whenOff.get(), QStringLiteral("spellAddToDictionaryAction")));
    }

    void shouldUseALighterRedOnADarkBackground()
    {
        const QColor light = SpellHighlighter::misspelledFormat(Qt::white).underlineColor();
        const QColor dark =
            SpellHighlighter::misspelledFormat(QColor(0x20, 0x20, 0x20)).underlineColor();
        QVERIFY(dark.lightness() > light.lightness());
    }
};

QTEST_MAIN(TestSpellHighlighter)
#include "tst_spellhighlighter.moc"
