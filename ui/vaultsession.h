#pragma once

#include "changenotifier.h"
#include "result.h"
#include "vaultlock.h"
#include "vaultstore.h"

#include <QDate>
#include <QObject>
#include <QThread>
#include <QUndoStack>

#include <memory>

namespace starling {

// One open vault as the UI sees it: the store, the notifier every model listens to, and the
// undo stack every command goes through. Models, commands and widgets receive it through their
// constructors; nothing reaches for it globally.
//
// While a vault is open the session holds its VaultLock, so a second Starling opening the same
// file is told so instead of writing beside this one. Opening also starts the vault's daily
// backup on a worker thread with its own read-only connection: a large vault's copy never
// delays the window or blocks typing.
class VaultSession : public QObject
{
    Q_OBJECT
public:
    explicit VaultSession(QObject *parent = nullptr);
    ~VaultSession() override;

    // Opens (or creates) the vault at path. On failure the previous vault stays open.
    Status open(const QString &path);
    // Opens the vault at path without holding up the caller: a worker thread takes the vault's
    // lock and checks the file down to its integrity (VaultStore::probe), and the vault opens
    // when both pass (reset, then opened), or openFailed says why not — in use elsewhere,
    // damaged, not a vault. Meant for start-up, when no vault is open: the window paints and
    // stays responsive while the file is read. A file that does not exist yet, or any path while
    // a vault is open, opens synchronously, like open(), and its failure is returned. open(),
    // close() and restoreAndOpen() cancel a pending open and release its lock.
    Status beginOpen(const QString &path);
    bool isOpening() const { return m_checkThread != nullptr; }
    QString openingPath() const { return m_openingPath; }
    void close();

    // Replaces the open vault with a backup (see VaultBackups::restore) and reopens it; the undo
    // stack is cleared, since its steps describe the replaced file. When restoring fails the
    // vault is reopened as it was.
    Status restoreBackup(const QString &backupPath);
    // Restores the vault at vaultPath, which need not be the open one (it may have failed to
    // open because it is damaged), then opens it.
    Status restoreAndOpen(const QString &vaultPath, const QString &backupPath);

    bool isOpen() const { return m_store.isOpen(); }
    QString path() const { return m_store.path(); }
    // Why the last daily backup failed; empty when it worked or is still running. A failed
    // backup never stops the vault from opening.
    QString backupProblem() const { return m_backupProblem; }
    // Blocks until the daily backup running in the background is done (tests; closing).
    void waitForBackup();
    // True from the start of the daily backup until its result has been taken in.
    bool isBackingUp() const { return m_backupThread != nullptr; }
    // The day the daily backup is named after; tests inject it.
    void setToday(QDate today) { m_today = today; }

    VaultStore &store() { return m_store; }
    const VaultStore &store() const { return m_store; }
    ChangeNotifier &notifier() { return m_notifier; }
    QUndoStack &undoStack() { return m_undoStack; }

signals:
    // beginOpen() has started: its worker is taking the lock and checking the file.
    void opening(const QString &path);
    void opened(const QString &path);
    // beginOpen()'s check or open failed; nothing is open.
    void openFailed(const QString &path, const QString &message);
    void closed();
    // The daily backup could not be written; the vault is open and fine.
    void backupFailed(const QString &problem);

private:
    void startDailyBackup();
    static Status acquireLock(const QString &path, VaultLock &lock); // any thread
    void finishOpening();
    bool cancelOpening(); // true when an open was pending

    ChangeNotifier m_notifier;
    VaultStore m_store;
    QUndoStack m_undoStack;
    std::unique_ptr<VaultLock> m_lock;
    QString m_backupProblem;
    std::unique_ptr<QThread> m_backupThread;
    QString m_threadProblem; // written by the backup thread, read after it has finished
    QDate m_today;
    // The open beginOpen() started: its lock, the file and the integrity check's thread.
    std::unique_ptr<VaultLock> m_openingLock;
    QString m_openingPath;
    std::unique_ptr<QThread> m_checkThread;
    Status m_checkStatus; // written by the check thread, read after it has finished
};

} // namespace starling
