#include "questionsuggestions.h"

#include "themes.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace starling {

namespace {

// Reasons quote a handful of words; more would not fit one line.
constexpr int MaxMentionedWords = 4;

// Words every behavioural question is framed with. They say nothing about which story fits,
// and "time" or "example" would otherwise match half the vault.
bool isFramingWord(const QString &word)
{
    static const QSet<QString> framing = [] {
        QSet<QString> set;
        for (const char *w : {"tell", "describe", "time", "times", "example", "examples", "give",
                              "share", "talk", "walk", "specific", "happened", "happen",
                              "recall", "remember", "instance", "situation", "experience",
                              "next", "afterwards", "anyway", "exactly", "really", "something",
                              "someone", "anything", "ever", "last", "many", "first"}) {
            set.insert(QString::fromLatin1(w));
        }
        return set;
    }();
    return framing.contains(word);
}

bool isContentWord(const QString &word)
{
    if (word.size() < 3 || Themes::isStopWord(word))
        return false;
    return !std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

// The words of `text` (as written, case-folded) whose stems the question uses, once each.
QStringList sharedWords(const QString &text, const QSet<QString> &questionStems)
{
    QStringList mentioned;
    QSet<QString> seen;
    for (const QString &word : Themes::words(text)) {
        if (!isContentWord(word))
            continue;
        const QString stem = Themes::stem(word);
        if (questionStems.contains(stem) && !seen.contains(stem)) {
            seen.insert(stem);
            mentioned.append(word);
        }
    }
    return mentioned;
}

QString quoted(const QString &name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name.simplified());
}

QString themeNames(const QStringList &themes)
{
    QStringList names;
    for (const QString &theme : themes)
        names.append(Themes::displayName(theme));
    return names.join(QStringLiteral(", "));
}

} // namespace

QStringList QuestionSuggestions::themesOf(const QString &text, const QStringList &themes)
{
    if (!themes.isEmpty())
        return themes;
    return Themes::suggest(QString(), text, {});
}

QStringList QuestionSuggestions::contentStems(const QString &text)
{
    QStringList stems;
    for (const QString &word : Themes::words(text)) {
        if (!isContentWord(word) || isFramingWord(word))
            continue;
        const QString stem = Themes::stem(word);
        if (!stems.contains(stem))
            stems.append(stem);
    }
    return stems;
}

QList<QuestionFit> QuestionSuggestions::stories(const QString &text, const QStringList &themes,
                                                const QList<Story> &stories,
                                                const QList<StoryValueLink> &links,
                                                const QList<ValuePrinciple> &allValues,
                                                const QList<Company> &companies, int max)
{
    if (max <= 0)
        return {};
    const QStringList questionThemes = themesOf(text, themes);
    const QStringList stemList = contentStems(text);
    const QSet<QString> questionStems(stemList.cbegin(), stemList.cend());

    QHash<qint64, QString> companyNames;
    for (const Company &company : companies)
        companyNames.insert(company.id, company.name.simplified());

    QList<QuestionFit> result;
    const QList<StoryMatch> matches = StoryProfiles::of(stories).match(
        questionThemes, questionStems, {}, links, allValues, max);
    for (const StoryMatch &match : matches) {
        QStringList reasons;
        if (!match.linkedTheme.isEmpty()) {
            // Naming a value the story already demonstrates is the most convincing reason.
            const ValuePrinciple &source = allValues.at(match.linkedValueIndex);
            const QString company = companyNames.value(source.companyId);
            reasons.append(company.isEmpty()
                               ? tr("Shares the theme %1 with %2")
                                     .arg(Themes::displayName(match.linkedTheme), quoted(source.name))
                               : tr("Shares the theme %1 with %2 at %3")
                                     .arg(Themes::displayName(match.linkedTheme),
                                          quoted(source.name), company));
        } else if (!match.sharedThemes.isEmpty()) {
            reasons.append(tr("Reads like %1").arg(themeNames(match.sharedThemes)));
        }
        if (!match.mentioned.isEmpty())
            reasons.append(
                tr("Mentions: %1").arg(match.mentioned.mid(0, MaxMentionedWords).join(u", ")));
        result.append({match.storyId, match.score, reasons.join(QStringLiteral("; "))});
    }
    return result;
}

QList<QuestionFit> QuestionSuggestions::values(const QString &text, const QStringList &themes,
                                               const QList<ValuePrinciple> &values, int max)
{
    if (max <= 0)
        return {};
    const QStringList questionThemes = themesOf(text, themes);
    const QStringList stemList = contentStems(text);
    const QSet<QString> questionStems(stemList.cbegin(), stemList.cend());

    QList<QuestionFit> result;
    for (const ValuePrinciple &value : values) {
        const QStringList valueThemes = StorySuggestions::themesOf(value);
        QStringList shared;
        for (const QString &theme : questionThemes) {
            if (valueThemes.contains(theme) && !shared.contains(theme))
                shared.append(theme);
        }
        const QStringList mentioned = sharedWords(
            QStringList{value.name, value.meaning, value.keywords.join(u'\n')}.join(u'\n'),
            questionStems);
        const int score =
            int(shared.size()) * ThemeWeight + std::min(int(mentioned.size()), MaxWordScore);
        if (score == 0)
            continue;
        QStringList reasons;
        if (!shared.isEmpty())
            reasons.append(tr("Same theme: %1").arg(themeNames(shared)));
        if (!mentioned.isEmpty())
            reasons.append(tr("Mentions: %1").arg(mentioned.mid(0, MaxMentionedWords).join(u", ")));
        result.append({value.id, score, reasons.join(QStringLiteral("; "))});
    }
    // Stable: equal scores keep the company's own order of its values.
    std::stable_sort(result.begin(), result.end(),
                     [](const QuestionFit &a, const QuestionFit &b) { return a.score > b.score; });
    if (result.size() > max)
        result.resize(max);
    return result;
}

} // namespace starling
