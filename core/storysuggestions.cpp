#include "storysuggestions.h"

#include "themes.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace starling {

namespace {

// Reasons quote a handful of words; more would not fit a tooltip line.
constexpr int MaxMentionedWords = 4;

bool isContentWord(const QString &word)
{
    if (word.size() < 3 || Themes::isStopWord(word))
        return false;
    return !std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

QSet<QString> stemsOf(const QStringList &texts)
{
    QSet<QString> stems;
    for (const QString &text : texts) {
        for (const QString &word : Themes::words(text)) {
            if (isContentWord(word))
                stems.insert(Themes::stem(word));
        }
    }
    return stems;
}

QString storyStarText(const Story &story)
{
    return QStringList{story.situation, story.task, story.action, story.result}.join(u'\n');
}

QString quoted(const QString &name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name.trimmed());
}

} // namespace

int StoryProfiles::intern(const QString &word)
{
    const auto it = m_wordIds.constFind(word);
    if (it != m_wordIds.cend())
        return *it;
    const int id = int(m_words.size());
    m_words.append(word);
    m_wordIds.insert(word, id);
    m_stemOf.push_back(id); // a stem is its own stem until add() says otherwise
    return id;
}

void StoryProfiles::add(const Story &story)
{
    const QString starText = storyStarText(story);
    Profile profile;
    profile.themes = Themes::suggest(story.title, starText, {});
    QSet<int> seenStems;
    for (const QString &word : Themes::words(story.title + u'\n' + starText)) {
        if (!isContentWord(word))
            continue;
        const int wordId = intern(word);
        int stemId = m_stemOf[size_t(wordId)];
        if (stemId == wordId) {
            const QString stem = Themes::stem(word);
            if (stem != word) {
                stemId = intern(stem);
                m_stemOf[size_t(wordId)] = stemId;
            }
        }
        if (!seenStems.contains(stemId)) {
            seenStems.insert(stemId);
            profile.words.push_back(wordId);
        }
    }
    profile.words.shrink_to_fit();
    m_profiles.emplace(story.id, std::move(profile)); // replaces an earlier profile of the story
}

void StoryProfiles::remove(qint64 storyId)
{
    m_profiles.remove(storyId);
}

void StoryProfiles::clear()
{
    m_profiles.clear();
    m_wordIds.clear();
    m_words.clear();
    m_stemOf.clear();
}

StoryProfiles StoryProfiles::of(const QList<Story> &stories)
{
    StoryProfiles profiles;
    for (const Story &story : stories)
        profiles.add(story);
    return profiles;
}

QList<StoryMatch> StoryProfiles::match(const QStringList &themes, const QSet<QString> &stems,
                                       const QSet<qint64> &exclude,
                                       const QList<StoryValueLink> &links,
                                       const QList<ValuePrinciple> &allValues, int max) const
{
    if (max <= 0)
        return {};
    // Which interned stems the target uses: one flag per word id.
    std::vector<char> targetStem(m_words.size(), 0);
    for (const QString &stem : stems) {
        const auto it = m_wordIds.constFind(stem);
        if (it != m_wordIds.cend())
            targetStem[size_t(*it)] = 1;
    }

    QHash<qint64, int> valueIndex; // position in allValues: the order sources are preferred in
    QHash<qint64, QStringList> themesById;
    for (int i = 0; i < int(allValues.size()); ++i) {
        valueIndex.insert(allValues.at(i).id, i);
        themesById.insert(allValues.at(i).id, StorySuggestions::themesOf(allValues.at(i)));
    }
    QHash<qint64, QList<qint64>> linkedValues; // story -> values it is linked to
    for (const StoryValueLink &link : links) {
        if (valueIndex.contains(link.valueId))
            linkedValues[link.storyId].append(link.valueId);
    }

    QList<StoryMatch> result;
    for (auto story = m_profiles.cbegin(); story != m_profiles.cend(); ++story) {
        if (exclude.contains(story.key()))
            continue;
        // Where each of the story's themes comes from: the earliest linked value in tree order.
        QHash<QString, int> themeSource;
        for (qint64 valueId : linkedValues.value(story.key())) {
            const int index = valueIndex.value(valueId);
            for (const QString &theme : themesById.value(valueId)) {
                const auto it = themeSource.constFind(theme);
                if (it == themeSource.cend() || index < *it)
                    themeSource.insert(theme, index);
            }
        }
        StoryMatch match;
        match.storyId = story.key();
        for (const QString &theme : themes) {
            if ((themeSource.contains(theme) || story->themes.contains(theme))
                && !match.sharedThemes.contains(theme)) {
                match.sharedThemes.append(theme);
            }
        }
        for (int word : story->words) {
            if (targetStem[size_t(m_stemOf[size_t(word)])])
                match.mentioned.append(m_words.at(word));
        }
        match.score = int(match.sharedThemes.size()) * StorySuggestions::ThemeWeight
            + std::min(int(match.mentioned.size()), StorySuggestions::MaxWordScore);
        if (match.score == 0)
            continue;
        for (const QString &theme : std::as_const(match.sharedThemes)) {
            if (const auto it = themeSource.constFind(theme); it != themeSource.cend()) {
                match.linkedTheme = theme;
                match.linkedValueIndex = *it;
                break;
            }
        }
        result.append(std::move(match));
    }

    const auto better = [](const StoryMatch &a, const StoryMatch &b) {
        return a.score != b.score ? a.score > b.score : a.storyId < b.storyId;
    };
    if (result.size() > max) {
        std::partial_sort(result.begin(), result.begin() + max, result.end(), better);
        result.resize(max);
    } else {
        std::sort(result.begin(), result.end(), better);
    }
    return result;
}

QStringList StorySuggestions::themesOf(const ValuePrinciple &value)
{
    if (!value.themes.isEmpty())
        return value.themes;
    return Themes::suggest(value.name, value.meaning, value.keywords);
}

QSet<QString> StorySuggestions::contentStems(const ValuePrinciple &value)
{
    return stemsOf(QStringList{value.name, value.meaning} + value.keywords);
}

QList<StorySuggestion> StorySuggestions::forValue(const ValuePrinciple &value,
                                                  const QList<Story> &stories,
                                                  const QList<StoryValueLink> &links,
                                                  const QList<ValuePrinciple> &allValues, int max)
{
    return forValue(value, stories, links, allValues, {}, max);
}

QList<StorySuggestion> StorySuggestions::forValue(const ValuePrinciple &value,
                                                  const QList<Story> &stories,
                                                  const QList<StoryValueLink> &links,
                                                  const QList<ValuePrinciple> &allValues,
                                                  const QList<Company> &companies, int max)
{
    if (max <= 0)
        return {};
    return forValue(value, StoryProfiles::of(stories), links, allValues, companies, max);
}

QList<StorySuggestion> StorySuggestions::forValue(const ValuePrinciple &value,
                                                  const StoryProfiles &profiles,
                                                  const QList<StoryValueLink> &links,
                                                  const QList<ValuePrinciple> &allValues,
                                                  const QList<Company> &companies, int max)
{
    QSet<qint64> alreadyLinked;
    QList<StoryValueLink> otherLinks; // a story's link to this very value lends it no theme
    otherLinks.reserve(links.size());
    for (const StoryValueLink &link : links) {
        if (link.valueId == value.id)
            alreadyLinked.insert(link.storyId);
        else
            otherLinks.append(link);
    }
    QHash<qint64, QString> companyNames;
    for (const Company &company : companies)
        companyNames.insert(company.id, company.name.trimmed());

    QList<StorySuggestion> result;
    for (const StoryMatch &match : profiles.match(themesOf(value), contentStems(value),
                                                  alreadyLinked, otherLinks, allValues, max)) {
        QStringList reasons;
        if (!match.linkedTheme.isEmpty()) {
            // Prefer naming a theme the story already demonstrates somewhere in the matrix.
            const ValuePrinciple &source = allValues.at(match.linkedValueIndex);
            const QString company = companyNames.value(source.companyId);
            reasons.append(company.isEmpty()
                               ? tr("Shares the theme %1 with %2")
                                     .arg(Themes::displayName(match.linkedTheme), quoted(source.name))
                               : tr("Shares the theme %1 with %2 at %3")
                                     .arg(Themes::displayName(match.linkedTheme),
                                          quoted(source.name), company));
        } else if (!match.sharedThemes.isEmpty()) {
            reasons.append(tr("Reads like %1").arg(Themes::displayName(match.sharedThemes.first())));
        }
        if (!match.mentioned.isEmpty())
            reasons.append(
                tr("Mentions: %1").arg(match.mentioned.mid(0, MaxMentionedWords).join(u", ")));
        result.append({match.storyId, match.score, reasons.join(u"; ")});
    }
    return result;
}

QList<ReuseSuggestion> StorySuggestions::reusableMappings(const ValuePrinciple &value,
                                                          const QList<StoryValueLink> &links,
                                                          const QList<ValuePrinciple> &allValues,
                                                          const QList<Company> &companies,
                                                          int max)
{
    const QStringList valueThemes = themesOf(value);
    if (valueThemes.isEmpty())
        return {};

    QHash<qint64, const ValuePrinciple *> valuesById;
    for (const ValuePrinciple &v : allValues)
        valuesById.insert(v.id, &v);
    QHash<qint64, QString> companyNames;
    for (const Company &company : companies)
        companyNames.insert(company.id, company.name.trimmed());

    QSet<qint64> alreadyLinked;
    for (const StoryValueLink &link : links) {
        if (link.valueId == value.id)
            alreadyLinked.insert(link.storyId);
    }

    struct Candidate {
        const StoryValueLink *link;
        const ValuePrinciple *from;
        QStringList shared;
    };
    auto better = [](const Candidate &a, const Candidate &b) {
        if (a.shared.size() != b.shared.size())
            return a.shared.size() > b.shared.size();
        const bool aNotes = !a.link->notes.trimmed().isEmpty();
        const bool bNotes = !b.link->notes.trimmed().isEmpty();
        if (aNotes != bNotes)
            return aNotes;
        return a.from->id < b.from->id;
    };

    QHash<qint64, Candidate> best; // per story
    for (const StoryValueLink &link : links) {
        if (alreadyLinked.contains(link.storyId))
            continue;
        const ValuePrinciple *from = valuesById.value(link.valueId);
        if (!from || from->companyId == value.companyId)
            continue;
        const QStringList fromThemes = themesOf(*from);
        QStringList shared;
        for (const QString &theme : valueThemes) {
            if (fromThemes.contains(theme) && !shared.contains(theme))
                shared.append(theme);
        }
        if (shared.isEmpty())
            continue;
        const Candidate candidate{&link, from, shared};
        const auto it = best.find(link.storyId);
        if (it == best.end())
            best.insert(link.storyId, candidate);
        else if (better(candidate, *it))
            *it = candidate;
    }

    QList<Candidate> ordered = best.values();
    std::sort(ordered.begin(), ordered.end(), [](const Candidate &a, const Candidate &b) {
        if (a.shared.size() != b.shared.size())
            return a.shared.size() > b.shared.size();
        return a.link->storyId < b.link->storyId;
    });

    if (max >= 0 && ordered.size() > max)
        ordered.resize(max);
    QList<ReuseSuggestion> result;
    for (const Candidate &c : std::as_const(ordered)) {
        QStringList names;
        for (const QString &theme : c.shared)
            names.append(Themes::displayName(theme));
        const QString company = companyNames.value(c.from->companyId);
        const QString reason = company.isEmpty()
            ? tr("Mapped to %1 — same theme: %2").arg(quoted(c.from->name), names.join(u", "))
            : tr("Mapped to %1 at %2 — same theme: %3")
                  .arg(quoted(c.from->name), company, names.join(u", "));
        result.append({c.link->storyId, c.from->id, c.from->companyId, c.link->notes, reason});
    }
    return result;
}

} // namespace starling
