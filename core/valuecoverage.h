#pragma once

#include "storyvaluelink.h"
#include "valueprinciple.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace starling {

// How well a company's values are backed by stories: the method asks for one story per value
// at minimum, two is better. Pure analysis over values, like VaultBalance.
//
// Each row counts only the stories linked to that row itself: a parent is not covered by
// stories linked to its sub-principles, because the interviewer may ask about the parent value
// directly and the candidate needs an answer for it. The summary counts every value and every
// sub-principle as one value each.
class ValueCoverage
{
    Q_DECLARE_TR_FUNCTIONS(starling::ValueCoverage)
public:
    enum class Level {
        Gap,     // no story
        Minimum, // one story
        Ideal,   // two or more
    };

    struct Row {
        qint64 valueId = 0;
        qint64 parentId = 0;
        int depth = 0;   // 0 for a top-level value, 1 for a sub-principle, ...
        int stories = 0; // distinct stories linked to this value itself
        Level level = Level::Gap;

        bool operator==(const Row &) const = default;
    };

    struct Summary {
        int values = 0;  // values and sub-principles
        int covered = 0; // with at least one story
        int withTwo = 0; // with two or more

        bool operator==(const Summary &) const = default;
    };

    static Level levelFor(int stories);
    // Distinct stories per value id, for the given values only; links to other values are
    // ignored. Every given value has an entry, 0 when nothing is linked.
    static QHash<qint64, int> storyCounts(const QList<ValuePrinciple> &values,
                                          const QList<StoryValueLink> &links);
    // One row per value, in the order given (tree order from the store).
    static QList<Row> rows(const QList<ValuePrinciple> &values, const QList<StoryValueLink> &links);
    static Summary summarize(const QList<Row> &rows);
    static Summary summarize(const QList<ValuePrinciple> &values,
                             const QList<StoryValueLink> &links);
    // "12 of 16 values covered, 5 with two stories"; "No values yet" for an empty company.
    static QString summaryText(const Summary &summary);
    // Short translated label: "No story", "One story", "Two or more".
    static QString levelName(Level level);
    // What a row's coverage badge says: "Gap", "1 story", "3 stories".
    static QString storyCountText(int stories);
};

} // namespace starling
