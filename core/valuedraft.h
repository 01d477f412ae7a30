#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace starling {

// A value principle that is not in a vault yet: parsed from pasted text, or read from the
// bundled values library. Children are its sub-principles.
struct ValueDraft {
    QString name;
    QString meaning;
    QStringList keywords;
    QStringList themes;
    QList<ValueDraft> children;
};

// Written out rather than defaulted: a defaulted == on a struct holding a list of itself is
// deleted by GCC 12 in some instantiation orders (the type is incomplete inside its own body).
inline bool operator==(const ValueDraft &a, const ValueDraft &b)
{
    return a.name == b.name && a.meaning == b.meaning && a.keywords == b.keywords
        && a.themes == b.themes && a.children == b.children;
}

} // namespace starling
