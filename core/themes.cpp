#include "themes.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace starling {

namespace {

struct ThemeDef {
    const char *key;
    const char *name;
    const char *description;
    const char *cues; // '|'-separated words and phrases
};

// Cue lists hold plain words and inflections the stemmer does not fold together; phrases match
// as consecutive stems.
const ThemeDef themeDefs[] = {
    {"ownership", QT_TRANSLATE_NOOP("starling::Themes", "Ownership"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You treat the outcome as yours end to end, including the parts that are "
                       "nobody's job."),
     "own|owner|ownership|accountable|accountability|responsible|responsibility|end to end|"
     "long term|initiative|steward|take charge|step up"},
    {"bias-for-action", QT_TRANSLATE_NOOP("starling::Themes", "Bias for action"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You move quickly on reversible decisions instead of waiting for "
                       "certainty or permission."),
     "bias for action|action|act|speed|fast|quick|urgency|urgent|move|decisive|iterate|"
     "momentum|proactive|doer|ship|get things done|hustle"},
    {"learning", QT_TRANSLATE_NOOP("starling::Themes", "Learning and growth"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You stay curious, seek feedback and keep getting better at what you do."),
     "learn|learner|curious|curiosity|growth|mindset|feedback|improve|knowledge|skill|explore|"
     "reflect|humble|humility|study|better every day"},
    {"collaboration", QT_TRANSLATE_NOOP("starling::Themes", "Collaboration / one team"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You help other people and teams succeed and put the shared goal above "
                       "your own credit."),
     "collaborate|collaboration|collaborative|team|teamwork|together|one team|partner|share|"
     "help|support|align|inclusive|inclusion|diverse|diversity|respect|colleague|egoless|"
     "without ego|cross functional|community|belong|belonging|differences"},
    {"customer-focus", QT_TRANSLATE_NOOP("starling::Themes", "Customer focus"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You start from what the customer or user needs and work backwards from "
                       "it."),
     "customer|client|user|consumer|guest|host|merchant|rider|listener|creator|seller|buyer|"
     "empathy|work backwards|customer obsessed"},
    {"high-standards", QT_TRANSLATE_NOOP("starling::Themes", "High standards"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You hold your work to a bar others find unreasonably high, and fix "
                       "defects at the root."),
     "standard|standards|quality|excellence|excellent|high bar|raise the bar|bar|craft|"
     "craftsmanship|detail|rigor|rigour|rigorous|meticulous|polish|precise|precision|"
     "great just isnt good enough"},
    {"data-driven", QT_TRANSLATE_NOOP("starling::Themes", "Data-driven judgement"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You decide on evidence, dig into the details and are right more often "
                       "than not."),
     "data|evidence|metric|metrics|measure|experiment|analysis|analytics|analyze|analyse|"
     "insight|fact|judgement|judgment|decide|hypothesis|quantify|first principles|dive deep|"
     "audit|logic|numbers|information"},
    {"integrity", QT_TRANSLATE_NOOP("starling::Themes", "Integrity and trust"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You are honest, transparent and fair, and do the right thing when it "
                       "costs you."),
     "integrity|honest|honesty|trust|trustworthy|ethics|ethical|transparent|transparency|"
     "candor|candour|candid|truth|fair|fairness|right thing|privacy|safe|safety|principled|"
     "without doing evil"},
    {"innovation", QT_TRANSLATE_NOOP("starling::Themes", "Innovation"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You look for new and simpler ways to solve problems and think beyond "
                       "the next step."),
     "innovate|innovation|innovative|invent|invention|creative|creativity|think big|bold|"
     "novel|idea|imagine|imagination|simplify|simplicity|ambition|ambitious|reinvent|disrupt|"
     "future|moonshot|bet|build awesome things|entrepreneur"},
    {"ambiguity", QT_TRANSLATE_NOOP("starling::Themes", "Dealing with ambiguity"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You make progress when the goal, the data or the plan is unclear, and "
                       "adapt as you learn."),
     "ambiguity|ambiguous|uncertain|uncertainty|unclear|unknown|adapt|adaptable|adaptability|"
     "flexible|flexibility|chaos|messy|risk|incomplete|agile|pivot|embrace change|adventure"},
    {"resilience", QT_TRANSLATE_NOOP("starling::Themes", "Resilience after failure"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You own failures, recover from setbacks and show what you changed "
                       "afterwards."),
     "resilience|resilient|fail|failure|mistake|setback|persevere|perseverance|persist|"
     "persistence|grit|tenacity|tenacious|recover|recovery|bounce back|courage|adversity|"
     "optimism"},
    {"influence", QT_TRANSLATE_NOOP("starling::Themes", "Influence and communication"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You bring people along without authority: listen, explain clearly, "
                       "disagree openly, then commit."),
     "influence|persuade|persuasive|communicate|communication|listen|disagree|"
     "disagree and commit|debate|challenge|convince|clarity|explain|articulate|speak up|voice|"
     "stakeholder|negotiate|direct|backbone|storytelling|hierarchy"},
    {"results", QT_TRANSLATE_NOOP("starling::Themes", "Delivering results"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You deliver the outcomes that matter, on time and with the resources "
                       "you have."),
     "result|deliver|delivery|outcome|impact|execute|execution|achieve|achievement|goal|"
     "get things done|performance|win|efficiency|efficient|frugal|frugality|resourceful|"
     "more with less|focus|prioritize|priority|bottom line"},
    {"people-development", QT_TRANSLATE_NOOP("starling::Themes", "Developing people"),
     QT_TRANSLATE_NOOP("starling::Themes",
                       "You hire well, mentor and coach, and help the people around you grow."),
     "develop|development|mentor|coach|teach|hire|hiring|recruit|talent|empower|"
     "invest in people|grow others|career|potential|best people|employer|employee"},
};

// Each theme's cues as stem sequences, deduplicated ("owner" and "ownership" are both "own").
const QList<QList<QStringList>> &compiledCues()
{
    static const QList<QList<QStringList>> compiled = [] {
        QList<QList<QStringList>> all;
        for (const ThemeDef &def : themeDefs) {
            QList<QStringList> cues;
            const QStringList phrases = QString::fromLatin1(def.cues).split(u'|');
            for (const QString &phrase : phrases) {
                const QStringList seq = Themes::stems(phrase);
                if (!seq.isEmpty() && !cues.contains(seq))
                    cues.append(seq);
            }
            all.append(cues);
        }
        return all;
    }();
    return compiled;
}

bool containsSequence(const QStringList &text, const QStringList &seq)
{
    if (seq.isEmpty() || seq.size() > text.size())
        return false;
    for (qsizetype i = 0; i + seq.size() <= text.size(); ++i) {
        bool match = true;
        for (qsizetype j = 0; j < seq.size() && match; ++j)
            match = text.at(i + j) == seq.at(j);
        if (match)
            return true;
    }
    return false;
}

// How many distinct cues of one theme occur in any of the texts.
int cueHits(const QList<QStringList> &cues, const QList<QStringList> &texts)
{
    int hits = 0;
    for (const QStringList &cue : cues) {
        for (const QStringList &text : texts) {
            if (containsSequence(text, cue)) {
                ++hits;
                break;
            }
        }
    }
    return hits;
}

bool isAsciiLower(QStringView word)
{
    return std::all_of(word.begin(), word.end(),
                       [](QChar c) { return c.unicode() >= u'a' && c.unicode() <= u'z'; });
}

bool isVowel(QChar c)
{
    return QStringView(u"aeiou").contains(c);
}

} // namespace

QList<Theme> Themes::all()
{
    QList<Theme> themes;
    for (const ThemeDef &def : themeDefs) {
        themes.append({QString::fromLatin1(def.key), tr(def.name), tr(def.description),
                       QString::fromLatin1(def.cues).split(u'|')});
    }
    return themes;
}

QStringList Themes::keys()
{
    QStringList list;
    for (const ThemeDef &def : themeDefs)
        list.append(QString::fromLatin1(def.key));
    return list;
}

std::optional<Theme> Themes::find(QStringView key)
{
    for (const ThemeDef &def : themeDefs) {
        if (key == QLatin1StringView(def.key)) {
            return Theme{QString::fromLatin1(def.key), tr(def.name), tr(def.description),
                         QString::fromLatin1(def.cues).split(u'|')};
        }
    }
    return std::nullopt;
}

bool Themes::isKnown(QStringView key)
{
    return std::any_of(std::begin(themeDefs), std::end(themeDefs),
                       [key](const ThemeDef &def) { return key == QLatin1StringView(def.key); });
}

QString Themes::displayName(QStringView key)
{
    for (const ThemeDef &def : themeDefs) {
        if (key == QLatin1StringView(def.key))
            return tr(def.name);
    }
    return key.toString();
}

QStringList Themes::suggest(const QString &name, const QString &meaning,
                            const QStringList &keywords, int max)
{
    if (max <= 0)
        return {};
    const QList<QStringList> nameText{stems(name)};
    const QList<QStringList> meaningText{stems(meaning)};
    QList<QStringList> keywordTexts;
    for (const QString &keyword : keywords)
        keywordTexts.append(stems(keyword));

    const auto &cues = compiledCues();
    struct Scored {
        int index;
        int score;
    };
    QList<Scored> scored;
    for (int i = 0; i < int(cues.size()); ++i) {
        const int score = 3 * cueHits(cues.at(i), nameText) + 2 * cueHits(cues.at(i), keywordTexts)
            + cueHits(cues.at(i), meaningText);
        if (score > 0)
            scored.append({i, score});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });
    QStringList result;
    const int best = scored.isEmpty() ? 0 : scored.first().score;
    for (const Scored &s : std::as_const(scored)) {
        if (result.size() >= max || s.score * 2 < best)
            break;
        result.append(QString::fromLatin1(themeDefs[s.index].key));
    }
    return result;
}

QStringList Themes::words(QStringView text)
{
    const QList<uint> points = text.toString().normalized(QString::NormalizationForm_KC)
                                   .toCaseFolded()
                                   .toUcs4();
    auto isWordPoint = [](uint c) {
        const char32_t u = c;
        if (QChar::isLetterOrNumber(u))
            return true;
        const QChar::Category cat = QChar::category(u);
        return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
            || cat == QChar::Mark_Enclosing;
    };
    QStringList list;
    QString current;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const uint c = points.at(i);
        if (isWordPoint(c)) {
            if (QChar::requiresSurrogates(c)) {
                current.append(QChar(QChar::highSurrogate(c)));
                current.append(QChar(QChar::lowSurrogate(c)));
            } else {
                current.append(QChar(char16_t(c)));
            }
            continue;
        }
        const bool apostrophe = c == u'\'' || c == 0x2019;
        if (apostrophe && !current.isEmpty() && i + 1 < points.size()
            && QChar::isLetter(char32_t(points.at(i + 1)))) {
            continue; // joins: "don't" -> "dont"
        }
        if (!current.isEmpty())
            list.append(std::exchange(current, QString()));
    }
    if (!current.isEmpty())
        list.append(current);
    return list;
}

QString Themes::stem(QStringView word)
{
    QString w = word.toString().toCaseFolded();
    if (w.size() <= 3 || !isAsciiLower(w))
        return w;

    // Words the suffix rules would mangle or cannot reach.
    static const QHash<QString, QString> irregular = {
        {QStringLiteral("action"), QStringLiteral("act")},
        {QStringLiteral("actions"), QStringLiteral("act")},
        {QStringLiteral("experiment"), QStringLiteral("experiment")},
        {QStringLiteral("experiments"), QStringLiteral("experiment")},
        {QStringLiteral("experimental"), QStringLiteral("experiment")},
        {QStringLiteral("experimentation"), QStringLiteral("experiment")},
        {QStringLiteral("experimenting"), QStringLiteral("experiment")},
        {QStringLiteral("experimented"), QStringLiteral("experiment")},
        {QStringLiteral("passion"), QStringLiteral("passion")},
        {QStringLiteral("passionate"), QStringLiteral("passion")},
        {QStringLiteral("mission"), QStringLiteral("mission")},
        {QStringLiteral("vision"), QStringLiteral("vision")},
        {QStringLiteral("news"), QStringLiteral("news")},
        {QStringLiteral("data"), QStringLiteral("data")},
    };
    if (const auto it = irregular.constFind(w); it != irregular.cend())
        return *it;

    struct Rule {
        const char *suffix;
        const char *replacement;
    };
    // First match wins, so longer and more specific suffixes come first. The stem left behind
    // must keep at least three letters.
    static const Rule rules[] = {
        {"ssion", "ss"}, {"sion", "d"},   {"ation", "ate"}, {"ution", "ute"}, {"ibility", "ible"},
        {"ability", "able"}, {"iosity", "ious"}, {"ssive", "ss"}, {"sive", "d"}, {"ness", ""},
        {"ment", ""},   {"ship", ""},     {"ity", ""},      {"ence", ""},     {"ance", ""},
        {"ency", ""},   {"ancy", ""},     {"able", ""},     {"ible", ""},     {"ful", ""},
        {"ous", ""},    {"ive", ""},      {"ize", ""},      {"ing", ""},      {"ies", "y"},
        {"ied", "y"},   {"ent", ""},      {"ant", ""},      {"enc", ""},      {"anc", ""},
        {"iz", ""},     {"ed", ""},       {"ly", ""},       {"er", ""},       {"al", ""},
        {"y", ""},      {"s", ""},
    };
    // Strip suffixes until none applies; dropping a final "e" can expose one more ("persevere"
    // -> "persever" -> "persev", like "persevering"), so that restarts the loop.
    for (int pass = 0; pass < 8; ++pass) {
        bool changed = false;
        for (const Rule &rule : rules) {
            const QLatin1StringView suffix(rule.suffix);
            if (!w.endsWith(suffix) || w.size() - suffix.size() < 3)
                continue;
            if (suffix == QLatin1StringView("s")
                && (w.endsWith(u"ss") || w.endsWith(u"us") || w.endsWith(u"is"))) {
                continue;
            }
            w.chop(suffix.size());
            w.append(QLatin1StringView(rule.replacement));
            changed = true;
            break;
        }
        if (const auto it = irregular.constFind(w); changed && it != irregular.cend())
            return *it;
        if (!changed) {
            // "decide" and "decid(ing)" meet.
            if (w.size() > 3 && w.endsWith(u'e')) {
                w.chop(1);
                continue;
            }
            break;
        }
    }
    // "planned" and "plan" meet ("ss" stays: "success").
    const qsizetype n = w.size();
    if (n > 3 && w.at(n - 1) == w.at(n - 2) && !isVowel(w.at(n - 1)) && w.at(n - 1) != u's'
        && w.at(n - 1) != u'z') {
        w.chop(1);
    }
    return w;
}

QStringList Themes::stems(QStringView text)
{
    QStringList list = words(text);
    for (QString &w : list)
        w = stem(w);
    return list;
}

bool Themes::isStopWord(QStringView word)
{
    static const QSet<QString> stopWords = [] {
        const char *const list[] = {
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
            "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
            "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "done",
            "dont", "down", "during", "each", "even", "ever", "every", "few", "for", "from",
            "further", "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here",
            "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
            "just", "let", "lot", "lots", "may", "me", "might", "more", "most", "much", "must",
            "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
            "other", "others", "our", "ours", "out", "over", "same", "she", "should",
            "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
            "these", "they", "thing", "things", "this", "those", "through", "to", "too", "two",
            "under", "until", "up", "upon", "us", "very", "via", "was", "way", "we", "well",
            "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
            "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
        };
        QSet<QString> set;
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return stopWords.contains(word.toString());
}

} // namespace starling
