// Start-up and peak memory, each in a fresh child process, so "process start" is real: the
// dynamic loader, QApplication, fonts and styles are all in the figure.
//
// The parent reads CLOCK_MONOTONIC just before it starts the child and passes it in the
// environment; the child reads the same clock once the window has been painted for the first
// time (the zero-timer after the first Paint event runs when the whole backing-store sync is
// done). Both sides use the same harness; only the window differs:
//   bare: a QMainWindow of the main window's default size;
//   main: starling::MainWindow exactly as app/main.cpp builds it — fontconfig loading on a
//         thread from the start (FontWarmUp), the app style, translations, window (panels and
//         docks after the first paint), restoreLayout(), show(), beginOpenVault(big vault) —
//         then the event loop. The first paint shows the window with the vault opening while a
//         worker checks the file; the child also reports when the vault is open and its lists
//         filled (the turn of the event loop after VaultSession::opened, whose handlers load the
//         models).
// After the first paint the child keeps the event loop running until the work deferred past the
// first paint has finished (the story list's search texts, the suggestions' story profiles, the
// daily backup), reports that time as a second figure, lets the loop run a little longer, and
// then reads its peak resident set size, VmHWM, from /proc/self/status.

#include "bench.h"

#include "appstyle.h"
#include "fontwarmup.h"
#include "icons.h"
#include "mainwindow.h"
#include "storyvaultmodel.h"
#include "translations.h"
#include "valuesuggestionspanel.h"
#include "vaultsession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>

namespace starling::bench {
namespace {

constexpr const char *StartEnv = "STARLING_BENCH_T0_NS";
constexpr int SettleMs = 300;          // after the deferred work, before reading the peak
constexpr int DeferredPollMs = 2;
constexpr int DeferredTimeoutMs = 600000;

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Reports once, after the first paint of the watched window has finished and then once the
// deferred work `busy` tells of is done.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, qint64 startNs, std::function<bool()> busy)
        : m_startNs(startNs), m_busy(std::move(busy))
    {
        window->installEventFilter(this);
    }

    // The window's content is in: called when the vault has opened and its models loaded.
    void contentShown() { m_contentMs = double(monotonicNs() - m_startNs) / 1e6; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_startupMs = double(monotonicNs() - m_startNs) / 1e6;
                m_atPaintKb = peakRssKb();
                m_deferredTimer.start();
                pollDeferred();
            });
        }
        return false;
    }

private:
    void pollDeferred()
    {
        if (m_busy() && m_deferredTimer.elapsed() < DeferredTimeoutMs) {
            QTimer::singleShot(DeferredPollMs, this, [this] { pollDeferred(); });
            return;
        }
        const double deferredMs = double(monotonicNs() - m_startNs) / 1e6;
        QTimer::singleShot(SettleMs, this, [this, deferredMs] {
            std::printf("startup_ms=%.3f content_ms=%.3f deferred_ms=%.3f hwm_paint_kb=%lld hwm_kb=%lld\n",
                        m_startupMs, m_contentMs > 0 ? m_contentMs : m_startupMs, deferredMs,
                        static_cast<long long>(m_atPaintKb), static_cast<long long>(peakRssKb()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

    qint64 m_startNs;
    std::function<bool()> m_busy;
    bool m_seen = false;
    double m_startupMs = 0;
    double m_contentMs = 0;
    qint64 m_atPaintKb = 0;
    QElapsedTimer m_deferredTimer;
};

struct ChildResult {
    double startupMs = 0;
    double contentMs = 0;
    double deferredMs = 0;
    double peakPaintMiB = 0;
    double peakMiB = 0;
};

ChildResult runChild(const Context &context, const QStringList &arguments)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings, recent files and any backups go to a scratch folder, never the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(context.tempDir).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(context.tempDir).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(context.tempDir).filePath(QStringLiteral("cache")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 startNs = monotonicNs();
    env.insert(QString::fromLatin1(StartEnv), QString::number(startNs));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--child")} + arguments);
    if (!child.waitForFinished(180000) || child.exitCode() != 0)
        qFatal("start-up child %s failed", qPrintable(arguments.join(u' ')));
    ChildResult result;
    for (const QByteArray &field : child.readAllStandardOutput().trimmed().split(' ')) {
        const QList<QByteArray> kv = field.split('=');
        if (kv.size() != 2)
            continue;
        if (kv[0] == "startup_ms")
            result.startupMs = kv[1].toDouble();
        else if (kv[0] == "content_ms")
            result.contentMs = kv[1].toDouble();
        else if (kv[0] == "deferred_ms")
            result.deferredMs = kv[1].toDouble();
        else if (kv[0] == "hwm_paint_kb")
            result.peakPaintMiB = kv[1].toDouble() / 1024;
        else if (kv[0] == "hwm_kb")
            result.peakMiB = kv[1].toDouble() / 1024;
    }
    if (result.startupMs <= 0)
        qFatal("start-up child %s printed no figure", qPrintable(arguments.join(u' ')));
    return result;
}

} // namespace

int runStartupChild(int argc, char **argv)
{
    const qint64 startNs = qEnvironmentVariableIsSet(StartEnv) ? qgetenv(StartEnv).toLongLong()
                                                               : monotonicNs();
    if (argc < 3)
        return 2;
    const QByteArray mode = argv[2];
    // As app/main.cpp does for the main window; the bare window lays out no text.
    std::optional<FontWarmUp> fonts;
    if (mode == "main")
        fonts.emplace();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("StarlingBench"));
    QCoreApplication::setApplicationName(QStringLiteral("StarlingBench"));

    if (mode == "bare") {
        QMainWindow window;
        window.resize(1180, 760); // MainWindow's default size
        FirstPaint watcher(&window, startNs, [] { return false; });
        window.show();
        return QApplication::exec();
    }
    if (mode == "main" && argc > 3) {
        // As app/main.cpp does before it builds the window.
        QApplication::setStyle(new AppStyle);
        installTranslations(app);
        QApplication::setWindowIcon(appIcon());
        VaultSession session;
        fonts->wait();
        MainWindow window(session, MainWindow::Panels::AfterFirstPaint);
        window.restoreLayout();
        // Work the window defers past its first paint, read through public accessors.
        FirstPaint watcher(&window, startNs, [&window, &session] {
            if (!window.panelsBuilt() || session.isOpening() || session.isBackingUp())
                return true;
            const QList<StoryVaultModel *> models = window.findChildren<StoryVaultModel *>();
            for (const StoryVaultModel *model : models) {
                if (!model->searchTextsReady())
                    return true;
            }
            const QList<ValueSuggestionsPanel *> panels = window.findChildren<ValueSuggestionsPanel *>();
            for (const ValueSuggestionsPanel *panel : panels) {
                if (panel->isBusy())
                    return true;
            }
            return false;
        });
        QObject::connect(&session, &VaultSession::opened, &watcher, [&watcher] {
            QTimer::singleShot(0, &watcher, [&watcher] { watcher.contentShown(); });
        });
        QObject::connect(&session, &VaultSession::openFailed, &app, [](const QString &, const QString &message) {
            std::fprintf(stderr, "cannot open the vault: %s\n", qPrintable(message));
            QCoreApplication::exit(1);
        });
        window.show();
        window.beginOpenVault(QString::fromLocal8Bit(argv[3]));
        if (!session.isOpening() && !session.isOpen())
            return 1;
        return QApplication::exec();
    }
    return 2;
}

void runStartup(Context &context)
{
    std::printf("== start-up to first paint, and peak memory (fresh child processes) ==\n");
    std::vector<double> bare;
    std::vector<double> main;
    std::vector<double> mainContent;
    std::vector<double> bareDeferred;
    std::vector<double> mainDeferred;
    std::vector<double> bareMem;
    std::vector<double> mainMem;
    std::vector<double> mainMemAtPaint;
    // A warm-up, so the first bare window does not pay alone for loading Qt from disk; the big
    // vault was just written by the import, so its pages are already cached.
    (void)runChild(context, {QStringLiteral("bare")});
    for (int rep = 0; rep < context.reps; ++rep) {
        const ChildResult b = runChild(context, {QStringLiteral("bare")});
        const ChildResult m = runChild(context, {QStringLiteral("main"), context.bigVaultFile});
        bare.push_back(b.startupMs);
        main.push_back(m.startupMs);
        mainContent.push_back(m.contentMs);
        bareDeferred.push_back(b.deferredMs);
        mainDeferred.push_back(m.deferredMs);
        bareMem.push_back(b.peakMiB);
        mainMem.push_back(m.peakMiB);
        mainMemAtPaint.push_back(m.peakPaintMiB);
        std::printf("  rep %d: bare %.0f ms %.0f MiB, main window + big vault %.0f ms %.0f MiB "
                    "(%.0f MiB at first paint), vault open and lists filled at %.0f ms, "
                    "deferred work done at %.0f ms\n",
                    rep + 1, b.startupMs, b.peakMiB, m.startupMs, m.peakMiB, m.peakPaintMiB,
                    m.contentMs, m.deferredMs);
        std::fflush(stdout);
    }
    std::printf("\n");
    context.figures.append({QStringLiteral("start-up to first paint, big vault opening"),
                            QStringLiteral("bare QMainWindow, same harness"), median(bare),
                            median(main), QStringLiteral("ms"), 2.0, std::nullopt, QString()});
    context.figures.append({QStringLiteral("start-up until the vault is open and its lists filled"),
                            QStringLiteral("bare QMainWindow, same harness"), median(bare),
                            median(mainContent), QStringLiteral("ms"), std::nullopt, std::nullopt,
                            QStringLiteral("the file's integrity check on a worker, then the "
                                           "models load; the window is painted and responsive "
                                           "from the figure above")});
    context.figures.append({QStringLiteral("start-up until deferred work finished"),
                            QStringLiteral("bare QMainWindow, same harness"), median(bareDeferred),
                            median(mainDeferred), QStringLiteral("ms"), std::nullopt,
                            std::nullopt,
                            QStringLiteral("search texts, suggestion profiles and the daily "
                                           "backup, in slices or on a worker after first paint")});
    context.figures.append({QStringLiteral("peak RSS (VmHWM), big vault open"),
                            QStringLiteral("bare QMainWindow"), median(bareMem), median(mainMem),
                            QStringLiteral("MiB"), std::nullopt, std::nullopt,
                            QStringLiteral("%1 MiB of it already at first paint; read %2 s "
                                           "after the deferred work finished")
                                .arg(median(mainMemAtPaint), 0, 'f', 0)
                                .arg(SettleMs / 1000.0)});
}

} // namespace starling::bench
