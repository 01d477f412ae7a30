#include "valuecoverage.h"

#include <QSet>

namespace starling {

ValueCoverage::Level ValueCoverage::levelFor(int stories)
{
    if (stories >= 2)
        return Level::Ideal;
    return stories == 1 ? Level::Minimum : Level::Gap;
}

QHash<qint64, int> ValueCoverage::storyCounts(const QList<ValuePrinciple> &values,
                                              const QList<StoryValueLink> &links)
{
    QHash<qint64, QSet<qint64>> stories;
    for (const ValuePrinciple &value : values)
        stories.insert(value.id, {});
    for (const StoryValueLink &link : links) {
        const auto it = stories.find(link.valueId);
        if (it != stories.end())
            it->insert(link.storyId);
    }
    QHash<qint64, int> counts;
    for (auto it = stories.cbegin(); it != stories.cend(); ++it)
        counts.insert(it.key(), int(it->size()));
    return counts;
}

QList<ValueCoverage::Row> ValueCoverage::rows(const QList<ValuePrinciple> &values,
                                              const QList<StoryValueLink> &links)
{
    const QHash<qint64, int> counts = storyCounts(values, links);
    QHash<qint64, qint64> parentOf;
    for (const ValuePrinciple &value : values)
        parentOf.insert(value.id, value.parentId);

    QList<Row> result;
    result.reserve(values.size());
    for (const ValuePrinciple &value : values) {
        int depth = 0;
        // Bounded walk: a damaged parent chain cannot loop forever.
        for (qint64 p = value.parentId; p != 0 && depth <= values.size(); p = parentOf.value(p))
            ++depth;
        const int stories = counts.value(value.id);
        result.append({value.id, value.parentId, depth, stories, levelFor(stories)});
    }
    return result;
}

ValueCoverage::Summary ValueCoverage::summarize(const QList<Row> &rows)
{
    Summary summary;
    for (const Row &row : rows) {
        ++summary.values;
        if (row.stories >= 1)
            ++summary.covered;
        if (row.stories >= 2)
            ++summary.withTwo;
    }
    return summary;
}

ValueCoverage::Summary ValueCoverage::summarize(const QList<ValuePrinciple> &values,
                                                const QList<StoryValueLink> &links)
{
    return summarize(rows(values, links));
}

QString ValueCoverage::summaryText(const Summary &summary)
{
    if (summary.values == 0)
        return tr("No values yet");
    return tr("%1 of %n values covered, %2 with two stories", nullptr, summary.values)
        .arg(summary.covered)
        .arg(summary.withTwo);
}

QString ValueCoverage::levelName(Level level)
{
    switch (level) {
    case Level::Gap: return tr("No story");
    case Level::Minimum: return tr("One story");
    case Level::Ideal: return tr("Two or more");
    }
    return {};
}

QString ValueCoverage::storyCountText(int stories)
{
    if (levelFor(stories) == Level::Gap)
        return tr("Gap");
    return tr("%n story(s)", nullptr, stories);
}

} // namespace starling
