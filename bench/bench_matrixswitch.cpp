// How long the values matrix takes to switch company, at 10 000 stories.
//
// Builds a vault of 10 000 stories of which a few hundred are mapped, 300 companies of 5–12
// values each, and two companies of 40 values (a dozen of them sub-principles) with realistic
// links: most values have one to three stories, some are gaps. Then switches a shown QTableView
// between the two 40-value companies and times each switch end to end: setCompanyId() (the
// queries and the reset), the events it posts, and a full render of the view (grab()).
//
//   QT_QPA_PLATFORM=offscreen ./starling_bench_matrixswitch [story-count]

#include "valuesmatrixmodel.h"
#include "vaultsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace starling;

namespace {

constexpr double BudgetMs = 50.0; // "redraws within 50 ms median"
constexpr int CompanyCount = 300;
constexpr int MappedStories = 300;
constexpr int Switches = 60;

const char *const kWords[] = {
    "churn",    "pricing",   "model",       "pipeline",    "migration",  "dashboard",
    "forecast", "ranking",   "experiment",  "outage",      "onboarding", "retention",
    "latency",  "warehouse", "labels",      "calibration", "uplift",     "embedding",
    "rollout",  "audit",     "cohort",      "segment",     "baseline",   "mentoring",
    "conflict", "deadline",  "stakeholder", "budget",      "roadmap",    "incident",
};

QString phrase(QRandomGenerator &rng, int minWords, int maxWords)
{
    const int count = minWords + int(rng.bounded(maxWords - minWords + 1));
    QStringList words;
    for (int i = 0; i < count; ++i)
        words.append(QString::fromLatin1(kWords[rng.bounded(int(std::size(kWords)))]));
    QString text = words.join(u' ');
    text[0] = text[0].toUpper();
    return text;
}

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

void printRow(const char *name, const std::vector<double> &samples)
{
    const double median = percentile(samples, 0.5);
    const double p90 = percentile(samples, 0.9);
    const double worst = samples.empty() ? 0 : *std::max_element(samples.begin(), samples.end());
    std::printf("%-48s %7zu %9.2f %8.2f %8.2f %9.1f %7.3fx  %s\n", name, samples.size(), median,
                p90, worst, BudgetMs, median / BudgetMs, median <= BudgetMs ? "ok" : "OVER");
}

// Adds a company with `count` values: top-level ones, and after every third a sub-principle or
// two under it, the way companies publish principles with bullets.
Result<QList<qint64>> addCompany(VaultStore &store, int index, int count, qint64 *companyIdOut)
{
    Company company;
    company.name = QStringLiteral("Company %1").arg(index + 1);
    Result<qint64> companyId = store.addCompany(company);
    if (!companyId)
        return companyId.takeError();
    *companyIdOut = companyId.value();
    QList<qint64> values;
    qint64 parent = 0;
    int subs = 0;
    for (int i = 0; i < count; ++i) {
        ValuePrinciple value;
        value.companyId = companyId.value();
        value.position = -1;
        const bool sub = parent != 0 && subs > 0;
        value.parentId = sub ? parent : 0;
        value.name =
            (sub ? QStringLiteral("Sub-principle %1") : QStringLiteral("Value %1")).arg(i + 1);
        value.meaning = QStringLiteral("What value %1 really means, in plain words.").arg(i + 1);
        Result<qint64> id = store.addValue(value);
        if (!id)
            return id.takeError();
        values.append(id.value());
        if (sub) {
            --subs;
        } else {
            parent = id.value();
            subs = (i % 3 == 2) ? 1 + int(i % 2) : 0;
        }
    }
    return values;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int storyCount =
        argc > 1 ? std::max(MappedStories, QString::fromLocal8Bit(argv[1]).toInt()) : 10000;

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
    QRandomGenerator rng(42);
    qint64 bigCompanies[2] = {0, 0};
    int linkCount = 0;
    int bigValueCount = 0;
    QElapsedTimer timer;
    timer.start();
    VaultStore &store = session.store();
    Status built = store.transact([&]() -> Status {
        QList<qint64> stories;
        const QList<StoryKind> kinds = allStoryKinds();
        for (int i = 0; i < storyCount; ++i) {
            Story story;
            story.title = phrase(rng, 2, 6);
            story.kinds = kinds.at(rng.bounded(int(kinds.size())));
            story.situation = phrase(rng, 30, 80);
            story.task = phrase(rng, 20, 50);
            story.action = phrase(rng, 40, 120);
            story.result = phrase(rng, 20, 60);
            story.backbone = i < 3;
            Result<qint64> id = store.addStory(story);
            if (!id)
                return id.takeError();
            stories.append(id.value());
        }
        // A few hundred stories are mapped; the backbone stories most of all.
        QList<qint64> mapped = stories.mid(0, MappedStories);
        auto pick = [&]() {
            return rng.bounded(3) == 0 ? mapped.at(rng.bounded(3))
                                       : mapped.at(rng.bounded(int(mapped.size())));
        };
        auto linkSome = [&](qint64 valueId, int maxStories) -> Status {
            const int n = int(rng.bounded(maxStories + 1));
            for (int k = 0; k < n; ++k) {
                Status s = store.setLink({pick(), valueId, phrase(rng, 3, 12)});
                if (!s)
                    return s;
                ++linkCount;
            }
            return {};
        };
        for (int c = 0; c < CompanyCount; ++c) {
            const bool big = c == 17 || c == 211;
            qint64 companyId = 0;
            Result<QList<qint64>> values =
                addCompany(store, c, big ? 40 : 5 + int(rng.bounded(8)), &companyId);
            if (!values)
                return values.takeError();
            if (big) {
                bigCompanies[c == 17 ? 0 : 1] = companyId;
                bigValueCount += int(values->size());
            }
            for (qint64 valueId : values.value()) {
                if (Status s = linkSome(valueId, big ? 3 : 2); !s)
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
    ValuesMatrixModel model(session);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    model.setCompanyId(bigCompanies[0]);

    std::printf("Starling values matrix switch benchmark: %d stories, %d companies, %d links\n",
                storyCount, CompanyCount, linkCount);
    std::printf("switching between two companies of %d values; %d story columns shown "
                "(mapped or backbone)\n",
                bigValueCount / 2, model.columnCount() - ValuesMatrixModel::FirstStoryColumn);
    std::printf("vault build %.0f ms (one transaction), model load %.0f ms\n\n", buildMs, loadMs);
    std::printf("%-48s %7s %9s %8s %8s %9s %8s\n", "scenario", "samples", "median ms", "p90 ms",
                "max ms", "budget ms", "ratio");
    std::printf("%s\n", QByteArray(108, '-').constData());

    auto run = [&](const char *name, QTableView *view) {
        std::vector<double> samples;
        for (int i = 0; i < Switches; ++i) {
            const qint64 target = bigCompanies[(i + 1) % 2];
            QElapsedTimer t;
            t.start();
            model.setCompanyId(target);
            if (view) {
                QCoreApplication::processEvents();
                (void)view->grab();
            }
            samples.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        printRow(name, samples);
    };

    run("switch, model only", nullptr);
    {
        QTableView view;
        view.resize(1400, 900);
        view.setModel(&model);
        view.horizontalHeader()->setDefaultSectionSize(110);
        view.show();
        QCoreApplication::processEvents();
        (void)view.grab();
        run("switch + processEvents + grab() (QTableView)", &view);
        // The floor: rendering the same view with nothing changed.
        std::vector<double> paintOnly;
        for (int i = 0; i < Switches; ++i) {
            QElapsedTimer t;
            t.start();
            view.viewport()->update();
            QCoreApplication::processEvents();
            (void)view.grab();
            paintOnly.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        printRow("  floor: processEvents + grab(), no switch", paintOnly);

        timer.restart();
        model.setHideUnmappedStories(false);
        QCoreApplication::processEvents();
        (void)view.grab();
        const double showAllMs = double(timer.nsecsElapsed()) / 1e6;
        char name[96];
        std::snprintf(name, sizeof name, "  same, every story a column (%d columns)",
                      model.columnCount() - ValuesMatrixModel::FirstStoryColumn);
        run(name, &view);
        std::printf("%-48s %7d %9.2f\n", "  turning the unmapped filter off", 1, showAllMs);
        model.setHideUnmappedStories(true);
    }
    std::printf("\nbudget: %.0f ms median per switch, including the repaint; ratio = median / "
                "budget\n",
                BudgetMs);
    return 0;
}
