#pragma once

#include "company.h"
#include "story.h"
#include "storyvaluelink.h"
#include "valueprinciple.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace starling {

// A story likely to demonstrate a value it is not linked to yet.
struct StorySuggestion {
    qint64 storyId = 0;
    int score = 0;  // higher is better; see StorySuggestions::forValue()
    QString reason; // one short translated line: "Shares the theme Ownership with ..."

    bool operator==(const StorySuggestion &) const = default;
};

// A story already mapped to a value of the same theme at another company, whose notes could be
// reused for this value.
struct ReuseSuggestion {
    qint64 storyId = 0;
    qint64 fromValueId = 0;
    qint64 fromCompanyId = 0;
    QString notes;  // the notes of the existing mapping
    QString reason; // "Mapped to “Ownership” at Amazon, which shares the theme Ownership"

    bool operator==(const ReuseSuggestion &) const = default;
};

// Suggestions for the values matrix. Pure analysis over values: no store, deterministic output.
class StorySuggestions
{
    Q_DECLARE_TR_FUNCTIONS(starling::StorySuggestions)
public:
    // Points per shared theme; word overlap adds 1 per shared word, capped below one theme, so
    // shared themes always rank first and overlap breaks ties.
    static constexpr int ThemeWeight = 100;
    static constexpr int MaxWordScore = ThemeWeight - 1;

    // The value's themes, or Themes::suggest() over its words when none are set.
    static QStringList themesOf(const ValuePrinciple &value);

    // Up to `max` stories for `value`, best first (ties by story id), leaving out stories
    // already linked to it and stories with nothing in common. A story's themes are the themes
    // of every value it is linked to (any company) plus Themes::suggest() over its title and
    // STAR text; the word overlap compares stems, without stop words, of the story's title and
    // STAR text with the value's name, meaning and keywords. `companies` only names companies
    // in the reasons; without it the reasons leave the company out.
    static QList<StorySuggestion> forValue(const ValuePrinciple &value, const QList<Story> &stories,
                                           const QList<StoryValueLink> &links,
                                           const QList<ValuePrinciple> &allValues,
                                           const QList<Company> &companies, int max = 3);
    static QList<StorySuggestion> forValue(const ValuePrinciple &value, const QList<Story> &stories,
                                           const QList<StoryValueLink> &links,
                                           const QList<ValuePrinciple> &allValues, int max = 3);

    // Existing mappings at other companies whose value shares a theme with `value`, one per
    // story (the mapping sharing most themes; then the one with notes; then the lowest value id),
    // leaving out stories already linked to `value`. Ordered by shared themes, then story id.
    static QList<ReuseSuggestion> reusableMappings(const ValuePrinciple &value,
                                                   const QList<StoryValueLink> &links,
                                                   const QList<ValuePrinciple> &allValues,
                                                   const QList<Company> &companies = {});
};

} // namespace starling
