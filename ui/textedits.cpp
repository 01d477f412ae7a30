#include "textedits.h"

#include "spellhighlighter.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

#include <algorithm>

namespace starling::TextEdits {

CommonEnds commonEnds(const QString &before, const QString &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    CommonEnds ends;
    while (ends.prefix < shorter && before.at(ends.prefix) == after.at(ends.prefix))
        ++ends.prefix;
    while (ends.suffix < shorter - ends.prefix
           && before.at(before.size() - 1 - ends.suffix) == after.at(after.size() - 1 - ends.suffix))
        ++ends.suffix;
    return ends;
}

void replaceKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    const QString old = edit->toPlainText();
    if (old == text)
        return;
    const auto [prefix, suffix] = commonEnds(old, text);
    QTextCursor cursor(edit->document());
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    cursor.endEditBlock();
}

void replaceKeepingCursor(QLineEdit *edit, const QString &text)
{
    const QString old = edit->text();
    if (old == text)
        return;
    qsizetype prefix = 0;
    while (prefix < std::min(old.size(), text.size()) && old.at(prefix) == text.at(prefix))
        ++prefix;
    const qsizetype position = edit->cursorPosition();
    edit->setText(text);
    // A cursor after the change moves with the text behind it.
    const qsizetype moved =
        position <= prefix ? position : std::max(prefix, position + text.size() - old.size());
    edit->setCursorPosition(int(std::min(moved, text.size())));
}

bool capLength(QPlainTextEdit *edit, int maxLength)
{
    QTextDocument *document = edit->document();
    const int length = document->characterCount() - 1; // constant time, unlike toPlainText()
    if (length <= maxLength)
        return false;
    int cut = maxLength;
    if (document->characterAt(cut - 1).isHighSurrogate())
        --cut;
    const QSignalBlocker blocker(edit);
    QTextCursor cursor(document);
    cursor.setPosition(cut);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    return true;
}

bool handleUndoRedoKey(QEvent *event, QUndoStack *stack, const std::function<void()> &flush)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // deliver it as a key press to the field rather than to a window shortcut
        return true;
    }
    if (stack) {
        flush();
        if (undo)
            stack->undo();
        else
            stack->redo();
    }
    return true;
}

void attachSpellChecking(QPlainTextEdit *edit)
{
    // Twice would mean two highlighters and two context menus on one document.
    if (!edit->document()->findChild<SpellHighlighter *>(QString(), Qt::FindDirectChildrenOnly))
        new SpellHighlighter(edit);
}

} // namespace starling::TextEdits
