#pragma once

#include "spellchecker.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTextCharFormat>

class QMenu;

namespace starling {

// Underlines the misspelled words of a document with the spell-check underline, in red.
//
// Attached to an editor (the QPlainTextEdit constructor, or TextEdits::attachSpellChecking) it
// also replaces the editor's context menu — suggestions for the word under the click, "Add to
// Dictionary", "Ignore", then the standard edit actions — and holds back the underline of the
// word being typed until the cursor leaves it, so a half-typed word is not flagged at every key.
//
// Only the block that changed is checked again on a keystroke, and the checker remembers its
// verdicts, so typing stays cheap in a long field (bench/bench_spelling.cpp measures it). When
// the checker is off or has no dictionary, nothing is underlined.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SpellHighlighter(QTextDocument *document,
                              SpellChecker &checker = SpellChecker::instance());
    // Owned by the editor's document; the context menu is installed on `editor`.
    explicit SpellHighlighter(QPlainTextEdit *editor,
                              SpellChecker &checker = SpellChecker::instance());

    SpellChecker &checker() const { return m_checker; }
    // Checks the whole document again. Unlike QSyntaxHighlighter::rehighlight(), the document
    // reports no edit: no contentsChanged()/textChanged(), no change to isModified(), so editors
    // that save on textChanged() do not save because a word was added to the dictionary.
    void recheck();
    QPlainTextEdit *editor() const { return m_editor; }

    // The context menu for a right-click at `viewportPosition` in the editor: for a misspelled
    // word there, up to SpellChecker::MaxSuggestions replacements (objectName
    // "spellSuggestionAction"), "Add to Dictionary" ("spellAddToDictionaryAction") and "Ignore"
    // ("spellIgnoreAction"); then the editor's standard menu. The caller owns the menu. Null
    // without an editor.
    QMenu *createContextMenu(const QPoint &viewportPosition);

    // The underline for misspelled words, a red that reads on `background`.
    static QTextCharFormat misspelledFormat(const QColor &background);

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Rehighlighting all of the document, or one block, without the document reporting an edit
    // (see recheck()).
    void rehighlightQuietly(const QTextBlock &block = {});
    void releaseHeldWord();
    // The misspellings of the current block, rechecking only around what changed since the last
    // time (remembered in the block's user data).
    QList<WordRange> misspelledIn(const QString &text);
    void updateFormat();

    SpellChecker &m_checker;
    QPointer<QPlainTextEdit> m_editor;
    QTextCharFormat m_format;
    quint64 m_generation = 0;
    // The block and the in-block end of the word whose underline is held back while it is typed.
    int m_heldBlock = -1;
    int m_heldEnd = -1;
};

} // namespace starling
