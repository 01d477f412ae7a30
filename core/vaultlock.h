#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace starling {

// One writer per vault file: a lock file beside the vault (`NAME.starling.lock`, named from the
// canonical path so a symlink or another spelling of the same file finds the same lock) held
// while a Starling window or a command-line import writes to it. SQLite alone would let two
// windows write the same vault and each show a stale picture of it.
//
// The lock file records the holder's process id. A lock left by a process that no longer runs
// (killed, crashed) is stale and taken over, so a crash never locks the user out — also one
// that came between creating the lock file and writing the id into it.
class VaultLock
{
    Q_DECLARE_TR_FUNCTIONS(VaultLock)
public:
    VaultLock();
    ~VaultLock();
    VaultLock(const VaultLock &) = delete;
    VaultLock &operator=(const VaultLock &) = delete;

    // Takes the lock for the vault at vaultPath (which need not exist yet), releasing any lock
    // held before. Fails with a message naming the process that holds it.
    Status acquire(const QString &vaultPath);
    void release();
    bool isHeld() const;
    QString vaultPath() const { return m_vaultPath; }

    // Where the lock of vaultPath lives.
    static QString lockPath(const QString &vaultPath);
    // True when a running process (this one included) holds the lock of vaultPath.
    static bool isLockedElsewhere(const QString &vaultPath, qint64 *pid = nullptr);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_vaultPath;
};

} // namespace starling
