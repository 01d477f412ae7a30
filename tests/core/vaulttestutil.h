#pragma once

// Small helpers shared by the store tests: file fingerprints, a second look at a vault through
// plain SQLite, and damaged copies of a real vault.

#include "vaultstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>

namespace starling::test {

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The files SQLite keeps beside a database, present or not, so a test can tell whether a refused
// file grew any.
inline QStringList sidecars(const QString &path)
{
    QStringList present;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QString::fromLatin1(suffix)))
            present.append(QString::fromLatin1(suffix));
    }
    return present;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs `body` with a plain SQLite connection of its own, bypassing the store. readOnly opens the
// file as immutable, so looking never creates -wal/-shm files or changes a byte.
inline void withSqlite(const QString &path, bool readOnly, const std::function<void(QSqlDatabase &)> &body)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("starling-test-sqlite-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (readOnly) {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
        }
        if (db.open())
            body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The first column of every row `sql` returns, as text; "<error: ...>" when it fails.
inline QStringList sqlColumn(const QString &path, const QString &sql, bool readOnly = true)
{
    QStringList rows;
    withSqlite(path, readOnly, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            rows.append(QStringLiteral("<error: %1>").arg(q.lastError().text()));
            return;
        }
        while (q.next())
            rows.append(q.value(0).toString());
    });
    return rows;
}

inline QString sqlValue(const QString &path, const QString &sql, bool readOnly = true)
{
    const QStringList rows = sqlColumn(path, sql, readOnly);
    return rows.isEmpty() ? QStringLiteral("<no rows>") : rows.first();
}

// Every row of every user table, one line per row, so two files can be compared by content.
inline QStringList dumpTables(const QString &path)
{
    QStringList dump;
    withSqlite(path, true, [&](QSqlDatabase &db) {
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                                   "LIKE 'sqlite_%' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
            while (rows.next()) {
                QStringList fields{table};
                for (int i = 0; i < rows.record().count(); ++i)
                    fields.append(rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
                dump.append(fields.join(u'|'));
            }
        }
    });
    return dump;
}

// A closed, checkpointed vault with enough stories to span many b-tree pages.
inline bool makeRealVault(const QString &path, int stories = 120)
{
    {
        VaultStore store;
        if (!store.open(path))
            return false;
        const Status filled = store.transact([&]() -> Status {
            for (int i = 0; i < stories; ++i) {
                Story s;
                s.title = QStringLiteral("Story %1").arg(i);
                s.situation = QString(400, QChar(u'a' + i % 26));
                if (Result<qint64> id = store.addStory(s); !id)
                    return id.takeError();
            }
            Company c;
            c.name = QStringLiteral("Acme");
            if (Result<qint64> id = store.addCompany(c); !id)
                return id.takeError();
            return {};
        });
        if (!filled)
            return false;
    } // closing the last connection checkpoints the WAL into the main file and deletes it
    return QFileInfo::exists(path) && sidecars(path).isEmpty();
}

// Writes a closed vault of `count` stories with a 600-character Situation each; 200 of them span
// enough pages that damage in the middle is found only by a check over every page.
inline bool writeVaultOfStories(const QString &path, int count)
{
    VaultStore store;
    if (!store.open(path))
        return false;
    for (int i = 0; i < count; ++i) {
        Story story;
        story.title = QStringLiteral("Story %1").arg(i);
        story.situation = QString(600, QLatin1Char('s'));
        if (!store.addStory(story))
            return false;
    }
    store.close(); // folds the log into the file
    return true;
}

inline int sqlitePageSize(const QByteArray &file)
{
    if (file.size() < 100)
        return 0;
    const int raw = (quint8(file[16]) << 8) | quint8(file[17]);
    return raw == 1 ? 65536 : raw;
}

// Scrambles the header and cell pointers of a table b-tree page in the middle of the file, so the
// tree no longer adds up and quick_check fails, while page 1 (header, schema) stays readable.
inline QByteArray corruptMiddlePage(QByteArray file)
{
    const int pageSize = sqlitePageSize(file);
    if (pageSize == 0)
        return {};
    const int pages = int(file.size() / pageSize);
    for (int offset = 0; offset < pages; ++offset) {
        const int page = pages / 2 + ((offset % 2) ? -(offset + 1) / 2 : offset / 2);
        if (page < 1 || page >= pages)
            continue;
        const qsizetype start = qsizetype(page) * pageSize;
        if (quint8(file[start]) != 0x0D) // a table leaf page
            continue;
        for (int i = 1; i < 48; ++i)
            file[start + i] = char(0xA5 ^ (i * 37));
        return file;
    }
    return {};
}

} // namespace starling::test
