// How long the story vault takes to filter while someone types, at 10 000 stories.
//
// Builds a vault of synthetic but realistically shaped stories (each STAR part 50–300 words,
// word frequencies following Zipf's law, so "stakeholder" is in some stories and "the" in all),
// then types several queries one character at a time, backspaces them away, toggles the kind
// filter and switches the sort key. Each step is timed end to end: the proxy call plus the
// signals it sends, and in the "with view" rows also the QListView handling them.
//
//   QT_QPA_PLATFORM=offscreen ./starling_bench_storyfilter [story-count]

#include "storyfilterproxymodel.h"
#include "storyvaultmodel.h"
#include "vaultsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace starling;

namespace {

constexpr double FrameBudgetMs = 16.0;

// Frequent words first: rank decides frequency.
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
    "significance", "bayesian", "dashboarding", "kpi", "okr", "alignment", "trade-off",
    "recommendation", "ranking", "embedding", "transformer", "fine-tuning", "inference",
    "monitoring", "alerting", "on-call", "postmortem", "root", "cause", "ärger", "kunde",
    "überstunden", "équipe", "réunion", "leverage", "scalable", "robust", "stakeholdering",
};

QStringList vocabulary()
{
    QStringList words;
    for (const char *word : kCommonWords)
        words.append(QString::fromUtf8(word));
    // Long tail of rarer words, like the names, jargon and typos of real notes.
    const char *const syllables[] = {"ka", "lo", "mi", "ten", "ra", "vis", "do", "qua", "zel",
                                     "pro", "stra", "nel", "bi", "gor", "u", "fen", "ti", "mox"};
    QRandomGenerator rng(7);
    while (words.size() < 6000) {
        QString word;
        const int parts = 2 + int(rng.bounded(3));
        for (int i = 0; i < parts; ++i)
            word += QString::fromLatin1(syllables[rng.bounded(int(std::size(syllables)))]);
        words.append(word);
    }
    return words;
}

class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed) : m_rng(seed), m_words(vocabulary())
    {
        // Cumulative Zipf weights (1/rank).
        double total = 0;
        for (int rank = 1; rank <= m_words.size(); ++rank) {
            total += 1.0 / rank;
            m_cumulative.push_back(total);
        }
    }

    QString word()
    {
        const double x = m_rng.generateDouble() * m_cumulative.back();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_words.at(qsizetype(it - m_cumulative.begin()));
    }

    QString paragraph(int minWords, int maxWords)
    {
        const int count = minWords + int(m_rng.bounded(maxWords - minWords + 1));
        QString text;
        int sentence = 0;
        for (int i = 0; i < count; ++i) {
            QString w = word();
            if (sentence == 0 && !w.isEmpty())
                w[0] = w[0].toUpper();
            text += w;
            ++sentence;
            if (sentence > 8 && m_rng.bounded(6) == 0) {
                text += QStringLiteral(". ");
                sentence = 0;
            } else {
                text += u' ';
            }
        }
        return text.trimmed() + u'.';
    }

    QRandomGenerator &rng() { return m_rng; }

private:
    QRandomGenerator m_rng;
    QStringList m_words;
    std::vector<double> m_cumulative;
};

struct Stats {
    QString name;
    std::vector<double> samples;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double pos = p * double(v.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - double(lo));
}

// QSortFilterProxyModel rebuilds a dropped mapping lazily; asking for the rows makes each
// timed step pay for its own work, as a view would straight away.
std::function<int()> proxyRowsForTiming = [] { return 0; };

double timeMs(const std::function<void()> &step, bool processEvents)
{
    QElapsedTimer timer;
    timer.start();
    step();
    (void)proxyRowsForTiming();
    if (processEvents)
        QCoreApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6;
}

void printRow(const Stats &s)
{
    const double median = percentile(s.samples, 0.5);
    const double p90 = percentile(s.samples, 0.9);
    const double worst = s.samples.empty() ? 0 : *std::max_element(s.samples.begin(), s.samples.end());
    std::printf("%-44s %7zu %9.2f %8.2f %8.2f %9.1f %8.2fx  %s\n", qPrintable(s.name),
                s.samples.size(), median, p90, worst, FrameBudgetMs, median / FrameBudgetMs,
                median <= FrameBudgetMs ? "ok" : "OVER");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int storyCount = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10000;

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "Cannot create a temporary directory.\n");
        return 1;
    }
    VaultSession session;
    if (Status s = session.open(dir.filePath(QStringLiteral("bench.starling"))); !s) {
        std::fprintf(stderr, "Cannot open the vault: %s\n", qPrintable(s.error()));
        return 1;
    }

    // --- build the vault in one transaction ---
    TextGenerator gen(42);
    qint64 characters = 0;
    QElapsedTimer timer;
    timer.start();
    Status built = session.store().transact([&]() -> Status {
        Company company;
        company.name = QStringLiteral("Bench Corp");
        Result<qint64> companyId = session.store().addCompany(company);
        if (!companyId)
            return companyId.takeError();
        QList<qint64> valueIds;
        for (int i = 0; i < 12; ++i) {
            ValuePrinciple value;
            value.companyId = companyId.value();
            value.name = QStringLiteral("Value %1").arg(i + 1);
            value.position = -1;
            Result<qint64> id = session.store().addValue(value);
            if (!id)
                return id.takeError();
            valueIds.append(id.value());
        }
        const QList<StoryKind> kinds = allStoryKinds();
        for (int i = 0; i < storyCount; ++i) {
            Story story;
            story.title = gen.paragraph(3, 7).chopped(1);
            story.kinds = kinds.at(gen.rng().bounded(int(kinds.size())));
            if (gen.rng().bounded(4) == 0)
                story.kinds |= kinds.at(gen.rng().bounded(int(kinds.size())));
            story.situation = gen.paragraph(50, 300);
            story.task = gen.paragraph(50, 300);
            story.action = gen.paragraph(50, 300);
            story.result = gen.paragraph(50, 300);
            story.notes = gen.rng().bounded(3) == 0 ? gen.paragraph(5, 40) : QString();
            story.backbone = i < 3;
            characters += story.title.size() + story.situation.size() + story.task.size()
                        + story.action.size() + story.result.size() + story.notes.size();
            Result<qint64> id = session.store().addStory(story);
            if (!id)
                return id.takeError();
            const int links = int(gen.rng().bounded(4));
            for (int l = 0; l < links; ++l) {
                const qint64 valueId = valueIds.at(gen.rng().bounded(int(valueIds.size())));
                if (Status s = session.store().setLink({id.value(), valueId, {}}); !s)
                    return s;
            }
        }
        return {};
    });
    if (!built) {
        std::fprintf(stderr, "Cannot build the vault: %s\n", qPrintable(built.error()));
        return 1;
    }
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    StoryVaultModel model(session);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;

    const QStringList queries = {
        QStringLiteral("stakeholder churn"),  QStringLiteral("latency regression"),
        QStringLiteral("mentor onboarding"),  QStringLiteral("Ärger kunde"),
        QStringLiteral("missed the deadline"), QStringLiteral("xgboost feature drift"),
        QStringLiteral("kalomiten"),
    };

    std::printf("Starling story filter benchmark: %d stories, %.1f M characters of story text\n",
                model.rowCount(), double(characters) / 1e6);
    std::printf("vault build %.0f ms (one transaction), model load %.0f ms\n\n", buildMs, loadMs);
    std::printf("%-44s %7s %9s %8s %8s %9s %9s\n", "scenario", "samples", "median ms", "p90 ms",
                "max ms", "budget ms", "ratio");
    std::printf("%s\n", QByteArray(104, '-').constData());

    for (const bool withView : {false, true}) {
        StoryFilterProxyModel proxy;
        proxyRowsForTiming = [&proxy] {
            return proxy.rowCount() > 0 ? proxy.index(0, 0).row() : 0;
        };
        timer.restart();
        proxy.setSourceModel(&model);
        (void)proxy.rowCount(); // builds the first (sorted) mapping
        const double mapMs = double(timer.nsecsElapsed()) / 1e6;

        QListView view;
        if (withView) {
            view.setUniformItemSizes(true);
            view.resize(360, 720);
            view.setModel(&proxy);
            view.show();
            QCoreApplication::processEvents();
        }
        const QString suffix = withView ? QStringLiteral(" (with QListView)")
                                        : QStringLiteral(" (proxy only)");
        std::printf("%-44s %7d %9.2f\n", qPrintable(QStringLiteral("first sorted mapping") + suffix),
                    1, mapMs);

        Stats typing{QStringLiteral("typing, all queries") + suffix, {}};
        Stats deleting{QStringLiteral("backspacing, all queries") + suffix, {}};
        QList<Stats> perQuery;
        for (const QString &query : queries) {
            Stats one{QStringLiteral("  typing “%1”").arg(query), {}};
            for (int i = 1; i <= query.size(); ++i) {
                const QString text = query.left(i);
                const double ms = timeMs([&] { proxy.setSearchText(text); }, withView);
                typing.samples.push_back(ms);
                one.samples.push_back(ms);
            }
            one.name += QStringLiteral(" → %1 rows").arg(proxy.rowCount());
            perQuery.append(one);
            for (int i = int(query.size()) - 1; i >= 0; --i) {
                const QString text = query.left(i);
                deleting.samples.push_back(timeMs([&] { proxy.setSearchText(text); }, withView));
            }
        }
        printRow(typing);
        if (!withView) {
            for (const Stats &s : std::as_const(perQuery))
                printRow(s);
        }
        printRow(deleting);

        Stats kinds{QStringLiteral("kind filter toggle") + suffix, {}};
        for (int i = 0; i < 10; ++i) {
            kinds.samples.push_back(
                timeMs([&] { proxy.setKindFilter(StoryKind::Failure); }, withView));
            kinds.samples.push_back(timeMs([&] { proxy.setKindFilter({}); }, withView));
        }
        printRow(kinds);

        Stats sorts{QStringLiteral("sort key switch") + suffix, {}};
        const StoryFilterProxyModel::SortKey keys[] = {StoryFilterProxyModel::SortKey::Updated,
                                                       StoryFilterProxyModel::SortKey::Usage,
                                                       StoryFilterProxyModel::SortKey::Title};
        for (int i = 0; i < 5; ++i) {
            for (auto key : keys)
                sorts.samples.push_back(timeMs([&] { proxy.setSortKey(key); }, withView));
        }
        printRow(sorts);
        std::printf("\n");
    }
    std::printf("budget: one frame at 60 Hz = %.0f ms; ratio = median / budget\n", FrameBudgetMs);
    return 0;
}
