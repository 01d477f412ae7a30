#include "vaultbackups.h"

#include "vaultstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace starling {

namespace {

const QString kSuffix = QStringLiteral(".starling");

QString baseName(const QString &vaultPath)
{
    const QString base = QFileInfo(vaultPath).completeBaseName();
    return base.isEmpty() ? QStringLiteral("vault") : base;
}

// Copies source to target through QSaveFile: a temporary file in the target's folder, flushed to
// disk and renamed over the target, so target is never half-written, even after a crash.
Status copyAtomically(const QString &source, const QString &target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error{VaultBackups::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(source), in.errorString())};
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error{VaultBackups::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), out.errorString())};
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return Error{VaultBackups::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(source), in.errorString())};
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return Error{VaultBackups::tr("Cannot write %1: %2. If the disk is full, free some space "
                                          "and try again; nothing was changed.")
                             .arg(QDir::toNativeSeparators(target), out.errorString())};
        }
    }
    if (!out.commit())
        return Error{VaultBackups::tr("Cannot write %1: %2. If the disk is full, free some space and "
                                      "try again; nothing was changed.")
                         .arg(QDir::toNativeSeparators(target), out.errorString())};
    return {};
}

} // namespace

VaultBackups::VaultBackups(QString vaultPath)
    : m_vaultPath(std::move(vaultPath))
{
}

QString VaultBackups::folder() const
{
    const QFileInfo info(m_vaultPath);
    // Not translated: after a change of language the backups must still be found.
    return info.absolutePath() + u'/' + baseName(m_vaultPath) + QStringLiteral(" backups");
}

QString VaultBackups::dailyPath(QDate day) const
{
    return folder() + u'/' + baseName(m_vaultPath) + u'-' + day.toString(QStringLiteral("yyyy-MM-dd")) + kSuffix;
}

QList<VaultBackup> VaultBackups::list() const
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:-(\\d{6}))?\\.starling$"));
    const QString prefix = baseName(m_vaultPath) + u'-';
    QList<VaultBackup> backups;
    const QFileInfoList files = QDir(folder()).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString name = file.fileName();
        if (!name.startsWith(prefix))
            continue;
        const QRegularExpressionMatch match = pattern.match(name.mid(prefix.size()));
        if (!match.hasMatch())
            continue;
        VaultBackup backup;
        backup.path = file.absoluteFilePath();
        backup.date = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
        if (!match.captured(2).isEmpty())
            backup.time = QTime::fromString(match.captured(2), QStringLiteral("HHmmss"));
        backup.size = file.size();
        if (backup.date.isValid())
            backups.append(backup);
    }
    // Newest first; on one day the copy saved before a restore is newer than the daily one.
    std::sort(backups.begin(), backups.end(), [](const VaultBackup &a, const VaultBackup &b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.time.isValid() && (!b.time.isValid() || a.time > b.time);
    });
    return backups;
}

void VaultBackups::prune() const
{
    QList<QDate> days;
    const QList<VaultBackup> backups = list();
    for (const VaultBackup &backup : backups) {
        if (!days.contains(backup.date))
            days.append(backup.date);
        // Counted in days with a backup, not calendar days: a vault left alone for a month
        // still has its last week of work to go back to.
        if (days.size() > KeepDays) {
            QFile::remove(backup.path);
            QFile::remove(backup.path + QStringLiteral("-wal"));
        }
    }
}

Result<QString> VaultBackups::backupIfDue(const VaultStore &store, QDate today)
{
    return writeDaily(today, [&store](const QString &target) { return store.backupTo(target); });
}

Result<QString> VaultBackups::backupIfDue(QDate today)
{
    static std::atomic<int> counter{0};
    const QString vault = m_vaultPath;
    return writeDaily(today, [&vault](const QString &target) -> Status {
        const QString name = QStringLiteral("starling-backup-%1").arg(++counter);
        Status status;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(vault);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open()) {
                status = Error{db.lastError().text()};
            } else {
                QSqlQuery q(db);
                if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
                    status = Error{q.lastError().text()};
                else {
                    q.addBindValue(target);
                    if (!q.exec())
                        status = Error{q.lastError().text()};
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return status;
    });
}

Result<QString> VaultBackups::writeDaily(QDate today, const std::function<Status(const QString &)> &vacuumInto)
{
    const QString target = dailyPath(today);
    if (QFileInfo::exists(target)) {
        prune();
        return QString();
    }
    if (!QDir().mkpath(folder()))
        return Error{tr("Could not make the backups folder %1. Make the vault's folder writable to "
                        "keep daily backups.")
                         .arg(QDir::toNativeSeparators(folder()))};
    // VACUUM INTO a temporary name, renamed when complete: a backup cut short by a crash or a
    // full disk is never listed or restored.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Status s = vacuumInto(partial); !s) {
        QFile::remove(partial);
        return Error{tr("The daily backup of the vault failed: %1").arg(s.error())};
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{tr("The daily backup of the vault failed: could not name it %1.")
                         .arg(QDir::toNativeSeparators(target))};
    }
    prune();
    return target;
}

Status VaultBackups::restore(const QString &backupPath, const QDateTime &now) const
{
    const QString shownBackup = QDir::toNativeSeparators(backupPath);
    // Check the copy before touching anything: a damaged backup must not replace the vault.
    if (Status s = VaultStore::probe(backupPath); !s)
        return Error{tr("The backup %1 cannot be restored: %2 The vault was not changed.").arg(shownBackup, s.error())};

    if (QFileInfo::exists(m_vaultPath)) {
        // Keep what is being replaced, even a damaged file: it may hold the only copy of the
        // latest edits, and the user may change their mind.
        if (!QDir().mkpath(folder()))
            return Error{tr("Could not make the backups folder %1 to save the current vault before "
                            "restoring. The vault was not changed.")
                             .arg(QDir::toNativeSeparators(folder()))};
        QString saved = folder() + u'/' + baseName(m_vaultPath) + u'-'
            + now.toString(QStringLiteral("yyyy-MM-dd-HHmmss")) + kSuffix;
        for (int n = 1; QFileInfo::exists(saved); ++n) // two restores in one second
            saved = folder() + u'/' + baseName(m_vaultPath) + u'-'
                + now.addSecs(n).toString(QStringLiteral("yyyy-MM-dd-HHmmss")) + kSuffix;
        if (Status s = copyAtomically(m_vaultPath, saved); !s)
            return Error{tr("Could not save the current vault before restoring: %1").arg(s.error())};
        // A log left by a crash holds committed edits of the current file: keep it with its copy.
        const QString wal = m_vaultPath + QStringLiteral("-wal");
        if (QFileInfo::exists(wal)) {
            if (Status s = copyAtomically(wal, saved + QStringLiteral("-wal")); !s) {
                QFile::remove(saved);
                return Error{tr("Could not save the current vault before restoring: %1").arg(s.error())};
            }
        }
    }

    // A log beside the vault belongs to the file being replaced; SQLite would replay it onto the
    // restored one. Its content was saved above.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString sidecar = m_vaultPath + QString::fromLatin1(suffix);
        if (QFileInfo::exists(sidecar) && !QFile::remove(sidecar))
            return Error{tr("Could not restore: %1 is in use. Close every program using the vault, "
                            "then try again. The vault was not changed.")
                             .arg(QDir::toNativeSeparators(sidecar))};
    }
    if (Status s = copyAtomically(backupPath, m_vaultPath); !s)
        return Error{tr("Could not restore the backup: %1").arg(s.error())};
    return {};
}

} // namespace starling
