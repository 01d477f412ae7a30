// VaultSession's guard and backups: one session per vault file (across windows and processes,
// the command line included), a daily backup that never blocks opening, and restoring.

#include "vaultbackups.h"
#include "vaultsession.h"
#include "../core/vaulttestutil.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace starling;

namespace {

qint64 addStory(VaultSession &session, const QString &title)
{
    Story s;
    s.title = title;
    Result<qint64> id = session.store().addStory(s);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return id.value();
}

} // namespace

class TestVaultSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void shouldRefuseAVaultOpenInAnotherSessionAndStayUsable()
    {
        // GIVEN a vault open in one window's session
        const QString vault = m_dir->filePath(QStringLiteral("shared.starling"));
        const QString other = m_dir->filePath(QStringLiteral("other.starling"));
        VaultSession first;
        QVERIFY(first.open(vault));
        VaultSession second;
        QVERIFY(second.open(other));

        // WHEN a second window opens the same file
        const Status s = second.open(vault);

        // THEN it says so, keeps its own vault, and nothing was written beside the first
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("already open in another Starling window")), qPrintable(s.error()));
        QCOMPARE(second.path(), other);
        QVERIFY(second.isOpen());
        addStory(second, QStringLiteral("still works"));

        // AND once the first closes it, the second may open it
        first.close();
        const Status later = second.open(vault);
        QVERIFY2(later, qPrintable(later.error()));
    }

    void shouldRefuseAHostileFileUntouchedAndStayUsable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("zero-length") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not SQLite") << QByteArray("Story: churn\n") << QStringLiteral("not a Starling vault");
        QTest::newRow("SQLite header, then damage")
            << (QByteArray("SQLite format 3\0", 16) + QByteArray(3000, '\x7f')) << QStringLiteral("damaged");
    }

    void shouldRefuseAHostileFileUntouchedAndStayUsable()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, phrase);
        // GIVEN a session with a vault open, and a hostile file
        const QString good = m_dir->filePath(QStringLiteral("good.starling"));
        const QString bad = m_dir->filePath(QStringLiteral("bad.starling"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        VaultSession session;
        QVERIFY(session.open(good));

        // WHEN the session opens the hostile file
        const Status s = session.open(bad);

        // THEN it is refused with a message, the file is byte for byte as it was, nothing
        // appeared beside it (log, journal or lock), and the previous vault is still open
        QVERIFY(!s);
        QVERIFY2(s.error().contains(phrase), qPrintable(s.error()));
        QFile again(bad);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), bytes);
        for (const char *suffix : {"-wal", "-shm", "-journal", ".lock"})
            QVERIFY2(!QFileInfo::exists(bad + QString::fromLatin1(suffix)), suffix);
        QVERIFY(!QFileInfo::exists(VaultBackups(bad).folder()));
        QCOMPARE(session.path(), good);
        addStory(session, QStringLiteral("still usable"));
        // AND another vault opens afterwards
        QVERIFY(session.open(m_dir->filePath(QStringLiteral("another.starling"))));
    }

    void shouldReopenTheVaultItAlreadyHolds()
    {
        const QString vault = m_dir->filePath(QStringLiteral("mine.starling"));
        VaultSession session;
        QVERIFY(session.open(vault));
        const Status again = session.open(vault);
        QVERIFY2(again, qPrintable(again.error()));
    }

    void shouldMakeTheCommandLineImportWaitForTheWindow()
    {
        // GIVEN a vault open in the app and an exchange file
        const QString vault = m_dir->filePath(QStringLiteral("app.starling"));
        VaultSession session;
        QVERIFY(session.open(vault));
        const QString json = QStringLiteral(STARLING_TEST_DATA "/exchange/small-vault.json");
        auto run = [&](const QStringList &args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(STARLING_BINARY), args);
            process.waitForFinished(60000);
            return std::pair{process.exitCode(), QString::fromLocal8Bit(process.readAllStandardError())};
        };

        // WHEN the command line imports into it THEN it is refused with the reason, nothing written
        const auto [code, err] = run({QStringLiteral("import"), json, QStringLiteral("--database"), vault});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QStringLiteral("already open in another Starling window")), qPrintable(err));
        QVERIFY(session.store().stories()->isEmpty());

        // AND exporting (reading) still works beside the window
        const QString out = m_dir->filePath(QStringLiteral("out.json"));
        const auto [exportCode, exportErr] = run({QStringLiteral("export"), out, QStringLiteral("--database"), vault});
        QVERIFY2(exportCode == 0, qPrintable(exportErr));

        // AND once the window lets go, the import goes through
        session.close();
        const auto [later, laterErr] = run({QStringLiteral("import"), json, QStringLiteral("--database"), vault});
        QVERIFY2(later == 0, qPrintable(laterErr));
    }

    void shouldTakeADailyBackupWhenOpened()
    {
        const QString vault = m_dir->filePath(QStringLiteral("daily.starling"));
        VaultSession session;
        session.setToday(QDate(2026, 11, 24));
        QSignalSpy failed(&session, &VaultSession::backupFailed);
        QVERIFY(session.open(vault));
        session.waitForBackup(); // it runs on a worker thread
        QVERIFY(session.backupProblem().isEmpty());
        QCOMPARE(failed.count(), 0);
        const QList<VaultBackup> backups = VaultBackups(vault).list();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().date, QDate(2026, 11, 24));
    }

    void shouldOpenEvenWhenTheBackupFails()
    {
        // GIVEN a vault whose backups folder is blocked by a regular file
        const QString vault = m_dir->filePath(QStringLiteral("blocked.starling"));
        QFile blocker(VaultBackups(vault).folder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // WHEN it is opened THEN it opens, and the problem is there to show
        VaultSession session;
        QSignalSpy failed(&session, &VaultSession::backupFailed);
        QVERIFY(session.open(vault));
        QVERIFY(session.isOpen());
        QTRY_COMPARE(failed.count(), 1); // reported from the event loop, once the thread is done
        QVERIFY2(session.backupProblem().contains(QStringLiteral("backups folder")), qPrintable(session.backupProblem()));
    }

    void shouldRestoreABackupAndClearUndo()
    {
        // GIVEN an open vault whose backup holds one story, and a second story added since
        const QString vault = m_dir->filePath(QStringLiteral("restore.starling"));
        VaultSession session;
        session.setToday(QDate(2026, 11, 24));
        QVERIFY(session.open(vault));
        addStory(session, QStringLiteral("Before"));
        session.close();
        session.setToday(QDate(2026, 11, 25));
        QVERIFY(session.open(vault)); // today's backup has "Before"
        session.waitForBackup();
        addStory(session, QStringLiteral("After"));
        session.undoStack().push(new QUndoCommand(QStringLiteral("something")));
        QSignalSpy opened(&session, &VaultSession::opened);

        // WHEN the backup of the 25th is restored
        const Status s = session.restoreBackup(VaultBackups(vault).dailyPath(QDate(2026, 11, 25)));

        // THEN the vault is open again with the backup's content, and undo starts afresh
        QVERIFY2(s, qPrintable(s.error()));
        QVERIFY(session.isOpen());
        QCOMPARE(session.path(), vault);
        QCOMPARE(session.store().stories()->size(), 1);
        QCOMPARE(session.store().stories()->first().title, QStringLiteral("Before"));
        QCOMPARE(session.undoStack().count(), 0);
        QCOMPARE(opened.count(), 1);
        // AND the state before the restore is itself a backup
        QCOMPARE(VaultBackups(vault).list().size(), 3);
    }

    void shouldRestoreADamagedVaultThatFailedToOpen()
    {
        // GIVEN a vault with a backup, damaged afterwards
        const QString vault = m_dir->filePath(QStringLiteral("damaged.starling"));
        const QString other = m_dir->filePath(QStringLiteral("other.starling"));
        {
            VaultSession session;
            QVERIFY(session.open(vault));
            addStory(session, QStringLiteral("Safe"));
            session.close();
            session.setToday(QDate::currentDate().addDays(1));
            QVERIFY(session.open(vault)); // a backup holding "Safe"
        }
        QFile file(vault);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x5a'));
        file.close();
        VaultSession session;
        QVERIFY(session.open(other));
        QVERIFY(!session.open(vault));
        QCOMPARE(session.path(), other);

        // WHEN it is restored from its newest backup
        const QString newest = VaultBackups(vault).list().first().path;
        const Status s = session.restoreAndOpen(vault, newest);

        // THEN it opens in the session with the backup's content
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(session.path(), vault);
        QCOMPARE(session.store().stories()->first().title, QStringLiteral("Safe"));
    }

    void shouldOpenInTheBackgroundOnceTheFileIsChecked()
    {
        // GIVEN a vault on disk
        const QString vault = m_dir->filePath(QStringLiteral("paged.starling"));
        QVERIFY(test::writeVaultOfStories(vault, 200));
        VaultSession session;
        QSignalSpy opening(&session, &VaultSession::opening);
        QSignalSpy opened(&session, &VaultSession::opened);
        QSignalSpy failed(&session, &VaultSession::openFailed);
        QSignalSpy reset(&session.notifier(), &ChangeNotifier::reset);

        // WHEN the session begins opening it
        const Status s = session.beginOpen(vault);

        // THEN it returns at once, with the file being checked
        QVERIFY2(s, qPrintable(s.error()));
        QVERIFY(session.isOpening());
        QVERIFY(!session.isOpen());
        QCOMPARE(session.openingPath(), vault);
        QCOMPARE(opening.size(), 1);

        // AND once the check passes the vault opens, under its lock: models reset, then opened
        QTRY_VERIFY(session.isOpen());
        VaultSession other;
        const Status refused = other.open(vault);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("already open")), qPrintable(refused.error()));
        QVERIFY(!session.isOpening());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(opened.size(), 1);
        QVERIFY(failed.isEmpty());
        QCOMPARE(session.store().stories()->size(), 200);
        addStory(session, QStringLiteral("written after the check"));
    }

    void shouldReportDamageFoundByTheBackgroundCheck_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("damaged page") << QStringLiteral("damaged") << QStringLiteral("damaged");
        QTest::newRow("not SQLite") << QStringLiteral("text") << QStringLiteral("not a Starling vault");
        QTest::newRow("zero-length") << QStringLiteral("empty") << QStringLiteral("empty");
    }

    void shouldReportDamageFoundByTheBackgroundCheck()
    {
        QFETCH(QString, kind);
        QFETCH(QString, phrase);
        // GIVEN a file the store refuses
        const QString vault = m_dir->filePath(QStringLiteral("bad.starling"));
        if (kind == u"damaged") {
            QVERIFY(test::writeVaultOfStories(vault, 200));
            const QByteArray damaged = test::corruptMiddlePage(test::readFile(vault));
            QVERIFY(!damaged.isEmpty());
            QVERIFY(test::writeFile(vault, damaged));
        } else {
            QVERIFY(test::writeFile(vault, kind == u"text" ? QByteArray("Story: churn\n") : QByteArray()));
        }
        const QByteArray before = test::fileHash(vault);
        VaultSession session;
        QSignalSpy opened(&session, &VaultSession::opened);
        QSignalSpy failed(&session, &VaultSession::openFailed);

        // WHEN the session begins opening it
        QVERIFY(session.beginOpen(vault));

        // THEN the check reports why, nothing is open, and the file is exactly as it was, with
        // nothing left beside it: no log, no lock
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), vault);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(phrase), qPrintable(message));
        QVERIFY(opened.isEmpty());
        QVERIFY(!session.isOpen());
        QVERIFY(!session.isOpening());
        QCOMPARE(test::fileHash(vault), before);
        QVERIFY2(test::sidecars(vault).isEmpty(), qPrintable(test::sidecars(vault).join(u' ')));
        QVERIFY(!QFileInfo::exists(vault + QStringLiteral(".lock")));
        // AND the session opens another vault afterwards
        QVERIFY(session.open(m_dir->filePath(QStringLiteral("another.starling"))));
    }

    void shouldReportAVaultOpenElsewhereAndLeaveItBe()
    {
        // GIVEN a vault open in one window's session
        const QString vault = m_dir->filePath(QStringLiteral("shared.starling"));
        VaultSession first;
        QVERIFY(first.open(vault));
        VaultSession second;
        QSignalSpy failed(&second, &VaultSession::openFailed);

        // WHEN another window begins opening it
        QVERIFY(second.beginOpen(vault));

        // THEN the worker finds the lock taken and says so; the first window keeps its vault
        QTRY_COMPARE(failed.size(), 1);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("already open in another Starling window")), qPrintable(message));
        QVERIFY(!second.isOpening());
        QVERIFY(!second.isOpen());
        addStory(first, QStringLiteral("still the first window's"));
        VaultSession third;
        QVERIFY(!third.open(vault)); // the first window's lock was not released by the refusal
    }

    void shouldCreateANewVaultAtOnce()
    {
        const QString vault = m_dir->filePath(QStringLiteral("new.starling"));
        VaultSession session;
        QSignalSpy opened(&session, &VaultSession::opened);
        QVERIFY(session.beginOpen(vault));
        QVERIFY(session.isOpen()); // nothing to check in a file that did not exist
        QVERIFY(!session.isOpening());
        QCOMPARE(opened.size(), 1);
    }

    void shouldDropAPendingOpenForAnotherVault()
    {
        // GIVEN a vault being opened in the background
        const QString vault = m_dir->filePath(QStringLiteral("slow.starling"));
        QVERIFY(test::writeVaultOfStories(vault, 200));
        const QString other = m_dir->filePath(QStringLiteral("other.starling"));
        VaultSession session;
        QSignalSpy opened(&session, &VaultSession::opened);
        QSignalSpy failed(&session, &VaultSession::openFailed);
        QSignalSpy closed(&session, &VaultSession::closed);
        QVERIFY(session.beginOpen(vault));

        // WHEN another vault is opened before the check is done
        QVERIFY(session.open(other));

        // THEN only the other one opens, the first is let go (its lock too), and the check's
        // result, when it comes, changes nothing
        QCOMPARE(session.path(), other);
        QVERIFY(!session.isOpening());
        QCOMPARE(closed.size(), 1);
        QTest::qWait(100);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), other);
        QVERIFY(failed.isEmpty());
        VaultSession elsewhere;
        QVERIFY(elsewhere.open(vault));
    }

    void shouldLetGoOfAPendingOpenWhenClosed()
    {
        const QString vault = m_dir->filePath(QStringLiteral("slow.starling"));
        QVERIFY(test::writeVaultOfStories(vault, 200));
        VaultSession session;
        QSignalSpy opened(&session, &VaultSession::opened);
        QVERIFY(session.beginOpen(vault));
        session.close();
        QVERIFY(!session.isOpening());
        QVERIFY(!session.isOpen());
        QTest::qWait(100);
        QVERIFY(opened.isEmpty());
        VaultSession elsewhere;
        QVERIFY(elsewhere.open(vault));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestVaultSession)
#include "tst_vaultsession.moc"
