#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace starling {

class VaultStore;

struct VaultBackup {
    QString path;
    QDate date;
    QTime time;       // set for the copies taken just before a restore; invalid for daily ones
    qint64 size = 0;  // bytes

    bool operator==(const VaultBackup &) const = default;
};

// Rotating automatic backups of one vault: once a day, when the vault is opened, a compact copy
// (VACUUM INTO) goes into a folder beside the vault, `<vault dir>/<vault name> backups/`, named
// `<vault name>-YYYY-MM-DD.starling`. The copies of the last KeepDays days with a backup are
// kept; older ones are deleted.
//
// Why beside the vault rather than under the app-data folder: the backups travel with the vault
// (a synced or external folder, a new computer), the user can see and copy them with a file
// manager, and a damaged vault's backups are found from its path alone, with no settings.
//
// Restoring first saves the current vault as a backup, then replaces it with the chosen copy
// through a temporary file in the same folder and a rename, so the vault is at every moment
// either the old file or the new one, never half of each.
class VaultBackups
{
    Q_DECLARE_TR_FUNCTIONS(VaultBackups)
public:
    // How many days of daily backups are kept (later a preference).
    static constexpr int KeepDays = 7;

    explicit VaultBackups(QString vaultPath);

    QString vaultPath() const { return m_vaultPath; }
    QString folder() const;
    // The daily backup's file name for a day.
    QString dailyPath(QDate day) const;

    // Every backup of this vault, newest first.
    QList<VaultBackup> list() const;

    // Writes today's backup of the open store unless there already is one, then deletes backups
    // beyond KeepDays days. Returns the path written, or an empty string when today's existed.
    Result<QString> backupIfDue(const VaultStore &store, QDate today = QDate::currentDate());
    // The same through a read-only connection of its own, so it can run on a worker thread while
    // the vault stays open for writing elsewhere: the copy is the last committed state.
    Result<QString> backupIfDue(QDate today = QDate::currentDate());
    // Deletes the backups of all but the newest KeepDays days.
    void prune() const;

    // Replaces the vault with the backup at backupPath. The vault must not be open in this
    // process (close the store first). The backup is checked before anything is touched; the
    // current vault is then saved as a backup (named with the time), and replaced atomically.
    // now names that saved copy; tests inject it.
    Status restore(const QString &backupPath, const QDateTime &now = QDateTime::currentDateTime()) const;

private:
    Result<QString> writeDaily(QDate today, const std::function<Status(const QString &)> &vacuumInto);

    QString m_vaultPath;
};

} // namespace starling
