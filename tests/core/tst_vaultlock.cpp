// The single-instance guard: one lock per vault file, across processes, taken over when its
// holder died.

#include "vaultlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/types.h>
#include <unistd.h>

using namespace starling;

class TestVaultLock : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void shouldRefuseASecondHolderNamingTheFirst()
    {
        // GIVEN a vault locked by one holder
        const QString vault = m_dir->filePath(QStringLiteral("a.starling"));
        VaultLock first;
        QVERIFY(first.acquire(vault));
        QVERIFY(first.isHeld());
        // WHEN a second one tries THEN it is told who has it, in words a person can act on
        VaultLock second;
        const Status s = second.acquire(vault);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("already open in another Starling window (process %1)")
                                        .arg(QCoreApplication::applicationPid())),
                 qPrintable(s.error()));
        QVERIFY(s.error().contains(QStringLiteral("Switch to it, or close it first.")));
        QVERIFY(!second.isHeld());
        // AND once the first lets go, the second gets it
        first.release();
        QVERIFY(second.acquire(vault));
    }

    void shouldFindTheSameLockUnderAnotherName()
    {
        // GIVEN a vault and a symlink to it, and a path spelled with "..": one file, one lock
        const QString vault = m_dir->filePath(QStringLiteral("real.starling"));
        QFile file(vault);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString link = m_dir->filePath(QStringLiteral("link.starling"));
        QVERIFY(QFile::link(vault, link));
        const QString dotted = m_dir->filePath(QStringLiteral("sub/../real.starling"));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("sub"))));
        QCOMPARE(VaultLock::lockPath(link), VaultLock::lockPath(vault));
        QCOMPARE(VaultLock::lockPath(dotted), VaultLock::lockPath(vault));
        VaultLock first;
        QVERIFY(first.acquire(vault));
        VaultLock second;
        QVERIFY(!second.acquire(link));
    }

    void shouldRemoveTheLockFileWhenReleased()
    {
        const QString vault = m_dir->filePath(QStringLiteral("b.starling"));
        {
            VaultLock lock;
            QVERIFY(lock.acquire(vault));
            QVERIFY(QFileInfo::exists(VaultLock::lockPath(vault)));
        }
        QVERIFY(!QFileInfo::exists(VaultLock::lockPath(vault)));
        QVERIFY(!VaultLock::isLockedElsewhere(vault));
    }

    void shouldRefuseWhileAnotherProcessHoldsIt()
    {
        // GIVEN another process holding the vault's lock
        const QString vault = m_dir->filePath(QStringLiteral("c.starling"));
        QProcess holder;
        holder.start(QStringLiteral(VAULT_HOLDER), {QStringLiteral("lock"), vault});
        QVERIFY(holder.waitForStarted(10000));
        QVERIFY(holder.waitForReadyRead(10000));
        QVERIFY2(holder.readAllStandardOutput().startsWith("held"), holder.readAllStandardError().constData());
        // WHEN this process asks THEN it is refused, naming the other process
        qint64 pid = 0;
        QVERIFY(VaultLock::isLockedElsewhere(vault, &pid));
        QCOMPARE(pid, holder.processId());
        VaultLock lock;
        const Status s = lock.acquire(vault);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("(process %1)").arg(holder.processId())), qPrintable(s.error()));
        holder.kill();
        QVERIFY(holder.waitForFinished(10000));
    }

    void shouldTakeOverALockLeftByAKilledProcess()
    {
        // GIVEN a process that held the lock and was killed with SIGKILL, leaving its file
        const QString vault = m_dir->filePath(QStringLiteral("d.starling"));
        QProcess holder;
        holder.start(QStringLiteral(VAULT_HOLDER), {QStringLiteral("lock"), vault});
        QVERIFY(holder.waitForStarted(10000));
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(::kill(pid_t(holder.processId()), SIGKILL), 0);
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(VaultLock::lockPath(vault)));
        // WHEN Starling opens the vault THEN the stale lock is taken over
        QVERIFY(!VaultLock::isLockedElsewhere(vault));
        VaultLock lock;
        const Status s = lock.acquire(vault);
        QVERIFY2(s, qPrintable(s.error()));
        QVERIFY(lock.isHeld());
    }

    void shouldTakeOverAnEmptyLockFileLeftBehind()
    {
        // GIVEN the lock file of a holder killed before it wrote its process id: empty, a minute old
        const QString vault = m_dir->filePath(QStringLiteral("e.starling"));
        writeEmptyLock(vault, 60);
        // WHEN Starling opens the vault THEN it takes the lock over rather than refuse for ever
        QVERIFY(!VaultLock::isLockedElsewhere(vault));
        VaultLock lock;
        const Status s = lock.acquire(vault);
        QVERIFY2(s, qPrintable(s.error()));
        QVERIFY(lock.isHeld());
        QVERIFY(QFile(VaultLock::lockPath(vault)).size() > 0); // now with this process's id
    }

    void shouldRespectAnEmptyLockFileBeingWritten()
    {
        // GIVEN an empty lock file created this instant: another process may be writing it
        const QString vault = m_dir->filePath(QStringLiteral("f.starling"));
        writeEmptyLock(vault, 0);
        VaultLock lock;
        QVERIFY(!lock.acquire(vault));
        QVERIFY(QFileInfo::exists(VaultLock::lockPath(vault)));
    }

    void shouldRespectAnEmptyLockFileALiveProcessHolds()
    {
        // GIVEN an old empty lock file whose native lock is still held, as QLockFile holds it
        const QString vault = m_dir->filePath(QStringLiteral("g.starling"));
        writeEmptyLock(vault, 60);
        const int fd = ::open(QFile::encodeName(VaultLock::lockPath(vault)).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        // THEN it is not taken over
        VaultLock lock;
        const Status s = lock.acquire(vault);
        ::close(fd);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("already open")), qPrintable(s.error()));
        QVERIFY(VaultLock::isLockedElsewhere(vault) == false); // the holder has gone now
    }

    void shouldExplainALockThatCannotBeCreated()
    {
        // GIVEN a vault path whose folder is a regular file (so even root cannot create it)
        const QString file = m_dir->filePath(QStringLiteral("plain.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        VaultLock lock;
        const Status s = lock.acquire(file + QStringLiteral("/v.starling"));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("lock file")), qPrintable(s.error()));
    }

private:
    // An empty lock file for vault, last modified ageSeconds ago.
    static void writeEmptyLock(const QString &vault, int ageSeconds)
    {
        QFile lock(VaultLock::lockPath(vault));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                                 QFileDevice::FileModificationTime));
        lock.close();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestVaultLock)
#include "tst_vaultlock.moc"
