#pragma once

#include <QString>
#include <QStringList>

namespace starling {

namespace ValueField {
enum : quint32 {
    Name = 1u << 0,
    Meaning = 1u << 1,
    Keywords = 1u << 2,
    Themes = 1u << 3,
    Position = 1u << 4, // position and/or parent changed
    All = (1u << 5) - 1,
};
}

// One of a company's value principles. Top-level values have parentId 0; sub-principles point
// at their parent. Position orders siblings.
struct ValuePrinciple {
    qint64 id = 0;
    qint64 companyId = 0;
    qint64 parentId = 0;
    QString name;
    QString meaning;     // what it really means, in plain words
    QStringList keywords; // words a link-back should slip in
    QStringList themes;  // theme keys from the taxonomy
    int position = 0;

    bool operator==(const ValuePrinciple &) const = default;
};

} // namespace starling
