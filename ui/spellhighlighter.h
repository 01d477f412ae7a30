#pragma once

// Skeleton: the spell-checking helper replaces this file.

#include <QSyntaxHighlighter>

namespace starling {

class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SpellHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace starling
