#pragma once

#include "company.h"
#include "story.h"
#include "storyvaluelink.h"
#include "valueprinciple.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

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

// What a story has in common with a value or a question (StoryProfiles::match()).
struct StoryMatch {
    qint64 storyId = 0;
    int score = 0;            // ThemeWeight per shared theme, plus shared words capped below one
    QStringList sharedThemes; // in the order of the target's themes
    // The first shared theme that a value the story is linked to has, and the earliest such
    // value (an index into the allValues given to match()); empty and -1 when none.
    QString linkedTheme;
    int linkedValueIndex = -1;
    QStringList mentioned;    // the story's words whose stems the target uses, in order of use
};

// What suggestions need of each story's text, worked out once per story: the themes its title
// and STAR text read like (Themes::suggest()) and its content words (no stop words, no numbers)
// by stem, in order of first use. Ranking 10 000 stories then takes milliseconds instead of
// re-reading every text, and the text itself need not stay in memory. Words are interned, so a
// profile is a list of small integers.
class StoryProfiles
{
public:
    // Analyses the story, replacing an earlier profile with the same id.
    void add(const Story &story);
    void remove(qint64 storyId);
    void clear();
    bool contains(qint64 storyId) const { return m_profiles.contains(storyId); }
    qsizetype size() const { return m_profiles.size(); }
    static StoryProfiles of(const QList<Story> &stories);

    // Every profiled story sharing a theme or a word stem with a target (a value, a question),
    // leaving out `exclude`, best first (ties by story id), at most `max`. A story's themes are
    // its text's plus the themes of every value it is linked to (`themesOf` each of allValues).
    QList<StoryMatch> match(const QStringList &themes, const QSet<QString> &stems,
                            const QSet<qint64> &exclude, const QList<StoryValueLink> &links,
                            const QList<ValuePrinciple> &allValues, int max) const;

private:
    struct Profile {
        QStringList themes;
        std::vector<int> words; // ids in m_words: the first word of each stem, in order of use
    };
    int intern(const QString &word);

    QHash<qint64, Profile> m_profiles;
    QHash<QString, int> m_wordIds;
    QStringList m_words;        // by id
    std::vector<int> m_stemOf;  // word id -> the id of its stem (stems are interned as words)
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
    // The same over stories profiled earlier: what the values matrix uses, so a click does not
    // re-read 10 000 texts.
    static QList<StorySuggestion> forValue(const ValuePrinciple &value,
                                           const StoryProfiles &profiles,
                                           const QList<StoryValueLink> &links,
                                           const QList<ValuePrinciple> &allValues,
                                           const QList<Company> &companies, int max = 3);
    // The stems a value shares words by: of its name, meaning and keywords.
    static QSet<QString> contentStems(const ValuePrinciple &value);

    // Existing mappings at other companies whose value shares a theme with `value`, one per
    // story (the mapping sharing most themes; then the one with notes; then the lowest value id),
    // leaving out stories already linked to `value`. Ordered by shared themes, then story id;
    // at most `max` of them when max >= 0 (a big vault has thousands).
    static QList<ReuseSuggestion> reusableMappings(const ValuePrinciple &value,
                                                   const QList<StoryValueLink> &links,
                                                   const QList<ValuePrinciple> &allValues,
                                                   const QList<Company> &companies = {},
                                                   int max = -1);
};

} // namespace starling
