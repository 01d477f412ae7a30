// Rotating daily backups: one per day, the last KeepDays days kept, listed newest first, and
// restored only after the current state is saved and the backup is checked.

#include "vaultbackups.h"
#include "vaultstore.h"
#include "vaulttestutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace starling;
using namespace starling::test;

namespace {

template<typename T>
T take(Result<T> result)
{
    if (!result)
        qFatal("unexpected failure: %s", qPrintable(result.error()));
    return std::move(result).value();
}

qint64 addStory(VaultStore &store, const QString &title)
{
    Story s;
    s.title = title;
    return take(store.addStory(s));
}

QStringList titles(const QString &path)
{
    return sqlColumn(path, QStringLiteral("SELECT title FROM stories ORDER BY id"));
}

} // namespace

class TestVaultBackups : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_vault = m_dir->filePath(QStringLiteral("interviews.starling"));
    }

    void shouldPutBackupsInAFolderBesideTheVault()
    {
        const VaultBackups backups(m_vault);
        QCOMPARE(backups.folder(), m_dir->filePath(QStringLiteral("interviews backups")));
        QCOMPARE(backups.dailyPath(QDate(2026, 11, 24)),
                 m_dir->filePath(QStringLiteral("interviews backups/interviews-2026-11-24.starling")));
    }

    void shouldTakeOneConsistentBackupPerDay()
    {
        // GIVEN an open vault with a story
        VaultStore store;
        QVERIFY(store.open(m_vault));
        addStory(store, QStringLiteral("First"));
        VaultBackups backups(m_vault);
        const QDate day(2026, 11, 24);

        // WHEN it is backed up twice on one day
        const QString written = take(backups.backupIfDue(store, day));
        addStory(store, QStringLiteral("Second"));
        const QString again = take(backups.backupIfDue(store, day));

        // THEN the first call wrote a whole vault with the state of that moment; the second none
        QCOMPARE(written, backups.dailyPath(day));
        QVERIFY(again.isEmpty());
        QVERIFY(VaultStore::probe(written));
        QCOMPARE(titles(written), QStringList{QStringLiteral("First")});
        QVERIFY(sidecars(written).isEmpty());
        QCOMPARE(backups.list().size(), 1);
    }

    void shouldBackUpThroughItsOwnConnectionWhileTheVaultIsOpen()
    {
        // GIVEN a vault open for writing elsewhere, with an uncheckpointed commit in its log
        VaultStore store;
        QVERIFY(store.open(m_vault));
        addStory(store, QStringLiteral("Committed"));
        VaultBackups backups(m_vault);

        // WHEN the backup is taken through a read-only connection of its own
        const QString written = take(backups.backupIfDue(QDate(2026, 11, 24)));

        // THEN it holds the last commit, and the vault is still writable
        QCOMPARE(titles(written), QStringList{QStringLiteral("Committed")});
        addStory(store, QStringLiteral("Later"));
        QVERIFY(take(backups.backupIfDue(QDate(2026, 11, 24))).isEmpty());
    }

    void shouldKeepOnlyTheLastDaysAndListNewestFirst()
    {
        // GIVEN a vault opened on ten different days, with gaps
        VaultStore store;
        QVERIFY(store.open(m_vault));
        VaultBackups backups(m_vault);
        QList<QDate> days;
        for (int i = 0; i < 10; ++i)
            days.append(QDate(2026, 10, 1).addDays(i * 3));
        for (const QDate &day : std::as_const(days)) {
            addStory(store, day.toString(Qt::ISODate));
            QVERIFY(!take(backups.backupIfDue(store, day)).isEmpty());
        }
        // AND files that are not backups of this vault
        QVERIFY(writeFile(backups.folder() + QStringLiteral("/notes.txt"), "mine"));
        QVERIFY(writeFile(backups.folder() + QStringLiteral("/other-2026-10-02.starling"), "x"));
        QVERIFY(writeFile(backups.dailyPath(QDate(2026, 12, 1)) + QStringLiteral(".partial"), "cut"));

        // WHEN they are listed
        const QList<VaultBackup> list = backups.list();

        // THEN only the last KeepDays days remain, newest first, with their dates and sizes
        QCOMPARE(list.size(), VaultBackups::KeepDays);
        for (int i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i].date, days[days.size() - 1 - i]);
            QCOMPARE(list[i].size, QFileInfo(list[i].path).size());
            QVERIFY(list[i].size > 0);
            QVERIFY(!list[i].time.isValid());
        }
        QVERIFY(!QFileInfo::exists(backups.dailyPath(days.first())));
        QVERIFY(QFileInfo::exists(backups.folder() + QStringLiteral("/notes.txt")));
        // the newest holds every story up to its day
        QCOMPARE(titles(list.first().path).size(), days.size());
    }

    void shouldRestoreABackupAfterSavingTheCurrentState()
    {
        // GIVEN a backup holding "Old", and a vault that has moved on to "Old" + "New"
        VaultBackups backups(m_vault);
        {
            VaultStore store;
            QVERIFY(store.open(m_vault));
            addStory(store, QStringLiteral("Old"));
            QVERIFY(!take(backups.backupIfDue(store, QDate(2026, 11, 24))).isEmpty());
            addStory(store, QStringLiteral("New"));
        }
        const QString backup = backups.dailyPath(QDate(2026, 11, 24));

        // WHEN the backup is restored
        const QDateTime now(QDate(2026, 11, 26), QTime(9, 30, 15));
        const Status restored = backups.restore(backup, now);
        QVERIFY2(restored, qPrintable(restored.error()));

        // THEN the vault is the backup, and the state before is itself a listed backup
        QCOMPARE(titles(m_vault), QStringList{QStringLiteral("Old")});
        QVERIFY(VaultStore::probe(m_vault));
        const QList<VaultBackup> list = backups.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().date, now.date());
        QCOMPARE(list.first().time, now.time());
        QCOMPARE(titles(list.first().path), (QStringList{QStringLiteral("Old"), QStringLiteral("New")}));
        // AND the backup itself is unchanged, and nothing temporary is left behind
        QCOMPARE(titles(backup), QStringList{QStringLiteral("Old")});
        const QStringList leftovers = QDir(m_dir->path()).entryList(QDir::Files);
        QCOMPARE(leftovers, QStringList{QStringLiteral("interviews.starling")});
        VaultStore store;
        QVERIFY(store.open(m_vault));
    }

    void shouldRefuseADamagedBackupAndChangeNothing()
    {
        // GIVEN a vault and a "backup" that is damaged
        QVERIFY(makeRealVault(m_vault, 20));
        VaultBackups backups(m_vault);
        QVERIFY(QDir().mkpath(backups.folder()));
        const QString bad = backups.dailyPath(QDate(2026, 11, 20));
        QVERIFY(writeFile(bad, corruptMiddlePage(readFile(m_vault))));
        const QByteArray before = fileHash(m_vault);

        // WHEN it is restored THEN it is refused, and neither the vault nor the folder changed
        const Status restored = backups.restore(bad);
        QVERIFY(!restored);
        QVERIFY2(restored.error().contains(QStringLiteral("cannot be restored"))
                     && restored.error().contains(QStringLiteral("The vault was not changed")),
                 qPrintable(restored.error()));
        QCOMPARE(fileHash(m_vault), before);
        QCOMPARE(backups.list().size(), 1);
    }

    void shouldReplaceTheStaleLogOfADamagedVault()
    {
        // GIVEN a good backup, and a vault that crashed leaving a log beside a damaged file
        VaultBackups backups(m_vault);
        {
            VaultStore store;
            QVERIFY(store.open(m_vault));
            addStory(store, QStringLiteral("Good"));
            QVERIFY(!take(backups.backupIfDue(store, QDate(2026, 11, 24))).isEmpty());
        }
        QVERIFY(writeFile(m_vault, QByteArray("SQLite format 3\0", 16) + QByteArray(3000, '\x33')));
        QVERIFY(writeFile(m_vault + QStringLiteral("-wal"), QByteArray(5000, '\x44')));

        // WHEN the backup is restored
        const Status restored = backups.restore(backups.dailyPath(QDate(2026, 11, 24)), QDateTime(QDate(2026, 11, 25), QTime(8, 0)));
        QVERIFY2(restored, qPrintable(restored.error()));

        // THEN the old log is gone (it would be replayed onto the restored file) but kept with
        // the saved copy, and the vault opens with the backup's content
        QVERIFY(sidecars(m_vault).isEmpty());
        QVERIFY(QFileInfo::exists(backups.list().first().path + QStringLiteral("-wal")));
        VaultStore store;
        const Status opened = store.open(m_vault);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(take(store.stories()).first().title, QStringLiteral("Good"));
    }

    void shouldReportAFailedBackupWithoutTouchingTheVault()
    {
        // GIVEN a vault whose backups folder cannot be made (a regular file has its name;
        // this works as root too)
        VaultStore store;
        QVERIFY(store.open(m_vault));
        addStory(store, QStringLiteral("Kept"));
        VaultBackups backups(m_vault);
        QVERIFY(writeFile(backups.folder(), "in the way"));

        // WHEN a backup is due THEN it fails with a message, and the vault works on
        const Result<QString> written = backups.backupIfDue(store, QDate(2026, 11, 24));
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QStringLiteral("backups folder")), qPrintable(written.error()));
        QVERIFY(backups.list().isEmpty());
        addStory(store, QStringLiteral("Still writable"));
        QCOMPARE(take(store.stories()).size(), 2);

        // AND restoring a backup that is not there is refused
        QVERIFY(!backups.restore(m_vault + QStringLiteral(".nonexistent")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_vault;
};

QTEST_GUILESS_MAIN(TestVaultBackups)
#include "tst_vaultbackups.moc"
