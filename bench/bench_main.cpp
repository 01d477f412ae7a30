// starling_bench: every performance figure of the app beside a baseline measured in the same
// run, on a big vault written by starling_bigvault. Medians of several repetitions; the ratio
// decides PASS or FAIL against the budgets in docs/PERFORMANCE.md. Not part of the test run:
// timing is not a test.
//
//   starling_bigvault /tmp/big.json --seed 1
//   QT_QPA_PLATFORM=offscreen starling_bench /tmp/big.json [--reps N] [--only LIST]
//
// LIST is a comma-separated subset of exchange,startup,filter,matrix,pdf (the filter and matrix
// parts need the exchange part, which imports the file into a vault they open).

#include "bench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace starling::bench {

void must(const Status &status, const char *what)
{
    if (!status)
        qFatal("%s: %s", what, qPrintable(status.error()));
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const double pos = p * double(samples.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(lo + 1, samples.size() - 1);
    return samples[lo] + (samples[hi] - samples[lo]) * (pos - double(lo));
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return elapsedMs(timer);
}

std::optional<bool> Figure::passes() const
{
    if (budgetAbsolute)
        return measured <= *budgetAbsolute;
    if (budgetRatio)
        return ratio() <= *budgetRatio;
    return std::nullopt;
}

QString Figure::budgetText() const
{
    if (budgetAbsolute)
        return QStringLiteral("<= %1 %2").arg(*budgetAbsolute).arg(unit);
    if (budgetRatio)
        return QStringLiteral("<= %1x").arg(*budgetRatio);
    return QStringLiteral("report");
}

namespace {

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown");
}

void printTable(const QList<Figure> &figures)
{
    std::printf("\n%-46s %-30s %10s %10s %7s %10s  %s\n", "figure", "baseline", "baseline",
                "measured", "ratio", "budget", "result");
    std::printf("%s\n", QByteArray(128, '-').constData());
    int failed = 0;
    for (const Figure &f : figures) {
        const std::optional<bool> ok = f.passes();
        if (ok && !*ok)
            ++failed;
        const QByteArray unit = f.unit.toUtf8();
        const QByteArray ratio = f.baseline > 0 ? QByteArray::number(f.ratio(), 'f', 2) + 'x'
                                                : QByteArray("-");
        std::printf("%-46s %-30s %7.1f %-3s %7.1f %-3s %7s %10s  %s\n", qPrintable(f.name),
                    qPrintable(f.baselineName), f.baseline, unit.constData(), f.measured,
                    unit.constData(), ratio.constData(), qPrintable(f.budgetText()),
                    !ok ? "(reported)" : (*ok ? "PASS" : "FAIL"));
        if (!f.note.isEmpty())
            std::printf("    %s\n", qPrintable(f.note));
    }
    std::printf("\n%d figure(s) outside their budget\n", failed);
}

} // namespace
} // namespace starling::bench

int main(int argc, char **argv)
{
    using namespace starling::bench;
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return runStartupChild(argc, argv);

    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Starling benchmarks against baselines measured in the same run."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("big-vault"),
                                 QStringLiteral("Exchange file written by starling_bigvault."));
    const QCommandLineOption repsOption(QStringLiteral("reps"),
                                        QStringLiteral("Repetitions per figure (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Comma-separated parts: exchange,startup,filter,matrix,pdf."),
        QStringLiteral("LIST"), QStringLiteral("exchange,startup,filter,matrix,pdf"));
    parser.addOption(repsOption);
    parser.addOption(onlyOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "usage: starling_bench BIG.json [--reps N] [--only LIST]\n");
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("cannot create a temporary directory");
    Context context;
    context.bigVaultJson = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    context.tempDir = dir.path();
    context.reps = std::max(1, parser.value(repsOption).toInt());
    const QStringList parts = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);

    std::printf("Starling benchmark: %s (%.1f MB), %d repetitions\n",
                qPrintable(context.bigVaultJson),
                double(QFileInfo(context.bigVaultJson).size()) / 1e6, context.reps);
    std::printf("machine: %s, %d logical cores (QThread::idealThreadCount), %s, Qt %s\n\n",
                qPrintable(starling::bench::cpuModel()), QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()), qVersion());
    std::fflush(stdout);

    // The exchange part also imports the file once into the vault the other parts open.
    if (parts.contains(QStringLiteral("exchange")) || parts.contains(QStringLiteral("startup"))
        || parts.contains(QStringLiteral("filter")) || parts.contains(QStringLiteral("matrix")))
        runExchange(context, parts.contains(QStringLiteral("exchange")));
    if (parts.contains(QStringLiteral("startup")))
        runStartup(context);
    if (parts.contains(QStringLiteral("filter")))
        runFilter(context);
    if (parts.contains(QStringLiteral("matrix")))
        runMatrix(context);
    if (parts.contains(QStringLiteral("pdf")))
        runPrepSheet(context);

    printTable(context.figures);
    return 0;
}
