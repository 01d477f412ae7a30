// Durability under SIGKILL: a child process (killtest_writer) streams edits into a vault and
// is killed at a random moment, round after round. Afterwards the vault must open, pass
// quick_check, and hold every edit the child reported as committed.

#include "vaultstore.h"
#include "vaulttestutil.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace starling;
using namespace starling::test;

namespace {

// What the child has reported committed, over all rounds.
struct Expected {
    QHash<qint64, QString> stories; // id -> latest title
    QSet<qint64> removedStories;
    QSet<qint64> companies;
    QSet<qint64> values;
    QSet<QPair<qint64, qint64>> links;
    int edits = 0;
    QString inFlight; // the "? ..." line of a write that had started but not reported

    void storyGone(qint64 id)
    {
        stories.remove(id);
        removedStories.insert(id);
        for (auto it = links.begin(); it != links.end();) {
            if (it->first == id)
                it = links.erase(it);
            else
                ++it;
        }
    }

    // Returns an error message for a line it cannot understand.
    QString apply(const QString &line)
    {
        if (line.startsWith(QStringLiteral("? "))) {
            inFlight = line.mid(2);
            return {};
        }
        inFlight.clear();
        const QStringList parts = line.split(u' ');
        const QString kind = parts.value(0);
        auto id = [&](int i) { return parts.value(i).toLongLong(); };
        auto rest = [&](int from) { return parts.mid(from).join(u' '); };
        ++edits;
        if (kind == u"story" && parts.size() >= 3) {
            stories.insert(id(1), rest(2));
            removedStories.remove(id(1));
        } else if (kind == u"gone" && parts.size() == 2) {
            storyGone(id(1));
        } else if (kind == u"company" && parts.size() == 2) {
            companies.insert(id(1));
        } else if (kind == u"value" && parts.size() == 3) {
            values.insert(id(1));
        } else if (kind == u"link" && parts.size() == 3) {
            links.insert({id(1), id(2)});
        } else if (kind == u"batch" && parts.size() >= 5) {
            stories.insert(id(1), rest(4));
            stories.insert(id(2), rest(4));
            links.insert({id(1), id(3)});
            links.insert({id(2), id(3)});
        } else {
            --edits;
            return QStringLiteral("unexpected line from the writer: %1").arg(line);
        }
        return {};
    }
};

int roundsToRun()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("STARLING_KILL_ROUNDS", &ok);
    return ok && fromEnv > 0 ? fromEnv : 12;
}

template<typename T>
T take(Result<T> result)
{
    if (!result)
        qFatal("unexpected store failure: %s", qPrintable(result.error()));
    return std::move(result).value();
}

} // namespace

class TestKillTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepEveryReportedEditAfterSigkill();
};

void TestKillTest::shouldKeepEveryReportedEditAfterSigkill()
{
    // GIVEN an existing vault and the writer program
    const QString writer = QStringLiteral(KILLTEST_WRITER);
    QVERIFY2(QFileInfo(writer).isExecutable(), qPrintable(writer));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kill.starling"));
    {
        VaultStore store;
        QVERIFY(store.open(path));
    }
    const int rounds = roundsToRun();
    QRandomGenerator random(QRandomGenerator::global()->generate());
    Expected expected;
    int killedMidStream = 0;
    int inFlightAtKill = 0;
    int committedInFlight = 0;

    for (int round = 1; round <= rounds; ++round) {
        // WHEN the writer streams edits and is killed with SIGKILL after a random delay
        const int delayMs = 50 + int(random.bounded(551u));
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(writer, {path, QString::number(random.generate())});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QByteArray output;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < delayMs && child.state() == QProcess::Running) {
            child.waitForReadyRead(5);
            output += child.readAllStandardOutput();
        }
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("round %1: the writer stopped by itself: %2")
                                .arg(round)
                                .arg(QString::fromUtf8(child.readAllStandardError()))));
        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();

        // Only complete lines were reported; a line cut by the kill promises nothing.
        const int lastNewline = int(output.lastIndexOf('\n'));
        const QByteArray complete = lastNewline < 0 ? QByteArray() : output.left(lastNewline);
        const QStringList lines = complete.isEmpty() ? QStringList()
                                                     : QString::fromUtf8(complete).split(u'\n');
        for (const QString &line : lines) {
            const QString problem = expected.apply(line);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        if (!lines.isEmpty())
            ++killedMidStream;

        // THEN the vault opens, passes quick_check, and holds every reported edit
        VaultStore store;
        const Status opened = store.open(path);
        QVERIFY2(opened, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(opened.error())));
        QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA quick_check"), false), QStringLiteral("ok"));
        QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA foreign_key_check"), false), QStringLiteral("<no rows>"));
        // The write in flight at the kill may have committed or not, but never half: settle
        // it from the vault, then hold every reported edit to the letter.
        const QStringList flight = expected.inFlight.split(u' ');
        const QString flightKind = flight.value(0);
        if (flightKind == u"story") {
            const qint64 id = flight.value(1).toLongLong();
            const QString title = flight.mid(2).join(u' ');
            const QString found = take(store.story(id)).title;
            QVERIFY2(found == title || found == expected.stories.value(id),
                     qPrintable(QStringLiteral("round %1: story %2 has title %3").arg(round).arg(id).arg(found)));
            expected.stories.insert(id, found);
        } else if (flightKind == u"gone") {
            const qint64 id = flight.value(1).toLongLong();
            if (!store.story(id))
                expected.storyGone(id);
        } else if (flightKind == u"batch") {
            const QString title = flight.mid(1).join(u' ');
            int copies = 0;
            for (const Story &s : take(store.stories()))
                copies += s.title == title ? 1 : 0;
            QVERIFY2(copies == 0 || copies == 2,
                     qPrintable(QStringLiteral("round %1: a transaction was cut in half (%2 of 2 stories)")
                                    .arg(round)
                                    .arg(copies)));
            if (copies == 2)
                ++committedInFlight;
        }
        if (!expected.inFlight.isEmpty())
            ++inFlightAtKill;
        expected.inFlight.clear();

        for (auto it = expected.stories.cbegin(); it != expected.stories.cend(); ++it) {
            const Result<Story> story = store.story(it.key());
            QVERIFY2(story, qPrintable(QStringLiteral("round %1: story %2 was lost").arg(round).arg(it.key())));
            QCOMPARE(story->title, it.value());
        }
        for (qint64 id : std::as_const(expected.removedStories))
            QVERIFY2(!store.story(id), qPrintable(QStringLiteral("round %1: removed story %2 is back").arg(round).arg(id)));
        for (qint64 id : std::as_const(expected.companies))
            QVERIFY2(store.company(id), qPrintable(QStringLiteral("round %1: company %2 was lost").arg(round).arg(id)));
        for (qint64 id : std::as_const(expected.values))
            QVERIFY2(store.value(id), qPrintable(QStringLiteral("round %1: value %2 was lost").arg(round).arg(id)));
        for (const auto &link : std::as_const(expected.links)) {
            const Result<std::optional<StoryValueLink>> found = store.link(link.first, link.second);
            QVERIFY(found);
            QVERIFY2(found->has_value(),
                     qPrintable(QStringLiteral("round %1: link %2-%3 was lost").arg(round).arg(link.first).arg(link.second)));
        }
        qInfo("round %d: killed after %d ms, %lld edits reported, %lld stories checked", round, delayMs,
              qlonglong(lines.size()), qlonglong(expected.stories.size()));
    }

    qInfo("kill test: %d rounds, %d edits reported in all, %d rounds killed mid-stream, %d with a "
          "write in flight (%d in-flight transactions found committed whole)",
          rounds, expected.edits, killedMidStream, inFlightAtKill, committedInFlight);
    QVERIFY2(expected.edits > 0, "the writer never reported an edit; the test checked nothing");
}

QTEST_GUILESS_MAIN(TestKillTest)
#include "tst_killtest.moc"
