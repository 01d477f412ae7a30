#include "vaultsession.h"

#include "vaultbackups.h"

#include <QDir>
#include <QFileInfo>

namespace starling {

VaultSession::VaultSession(QObject *parent)
    : QObject(parent)
    , m_store(&m_notifier)
    , m_lock(std::make_unique<VaultLock>())
{
    m_undoStack.setObjectName(QStringLiteral("undoStack"));
}

VaultSession::~VaultSession()
{
    cancelOpening();
    waitForBackup();
    // Close the file before giving up the lock, so nobody opens it while we still write.
    m_store.close();
}

Status VaultSession::open(const QString &path)
{
    // Reopening the vault we already hold keeps our lock; any other file needs its own first,
    // so a vault open in another window is refused before anything reads or writes it.
    if (cancelOpening())
        emit closed(); // whatever happens next, the vault that was opening is not
    const bool sameVault = m_lock->isHeld() && VaultLock::lockPath(m_lock->vaultPath()) == VaultLock::lockPath(path);
    auto lock = std::make_unique<VaultLock>();
    if (!sameVault) {
        if (Status locked = acquireLock(path, *lock); !locked)
            return locked;
    }
    // With a vault open, probe with a separate store first, so a file we refuse leaves the
    // current vault open. With none open there is nothing to keep, and opening a big vault
    // twice (each open checks the whole file) would double the wait for the window.
    const bool wasOpen = m_store.isOpen();
    if (wasOpen) {
        VaultStore probe;
        if (Status s = probe.open(path); !s)
            return s;
    }
    waitForBackup(); // its reader would keep the old vault's log from being folded in on close
    m_undoStack.clear();
    if (Status s = m_store.open(path); !s) {
        if (wasOpen) {
            m_lock->release();
            emit m_notifier.reset();
            emit closed();
        }
        return s;
    }
    if (!sameVault)
        m_lock = std::move(lock);
    emit m_notifier.reset();
    emit opened(m_store.path());
    startDailyBackup();
    return {};
}

Status VaultSession::acquireLock(const QString &path, VaultLock &lock)
{
    Status locked = lock.acquire(path);
    if (locked || VaultLock::isLockedElsewhere(path))
        return locked;
    // A missing folder or a foreign file is better explained by the store; the lock's message
    // stands when the vault itself would open.
    const QFileInfo info(path);
    if (info.exists()) {
        if (Status s = VaultStore::probe(path); !s)
            return s;
    } else if (!QFileInfo(info.absolutePath()).isDir()) {
        return Error{tr("Cannot create %1: the folder %2 does not exist.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()))};
    }
    return locked;
}

Status VaultSession::beginOpen(const QString &path)
{
    if (cancelOpening())
        emit closed();
    // A new vault has nothing to check, and with one open open() keeps it on failure.
    if (isOpen() || path.isEmpty() || !QFileInfo::exists(path))
        return open(path);
    // Nothing here touches the file: the worker takes the vault's lock, then probes it (signature,
    // format, quick_check over every page), so the window paints before any of that.
    m_openingLock = std::make_unique<VaultLock>();
    m_openingPath = path;
    m_checkStatus = {};
    VaultLock *lock = m_openingLock.get();
    m_checkThread.reset(QThread::create([this, lock, path] {
        Status status = acquireLock(path, *lock);
        if (status)
            status = VaultStore::probe(path);
        m_checkStatus = std::move(status);
    }));
    QThread *thread = m_checkThread.get();
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_checkThread.get() == thread) // not cancelled meanwhile
            finishOpening();
    }, Qt::QueuedConnection);
    m_checkThread->start();
    emit opening(path);
    return {};
}

void VaultSession::finishOpening()
{
    m_checkThread->wait();
    m_checkThread.reset();
    const QString path = std::exchange(m_openingPath, {});
    std::unique_ptr<VaultLock> lock = std::exchange(m_openingLock, {});
    Status status = std::exchange(m_checkStatus, {});
    if (status) {
        m_undoStack.clear();
        // The worker has just checked every page, and our lock kept other Starlings out since.
        VaultStore::OpenOptions options;
        options.checkIntegrity = false;
        status = m_store.open(path, options);
    }
    if (!status) {
        lock->release();
        emit openFailed(path, status.error());
        return;
    }
    m_lock = std::move(lock);
    emit m_notifier.reset();
    emit opened(m_store.path());
    startDailyBackup();
}

bool VaultSession::cancelOpening()
{
    if (!m_checkThread)
        return false;
    m_checkThread->wait();
    m_checkThread.reset();
    m_openingPath.clear();
    m_checkStatus = {};
    if (m_openingLock)
        m_openingLock->release();
    m_openingLock.reset();
    return true;
}

void VaultSession::startDailyBackup()
{
    waitForBackup();
    m_backupProblem.clear();
    const QString path = m_store.path();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    m_backupThread.reset(QThread::create([this, path, today] {
        const Result<QString> written = VaultBackups(path).backupIfDue(today);
        m_threadProblem = written ? QString() : written.error();
    }));
    QThread *thread = m_backupThread.get();
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_backupThread.get() == thread) // not a later backup's thread
            waitForBackup();
    }, Qt::QueuedConnection);
    m_backupThread->start(QThread::LowPriority);
}

void VaultSession::waitForBackup()
{
    if (!m_backupThread)
        return;
    m_backupThread->wait();
    m_backupThread.reset();
    m_backupProblem = std::exchange(m_threadProblem, {});
    if (!m_backupProblem.isEmpty())
        emit backupFailed(m_backupProblem);
}

void VaultSession::close()
{
    cancelOpening();
    waitForBackup();
    m_undoStack.clear();
    m_store.close();
    m_lock->release();
    m_backupProblem.clear();
    emit m_notifier.reset();
    emit closed();
}

Status VaultSession::restoreBackup(const QString &backupPath)
{
    if (!isOpen())
        return Error{tr("No vault is open.")};
    const QString path = m_store.path();
    waitForBackup();
    m_undoStack.clear();
    // Closing checkpoints the log into the file, so the copy saved before the restore is whole.
    // The lock stays held throughout: nobody else may open the vault half-way.
    m_store.close();
    Status restored = VaultBackups(path).restore(backupPath);
    Status reopened = m_store.open(path);
    emit m_notifier.reset();
    if (!reopened) {
        m_lock->release();
        emit closed();
        return restored ? reopened : restored;
    }
    emit opened(path);
    return restored;
}

Status VaultSession::restoreAndOpen(const QString &vaultPath, const QString &backupPath)
{
    if (cancelOpening()) // its lock would refuse the restore's
        emit closed();
    if (isOpen() && VaultLock::lockPath(vaultPath) == VaultLock::lockPath(m_store.path()))
        return restoreBackup(backupPath);
    {
        VaultLock lock;
        if (Status s = lock.acquire(vaultPath); !s)
            return s;
        if (Status s = VaultBackups(vaultPath).restore(backupPath); !s)
            return s;
    }
    return open(vaultPath);
}

} // namespace starling
