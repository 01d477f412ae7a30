// Writes a big, realistic vault as a "starling-vault" exchange file (docs/exchange-format.md), for
// benchmarks and for trying the app at scale: 10 000 stories, 300 companies, 5 000 values with
// sub-principles, 30 000 links, 2 000 answers and 5 000 practice runs at scale 1.
//
// The text is shaped like real notes — STAR sections of 40–300 words drawn from a Zipf-weighted
// vocabulary, bullet-point link notes, plain-words meanings — and mixes in accented Latin, CJK,
// Arabic, Hebrew and emoji, so the benchmarks pay for Unicode the way users' vaults do. The same
// seed always gives the same file (QRandomGenerator is specified to be deterministic per seed).
//
// Two companies ("Benchmark Forty A" and "Benchmark Forty B") always get exactly 40 values
// (10 principles with 3 sub-principles each), so the matrix-switch benchmark has its case.
//
//   starling_bigvault OUT.json [--seed N] [--scale F]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace starling {
namespace {

// Frequent words first: the rank decides how often a word appears.
const char *const kCommonWords[] = {
    "the", "to", "and", "a", "of", "we", "I", "in", "that", "was", "it", "for", "on", "with",
    "my", "team", "is", "as", "this", "be", "by", "our", "had", "were", "data", "model", "from",
    "at", "so", "which", "an", "they", "but", "not", "all", "would", "more", "one", "their",
    "after", "each", "when", "out", "what", "about", "up", "into", "could", "weeks", "first",
    "project", "users", "then", "new", "it's", "how", "two", "also", "product", "time", "work",
    "results", "analysis", "manager", "because", "other", "than", "over", "only", "some",
    "metric", "pipeline", "features", "customers", "test", "engineers", "decided", "built",
    "needed", "worked", "showed", "month", "quarter", "numbers", "approach", "problem", "very",
    "launch", "experiment", "dashboard", "training", "production", "baseline", "accuracy",
    "release", "review", "meeting", "deadline", "feedback", "colleague", "stakeholders",
    "stakeholder", "explained", "revenue", "retention", "churn", "latency", "regression",
    "forecast", "segment", "cohort", "onboarding", "mentor", "conflict", "disagreed",
    "priorities", "ownership", "leadership", "escalated", "rollback", "outage", "incident",
    "backlog", "sprint", "roadmap", "budget", "hiring", "interview", "migration", "warehouse",
    "schema", "query", "sql", "python", "spark", "airflow", "notebook", "xgboost", "drift",
    "labels", "annotation", "precision", "recall", "calibration", "uplift", "a/b", "variance",
    "significance", "bayesian", "kpi", "okr", "alignment", "trade-off", "recommendation",
    "ranking", "embedding", "transformer", "fine-tuning", "inference", "monitoring", "alerting",
    "on-call", "postmortem", "root", "cause", "owner", "customer", "evidence", "learned",
};

// Non-English words, sprinkled in at a low rate: accents (precomposed and decomposed), CJK,
// Arabic, Hebrew, emoji outside the BMP, and a ZWJ sequence.
const char *const kUnicodeWords[] = {
    "équipe", "réunion", "Ärger", "Kunde", "Überstunden", "naïve", "façade", "São Paulo",
    "Zürich", "crème", "e\xcc\x81quipe" /* decomposed é */, "Łódź", "Ångström", "smörgåsbord",
    "数据", "模型", "团队", "東京", "データ分析", "チーム", "데이터", "팀장",
    "البيانات", "فريق", "العميل", "נתונים", "צוות", "לקוח", "🚀", "📈", "✅", "🎯",
    "👩‍💻", "🤝", "Δ", "σ²", "µs", "—", "≥", "½",
};

const char *const kSyllables[] = {"ka", "lo", "mi", "ten", "ra", "vis", "do", "qua", "zel",
                                  "pro", "stra", "nel", "bi", "gor", "u", "fen", "ti", "mox"};

const char *const kThemes[] = {"ownership", "bias-for-action", "learning", "collaboration",
                               "customer-focus", "high-standards", "data-driven", "integrity",
                               "innovation", "ambiguity", "resilience", "influence", "results",
                               "people-development"};

const char *const kKinds[] = {"success", "failure", "teamwork", "leadership", "conflict", "other"};

class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed) : m_rng(seed)
    {
        for (const char *word : kCommonWords)
            m_words.append(QString::fromUtf8(word));
        // A long tail of rarer words, like the names, jargon and typos of real notes.
        while (m_words.size() < 6000) {
            QString word;
            const int parts = 2 + int(m_rng.bounded(3));
            for (int i = 0; i < parts; ++i)
                word += QString::fromLatin1(kSyllables[m_rng.bounded(int(std::size(kSyllables)))]);
            m_words.append(word);
        }
        for (const char *word : kUnicodeWords)
            m_unicode.append(QString::fromUtf8(word));
        double total = 0;
        for (int rank = 1; rank <= m_words.size(); ++rank) {
            total += 1.0 / rank;
            m_cumulative.push_back(total);
        }
    }

    QRandomGenerator &rng() { return m_rng; }
    int between(int lo, int hi) { return lo + int(m_rng.bounded(hi - lo + 1)); }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }

    QString word()
    {
        if (m_rng.bounded(40) == 0) // ~2.5 % of words are not English
            return m_unicode.at(m_rng.bounded(int(m_unicode.size())));
        const double x = m_rng.generateDouble() * m_cumulative.back();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_words.at(qsizetype(it - m_cumulative.begin()));
    }

    QString words(int minWords, int maxWords)
    {
        const int count = between(minWords, maxWords);
        QString text;
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                text += u' ';
            text += word();
        }
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text;
    }

    // Sentences of 6–20 words.
    QString paragraph(int minWords, int maxWords)
    {
        int remaining = between(minWords, maxWords);
        QString text;
        while (remaining > 0) {
            const int n = std::min(remaining, between(6, 20));
            if (!text.isEmpty())
                text += u' ';
            text += words(n, n) + u'.';
            remaining -= n;
        }
        return text;
    }

    // Rough bullet points, the way link notes are written.
    QString bullets(int minLines, int maxLines)
    {
        const int count = between(minLines, maxLines);
        QStringList lines;
        for (int i = 0; i < count; ++i)
            lines.append(QStringLiteral("- ") + words(3, 12));
        return lines.join(u'\n');
    }

    QString name()
    {
        QString word;
        const int parts = 2 + int(m_rng.bounded(2));
        for (int i = 0; i < parts; ++i)
            word += QString::fromLatin1(kSyllables[m_rng.bounded(int(std::size(kSyllables)))]);
        word[0] = word[0].toUpper();
        return word;
    }

    QJsonArray pick(const char *const *list, int size, int minCount, int maxCount)
    {
        QStringList chosen;
        const int count = between(minCount, maxCount);
        for (int i = 0; i < count; ++i) {
            const QString item = QString::fromLatin1(list[m_rng.bounded(size)]);
            if (!chosen.contains(item))
                chosen.append(item);
        }
        return QJsonArray::fromStringList(chosen);
    }

private:
    QRandomGenerator m_rng;
    QStringList m_words;
    QStringList m_unicode;
    std::vector<double> m_cumulative;
};

// Timestamps spread over two years before a fixed date, so the file does not depend on today.
QString timestamp(TextGenerator &gen, qint64 &lastMs)
{
    static const qint64 start =
        QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 ms = start + qint64(gen.rng().bounded(quint64(2) * 365 * 24 * 3600 * 1000));
    lastMs = ms;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString later(TextGenerator &gen, qint64 fromMs)
{
    const qint64 ms = fromMs + qint64(gen.rng().bounded(quint64(90) * 24 * 3600 * 1000));
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

struct Counts {
    int stories = 10000;
    int companies = 300;
    int values = 5000;
    int links = 30000;
    int questions = 1000;
    int answers = 2000;
    int practice = 5000;
};

Counts scaled(double scale)
{
    Counts c;
    auto s = [scale](int n, int floor) { return std::max(floor, int(std::lround(n * scale))); };
    c.stories = s(c.stories, 1);
    c.companies = s(c.companies, 2);
    c.values = s(c.values, 80); // the two 40-value companies
    c.links = std::min(s(c.links, 1), c.stories * c.values);
    c.questions = s(c.questions, 1);
    c.answers = s(c.answers, 1);
    c.practice = s(c.practice, 0);
    return c;
}

struct ValueRef {
    QString id;
    int company;
};

QJsonObject makeValue(TextGenerator &gen, int &nextValue, int company, QList<ValueRef> &values)
{
    QJsonObject value;
    const QString id = QStringLiteral("v%1").arg(++nextValue);
    value[QStringLiteral("id")] = id;
    value[QStringLiteral("name")] = gen.words(2, 6);
    value[QStringLiteral("meaning")] = gen.paragraph(10, 60);
    value[QStringLiteral("keywords")] = QJsonArray::fromStringList(
        gen.words(1, 5).toLower().split(u' ', Qt::SkipEmptyParts));
    value[QStringLiteral("themes")] = gen.pick(kThemes, int(std::size(kThemes)), 1, 3);
    values.append({id, company});
    return value;
}

QJsonDocument generate(quint32 seed, const Counts &counts)
{
    TextGenerator gen(seed);
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("starling-vault");
    root[QStringLiteral("version")] = 1;

    QJsonArray stories;
    for (int i = 0; i < counts.stories; ++i) {
        QJsonObject story;
        story[QStringLiteral("id")] = QStringLiteral("s%1").arg(i + 1);
        story[QStringLiteral("title")] = gen.words(3, 9);
        story[QStringLiteral("kinds")] = gen.pick(kKinds, int(std::size(kKinds)), 1, 2);
        story[QStringLiteral("situation")] = gen.paragraph(40, 300);
        story[QStringLiteral("task")] = gen.paragraph(40, 300);
        story[QStringLiteral("action")] = gen.paragraph(40, 300);
        story[QStringLiteral("result")] = gen.paragraph(40, 300);
        story[QStringLiteral("notes")] = gen.chance(60) ? gen.bullets(1, 6) : QString();
        story[QStringLiteral("backbone")] = i < 3;
        qint64 created = 0;
        story[QStringLiteral("createdAt")] = timestamp(gen, created);
        story[QStringLiteral("updatedAt")] = later(gen, created);
        stories.append(story);
    }
    root[QStringLiteral("stories")] = stories;

    // Values per company: two companies of exactly 40, the rest share what is left, each with
    // a few top-level principles that carry the sub-principles.
    QList<ValueRef> values;
    int nextValue = 0;
    QJsonArray companies;
    const int others = counts.companies - 2;
    const int rest = counts.values - 80;
    for (int c = 0; c < counts.companies; ++c) {
        QJsonObject company;
        company[QStringLiteral("id")] = QStringLiteral("c%1").arg(c + 1);
        const bool forty = c < 2;
        // The index keeps names unique under case folding whatever the syllables give.
        company[QStringLiteral("name")] =
            forty ? QStringLiteral("Benchmark Forty %1").arg(QChar(u'A' + c))
                  : QStringLiteral("%1 %2 %3").arg(gen.name(), gen.name()).arg(c + 1);
        company[QStringLiteral("role")] = gen.chance(50) ? QStringLiteral("Senior Data Scientist")
                                                         : QStringLiteral("ML Engineer");
        company[QStringLiteral("level")] = QStringLiteral("L%1").arg(gen.between(3, 7));
        if (gen.chance(40))
            company[QStringLiteral("interviewDate")] =
                QDate(2026, 1, 1).addDays(gen.between(0, 500)).toString(Qt::ISODate);
        company[QStringLiteral("notes")] = gen.chance(70) ? gen.paragraph(10, 120) : QString();
        company[QStringLiteral("sourceUrl")] =
            QStringLiteral("https://example.com/careers/values-%1").arg(c + 1);
        const int count = forty ? 40 : rest / others + (c - 2 < rest % others ? 1 : 0);
        const int tops = forty ? 10 : (count == 0 ? 0 : std::max(1, count / 4));
        QJsonArray topValues;
        std::vector<QJsonArray> children(static_cast<size_t>(tops));
        std::vector<QJsonObject> topObjects;
        topObjects.reserve(static_cast<size_t>(tops));
        for (int t = 0; t < tops; ++t)
            topObjects.push_back(makeValue(gen, nextValue, c, values));
        for (int k = tops; k < count; ++k)
            children[size_t(k % tops)].append(makeValue(gen, nextValue, c, values));
        for (int t = 0; t < tops; ++t) {
            topObjects[size_t(t)][QStringLiteral("children")] = children[size_t(t)];
            topValues.append(topObjects[size_t(t)]);
        }
        company[QStringLiteral("values")] = topValues;
        qint64 created = 0;
        company[QStringLiteral("createdAt")] = timestamp(gen, created);
        company[QStringLiteral("updatedAt")] = later(gen, created);
        companies.append(company);
    }
    root[QStringLiteral("companies")] = companies;

    // Links: distinct story–value pairs; the two 40-value companies get most values mapped.
    QJsonArray links;
    QSet<quint64> seen;
    auto addLink = [&](int story, int value) {
        const quint64 key = (quint64(story) << 32) | quint64(value);
        if (seen.contains(key))
            return;
        seen.insert(key);
        QJsonObject link;
        link[QStringLiteral("story")] = QStringLiteral("s%1").arg(story + 1);
        link[QStringLiteral("value")] = values.at(value).id;
        link[QStringLiteral("notes")] = gen.chance(50) ? gen.bullets(1, 4) : QString();
        links.append(link);
    };
    for (int v = 0; v < std::min(80, int(values.size())) && links.size() < counts.links; ++v) {
        const int n = gen.between(0, 3);
        for (int k = 0; k < n; ++k)
            addLink(int(gen.rng().bounded(counts.stories)), v);
    }
    while (links.size() < counts.links)
        addLink(int(gen.rng().bounded(counts.stories)), int(gen.rng().bounded(int(values.size()))));
    root[QStringLiteral("links")] = links;

    QJsonArray questions;
    std::vector<int> questionCompany;
    for (int q = 0; q < counts.questions; ++q) {
        QJsonObject question;
        question[QStringLiteral("id")] = QStringLiteral("q%1").arg(q + 1);
        question[QStringLiteral("text")] =
            QStringLiteral("Tell me about a time ") + gen.words(6, 20).toLower() + u'?';
        question[QStringLiteral("themes")] = gen.pick(kThemes, int(std::size(kThemes)), 0, 2);
        const int company = gen.chance(60) ? int(gen.rng().bounded(counts.companies)) : -1;
        if (company >= 0)
            question[QStringLiteral("company")] = QStringLiteral("c%1").arg(company + 1);
        questionCompany.push_back(company);
        questions.append(question);
    }
    root[QStringLiteral("questions")] = questions;

    // Answers: mostly for a question of a company, on one of its values, built on a story.
    std::vector<std::vector<int>> valuesOf(size_t(counts.companies));
    for (int v = 0; v < values.size(); ++v)
        valuesOf[size_t(values.at(v).company)].push_back(v);
    QJsonArray answers;
    for (int a = 0; a < counts.answers; ++a) {
        QJsonObject answer;
        answer[QStringLiteral("id")] = QStringLiteral("a%1").arg(a + 1);
        const int q = int(gen.rng().bounded(counts.questions));
        answer[QStringLiteral("question")] = QStringLiteral("q%1").arg(q + 1);
        const int company = questionCompany[size_t(q)] >= 0
                                ? questionCompany[size_t(q)]
                                : int(gen.rng().bounded(counts.companies));
        answer[QStringLiteral("company")] = QStringLiteral("c%1").arg(company + 1);
        const std::vector<int> &own = valuesOf[size_t(company)];
        if (!own.empty() && gen.chance(85))
            answer[QStringLiteral("value")] =
                values.at(own[gen.rng().bounded(int(own.size()))]).id;
        if (gen.chance(90))
            answer[QStringLiteral("story")] =
                QStringLiteral("s%1").arg(gen.rng().bounded(counts.stories) + 1);
        answer[QStringLiteral("repeat")] = QStringLiteral("So ") + gen.words(8, 25).toLower() + u'.';
        answer[QStringLiteral("situation")] = gen.paragraph(20, 120);
        answer[QStringLiteral("task")] = gen.paragraph(15, 80);
        answer[QStringLiteral("action")] = gen.paragraph(40, 250);
        answer[QStringLiteral("result")] = gen.paragraph(20, 120);
        answer[QStringLiteral("linkBack")] = gen.chance(80) ? gen.paragraph(8, 30) : QString();
        answer[QStringLiteral("status")] =
            gen.chance(40) ? QStringLiteral("ready") : QStringLiteral("draft");
        qint64 created = 0;
        answer[QStringLiteral("createdAt")] = timestamp(gen, created);
        answer[QStringLiteral("updatedAt")] = later(gen, created);
        answers.append(answer);
    }
    root[QStringLiteral("answers")] = answers;

    QJsonArray practice;
    for (int p = 0; p < counts.practice; ++p) {
        QJsonObject run;
        if (gen.chance(80))
            run[QStringLiteral("answer")] =
                QStringLiteral("a%1").arg(gen.rng().bounded(counts.answers) + 1);
        else
            run[QStringLiteral("question")] =
                QStringLiteral("q%1").arg(gen.rng().bounded(counts.questions) + 1);
        qint64 started = 0;
        run[QStringLiteral("startedAt")] = timestamp(gen, started);
        run[QStringLiteral("seconds")] = gen.between(20, 330);
        run[QStringLiteral("rating")] = gen.between(0, 5);
        practice.append(run);
    }
    root[QStringLiteral("practice")] = practice;
    return QJsonDocument(root);
}

} // namespace
} // namespace starling

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a big starling-vault exchange file (10 000 stories at scale 1) for benchmarks."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("out"), QStringLiteral("The JSON file to write."));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Multiplies every count (default 1)."),
                                         QStringLiteral("F"), QStringLiteral("1"));
    parser.addOption(seedOption);
    parser.addOption(scaleOption);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    bool seedOk = false;
    bool scaleOk = false;
    const uint seed = parser.value(seedOption).toUInt(&seedOk);
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (args.size() != 1 || !seedOk || !scaleOk || !(scale > 0) || scale > 10) {
        std::fprintf(stderr, "usage: starling_bigvault OUT.json [--seed N] [--scale F]"
                             " (N a whole number, 0 < F <= 10)\n");
        return 2;
    }

    const starling::Counts counts = starling::scaled(scale);
    const QByteArray json = starling::generate(seed, counts).toJson(QJsonDocument::Indented);
    QSaveFile file(args.first());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        std::fprintf(stderr, "Cannot write %s: %s\n", qPrintable(args.first()),
                     qPrintable(file.errorString()));
        return 1;
    }
    std::printf("wrote %s: %d stories, %d companies, %d values, %d links, %d questions, "
                "%d answers, %d practice runs, %.1f MB (seed %u, scale %g)\n",
                qPrintable(args.first()), counts.stories, counts.companies, counts.values,
                counts.links, counts.questions, counts.answers, counts.practice,
                double(json.size()) / 1e6, seed, scale);
    return 0;
}
