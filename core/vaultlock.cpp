#include "vaultlock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace starling {

namespace {

// Younger than this, a lock file without a process id may be one another process is writing.
constexpr qint64 FreshLockMs = 2000;

// QLockFile takes over a lock whose recorded holder no longer runs. A holder killed between
// creating the file and writing its process id into it (or one that hit a full disk there)
// leaves a file with no id to check, which QLockFile then treats as held for ever, since only
// a dead holder may make a lock stale here. Such a file is abandoned when no process holds the
// native lock QLockFile keeps on its file while it runs, and it is not brand new; this removes
// it so the next tryLock() succeeds.
bool removeAbandonedLock(const QString &lockPath)
{
    QLockFile reader(lockPath);
    qint64 pid = 0;
    QString host;
    QString app;
    if (reader.getLockInfo(&pid, &host, &app))
        return false; // a readable lock: QLockFile's own rules apply
    const QFileInfo info(lockPath);
    if (!info.exists()
        || qAbs(info.lastModified().msecsTo(QDateTime::currentDateTime())) < FreshLockMs)
        return false;
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    ::close(fd); // lets go of the probe's own flock
    if (held)
        return false;
#endif
    // Where the holder still runs on Windows, its open handle refuses the removal.
    QLockFile removing(lockPath + QStringLiteral(".rmlock"));
    if (!removing.tryLock(0))
        return false;
    return QFile::remove(lockPath);
}

// tryLock(0), taking over an abandoned lock file on the way. Only a dead holder makes a lock
// stale: a window left open for days is still the owner.
bool tryLockNow(QLockFile &lock)
{
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return true;
    return lock.error() == QLockFile::LockFailedError && removeAbandonedLock(lock.fileName())
           && lock.tryLock(0);
}

} // namespace

VaultLock::VaultLock() = default;

VaultLock::~VaultLock()
{
    release();
}

QString VaultLock::lockPath(const QString &vaultPath)
{
    const QFileInfo info(vaultPath);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        // Not created yet: canonicalize the folder, which exists when the vault can be created.
        const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
        canonical = (dir.isEmpty() ? info.absolutePath() : dir) + u'/' + info.fileName();
    }
    return canonical + QStringLiteral(".lock");
}

Status VaultLock::acquire(const QString &vaultPath)
{
    release();
    auto lock = std::make_unique<QLockFile>(lockPath(vaultPath));
    if (tryLockNow(*lock)) {
        m_lock = std::move(lock);
        m_vaultPath = vaultPath;
        return {};
    }
    const QString shown = QDir::toNativeSeparators(vaultPath);
    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        if (lock->getLockInfo(&pid, &host, &app) && pid > 0) {
            return Error{tr("This vault is already open in another Starling window (process %1). "
                            "Switch to it, or close it first.")
                             .arg(pid)};
        }
        return Error{tr("This vault is already open in another Starling window. Switch to it, or "
                        "close it first.")};
    }
    case QLockFile::PermissionError:
        return Error{tr("Cannot open %1: its folder is read-only, and Starling keeps a lock file "
                        "beside the vault while it is open. Make the folder writable, or copy the "
                        "vault to a writable folder and open the copy.")
                         .arg(shown)};
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return Error{tr("Cannot open %1: the lock file %2 could not be created. Check that the folder "
                    "exists and is writable.")
                     .arg(shown, QDir::toNativeSeparators(lockPath(vaultPath)))};
}

void VaultLock::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_vaultPath.clear();
}

bool VaultLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

bool VaultLock::isLockedElsewhere(const QString &vaultPath, qint64 *pid)
{
    QLockFile probe(lockPath(vaultPath));
    if (tryLockNow(probe)) {
        probe.unlock();
        return false;
    }
    if (pid) {
        QString host, app;
        if (!probe.getLockInfo(pid, &host, &app))
            *pid = 0;
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace starling
