#pragma once

#include <QString>

class QLineEdit;
class QPlainTextEdit;

namespace starling::TextEdits {

// Replaces only the part of the text that differs, so the user's cursor, selection and scroll
// position stay where they were unless the change is right at them: how editors take in a
// change made elsewhere (undo, another view) while the user is typing.
void replaceKeepingCursor(QPlainTextEdit *edit, const QString &text);
void replaceKeepingCursor(QLineEdit *edit, const QString &text);

// Cuts the text back to `maxLength` characters (never inside a surrogate pair) without emitting
// textChanged. True when something was cut, so the caller can say so.
bool capLength(QPlainTextEdit *edit, int maxLength);

} // namespace starling::TextEdits
