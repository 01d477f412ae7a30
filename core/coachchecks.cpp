#include "coachchecks.h"

#include "themes.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <utility>
#include <vector>

// The word-based checks (repeat-verbatim, link-back-generic, link-back-too-explicit,
// result-no-metric, action-we-not-i) know English words only: pronouns, number words, month
// names. On other languages they simply find less. All word handling goes through Themes
// (words, stem, isStopWord) so "owner", "owning" and "ownership" match here exactly as they do
// in theme suggestions and coverage.

namespace starling {

namespace {

// The codes in report order; run() sorts by section first and by this index second.
const char *const codeList[] = {
    "repeat-missing",         "repeat-verbatim",   "section-missing", "link-back-missing",
    "link-back-generic",      "link-back-too-explicit", "result-no-metric", "action-we-not-i",
    "too-long",               "too-short",         "no-target-value", "same-link-back-elsewhere",
};

// A question shorter than this is too short to be "copied": "Why us?" played back is fine.
constexpr int MinVerbatimQuestionWords = 4;
// The Repeat copies the question when their longest common subsequence covers this share of
// the question's words (numerator / denominator).
constexpr int VerbatimShareNumerator = 4;
constexpr int VerbatimShareDenominator = 5;
// The LCS table costs question words x Repeat words; beyond this the text is an essay, not a
// played-back question, and the check is skipped so typing stays instant.
constexpr qint64 MaxVerbatimCells = 4'000'000;

int codeIndex(const QString &code)
{
    for (int i = 0; i < int(std::size(codeList)); ++i) {
        if (code == QLatin1StringView(codeList[i]))
            return i;
    }
    return int(std::size(codeList));
}

// None comes after the six sections.
int sectionOrder(AnswerSection section)
{
    return section == AnswerSection::None ? 100 : int(section);
}

QSet<QString> wordSet(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    set.reserve(qsizetype(list.size()));
    for (const char *w : list)
        set.insert(QString::fromLatin1(w));
    return set;
}

// A section counts as written when it holds at least one letter or digit: spaces, dashes or a
// lone bullet are a placeholder, not content (the same rule countWords() uses).
bool hasContent(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Themes::stems() with a cache: long texts repeat the same words, and stemming is the costly part.
class Stemmer
{
public:
    QStringList stems(QStringView text)
    {
        QStringList list = Themes::words(text);
        for (QString &w : list)
            w = stem(w);
        return list;
    }

    QString stem(const QString &word)
    {
        const auto it = m_cache.constFind(word);
        if (it != m_cache.cend())
            return *it;
        QString s = Themes::stem(word);
        m_cache.insert(word, s);
        return s;
    }

private:
    QHash<QString, QString> m_cache;
};

// --- Repeat ---------------------------------------------------------------------------------

bool copiesQuestion(const QString &question, const QString &repeat, Stemmer &stemmer)
{
    const QStringList q = stemmer.stems(question);
    if (q.size() < MinVerbatimQuestionWords)
        return false;
    const QStringList r = stemmer.stems(repeat);
    if (r.isEmpty() || qint64(q.size()) * qint64(r.size()) > MaxVerbatimCells)
        return false;

    // Compare small integers rather than strings in the inner loop.
    QHash<QString, int> ids;
    std::vector<int> qIds;
    qIds.reserve(size_t(q.size()));
    for (const QString &s : q) {
        int id = ids.value(s, -1);
        if (id < 0) {
            id = int(ids.size());
            ids.insert(s, id);
        }
        qIds.push_back(id);
    }

    // Classic LCS, one row at a time: O(question x repeat) time, O(question) memory.
    const size_t m = qIds.size();
    std::vector<int> prev(m + 1, 0), cur(m + 1, 0);
    for (const QString &s : r) {
        const int id = ids.value(s, -1);
        for (size_t j = 1; j <= m; ++j) {
            cur[j] = (id >= 0 && qIds[j - 1] == id) ? prev[j - 1] + 1
                                                     : std::max(prev[j], cur[j - 1]);
        }
        std::swap(prev, cur);
    }
    const qint64 common = prev[m];
    return common * VerbatimShareDenominator >= qint64(m) * VerbatimShareNumerator;
}

// --- Link back ------------------------------------------------------------------------------

// True when every item of `seq` occurs in `text` in the same order (gaps allowed).
bool containsInOrder(const QStringList &text, const QStringList &seq)
{
    qsizetype at = 0;
    for (const QString &s : seq) {
        while (at < text.size() && text.at(at) != s)
            ++at;
        if (at == text.size())
            return false;
        ++at;
    }
    return true;
}

// True when `seq` occurs in `text` as consecutive items.
bool containsPhrase(const QStringList &text, const QStringList &seq)
{
    if (seq.isEmpty() || seq.size() > text.size())
        return false;
    for (qsizetype i = 0; i + seq.size() <= text.size(); ++i) {
        if (std::equal(seq.begin(), seq.end(), text.begin() + i))
            return true;
    }
    return false;
}

QStringList nonStopStems(QStringView text, Stemmer &stemmer)
{
    QStringList result;
    for (const QString &w : Themes::words(text)) {
        if (!Themes::isStopWord(w))
            result.append(stemmer.stem(w));
    }
    return result;
}

// What a link back should touch: each non-stop word of a value's name on its own, and each
// keyword as a phrase (its non-stop word stems, in order).
QList<QStringList> valueTargets(const QList<ValuePrinciple> &values, Stemmer &stemmer)
{
    QList<QStringList> targets;
    for (const ValuePrinciple &value : values) {
        for (const QString &s : nonStopStems(value.name, stemmer)) {
            if (!targets.contains(QStringList{s}))
                targets.append(QStringList{s});
        }
        for (const QString &keyword : value.keywords) {
            QStringList seq = nonStopStems(keyword, stemmer);
            if (!seq.isEmpty() && !targets.contains(seq))
                targets.append(std::move(seq));
        }
    }
    return targets;
}

bool touchesAnyValue(const QStringList &linkStems, const QList<QStringList> &targets)
{
    const QSet<QString> present(linkStems.begin(), linkStems.end());
    for (const QStringList &target : targets) {
        // Cheap membership test first; only a full hit needs the ordered scan.
        if (!std::all_of(target.begin(), target.end(),
                         [&present](const QString &s) { return present.contains(s); })) {
            continue;
        }
        if (target.size() == 1 || containsInOrder(linkStems, target))
            return true;
    }
    return false;
}

// The word a generic link back could slip in: a keyword of the targeted value, else its name.
QString suggestedKeyword(const CoachInput &input)
{
    const ValuePrinciple *target = nullptr;
    for (const ValuePrinciple &value : input.companyValues) {
        if (value.id == input.answer.valueId) {
            target = &value;
            break;
        }
    }
    if (!target && !input.companyValues.isEmpty())
        target = &input.companyValues.first();
    if (!target)
        return {};
    for (const QString &keyword : target->keywords) {
        if (hasContent(keyword))
            return keyword.trimmed();
    }
    return target->name.trimmed();
}

// Text between quotation marks: “…”, ‘…’, "…" and '…'. A straight or curly single quote
// between two letters is an apostrophe ("don't", "customer’s"), never a quote.
QStringList quotedSegments(QStringView text)
{
    QStringList segments;
    const qsizetype n = text.size();
    auto isWordChar = [&](qsizetype i) {
        return i >= 0 && i < n && text.at(i).isLetterOrNumber();
    };
    char16_t open = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool single = c == u'\'' || c == u'\u2018' || c == u'\u2019';
        if (open == 0) {
            if (c == u'"' || c == u'\u201C' || (single && !isWordChar(i - 1) && isWordChar(i + 1))) {
                open = c;
                start = i + 1;
            }
            continue;
        }
        bool closes = false;
        if (open == u'"')
            closes = c == u'"';
        else if (open == u'\u201C')
            closes = c == u'\u201D' || c == u'"';
        else
            closes = single && c != u'\u2018' && !isWordChar(i + 1) && i > start;
        if (closes) {
            segments.append(text.mid(start, i - start).toString());
            open = 0;
        }
    }
    return segments;
}

struct ExplicitHit {
    QString what; // the name or word that gave it away, as the user wrote it
    bool quotedName = false;
};

// A link back that names the value outright or talks about "values", "principles" or "culture".
// Exact words, not stems: "valuable" and "valued" stem like "value" but are fine.
std::optional<ExplicitHit> announcesValue(const QString &linkBack,
                                          const QList<ValuePrinciple> &values)
{
    const QStringList words = Themes::words(linkBack);

    QList<QStringList> names;
    QSet<QString> nameWords;
    for (const ValuePrinciple &value : values) {
        const QStringList w = Themes::words(value.name);
        if (w.isEmpty())
            continue;
        names.append(w);
        for (const QString &word : w) {
            if (!Themes::isStopWord(word))
                nameWords.insert(word);
        }
    }

    // A multi-word name said in full is a quotation even without the marks.
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).size() >= 2 && containsPhrase(words, names.at(i)))
            return ExplicitHit{names.at(i).join(u' '), true};
    }
    // Any name inside quotation marks.
    if (!names.isEmpty()) {
        for (const QString &segment : quotedSegments(linkBack)) {
            const QStringList quoted = Themes::words(segment);
            for (const QStringList &name : std::as_const(names)) {
                if (containsPhrase(quoted, name))
                    return ExplicitHit{name.join(u' '), true};
            }
        }
    }

    static const QSet<QString> alwaysExplicit =
        wordSet({"values", "principle", "principles", "culture", "cultures"});
    // "value" alone is often plain English ("it added value", "I value candour"); it announces
    // only after a word that makes it the company's value: "your value", "our core value",
    // "the Ownership value".
    static const QSet<QString> valueOwners =
        wordSet({"your", "yours", "our", "their", "core", "company", "companys", "companies",
                 "cultural", "this", "that"});
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (alwaysExplicit.contains(w))
            return ExplicitHit{w, false};
        if (w == u"value" && i > 0
            && (valueOwners.contains(words.at(i - 1)) || nameWords.contains(words.at(i - 1)))) {
            return ExplicitHit{w, false};
        }
    }
    return std::nullopt;
}

// True when `text` has exactly the words `words` (as Themes::words() gives them): case, spacing
// and punctuation do not make two link backs different. The text is read in slices cut at
// spaces, which never split a word, so a long text that differs early costs almost nothing;
// the check runs against every other answer on every keystroke.
bool hasSameWords(QStringView text, const QStringList &words)
{
    constexpr qsizetype SliceLength = 256;
    qsizetype matched = 0;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype to = std::min(text.size(), from + SliceLength);
        while (to < text.size() && !text.at(to).isSpace())
            ++to;
        for (const QString &w : Themes::words(text.mid(from, to - from))) {
            if (matched == words.size() || w != words.at(matched))
                return false;
            ++matched;
        }
        from = to;
    }
    return matched == words.size();
}

// --- Result ---------------------------------------------------------------------------------

// A Result is measurable when it has a number (digits or a number word), a percentage, an
// amount of money (a currency sign or code), or a span of time with a size ("in three weeks",
// "within a day", "a month early") or a named deadline ("by Friday", "before March"). Vague time
// ("soon", "on time", "quickly") and a bare "one" ("one of the teams") do not count.
bool hasMetric(QStringView text)
{
    for (const QChar c : text) {
        if (c.isDigit() || c.category() == QChar::Symbol_Currency || c == u'%'
            || c == u'\u2030') {
            return true;
        }
    }

    static const QSet<QString> numberWords = wordSet({
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
        "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens", "half",
        "halve", "halves", "halved", "halving", "double", "doubles", "doubled", "doubling",
        "triple", "triples", "tripled", "tripling", "quadruple", "quadrupled", "quadrupling",
        "twice", "thrice", "twofold", "threefold", "fourfold", "fivefold", "tenfold",
        "hundredfold", "percent", "pct", "bn",
    });
    static const QSet<QString> currencyCodes = wordSet({
        "usd", "eur", "gbp", "jpy", "chf", "cad", "aud", "nzd", "inr", "cny", "rmb", "sek",
        "nok", "dkk", "pln", "brl", "sgd", "hkd", "krw", "ils", "zar", "mxn",
    });
    // Words that give a fraction or a time unit its size: "a third", "a few weeks".
    static const QSet<QString> quantityWords =
        wordSet({"a", "an", "one", "few", "several", "couple", "same", "single", "within",
                 "under"});
    static const QSet<QString> fractionWords =
        wordSet({"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"});
    static const QSet<QString> timeUnits =
        wordSet({"seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
                 "weeks", "month", "months", "quarter", "quarters", "year", "years", "sprint",
                 "sprints", "overnight"});
    static const QSet<QString> deadlineWords = wordSet({"by", "before", "until", "till"});
    static const QSet<QString> namedDays = wordSet({
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "christmas", "eod", "eow",
    });

    const QStringList words = Themes::words(text);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (numberWords.contains(w) || currencyCodes.contains(w) || w == u"overnight")
            return true;
        if (i == 0)
            continue;
        const QString &before = words.at(i - 1);
        // (A number word before the unit has already returned true.)
        if (quantityWords.contains(before) && (fractionWords.contains(w) || timeUnits.contains(w)))
            return true;
        if (namedDays.contains(w) && deadlineWords.contains(before))
            return true;
    }
    return false;
}

// --- Action ---------------------------------------------------------------------------------

struct PronounCount {
    int i = 0;
    int we = 0;
};

PronounCount countPronouns(QStringView text)
{
    // Themes::words() joins "I'm" into "im"; split contractions first so "I'm", "I've", "I'd"
    // count as "I" and "we're", "we've" as "we".
    QString split = text.toString();
    for (QChar &c : split) {
        if (c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'\u02BC')
            c = u' ';
    }
    static const QSet<QString> iWords = wordSet({"i", "me", "my", "mine", "myself"});
    static const QSet<QString> weWords = wordSet({"we", "us", "our", "ours", "ourselves"});
    PronounCount count;
    for (const QString &w : Themes::words(split)) {
        if (iWords.contains(w))
            ++count.i;
        else if (weWords.contains(w))
            ++count.we;
    }
    return count;
}

// --- Length ---------------------------------------------------------------------------------

QString formatDuration(int seconds)
{
    if (seconds < 60)
        return CoachChecks::tr("%1 s").arg(seconds);
    if (seconds % 60 == 0)
        return CoachChecks::tr("%1 min").arg(seconds / 60);
    return CoachChecks::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString missingSectionMessage(AnswerSection section)
{
    switch (section) {
    case AnswerSection::Situation:
        return CoachChecks::tr("Add the Situation: where and when, the context in two or three "
                               "sentences.");
    case AnswerSection::Task:
        return CoachChecks::tr("Add the Task: what you had to achieve, and why it was yours.");
    case AnswerSection::Action:
        return CoachChecks::tr("Add the Action: what you did, in concrete steps, saying \u201cI\u201d "
                               "rather than \u201cwe\u201d.");
    case AnswerSection::Result:
        return CoachChecks::tr("Add the Result: what changed, with a number \u2014 a percentage, "
                               "an amount, a time saved.");
    case AnswerSection::None:
    case AnswerSection::Repeat:
    case AnswerSection::LinkBack:
        break;
    }
    return {};
}

} // namespace

QStringList CoachChecks::codes()
{
    QStringList list;
    for (const char *code : codeList)
        list.append(QString::fromLatin1(code));
    return list;
}

QList<CoachFinding> CoachChecks::run(const CoachInput &input)
{
    const Answer &answer = input.answer;
    QList<CoachFinding> findings;
    auto add = [&findings](const char *code, Severity severity, AnswerSection section,
                           QString message) {
        findings.append({QString::fromLatin1(code), severity, section, std::move(message)});
    };
    Stemmer stemmer;

    // Repeat
    if (!hasContent(answer.repeat)) {
        add("repeat-missing", Severity::Error, AnswerSection::Repeat,
            tr("Start with the Repeat: play the question back in your own words. It confirms "
               "the question and buys you a moment to think."));
    } else if (input.question && copiesQuestion(input.question->text, answer.repeat, stemmer)) {
        add("repeat-verbatim", Severity::Warning, AnswerSection::Repeat,
            tr("The Repeat copies the question word for word. Rephrase it in your own words, "
               "for example \u201cSo, a time when I\u2026\u201d."));
    }

    // Situation, Task, Action, Result
    for (const AnswerSection section : {AnswerSection::Situation, AnswerSection::Task,
                                        AnswerSection::Action, AnswerSection::Result}) {
        if (!hasContent(sectionText(answer, section)))
            add("section-missing", Severity::Error, section, missingSectionMessage(section));
    }
    if (hasContent(answer.action)) {
        const PronounCount pronouns = countPronouns(answer.action);
        if (pronouns.we > pronouns.i) {
            add("action-we-not-i", Severity::Warning, AnswerSection::Action,
                tr("The Action says \u201cwe\u201d more often than \u201cI\u201d (we: %1, I: %2). "
                   "Say what you did yourself: \u201cI built\u2026\u201d, \u201cI "
                   "convinced\u2026\u201d.")
                    .arg(pronouns.we)
                    .arg(pronouns.i));
        }
    }
    if (hasContent(answer.result) && !hasMetric(answer.result)) {
        add("result-no-metric", Severity::Warning, AnswerSection::Result,
            tr("Add a number to the Result: a percentage, an amount, a time saved, how many "
               "people it reached."));
    }

    // Link back
    if (!hasContent(answer.linkBack)) {
        add("link-back-missing", Severity::Error, AnswerSection::LinkBack,
            tr("Add a Link back: one sentence that ties the result to one of this company\u2019s "
               "values."));
    } else {
        if (!input.companyValues.isEmpty()) {
            const QList<QStringList> targets = valueTargets(input.companyValues, stemmer);
            if (!targets.isEmpty()
                && !touchesAnyValue(stemmer.stems(answer.linkBack), targets)) {
                const QString keyword = suggestedKeyword(input);
                add("link-back-generic", Severity::Warning, AnswerSection::LinkBack,
                    keyword.isEmpty()
                        ? tr("The Link back touches none of this company\u2019s values. Slip in "
                             "the key word of the value you are aiming at.")
                        : tr("The Link back touches none of this company\u2019s values. Slip in "
                             "the key word of the value you are aiming at, for example "
                             "\u201c%1\u201d.")
                              .arg(keyword));
            }
        }
        if (const std::optional<ExplicitHit> hit =
                announcesValue(answer.linkBack, input.companyValues)) {
            add("link-back-too-explicit", Severity::Warning, AnswerSection::LinkBack,
                hit->quotedName
                    ? tr("The Link back quotes the value \u201c%1\u201d, which sounds scripted. "
                         "Show it instead: slip in its key word naturally.")
                          .arg(hit->what)
                    : tr("The Link back talks about \u201c%1\u201d outright, which sounds "
                         "scripted. Drop it and slip in the value\u2019s key word naturally.")
                          .arg(hit->what));
        }
        if (answer.companyId != 0) {
            const QStringList mine = Themes::words(answer.linkBack);
            const bool reused =
                !mine.isEmpty()
                && std::any_of(input.otherAnswers.begin(), input.otherAnswers.end(),
                               [&](const Answer &other) {
                                   return other.id != answer.id && other.companyId != 0
                                       && other.companyId != answer.companyId
                                       && hasSameWords(other.linkBack, mine);
                               });
            if (reused) {
                add("same-link-back-elsewhere", Severity::Warning, AnswerSection::LinkBack,
                    tr("An answer for another company ends with the same Link back. Rewrite it "
                       "around this company\u2019s own values and their key words."));
            }
        }
    }

    // The whole answer
    int words = 0;
    for (const AnswerSection section : AnswerSections)
        words += countWords(sectionText(answer, section));
    const int seconds = input.pace.secondsFor(words);
    if (words > 0 && seconds > input.pace.maxSeconds) {
        add("too-long", Severity::Warning, AnswerSection::None,
            tr("Spoken, this answer takes about %1, more than %2. Cut the Situation and Task to "
               "a sentence or two and keep the detail for the Action and Result.")
                .arg(formatDuration(seconds), formatDuration(input.pace.maxSeconds)));
    }
    if (words > 0 && seconds < input.pace.minSeconds) {
        add("too-short", Severity::Warning, AnswerSection::None,
            tr("Spoken, this answer takes only about %1, less than %2. Add concrete steps to "
               "the Action and numbers to the Result.")
                .arg(formatDuration(seconds), formatDuration(input.pace.minSeconds)));
    }
    if (answer.valueId == 0) {
        add("no-target-value", Severity::Warning, AnswerSection::None,
            tr("Choose the company value this answer targets, so the Link back has something "
               "to aim at."));
    }

    std::stable_sort(findings.begin(), findings.end(),
                     [](const CoachFinding &a, const CoachFinding &b) {
                         const int sa = sectionOrder(a.section), sb = sectionOrder(b.section);
                         if (sa != sb)
                             return sa < sb;
                         return codeIndex(a.code) < codeIndex(b.code);
                     });
    return findings;
}

bool CoachChecks::passes(const QList<CoachFinding> &findings)
{
    return std::none_of(findings.begin(), findings.end(),
                        [](const CoachFinding &f) { return f.severity == Severity::Error; });
}

bool CoachChecks::passes(const Answer &answer)
{
    // Keep in step with the Severity::Error findings of run(): repeat-missing, section-missing
    // and link-back-missing, one per section.
    return std::all_of(AnswerSections.begin(), AnswerSections.end(),
                       [&answer](AnswerSection section) {
                           return hasContent(sectionText(answer, section));
                       });
}

QString CoachChecks::sectionKey(AnswerSection section)
{
    switch (section) {
    case AnswerSection::Repeat:
        return QStringLiteral("repeat");
    case AnswerSection::Situation:
        return QStringLiteral("situation");
    case AnswerSection::Task:
        return QStringLiteral("task");
    case AnswerSection::Action:
        return QStringLiteral("action");
    case AnswerSection::Result:
        return QStringLiteral("result");
    case AnswerSection::LinkBack:
        return QStringLiteral("link-back");
    case AnswerSection::None:
        break;
    }
    return QString();
}

std::optional<AnswerSection> CoachChecks::sectionFromKey(QStringView key)
{
    if (key.isEmpty())
        return AnswerSection::None;
    for (const AnswerSection section : AnswerSections) {
        if (key == sectionKey(section))
            return section;
    }
    return std::nullopt;
}

QString CoachChecks::sectionName(AnswerSection section)
{
    switch (section) {
    case AnswerSection::Repeat:
        return tr("Repeat");
    case AnswerSection::Situation:
        return tr("Situation");
    case AnswerSection::Task:
        return tr("Task");
    case AnswerSection::Action:
        return tr("Action");
    case AnswerSection::Result:
        return tr("Result");
    case AnswerSection::LinkBack:
        return tr("Link back");
    case AnswerSection::None:
        break;
    }
    return tr("Whole answer");
}

QString CoachChecks::sectionHint(AnswerSection section)
{
    switch (section) {
    case AnswerSection::Repeat:
        return tr("Play the question back in your own words \u2014 it confirms the question and "
                  "buys you a moment.");
    case AnswerSection::Situation:
        return tr("Where and when: the context in two or three sentences.");
    case AnswerSection::Task:
        return tr("What you had to achieve, and why it was yours.");
    case AnswerSection::Action:
        return tr("What you did \u2014 \u201cI\u201d, not \u201cwe\u201d \u2014 in concrete "
                  "steps. The longest part.");
    case AnswerSection::Result:
        return tr("What changed, with a number: percent, money, time.");
    case AnswerSection::LinkBack:
        return tr("Tie the result to this company\u2019s values \u2014 slip in the value\u2019s "
                  "key word, don\u2019t announce it.");
    case AnswerSection::None:
        break;
    }
    return tr("The whole answer: about two minutes when spoken.");
}

quint32 CoachChecks::sectionField(AnswerSection section)
{
    switch (section) {
    case AnswerSection::Repeat:
        return AnswerField::Repeat;
    case AnswerSection::Situation:
        return AnswerField::Situation;
    case AnswerSection::Task:
        return AnswerField::Task;
    case AnswerSection::Action:
        return AnswerField::Action;
    case AnswerSection::Result:
        return AnswerField::Result;
    case AnswerSection::LinkBack:
        return AnswerField::LinkBack;
    case AnswerSection::None:
        break;
    }
    return 0;
}

void CoachChecks::setSectionText(Answer &answer, AnswerSection section, const QString &text)
{
    switch (section) {
    case AnswerSection::Repeat: answer.repeat = text; break;
    case AnswerSection::Situation: answer.situation = text; break;
    case AnswerSection::Task: answer.task = text; break;
    case AnswerSection::Action: answer.action = text; break;
    case AnswerSection::Result: answer.result = text; break;
    case AnswerSection::LinkBack: answer.linkBack = text; break;
    case AnswerSection::None: break;
    }
}

QString CoachChecks::sectionText(const Answer &answer, AnswerSection section)
{
    switch (section) {
    case AnswerSection::Repeat:
        return answer.repeat;
    case AnswerSection::Situation:
        return answer.situation;
    case AnswerSection::Task:
        return answer.task;
    case AnswerSection::Action:
        return answer.action;
    case AnswerSection::Result:
        return answer.result;
    case AnswerSection::LinkBack:
        return answer.linkBack;
    case AnswerSection::None:
        break;
    }
    return QString();
}

QString CoachChecks::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString CoachChecks::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

} // namespace starling
