#include "spellhighlighter.h"

namespace starling {

SpellHighlighter::SpellHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    Q_UNUSED(text);
}

} // namespace starling
