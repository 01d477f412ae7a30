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

    bool operator==(const ValueDraft &) const = default;
};

} // namespace starling
