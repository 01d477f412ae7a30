#pragma once

#include <QString>

#include <functional>

class QEvent;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace starling::TextEdits {

// How two texts differ: the length of their common start and, after it, of their common end.
// Everything between is what an edit replaced.
struct CommonEnds {
    qsizetype prefix = 0;
    qsizetype suffix = 0;
};
CommonEnds commonEnds(const QString &before, const QString &after);

// Replaces only the part of the text that differs, so the user's cursor, selection and scroll
// position stay where they were unless the change is right at them: how editors take in a
// change made elsewhere (undo, another view) while the user is typing.
void replaceKeepingCursor(QPlainTextEdit *edit, const QString &text);
void replaceKeepingCursor(QLineEdit *edit, const QString &text);

// Cuts the text back to `maxLength` characters (never inside a surrogate pair) without emitting
// textChanged. True when something was cut, so the caller can say so.
bool capLength(QPlainTextEdit *edit, int maxLength);

// For an editor's event filter: the Undo and Redo keys in one of its fields act on the vault's
// undo stack — after `flush` has saved what was just typed, so the step undone is the one the
// user sees — instead of a field's own history or a window shortcut. True when `event` was such
// a key and has been handled.
bool handleUndoRedoKey(QEvent *event, QUndoStack *stack, const std::function<void()> &flush);

// Spell checking as you type for a multi-line editor of the user's own words: misspellings
// underlined, suggestions, "Add to Dictionary" and "Ignore" in its context menu. It follows the
// Spelling preferences; the highlighter belongs to the editor's document. Attaching again does
// nothing.
void attachSpellChecking(QPlainTextEdit *edit);

} // namespace starling::TextEdits
