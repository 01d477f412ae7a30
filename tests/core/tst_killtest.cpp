// Durability under SIGKILL at scale: a child process (killtest_writer) streams a mixed load into a
// vault — edits of every entity, imports of exchange files, and, at the start of each
// generation, the migration of a copy of the schema-1 fixture — and is killed at a random
// moment, round after round. After every kill the vault must open, pass integrity_check and
// foreign_key_check, and hold every edit the child reported as committed.
//
// STARLING_KILL_ROUNDS sets the number of rounds (default 30, a quarter of a minute).

#include "vaultstore.h"
#include "vaulttestutil.h"

#include <QDir>
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

// A fresh copy of the schema-1 fixture every this many rounds, so migrations are killed too.
constexpr int kRoundsPerGeneration = 6;

// What the child has reported committed, over all rounds of one generation.
struct Expected {
    QHash<qint64, QString> stories; // id -> latest title
    QSet<qint64> removedStories;
    QSet<qint64> companies;
    QSet<qint64> values;
    QSet<QPair<qint64, qint64>> links;
    QHash<qint64, QString> questions; // id -> text
    QHash<qint64, QString> answers;   // id -> Result section
    QHash<qint64, qint64> practice;   // id -> answer id
    QStringList imports;              // markers
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
        if (kind == u"opened")
            return {};
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
        } else if (kind == u"question" && parts.size() >= 3) {
            questions.insert(id(1), rest(2));
        } else if (kind == u"answer" && parts.size() >= 3) {
            answers.insert(id(1), rest(2));
        } else if (kind == u"practice" && parts.size() == 3) {
            practice.insert(id(1), id(2));
        } else if (kind == u"import" && parts.size() >= 2) {
            imports.append(rest(1));
        } else {
            --edits;
            return QStringLiteral("unexpected line from the writer: %1").arg(line);
        }
        return {};
    }
};

// The fixture's own rows: a migration must carry every one of them over.
Expected fromFixture(const QString &path)
{
    Expected e;
    for (const QString &row : sqlColumn(path, QStringLiteral("SELECT id || ' ' || title FROM stories"))) {
        const qsizetype space = row.indexOf(u' ');
        e.stories.insert(row.left(space).toLongLong(), row.mid(space + 1));
    }
    for (const QString &id : sqlColumn(path, QStringLiteral("SELECT id FROM companies")))
        e.companies.insert(id.toLongLong());
    for (const QString &id : sqlColumn(path, QStringLiteral("SELECT id FROM value_principles")))
        e.values.insert(id.toLongLong());
    for (const QString &row : sqlColumn(path, QStringLiteral("SELECT story_id || ' ' || value_id FROM story_value_links"))) {
        const QStringList ids = row.split(u' ');
        e.links.insert({ids.value(0).toLongLong(), ids.value(1).toLongLong()});
    }
    return e;
}

int roundsToRun()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("STARLING_KILL_ROUNDS", &ok);
    return ok && fromEnv > 0 ? fromEnv : 30;
}

template<typename T>
T take(Result<T> result)
{
    if (!result)
        qFatal("unexpected store failure: %s", qPrintable(result.error()));
    return std::move(result).value();
}

// Finds everything one import wrote by its marker and sets *present when all of it is there.
// Returns an error message when only part of it is, or none of it and mayBeAbsent is false.
QString checkImport(const VaultStore &store, const QString &marker, bool mayBeAbsent, bool *present)
{
    int stories = 0;
    for (const Story &s : take(store.stories()))
        stories += s.title == marker ? 1 : 0;
    const qint64 companyId = take(store.findCompany(marker));
    qint64 questionId = 0;
    for (const Question &q : take(store.questions()))
        if (q.text == marker)
            questionId = q.id;
    qint64 answerId = 0;
    for (const Answer &a : take(store.answers()))
        if (a.result == marker && a.questionId == questionId)
            answerId = a.id;
    int runs = 0;
    for (const PracticeRun &r : take(store.practiceRuns()))
        runs += (answerId > 0 && r.answerId == answerId) ? 1 : 0;
    const int values = companyId > 0 ? int(take(store.values(companyId)).size()) : 0;
    const int links = companyId > 0 ? int(take(store.linksForCompany(companyId)).size()) : 0;

    const bool none = stories == 0 && companyId == 0 && questionId == 0 && answerId == 0;
    const bool whole = stories == 2 && companyId > 0 && values == 2 && links == 1 && questionId > 0
        && answerId > 0 && runs == 1;
    *present = whole;
    if (whole || (none && mayBeAbsent))
        return {};
    return QStringLiteral("import \"%1\" is %2: %3 stories, company %4, %5 values, %6 links, question %7, "
                          "answer %8, %9 practice runs")
        .arg(marker, none ? QStringLiteral("missing") : QStringLiteral("cut in half"))
        .arg(stories)
        .arg(companyId)
        .arg(values)
        .arg(links)
        .arg(questionId)
        .arg(answerId)
        .arg(runs);
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
    // GIVEN the writer program and the schema-1 fixture
    const QString writer = QStringLiteral(KILLTEST_WRITER);
    QVERIFY2(QFileInfo(writer).isExecutable(), qPrintable(writer));
    const QString fixture = QStringLiteral(STARLING_TEST_DATA "/vault-v1.starling");
    QVERIFY(QFileInfo::exists(fixture));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int rounds = roundsToRun();
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill test seed %u", seed);
    QRandomGenerator random(seed);

    Expected expected;
    QString path;
    int totalEdits = 0;
    int killedMidStream = 0;
    int inFlightAtKill = 0;
    int committedInFlight = 0;
    int generations = 0;
    int killedBeforeOpened = 0;
    int killedMidMigration = 0;

    for (int round = 1; round <= rounds; ++round) {
        const bool newGeneration = (round - 1) % kRoundsPerGeneration == 0;
        if (newGeneration) {
            // Each generation starts from a copy of the schema-1 fixture, so its first round
            // migrates it while the kill may come at any point.
            totalEdits += expected.edits;
            ++generations;
            path = dir.filePath(QStringLiteral("kill-%1.starling").arg(generations));
            QVERIFY(QFile::copy(fixture, path));
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
            expected = fromFixture(path);
            QVERIFY(!expected.stories.isEmpty());
        }
        // The first round of a generation is killed early, around the migration.
        const int delayMs = newGeneration ? 5 + int(random.bounded(120u)) : 50 + int(random.bounded(551u));

        // WHEN the writer streams edits and is killed with SIGKILL after a random delay
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
        if (!lines.contains(QStringLiteral("opened 2")))
            ++killedBeforeOpened;
        else if (lines.size() > 2)
            ++killedMidStream;

        // A kill after the migration's backup was taken but before the vault reported itself
        // open came in the middle of the migration (or just after it).
        if (newGeneration && !lines.contains(QStringLiteral("opened 2"))
            && !QDir(dir.path()).entryList({QStringLiteral("kill-%1.before-format-*").arg(generations)}).isEmpty())
            ++killedMidMigration;

        // THEN the vault opens (finishing a cut migration), passes integrity_check, and holds
        // every reported edit
        VaultStore store;
        const Status opened = store.open(path);
        QVERIFY2(opened, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(opened.error())));
        QCOMPARE(store.schemaVersion(), VaultStore::SchemaVersion);
        const QString integrity = sqlValue(path, QStringLiteral("PRAGMA integrity_check"), false);
        QVERIFY2(integrity == u"ok", qPrintable(QStringLiteral("round %1: %2").arg(round).arg(integrity)));
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
        } else if (flightKind == u"question" && flight.size() >= 3) {
            const qint64 id = flight.value(1).toLongLong();
            const QString text = flight.mid(2).join(u' ');
            const QString found = take(store.question(id)).text;
            QVERIFY2(found == text || found == expected.questions.value(id),
                     qPrintable(QStringLiteral("round %1: question %2 reads %3").arg(round).arg(id).arg(found)));
            expected.questions.insert(id, found);
        } else if (flightKind == u"answer" && flight.size() >= 3) {
            const qint64 id = flight.value(1).toLongLong();
            const QString text = flight.mid(2).join(u' ');
            const QString found = take(store.answer(id)).result;
            QVERIFY2(found == text || found == expected.answers.value(id),
                     qPrintable(QStringLiteral("round %1: answer %2 reads %3").arg(round).arg(id).arg(found)));
            expected.answers.insert(id, found);
        } else if (flightKind == u"import") {
            const QString marker = flight.mid(1).join(u' ');
            bool present = false;
            const QString problem = checkImport(store, marker, true, &present);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
            if (present) {
                expected.imports.append(marker);
                ++committedInFlight;
            }
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
        for (auto it = expected.questions.cbegin(); it != expected.questions.cend(); ++it) {
            const Result<Question> question = store.question(it.key());
            QVERIFY2(question, qPrintable(QStringLiteral("round %1: question %2 was lost").arg(round).arg(it.key())));
            QCOMPARE(question->text, it.value());
        }
        for (auto it = expected.answers.cbegin(); it != expected.answers.cend(); ++it) {
            const Result<Answer> answer = store.answer(it.key());
            QVERIFY2(answer, qPrintable(QStringLiteral("round %1: answer %2 was lost").arg(round).arg(it.key())));
            QCOMPARE(answer->result, it.value());
        }
        if (!expected.practice.isEmpty()) {
            QHash<qint64, qint64> runs;
            for (const PracticeRun &r : take(store.practiceRuns()))
                runs.insert(r.id, r.answerId);
            for (auto it = expected.practice.cbegin(); it != expected.practice.cend(); ++it)
                QVERIFY2(runs.value(it.key()) == it.value(),
                         qPrintable(QStringLiteral("round %1: practice run %2 was lost").arg(round).arg(it.key())));
        }
        for (const QString &marker : std::as_const(expected.imports)) {
            bool present = false;
            const QString problem = checkImport(store, marker, false, &present);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
        }
        qInfo("round %d: killed after %d ms, %lld lines reported, %lld stories, %lld imports checked", round,
              delayMs, qlonglong(lines.size()), qlonglong(expected.stories.size()), qlonglong(expected.imports.size()));
    }
    totalEdits += expected.edits;

    // Any failure stops the test at its round with a message, so reaching here means none.
    qInfo("kill test: %d rounds, 0 failures, %d generations migrated from schema 1, %d edits reported "
          "in all, %d rounds killed before the vault was open (%d of them during the migration), %d "
          "killed mid-stream, %d with a write in flight (%d in-flight transactions found committed whole)",
          rounds, generations, totalEdits, killedBeforeOpened, killedMidMigration, killedMidStream, inFlightAtKill,
          committedInFlight);
    QVERIFY2(totalEdits > 0, "the writer never reported an edit; the test checked nothing");
}

QTEST_GUILESS_MAIN(TestKillTest)
#include "tst_killtest.moc"
