#pragma once

// Shared pieces of starling_bench: samples, medians and the result table.

#include "result.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace starling::bench {

// Fails loudly: a benchmark that cannot set itself up has nothing to report.
template<typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error()));
    return std::move(result).value();
}
void must(const Status &status, const char *what);

double percentile(std::vector<double> samples, double p);
inline double median(const std::vector<double> &samples) { return percentile(samples, 0.5); }

inline double elapsedMs(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }
double timeMs(const std::function<void()> &work);

// One line of the final table: a figure beside the baseline measured in the same run.
struct Figure {
    QString name;
    QString baselineName;
    double baseline = 0;  // median
    double measured = 0;  // median
    QString unit;         // "ms" or "MiB"
    // Either the measured value must stay under budgetAbsolute, or under budgetRatio × baseline;
    // neither set means "reported only".
    std::optional<double> budgetRatio;
    std::optional<double> budgetAbsolute;
    QString note;

    double ratio() const { return baseline > 0 ? measured / baseline : 0; }
    std::optional<bool> passes() const;
    QString budgetText() const;
};

// What each part of the benchmark adds to the table.
struct Context {
    QString bigVaultJson;   // the generated exchange file
    QString bigVaultFile;   // the same, imported once into a vault (set by runExchange)
    QString tempDir;
    int reps = 5;
    QList<Figure> figures;
};

// Imports the big file into context.bigVaultFile; with measure, also times import and export
// against raw SQLite.
void runExchange(Context &context, bool measure);
void runStartup(Context &context);     // process start to first paint, and peak RSS
void runFilter(Context &context);      // story vault filter per keystroke
void runMatrix(Context &context);      // values matrix switch
void runPrepSheet(Context &context);   // PDF export of a ~50-page prep sheet

// Child-process entry point: "--child bare|main [VAULT]". Returns the exit code.
int runStartupChild(int argc, char **argv);

} // namespace starling::bench
