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

QSet<QString> contentStems(const QStringList &texts)
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

QStringList StorySuggestions::themesOf(const ValuePrinciple &value)
{
    if (!value.themes.isEmpty())
        return value.themes;
    return Themes::suggest(value.name, value.meaning, value.keywords);
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
    const QStringList valueThemes = themesOf(value);
    const QSet<QString> valueStems =
        contentStems(QStringList{value.name, value.meaning} + value.keywords);

    QHash<qint64, int> valueIndex; // position in allValues: the order sources are preferred in
    QHash<qint64, QStringList> themesById;
    for (int i = 0; i < int(allValues.size()); ++i) {
        valueIndex.insert(allValues.at(i).id, i);
        themesById.insert(allValues.at(i).id, themesOf(allValues.at(i)));
    }
    QHash<qint64, QString> companyNames;
    for (const Company &company : companies)
        companyNames.insert(company.id, company.name.trimmed());

    QSet<qint64> alreadyLinked;
    QHash<qint64, QList<qint64>> linkedValues; // story -> values it is linked to
    for (const StoryValueLink &link : links) {
        if (link.valueId == value.id)
            alreadyLinked.insert(link.storyId);
        else if (valueIndex.contains(link.valueId))
            linkedValues[link.storyId].append(link.valueId);
    }

    QList<StorySuggestion> result;
    for (const Story &story : stories) {
        if (alreadyLinked.contains(story.id))
            continue;

        // Where each of the story's themes comes from: the earliest linked value in tree order.
        QHash<QString, int> themeSource;
        for (qint64 valueId : linkedValues.value(story.id)) {
            const int index = valueIndex.value(valueId);
            for (const QString &theme : themesById.value(valueId)) {
                const auto it = themeSource.constFind(theme);
                if (it == themeSource.cend() || index < *it)
                    themeSource.insert(theme, index);
            }
        }
        const QString starText = storyStarText(story);
        const QStringList textThemes = Themes::suggest(story.title, starText, {});

        QStringList shared;
        for (const QString &theme : valueThemes) {
            if ((themeSource.contains(theme) || textThemes.contains(theme)) && !shared.contains(theme))
                shared.append(theme);
        }

        QStringList mentioned;
        QSet<QString> seenStems;
        for (const QString &word : Themes::words(story.title + u'\n' + starText)) {
            if (!isContentWord(word))
                continue;
            const QString stem = Themes::stem(word);
            if (valueStems.contains(stem) && !seenStems.contains(stem)) {
                seenStems.insert(stem);
                mentioned.append(word);
            }
        }

        const int score = int(shared.size()) * ThemeWeight
            + std::min(int(mentioned.size()), MaxWordScore);
        if (score == 0)
            continue;

        QStringList reasons;
        if (!shared.isEmpty()) {
            // Prefer naming a theme the story already demonstrates somewhere in the matrix.
            QString linkedTheme;
            for (const QString &theme : std::as_const(shared)) {
                if (themeSource.contains(theme)) {
                    linkedTheme = theme;
                    break;
                }
            }
            if (!linkedTheme.isEmpty()) {
                const ValuePrinciple &source = allValues.at(themeSource.value(linkedTheme));
                const QString company = companyNames.value(source.companyId);
                reasons.append(company.isEmpty()
                                   ? tr("Shares the theme %1 with %2")
                                         .arg(Themes::displayName(linkedTheme), quoted(source.name))
                                   : tr("Shares the theme %1 with %2 at %3")
                                         .arg(Themes::displayName(linkedTheme),
                                              quoted(source.name), company));
            } else {
                reasons.append(tr("Reads like %1").arg(Themes::displayName(shared.first())));
            }
        }
        if (!mentioned.isEmpty())
            reasons.append(tr("Mentions: %1").arg(mentioned.mid(0, MaxMentionedWords).join(u", ")));

        result.append({story.id, score, reasons.join(u"; ")});
    }

    std::sort(result.begin(), result.end(), [](const StorySuggestion &a, const StorySuggestion &b) {
        return a.score != b.score ? a.score > b.score : a.storyId < b.storyId;
    });
    if (result.size() > max)
        result.resize(max);
    return result;
}

QList<ReuseSuggestion> StorySuggestions::reusableMappings(const ValuePrinciple &value,
                                                          const QList<StoryValueLink> &links,
                                                          const QList<ValuePrinciple> &allValues,
                                                          const QList<Company> &companies)
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
