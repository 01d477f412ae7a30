// The two interactive figures on the big vault: filtering the story vault while typing, and
// switching the values matrix to a 40-value company. Both are timed end to end, the model call
// plus the events it posts and the view handling them, as in the older single-figure benches
// (bench_storyfilter.cpp, bench_matrixswitch.cpp), but on the imported big vault.

#include "bench.h"

#include "storyfilterproxymodel.h"
#include "storyvaultmodel.h"
#include "valuesmatrixmodel.h"
#include "vaultsession.h"

#include <QApplication>
#include <QHeaderView>
#include <QListView>
#include <QPixmap>
#include <QTableView>

#include <cstdio>

namespace starling::bench {

namespace {
constexpr double FrameBudgetMs = 16.0;
constexpr double MatrixBudgetMs = 50.0;
} // namespace

void runFilter(Context &context)
{
    std::printf("== story vault filter, per keystroke ==\n");
    VaultSession session;
    must(session.open(context.bigVaultFile), "open the big vault");
    std::vector<double> loadMs;
    for (int rep = 0; rep < context.reps; ++rep)
        loadMs.push_back(timeMs([&] { StoryVaultModel model(session); }));
    StoryVaultModel model(session);
    StoryFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QListView view;
    view.setUniformItemSizes(true);
    view.resize(360, 720);
    view.setModel(&proxy);
    view.show();
    QCoreApplication::processEvents();
    // The load leaves the search text to a background preparation on the event loop; type once
    // it is done, as a user who opened the vault a second ago would.
    const double prepareMs = timeMs([&] {
        while (!model.searchTextsReady())
            QCoreApplication::processEvents();
    });
    // And what a search right after the load pays: every row's text built on demand.
    std::vector<double> earlySearchMs;
    for (int rep = 0; rep < std::max(1, context.reps / 2); ++rep) {
        StoryVaultModel fresh(session);
        StoryFilterProxyModel freshProxy;
        freshProxy.setSourceModel(&fresh);
        earlySearchMs.push_back(timeMs([&] {
            freshProxy.setSearchText(QStringLiteral("churn"));
            (void)freshProxy.rowCount();
        }));
    }

    // Words of the generator's vocabulary, common and rare, English and not.
    const QStringList queries = {
        QStringLiteral("stakeholder churn"), QStringLiteral("latency regression"),
        QStringLiteral("mentor onboarding"), QStringLiteral("Ärger kunde"),
        QStringLiteral("missed the deadline"), QStringLiteral("xgboost feature drift"),
        QStringLiteral("kalomiten"), QStringLiteral("数据"),
    };
    std::vector<double> typing;
    std::vector<double> firstKeys;
    std::vector<double> backspacing;
    auto step = [&](const QString &text) {
        return timeMs([&] {
            proxy.setSearchText(text);
            // QSortFilterProxyModel rebuilds a dropped mapping lazily; a view asks at once.
            (void)proxy.rowCount();
            QCoreApplication::processEvents();
        });
    };
    for (int rep = 0; rep < std::max(1, context.reps / 2); ++rep) {
        for (const QString &query : queries) {
            for (int i = 1; i <= query.size(); ++i) {
                const double ms = step(query.left(i));
                typing.push_back(ms);
                if (i <= 2)
                    firstKeys.push_back(ms);
            }
            for (int i = int(query.size()) - 1; i >= 0; --i)
                backspacing.push_back(step(query.left(i)));
        }
    }
    std::printf("  %lld stories; model load median %.0f ms; background search-text preparation "
                "%.0f ms; a search right after the load %.0f ms\n",
                static_cast<long long>(model.rowCount()), median(loadMs), prepareMs,
                median(earlySearchMs));
    std::printf("  typing: %zu keystrokes, median %.2f ms, p90 %.2f ms; first two keys of a "
                "term median %.2f ms, p90 %.2f ms; backspacing median %.2f ms\n\n",
                typing.size(), median(typing), percentile(typing, 0.9), median(firstKeys),
                percentile(firstKeys, 0.9), median(backspacing));
    context.figures.append({QStringLiteral("vault filter per keystroke (typing)"),
                            QStringLiteral("frame budget"), FrameBudgetMs, median(typing),
                            QStringLiteral("ms"), std::nullopt, FrameBudgetMs,
                            QStringLiteral("p90 %1 ms; first two keys of a term p90 %2 ms")
                                .arg(percentile(typing, 0.9), 0, 'f', 1)
                                .arg(percentile(firstKeys, 0.9), 0, 'f', 1)});
    context.figures.append({QStringLiteral("story vault model load (part of filling the window)"),
                            QStringLiteral("(none)"), 0, median(loadMs), QStringLiteral("ms"),
                            std::nullopt, std::nullopt,
                            QStringLiteral("then %1 ms of search-text preparation in 8 ms slices; "
                                           "a search before it ends: %2 ms")
                                .arg(prepareMs, 0, 'f', 0)
                                .arg(median(earlySearchMs), 0, 'f', 0)});
}

void runMatrix(Context &context)
{
    std::printf("== values matrix switch to a 40-value company ==\n");
    VaultSession session;
    must(session.open(context.bigVaultFile), "open the big vault");
    const qint64 companies[2] = {
        must(session.store().findCompany(QStringLiteral("Benchmark Forty A")), "find company A"),
        must(session.store().findCompany(QStringLiteral("Benchmark Forty B")), "find company B")};
    if (companies[0] <= 0 || companies[1] <= 0)
        qFatal("the big vault has no 40-value companies: generate it with starling_bigvault");

    ValuesMatrixModel model(session);
    model.setCompanyId(companies[0]);
    QTableView view;
    view.resize(1400, 900);
    view.setModel(&model);
    view.horizontalHeader()->setDefaultSectionSize(110);
    view.show();
    QCoreApplication::processEvents();
    (void)view.grab();

    const int switches = std::max(10, context.reps * 6);
    std::vector<double> switching;
    std::vector<double> repaint;
    for (int i = 0; i < switches; ++i) {
        switching.push_back(timeMs([&] {
            model.setCompanyId(companies[(i + 1) % 2]);
            QCoreApplication::processEvents();
            (void)view.grab();
        }));
        // The floor: the same view repainted with nothing changed.
        repaint.push_back(timeMs([&] {
            view.viewport()->update();
            QCoreApplication::processEvents();
            (void)view.grab();
        }));
    }
    std::printf("  %d rows, %d story columns; switch median %.2f ms, repaint-only median %.2f ms\n\n",
                model.rowCount(), model.columnCount() - ValuesMatrixModel::FirstStoryColumn,
                median(switching), median(repaint));
    context.figures.append({QStringLiteral("matrix switch + repaint, 40 values"),
                            QStringLiteral("repaint, no switch"), median(repaint),
                            median(switching), QStringLiteral("ms"), std::nullopt, MatrixBudgetMs,
                            QStringLiteral("budget is absolute: 50 ms")});
}

} // namespace starling::bench
