#include "vaultstore.h"

#include "changenotifier.h"
#include "textlimits.h"
#include "vaultbackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUrl>

#include <atomic>

namespace starling {

namespace {

std::atomic<int> s_connectionCounter{0};

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QVariant &value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const auto &item : array)
        list.append(item.toString());
    return list;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QString nameKey(const QString &name)
{
    // NFC first, so "École" typed with a combining accent clashes with the precomposed one.
    return name.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

// The SQL of each migration lives in resources/migrations; statements are separated by a line
// holding only ";" so that statements can contain semicolons.
Result<QStringList> migrationStatements(int version)
{
    static const char *const files[] = {
        ":/migrations/001_stories_and_values.sql",
        ":/migrations/002_questions_answers_practice.sql",
    };
    if (version < 1 || version > int(std::size(files)))
        return Error{QStringLiteral("no migration to schema %1").arg(version)};
    QFile file(QString::fromLatin1(files[version - 1]));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("migration %1 is missing from the build").arg(version)};
    QStringList statements;
    QString current;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed() == u";") {
            statements.append(current);
            current.clear();
        } else if (!line.trimmed().startsWith(u"--")) {
            current += line + u'\n';
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current);
    return statements;
}

Story storyFromQuery(const QSqlQuery &q)
{
    Story s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.kinds = StoryKinds::fromInt(q.value(2).toInt());
    s.situation = q.value(3).toString();
    s.task = q.value(4).toString();
    s.action = q.value(5).toString();
    s.result = q.value(6).toString();
    s.notes = q.value(7).toString();
    s.backbone = q.value(8).toBool();
    s.createdAt = parseTimestamp(q.value(9));
    s.updatedAt = parseTimestamp(q.value(10));
    return s;
}
const QString kStoryColumns = QStringLiteral(
    "id, title, kinds, situation, task, action, result, notes, backbone, created_at, updated_at");

Company companyFromQuery(const QSqlQuery &q)
{
    Company c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.role = q.value(2).toString();
    c.level = q.value(3).toString();
    c.interviewDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.notes = q.value(5).toString();
    c.sourceUrl = q.value(6).toString();
    c.createdAt = parseTimestamp(q.value(7));
    c.updatedAt = parseTimestamp(q.value(8));
    return c;
}
const QString kCompanyColumns = QStringLiteral(
    "id, name, role, level, interview_date, notes, source_url, created_at, updated_at");

ValuePrinciple valueFromQuery(const QSqlQuery &q)
{
    ValuePrinciple v;
    v.id = q.value(0).toLongLong();
    v.companyId = q.value(1).toLongLong();
    v.parentId = q.value(2).toLongLong();
    v.name = q.value(3).toString();
    v.meaning = q.value(4).toString();
    v.keywords = listFromJson(q.value(5));
    v.themes = listFromJson(q.value(6));
    v.position = q.value(7).toInt();
    return v;
}
const QString kValueColumns =
    QStringLiteral("id, company_id, parent_id, name, meaning, keywords, themes, position");

Question questionFromQuery(const QSqlQuery &q)
{
    Question question;
    question.id = q.value(0).toLongLong();
    question.text = q.value(1).toString();
    question.themes = listFromJson(q.value(2));
    question.companyId = q.value(3).toLongLong();
    return question;
}
const QString kQuestionColumns = QStringLiteral("id, text, themes, company_id");

Answer answerFromQuery(const QSqlQuery &q)
{
    Answer a;
    a.id = q.value(0).toLongLong();
    a.questionId = q.value(1).toLongLong();
    a.companyId = q.value(2).toLongLong();
    a.valueId = q.value(3).toLongLong();
    a.storyId = q.value(4).toLongLong();
    a.repeat = q.value(5).toString();
    a.situation = q.value(6).toString();
    a.task = q.value(7).toString();
    a.action = q.value(8).toString();
    a.result = q.value(9).toString();
    a.linkBack = q.value(10).toString();
    a.status = answerStatusFromKey(q.value(11).toString()).value_or(AnswerStatus::Draft);
    a.createdAt = parseTimestamp(q.value(12));
    a.updatedAt = parseTimestamp(q.value(13));
    return a;
}
const QString kAnswerColumns =
    QStringLiteral("id, question_id, company_id, value_id, story_id, repeat, situation, task, "
                   "action, result, link_back, status, created_at, updated_at");

PracticeRun practiceFromQuery(const QSqlQuery &q)
{
    PracticeRun run;
    run.id = q.value(0).toLongLong();
    run.answerId = q.value(1).toLongLong();
    run.questionId = q.value(2).toLongLong();
    run.startedAt = parseTimestamp(q.value(3));
    run.seconds = q.value(4).toInt();
    run.rating = q.value(5).toInt();
    return run;
}
const QString kPracticeColumns =
    QStringLiteral("id, answer_id, question_id, started_at, seconds, rating");

// Field-size checks shared by every write, so an oversized paste is refused with a message
// instead of silently truncated.
Status checkText(const QString &text, const QString &what, int max = limits::MaxTextLength)
{
    if (text.size() > max) {
        return Error{VaultStore::tr("%1 is too long (%2 characters; the limit is %3). "
                                    "Shorten it and try again.")
                         .arg(what)
                         .arg(text.size())
                         .arg(max)};
    }
    return {};
}

Status checkList(const QStringList &list, const QString &what)
{
    if (list.size() > limits::MaxListLength)
        return Error{VaultStore::tr("%1 has too many entries (%2; the limit is %3).")
                         .arg(what)
                         .arg(list.size())
                         .arg(limits::MaxListLength)};
    for (const QString &item : list) {
        if (Status s = checkText(item, what, limits::MaxNameLength); !s)
            return s;
    }
    return {};
}

Status checkStory(const Story &s)
{
    for (const auto &[text, what] : {std::pair{&s.situation, VaultStore::tr("The situation")},
                                     std::pair{&s.task, VaultStore::tr("The task")},
                                     std::pair{&s.action, VaultStore::tr("The action")},
                                     std::pair{&s.result, VaultStore::tr("The result")},
                                     std::pair{&s.notes, VaultStore::tr("The notes")}}) {
        if (Status st = checkText(*text, what); !st)
            return st;
    }
    return checkText(s.title, VaultStore::tr("The story title"), limits::MaxNameLength);
}

// SQLite's own wording ("database or disk is full", "database is locked") does not say what to
// do, and the message may be all a person sees: name the cause and the way out instead. The
// primary result code is the low byte, whether or not extended codes are on.
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, NotADatabase = 26 };

QString describeSqlError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return error.text();
    switch (code) {
    case Full:
        return VaultStore::tr("The disk is full: free some space, then try again. Nothing was lost.");
    case Busy:
    case Locked:
        return VaultStore::tr("The vault is in use by another program that is writing to it. Close "
                              "that program or wait for it to finish, then try again. Nothing was lost.");
    case ReadOnly:
        return VaultStore::tr("The vault can no longer be written (it or its folder became read-only). "
                              "Make it writable, then try again. Nothing saved before was lost.");
    case IoError:
        return VaultStore::tr("The disk reported an error while reading or writing the vault (%1). "
                              "Check the disk or the drive's connection, then try again.")
            .arg(error.databaseText());
    case Corrupt:
    case NotADatabase:
        return VaultStore::tr("The vault file is damaged (%1). Restore it from a backup (File › "
                              "Restore from Backup) or an exported JSON file.")
            .arg(error.databaseText());
    default:
        return error.text();
    }
}

bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == Busy || code == Locked;
}

} // namespace

VaultStore::VaultStore(ChangeNotifier *notifier)
    : m_notifier(notifier)
    , m_connectionName(QStringLiteral("starling-vault-%1").arg(++s_connectionCounter))
{
}

VaultStore::~VaultStore()
{
    close();
}

bool VaultStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void VaultStore::close()
{
    m_statements.clear(); // prepared statements must be gone before their connection closes
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_schemaVersion = 0;
    m_depth = 0;
    m_pending.clear();
    m_usageCache.reset();
}

Status VaultStore::probe(const QString &path, bool checkIntegrity)
{
    if (!QFileInfo::exists(path))
        return Error{tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))};
    const VaultStore store;
    return store.probeExisting(path, checkIntegrity);
}

Status VaultStore::backupTo(const QString &target) const
{
    // VACUUM INTO refuses an existing target, which is what we want: never overwrite a file.
    if (Result<Statement> q = exec(QStringLiteral("VACUUM INTO ?"), {target}); !q)
        return Error{tr("Could not copy the vault to %1: %2").arg(QDir::toNativeSeparators(target), q.error())};
    return {};
}

Status VaultStore::probeExisting(const QString &path, bool checkIntegrity) const
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Error{tr("%1 is a folder, not a Starling vault. Choose a vault file.").arg(shown)};
    if (!info.isReadable())
        return Error{tr("Cannot read %1: permission denied. Check the file's permissions.").arg(shown)};
    if (info.size() == 0)
        return Error{tr("%1 is empty, so it is not a Starling vault. Choose another file, or a new "
                        "file name to create a vault.")
                         .arg(shown)};

    // Check the SQLite signature ourselves: SQLite would happily "open" any file.
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read %1: %2").arg(shown, file.errorString())};
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            return Error{tr("%1 is not a Starling vault (it is not an SQLite database).").arg(shown)};
    }

    // Look inside through a read-only connection, so a file we refuse is never written.
    const QString probeName = m_connectionName + QStringLiteral("-probe");
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        // A read-only connection to a WAL-mode file still creates -wal and -shm files beside it.
        // When there is no -wal file the main file holds the whole database, so it is read as
        // immutable: nothing is created next to a file we may refuse. A -wal file left by a crash
        // holds committed edits, so then the probe reads through it like any reader.
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                                   .toString(QUrl::FullyEncoded)
                               + QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            status = Error{tr("Cannot open %1: %2").arg(shown, db.lastError().text())};
        } else {
            auto pragma = [&](const QString &name) -> Result<QVariant> {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
                    return Error{q.lastError().text()};
                return q.value(0);
            };
            const auto damaged = [&](const QString &detail) {
                return Error{tr("%1 is damaged and cannot be opened (%2). Restore it from a "
                                "backup (File › Restore from Backup; Starling keeps daily copies in "
                                "the folder %3) or from an exported JSON file.")
                                 .arg(shown, detail, QDir::toNativeSeparators(VaultBackups(path).folder()))};
            };
            const Result<QVariant> appId = pragma(QStringLiteral("application_id"));
            const Result<QVariant> version = pragma(QStringLiteral("user_version"));
            if (!appId || !version) {
                status = damaged(!appId ? appId.error() : version.error());
            } else if (appId->toLongLong() != ApplicationId) {
                status = Error{tr("%1 is an SQLite database but not a Starling vault. Choose a "
                                  "Starling vault, or a new file name to create one.")
                                   .arg(shown)};
            } else if (version->toInt() > SchemaVersion) {
                status = Error{tr("%1 was written by a newer version of Starling (vault format "
                                  "%2; this version reads up to %3). Update Starling to open it.")
                                   .arg(shown)
                                   .arg(version->toInt())
                                   .arg(SchemaVersion)};
            } else if (checkIntegrity) {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
                    status = damaged(q.lastError().text());
                else if (q.value(0).toString() != u"ok")
                    status = damaged(q.value(0).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return status;
}

Status VaultStore::open(const QString &path, const OpenOptions &options)
{
    close();
    m_backupPath.clear(); // it describes the last open, not an earlier vault's
    if (path.isEmpty())
        return Error{tr("No vault file was given.")};
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed) {
        if (Status s = probeExisting(path, options.checkIntegrity); !s)
            return s;
        if (!info.isWritable())
            return Error{tr("%1 is read-only. Change its permissions, or copy it somewhere "
                            "writable and open the copy.")
                             .arg(shown)};
        // SQLite keeps its log (-wal) beside the vault; in a read-only folder it would fail
        // half-way through opening. Say so before touching anything.
        if (!QFileInfo(info.absolutePath()).isWritable())
            return Error{tr("The folder holding %1 is read-only, and Starling keeps its log beside "
                            "the vault while it is open. Make the folder writable, or copy the "
                            "vault to a writable folder and open the copy.")
                             .arg(shown)};
    } else {
        if (!options.create)
            return Error{tr("%1 does not exist.").arg(shown)};
        const QFileInfo dir(info.absolutePath());
        if (dir.exists() && !dir.isDir())
            return Error{tr("Cannot create %1: %2 is a file, not a folder. Choose a folder for the vault.")
                             .arg(shown, QDir::toNativeSeparators(dir.absoluteFilePath()))};
        if (!dir.exists())
            return Error{tr("Cannot create %1: the folder %2 does not exist.")
                             .arg(shown, QDir::toNativeSeparators(dir.absoluteFilePath()))};
        if (!dir.isWritable())
            return Error{tr("Cannot create %1: the folder is not writable.").arg(shown)};
        if (Status s = createNew(path, qBound(1, options.targetVersion, SchemaVersion)); !s)
            return s;
        // The finished vault now exists: open it like any other.
        return open(path, options);
    }

    auto fail = [&](const QString &message) -> Status {
        close();
        if (!existed) {
            // Never leave a half-made vault behind.
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QString::fromLatin1(suffix));
        }
        return Error{message};
    };

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return fail(tr("Cannot open %1: %2").arg(shown, db.lastError().text()));
    }
    m_path = path;

    // Nothing here writes to the file until the backup exists: switching an older vault to WAL
    // rewrites its header, so a vault whose backup fails must be left as it was.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (Result<Statement> q = exec(QString::fromLatin1(pragma)); !q)
            return fail(tr("Cannot open %1: %2").arg(shown, q.error()));
    }
    int version = 0;
    {
        Result<Statement> versionQuery = exec(QStringLiteral("PRAGMA user_version"));
        if (!versionQuery || !versionQuery.value().next())
            return fail(tr("Cannot read the format of %1: %2")
                            .arg(shown, versionQuery ? versionQuery.value().lastError().text() : versionQuery.error()));
        version = versionQuery.value().value(0).toInt();
    } // VACUUM INTO fails while any statement is active

    // Another program holding a write lock would make every edit fail after a wait; find out
    // now, while nothing is changed, instead of at the first edit. Taking and dropping the write
    // lock writes nothing.
    {
        QSqlError error;
        {
            QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
            if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                (void)q.exec(QStringLiteral("ROLLBACK"));
            else
                error = q.lastError();
        } // the query must be gone before fail() closes the connection
        if (error.isValid()) {
            return fail(isBusy(error) ? tr("%1 is in use by another program that is writing to it. "
                                           "Close that program or wait for it to finish, then open "
                                           "the vault again.")
                                            .arg(shown)
                                      : tr("Cannot open %1: %2").arg(shown, describeSqlError(error)));
        }
    }

    const int target = qBound(1, options.targetVersion, SchemaVersion);
    if (version < target && existed) {
        if (Status s = backupBeforeMigration(version); !s)
            return fail(s.error());
    }

    // WAL with synchronous=FULL: each commit is on disk before the store reports it.
    {
        Result<Statement> mode = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return fail(tr("Cannot open %1: %2").arg(shown, mode.error()));
        if (!mode.value().next() || mode.value().value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return fail(tr("Cannot open %1: its folder does not support the write-ahead log Starling "
                           "needs to keep edits safe. Move the vault to a local folder.")
                            .arg(shown));
    }

    if (version < target) {
        if (Status s = migrate(version, target); !s)
            return fail(s.error());
    }
    m_schemaVersion = std::max(version, target);
    return {};
}

Status VaultStore::createNew(const QString &path, int targetVersion)
{
    // Build the new vault under a temporary name and rename it into place, so a crash or a full
    // disk during creation never leaves a half-made file under the name the user chose.
    const QString temp = path + QStringLiteral(".creating-%1").arg(QCoreApplication::applicationPid());
    const auto removeTemp = [&temp] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(temp + QString::fromLatin1(suffix));
    };
    removeTemp();
    const QString shown = QDir::toNativeSeparators(path);
    Status status = [&]() -> Status {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            db.setDatabaseName(temp);
            if (!db.open())
                return Error{tr("Cannot create %1: %2").arg(shown, db.lastError().text())};
        }
        for (const char *pragma :
             {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
            if (Result<Statement> q = exec(QString::fromLatin1(pragma)); !q)
                return Error{tr("Cannot create %1: %2").arg(shown, q.error())};
        }
        if (Status s = migrate(0, targetVersion); !s)
            return Error{tr("Cannot create %1: %2").arg(shown, s.error())};
        return {};
    }();
    close(); // checkpoints the log into the file and removes -wal/-shm
    if (status && QFileInfo::exists(temp + QStringLiteral("-wal")))
        status = Error{tr("Cannot create %1: the new vault could not be completed on disk.").arg(shown)};
    if (status && !QFile::rename(temp, path))
        status = Error{tr("Cannot create %1: another file took its name, or the folder refused the "
                          "new file. Choose another name.")
                           .arg(shown)};
    if (!status)
        removeTemp();
    return status;
}

Status VaultStore::backupBeforeMigration(int from)
{
    const QFileInfo info(m_path);
    const QString backup = info.absolutePath() + u'/' + info.completeBaseName()
        + QStringLiteral(".before-format-%1-%2.%3")
              .arg(QString::number(from + 1),
                   QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                   info.suffix().isEmpty() ? QStringLiteral("starling") : info.suffix());
    if (QFileInfo::exists(backup))
        QFile::remove(backup);
    Result<Statement> q = exec(QStringLiteral("VACUUM INTO ?"), {backup});
    if (!q) {
        QFile::remove(backup);
        return Error{tr("Could not back up %1 before upgrading it (%2); the vault was not "
                        "changed. Free some disk space or make the folder writable.")
                         .arg(QDir::toNativeSeparators(m_path), q.error())};
    }
    m_backupPath = backup;
    return {};
}

Status VaultStore::migrate(int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        Result<QStringList> statements = migrationStatements(version);
        if (!statements)
            return Error{statements.error()};
        if (Result<Statement> q = exec(QStringLiteral("BEGIN IMMEDIATE")); !q)
            return Error{tr("Could not upgrade the vault: %1").arg(q.error())};
        QStringList all = statements.value();
        if (version == 1)
            all.prepend(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        // PRAGMA user_version cannot take a bound value; the number is ours, not user input.
        all.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
        for (const QString &sql : std::as_const(all)) {
            if (Result<Statement> q = exec(sql); !q) {
                (void)exec(QStringLiteral("ROLLBACK"));
                return Error{tr("Could not upgrade the vault to format %1: %2").arg(version).arg(q.error())};
            }
        }
        if (Result<Statement> q = exec(QStringLiteral("COMMIT")); !q) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return Error{tr("Could not upgrade the vault to format %1: %2").arg(version).arg(q.error())};
        }
    }
    return {};
}

Result<VaultStore::Statement> VaultStore::exec(const QString &sql, const QVariantList &binds) const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return Error{tr("No vault is open.")};
    std::shared_ptr<QSqlQuery> query = m_statements.value(sql);
    // A statement whose rows a caller is still reading (held here, by the cache and by the
    // caller) must not be reset under it: this call gets a twin of its own.
    const bool lent = query && query.use_count() > 2;
    if (!query || lent) {
        query = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return Error{describeSqlError(query->lastError())};
        if (!lent) {
            // Statements built with a varying number of terms (IN lists) would grow the cache
            // without end; starting over now and then costs a few prepares.
            if (m_statements.size() >= MaxCachedStatements)
                m_statements.clear();
            m_statements.insert(sql, query);
        }
    }
    QSqlQuery &q = *query;
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &bind = binds.at(i);
        // Qt binds a null QString as SQL NULL, which the NOT NULL text columns refuse: a story
        // with an untouched field would not save. An unset text is empty text; a deliberate NULL
        // is passed as a QVariant without a value (see dateOrNull()).
        if (bind.typeId() == QMetaType::QString && !bind.isNull() && bind.toString().isNull())
            q.bindValue(int(i), QStringLiteral(""));
        else
            q.bindValue(int(i), bind);
    }
    if (!q.exec()) {
        const QString error = describeSqlError(q.lastError());
        if (!lent)
            m_statements.remove(sql); // prepared afresh next time, whatever the failure left
        return Error{error};
    }
    return Statement(std::move(query));
}

VaultStore::Statement::~Statement()
{
    // Resets the statement and keeps it prepared, as dropping a plain QSqlQuery would finalize it.
    if (m_query && m_query->isActive())
        m_query->finish();
}

Status VaultStore::execWrite(const QString &sql, const QVariantList &binds, const QString &what)
{
    if (Result<Statement> q = exec(sql, binds); !q)
        return Error{tr("Could not %1: %2").arg(what, q.error())};
    return {};
}

Result<QList<qint64>> VaultStore::ids(const QString &sql, const QVariantList &binds) const
{
    Result<Statement> q = exec(sql, binds);
    if (!q)
        return q.takeError();
    QList<qint64> list;
    while (q.value().next())
        list.append(q.value().value(0).toLongLong());
    return list;
}

void VaultStore::record(Change change)
{
    m_pending.append(std::move(change));
}

Status VaultStore::transact(const std::function<Status()> &work)
{
    if (!isOpen())
        return Error{tr("No vault is open.")};
    const int depth = m_depth;
    const qsizetype pendingMark = m_pending.size();
    const QString savepoint = QStringLiteral("sp%1").arg(depth);
    Result<Statement> begin = exec(depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                              : QStringLiteral("SAVEPOINT ") + savepoint);
    if (!begin)
        return Error{tr("Could not start a change: %1").arg(begin.error())};
    ++m_depth;
    Status status = work();
    --m_depth;
    if (status) {
        Result<Statement> end = exec(depth == 0 ? QStringLiteral("COMMIT")
                                                : QStringLiteral("RELEASE ") + savepoint);
        if (end) {
            if (depth == 0) {
                const QList<Change> changes = std::exchange(m_pending, {});
                if (m_notifier)
                    m_notifier->announce(changes);
            }
            return {};
        }
        status = Error{tr("Could not save the change: %1").arg(end.error())};
    }
    if (depth == 0) {
        (void)exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)exec(QStringLiteral("RELEASE ") + savepoint);
    }
    m_pending.resize(pendingMark);
    return status;
}

Result<bool> VaultStore::isEmpty() const
{
    Result<Statement> q = exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM stories) + (SELECT count(*) FROM companies) "
        "+ (SELECT count(*) FROM questions) + (SELECT count(*) FROM answers)"));
    if (!q)
        return q.takeError();
    if (!q.value().next())
        return Error{tr("Could not read the vault.")};
    return q.value().value(0).toLongLong() == 0;
}

// ---------------------------------------------------------------------------------------------
// Stories

Result<QList<Story>> VaultStore::stories() const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM stories ORDER BY id").arg(kStoryColumns));
    if (!q)
        return q.takeError();
    QList<Story> list;
    while (q.value().next())
        list.append(storyFromQuery(q.value().row()));
    return list;
}

Result<QList<Story>> VaultStore::storyHeadings() const
{
    // Same columns as kStoryColumns, so storyFromQuery() reads them; the text ones are blank.
    Result<Statement> q = exec(QStringLiteral("SELECT id, title, kinds, '', '', '', '', '', backbone, "
                                              "created_at, updated_at FROM stories ORDER BY id"));
    if (!q)
        return q.takeError();
    QList<Story> list;
    while (q.value().next())
        list.append(storyFromQuery(q.value().row()));
    return list;
}

Result<QList<Story>> VaultStore::storiesAfter(qint64 afterId, int limit) const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM stories WHERE id > ? ORDER BY id LIMIT ?")
                                   .arg(kStoryColumns),
                               {afterId, limit});
    if (!q)
        return q.takeError();
    QList<Story> list;
    while (q.value().next())
        list.append(storyFromQuery(q.value().row()));
    return list;
}

Result<Story> VaultStore::story(qint64 id) const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM stories WHERE id = ?").arg(kStoryColumns), {id});
    if (!q)
        return q.takeError();
    if (!q.value().next())
        return Error{tr("The story no longer exists.")};
    return storyFromQuery(q.value().row());
}

Result<qint64> VaultStore::insertStory(const Story &story)
{
    if (Status s = checkStory(story); !s)
        return s.takeError();
    const QDateTime now = nowUtc();
    const QDateTime created = story.createdAt.isValid() ? story.createdAt : now;
    const QDateTime updated = story.updatedAt.isValid() ? story.updatedAt : created;
    Result<Statement> q = exec(
        QStringLiteral("INSERT INTO stories (id, title, kinds, situation, task, action, result, "
                       "notes, backbone, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {idOrNull(story.id), story.title, int(story.kinds.toInt()), story.situation, story.task,
         story.action, story.result, story.notes, story.backbone ? 1 : 0, timestamp(created),
         timestamp(updated)});
    if (!q)
        return Error{tr("Could not add the story: %1").arg(q.error())};
    return q.value().lastInsertId().toLongLong();
}

Result<qint64> VaultStore::addStory(const Story &story)
{
    // Checked before the transaction too, so a refused row never waits for the write lock.
    if (Status s = checkStory(story); !s)
        return s.takeError();
    qint64 id = 0;
    Status status = transact([&]() -> Status {
        const Result<qint64> added = insertStory(story);
        if (!added)
            return added.takeError();
        id = added.value();
        record({EntityKind::Story, ChangeType::Added, {id}, {}, StoryField::All});
        return {};
    });
    if (!status)
        return status.takeError();
    return id;
}

Status VaultStore::updateStory(const Story &story, quint32 fields)
{
    if (Status s = checkStory(story); !s)
        return s;
    QStringList sets;
    QVariantList binds;
    auto set = [&](quint32 field, const char *column, const QVariant &value) {
        if (fields & field) {
            sets.append(QString::fromLatin1(column) + QStringLiteral(" = ?"));
            binds.append(value);
        }
    };
    set(StoryField::Title, "title", story.title);
    set(StoryField::Kinds, "kinds", int(story.kinds.toInt()));
    set(StoryField::Situation, "situation", story.situation);
    set(StoryField::Task, "task", story.task);
    set(StoryField::Action, "action", story.action);
    set(StoryField::Result, "result", story.result);
    set(StoryField::Notes, "notes", story.notes);
    set(StoryField::Backbone, "backbone", story.backbone ? 1 : 0);
    if (sets.isEmpty())
        return {};
    sets.append(QStringLiteral("updated_at = ?"));
    binds.append(timestamp(nowUtc()));
    binds.append(story.id);
    return transact([&]() -> Status {
        Result<Statement> q = exec(QStringLiteral("UPDATE stories SET %1 WHERE id = ?").arg(sets.join(u", ")), binds);
        if (!q)
            return Error{tr("Could not save the story: %1").arg(q.error())};
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The story no longer exists.")};
        record({EntityKind::Story, ChangeType::Updated, {story.id}, {}, fields & StoryField::All});
        return {};
    });
}

Result<QList<LinkKey>> VaultStore::linkKeys(const QString &where, const QVariantList &binds) const
{
    Result<Statement> q = exec(QStringLiteral("SELECT story_id, value_id FROM story_value_links WHERE ") + where, binds);
    if (!q)
        return q.takeError();
    QList<LinkKey> keys;
    while (q.value().next())
        keys.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()});
    return keys;
}

Status VaultStore::removeStory(qint64 id)
{
    return transact([&]() -> Status {
        Result<QList<LinkKey>> links = linkKeys(QStringLiteral("story_id = ?"), {id});
        Result<QList<qint64>> answers = ids(QStringLiteral("SELECT id FROM answers WHERE story_id = ?"), {id});
        if (!links || !answers)
            return Error{tr("Could not delete the story: %1").arg(!links ? links.error() : answers.error())};
        Result<Statement> q = exec(QStringLiteral("DELETE FROM stories WHERE id = ?"), {id});
        if (!q)
            return Error{tr("Could not delete the story: %1").arg(q.error())};
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The story no longer exists.")};
        if (!links->isEmpty())
            record({EntityKind::Link, ChangeType::Removed, {}, links.value(), 0});
        if (!answers->isEmpty())
            record({EntityKind::Answer, ChangeType::Updated, answers.value(), {}, AnswerField::Story});
        record({EntityKind::Story, ChangeType::Removed, {id}, {}, StoryField::All});
        return {};
    });
}

Result<QHash<qint64, StoryUsage>> VaultStore::storyUsage() const
{
    // Several views ask for it in the same turn (the story list and the matrix on every reset);
    // with 30 000 links the three grouped reads take ~80 ms. Any row written since, through
    // this connection (total_changes) or another one (data_version), drops the copy.
    Result<Statement> stamp = exec(QStringLiteral("SELECT total_changes()"));
    Result<Statement> version = exec(QStringLiteral("PRAGMA data_version"));
    std::optional<std::pair<qint64, qint64>> key;
    if (stamp && version && stamp.value().next() && version.value().next())
        key = std::pair{stamp.value().value(0).toLongLong(), version.value().value(0).toLongLong()};
    if (key && m_usageCache && m_usageCache->key == *key)
        return m_usageCache->usage;
    Result<QHash<qint64, StoryUsage>> read = readStoryUsage();
    if (read && key)
        m_usageCache = UsageCache{*key, read.value()};
    return read;
}

Result<QHash<qint64, StoryUsage>> VaultStore::readStoryUsage() const
{
    QHash<qint64, StoryUsage> usage;
    Result<Statement> links = exec(QStringLiteral("SELECT story_id, count(*) FROM story_value_links GROUP BY story_id"));
    if (!links)
        return links.takeError();
    while (links.value().next())
        usage[links.value().value(0).toLongLong()].links = links.value().value(1).toInt();
    Result<Statement> answers = exec(QStringLiteral(
        "SELECT story_id, count(*) FROM answers WHERE story_id IS NOT NULL GROUP BY story_id"));
    if (!answers)
        return answers.takeError();
    while (answers.value().next())
        usage[answers.value().value(0).toLongLong()].answers = answers.value().value(1).toInt();
    Result<Statement> companies = exec(QStringLiteral(
        "SELECT DISTINCT l.story_id, c.name FROM story_value_links l "
        "JOIN value_principles v ON v.id = l.value_id JOIN companies c ON c.id = v.company_id "
        "ORDER BY l.story_id, c.name COLLATE NOCASE"));
    if (!companies)
        return companies.takeError();
    while (companies.value().next())
        usage[companies.value().value(0).toLongLong()].companies.append(companies.value().value(1).toString());
    return usage;
}

// ---------------------------------------------------------------------------------------------
// Companies

Result<QList<Company>> VaultStore::companies() const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM companies ORDER BY id").arg(kCompanyColumns));
    if (!q)
        return q.takeError();
    QList<Company> list;
    while (q.value().next())
        list.append(companyFromQuery(q.value().row()));
    return list;
}

Result<Company> VaultStore::company(qint64 id) const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM companies WHERE id = ?").arg(kCompanyColumns), {id});
    if (!q)
        return q.takeError();
    if (!q.value().next())
        return Error{tr("The company no longer exists.")};
    return companyFromQuery(q.value().row());
}

Result<qint64> VaultStore::findCompany(const QString &name) const
{
    Result<Statement> q = exec(QStringLiteral("SELECT id FROM companies WHERE name_key = ?"), {nameKey(name)});
    if (!q)
        return q.takeError();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

static Status checkCompany(const Company &c)
{
    if (c.name.trimmed().isEmpty())
        return Error{VaultStore::tr("A company needs a name.")};
    for (const auto &[text, what] : {std::pair{&c.name, VaultStore::tr("The company name")},
                                     std::pair{&c.role, VaultStore::tr("The role")},
                                     std::pair{&c.level, VaultStore::tr("The level")},
                                     std::pair{&c.sourceUrl, VaultStore::tr("The source URL")}}) {
        if (Status s = checkText(*text, what, limits::MaxNameLength); !s)
            return s;
    }
    return checkText(c.notes, VaultStore::tr("The notes"));
}

Result<qint64> VaultStore::insertCompany(const Company &company)
{
    if (Status s = checkCompany(company); !s)
        return s.takeError();
    const QDateTime now = nowUtc();
    const QDateTime created = company.createdAt.isValid() ? company.createdAt : now;
    const QDateTime updated = company.updatedAt.isValid() ? company.updatedAt : created;
    Result<qint64> existing = findCompany(company.name);
    if (!existing)
        return existing.takeError();
    if (existing.value() != 0)
        return Error{tr("There is already a company named \u201c%1\u201d.").arg(company.name.trimmed())};
    Result<Statement> q = exec(
        QStringLiteral("INSERT INTO companies (id, name, name_key, role, level, interview_date, "
                       "notes, source_url, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {idOrNull(company.id), company.name.trimmed(), nameKey(company.name), company.role,
         company.level, dateOrNull(company.interviewDate), company.notes, company.sourceUrl,
         timestamp(created), timestamp(updated)});
    if (!q)
        return Error{tr("Could not add the company: %1").arg(q.error())};
    return q.value().lastInsertId().toLongLong();
}

Result<qint64> VaultStore::addCompany(const Company &company)
{
    // Checked before the transaction too, so a refused row never waits for the write lock.
    if (Status s = checkCompany(company); !s)
        return s.takeError();
    qint64 id = 0;
    Status status = transact([&]() -> Status {
        const Result<qint64> added = insertCompany(company);
        if (!added)
            return added.takeError();
        id = added.value();
        record({EntityKind::Company, ChangeType::Added, {id}, {}, CompanyField::All});
        return {};
    });
    if (!status)
        return status.takeError();
    return id;
}

Status VaultStore::updateCompany(const Company &company, quint32 fields)
{
    if (Status s = checkCompany(company); !s)
        return s;
    QStringList sets;
    QVariantList binds;
    auto set = [&](quint32 field, const char *column, const QVariant &value) {
        if (fields & field) {
            sets.append(QString::fromLatin1(column) + QStringLiteral(" = ?"));
            binds.append(value);
        }
    };
    set(CompanyField::Name, "name", company.name.trimmed());
    set(CompanyField::Name, "name_key", nameKey(company.name));
    set(CompanyField::Role, "role", company.role);
    set(CompanyField::Level, "level", company.level);
    set(CompanyField::InterviewDate, "interview_date", dateOrNull(company.interviewDate));
    set(CompanyField::Notes, "notes", company.notes);
    set(CompanyField::SourceUrl, "source_url", company.sourceUrl);
    if (sets.isEmpty())
        return {};
    sets.append(QStringLiteral("updated_at = ?"));
    binds.append(timestamp(nowUtc()));
    binds.append(company.id);
    return transact([&]() -> Status {
        if (fields & CompanyField::Name) {
            Result<qint64> existing = findCompany(company.name);
            if (!existing)
                return existing.takeError();
            if (existing.value() != 0 && existing.value() != company.id)
                return Error{tr("There is already a company named \u201c%1\u201d.").arg(company.name.trimmed())};
        }
        Result<Statement> q = exec(QStringLiteral("UPDATE companies SET %1 WHERE id = ?").arg(sets.join(u", ")), binds);
        if (!q)
            return Error{tr("Could not save the company: %1").arg(q.error())};
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The company no longer exists.")};
        record({EntityKind::Company, ChangeType::Updated, {company.id}, {}, fields & CompanyField::All});
        return {};
    });
}

Status VaultStore::removeCompany(qint64 id)
{
    return transact([&]() -> Status {
        // Collect what the cascade takes with it, so every model hears about it.
        Result<QList<qint64>> values = ids(QStringLiteral("SELECT id FROM value_principles WHERE company_id = ?"), {id});
        Result<QList<LinkKey>> links = linkKeys(
            QStringLiteral("value_id IN (SELECT id FROM value_principles WHERE company_id = ?)"), {id});
        Result<QList<qint64>> questions = ids(QStringLiteral("SELECT id FROM questions WHERE company_id = ?"), {id});
        Result<QList<qint64>> answers = ids(QStringLiteral("SELECT id FROM answers WHERE company_id = ?"), {id});
        Result<QList<qint64>> otherAnswers = ids(
            QStringLiteral("SELECT id FROM answers WHERE (company_id IS NULL OR company_id <> ?) AND "
                           "question_id IN (SELECT id FROM questions WHERE company_id = ?)"),
            {id, id});
        // Answers kept elsewhere that pointed at one of this company's values lose that reference.
        Result<QList<qint64>> valueAnswers = ids(
            QStringLiteral("SELECT id FROM answers WHERE (company_id IS NULL OR company_id <> ?) AND "
                           "value_id IN (SELECT id FROM value_principles WHERE company_id = ?)"),
            {id, id});
        Result<QList<qint64>> runs = ids(
            QStringLiteral("SELECT id FROM practice_runs WHERE answer_id IN (SELECT id FROM answers "
                           "WHERE company_id = ?) OR question_id IN (SELECT id FROM questions WHERE "
                           "company_id = ?)"),
            {id, id});
        for (const QString *error : {values ? nullptr : &values.error(), links ? nullptr : &links.error(),
                                     questions ? nullptr : &questions.error(),
                                     answers ? nullptr : &answers.error(),
                                     otherAnswers ? nullptr : &otherAnswers.error(),
                                     valueAnswers ? nullptr : &valueAnswers.error(),
                                     runs ? nullptr : &runs.error()}) {
            if (error)
                return Error{tr("Could not delete the company: %1").arg(*error)};
        }
        Result<Statement> q = exec(QStringLiteral("DELETE FROM companies WHERE id = ?"), {id});
        if (!q)
            return Error{tr("Could not delete the company: %1").arg(q.error())};
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The company no longer exists.")};
        if (!runs->isEmpty())
            record({EntityKind::PracticeRun, ChangeType::Removed, runs.value(), {}, 0});
        if (!links->isEmpty())
            record({EntityKind::Link, ChangeType::Removed, {}, links.value(), 0});
        if (!answers->isEmpty())
            record({EntityKind::Answer, ChangeType::Removed, answers.value(), {}, AnswerField::All});
        if (!otherAnswers->isEmpty())
            record({EntityKind::Answer, ChangeType::Updated, otherAnswers.value(), {}, AnswerField::Question});
        if (!valueAnswers->isEmpty())
            record({EntityKind::Answer, ChangeType::Updated, valueAnswers.value(), {}, AnswerField::Value});
        if (!questions->isEmpty())
            record({EntityKind::Question, ChangeType::Removed, questions.value(), {}, QuestionField::All});
        if (!values->isEmpty())
            record({EntityKind::Value, ChangeType::Removed, values.value(), {}, ValueField::All});
        record({EntityKind::Company, ChangeType::Removed, {id}, {}, CompanyField::All});
        return {};
    });
}

// ---------------------------------------------------------------------------------------------
// Values

static Status checkValue(const ValuePrinciple &v)
{
    if (v.name.trimmed().isEmpty())
        return Error{VaultStore::tr("A value needs a name.")};
    if (Status s = checkText(v.name, VaultStore::tr("The value name"), limits::MaxNameLength); !s)
        return s;
    if (Status s = checkText(v.meaning, VaultStore::tr("The meaning")); !s)
        return s;
    if (Status s = checkList(v.keywords, VaultStore::tr("The keywords")); !s)
        return s;
    return checkList(v.themes, VaultStore::tr("The themes"));
}

Result<QList<ValuePrinciple>> VaultStore::values(qint64 companyId) const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM value_principles WHERE company_id = ? "
                                              "ORDER BY position, id")
                                   .arg(kValueColumns),
                               {companyId});
    if (!q)
        return q.takeError();
    QHash<qint64, QList<ValuePrinciple>> byParent;
    while (q.value().next()) {
        ValuePrinciple v = valueFromQuery(q.value().row());
        byParent[v.parentId].append(v);
    }
    // Depth-first: each parent, then its children, siblings in position order.
    QList<ValuePrinciple> ordered;
    std::function<void(qint64)> walk = [&](qint64 parent) {
        for (const ValuePrinciple &v : byParent.value(parent)) {
            ordered.append(v);
            walk(v.id);
        }
    };
    walk(0);
    return ordered;
}

Result<QList<ValuePrinciple>> VaultStore::allValues() const
{
    Result<QList<qint64>> companyIds = ids(QStringLiteral("SELECT id FROM companies ORDER BY id"), {});
    if (!companyIds)
        return companyIds.takeError();
    QList<ValuePrinciple> all;
    for (qint64 companyId : companyIds.value()) {
        Result<QList<ValuePrinciple>> list = values(companyId);
        if (!list)
            return list.takeError();
        all.append(list.value());
    }
    return all;
}

Result<ValuePrinciple> VaultStore::value(qint64 id) const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM value_principles WHERE id = ?").arg(kValueColumns), {id});
    if (!q)
        return q.takeError();
    if (!q.value().next())
        return Error{tr("The value no longer exists.")};
    return valueFromQuery(q.value().row());
}

Result<QList<qint64>> VaultStore::valueSubtree(qint64 id) const
{
    return ids(QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL "
                              "SELECT v.id FROM value_principles v JOIN tree ON v.parent_id = tree.id) "
                              "SELECT id FROM tree"),
               {id});
}

Status VaultStore::renumberSiblings(qint64 companyId, qint64 parentId, QList<qint64> order,
                                    qint64 changedId)
{
    Result<Statement> current = exec(
        QStringLiteral("SELECT id, position FROM value_principles WHERE company_id = ? AND "
                       "parent_id IS ?"),
        {companyId, idOrNull(parentId)});
    if (!current)
        return current.takeError();
    QHash<qint64, int> positions;
    while (current.value().next())
        positions.insert(current.value().value(0).toLongLong(), current.value().value(1).toInt());
    QList<qint64> moved;
    for (int i = 0; i < order.size(); ++i) {
        if (positions.value(order[i], -1) == i) {
            // Re-parented at its old position number: nothing to write, but it did move.
            if (order[i] == changedId)
                moved.append(order[i]);
            continue;
        }
        Result<Statement> q = exec(QStringLiteral("UPDATE value_principles SET position = ? WHERE id = ?"), {i, order[i]});
        if (!q)
            return q.takeError();
        moved.append(order[i]);
    }
    if (!moved.isEmpty())
        record({EntityKind::Value, ChangeType::Updated, moved, {}, ValueField::Position});
    return {};
}

Result<qint64> VaultStore::insertValue(const ValuePrinciple &value, int position)
{
    if (Status s = checkValue(value); !s)
        return s.takeError();
    Result<Statement> q = exec(
        QStringLiteral("INSERT INTO value_principles (id, company_id, parent_id, name, meaning, "
                       "keywords, themes, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {idOrNull(value.id), value.companyId, idOrNull(value.parentId), value.name.trimmed(),
         value.meaning, listToJson(value.keywords), listToJson(value.themes), position});
    if (!q)
        return Error{tr("Could not add the value: %1").arg(q.error())};
    return q.value().lastInsertId().toLongLong();
}

Result<qint64> VaultStore::addValue(const ValuePrinciple &value)
{
    // Checked before the transaction too, so a refused row never waits for the write lock.
    if (Status s = checkValue(value); !s)
        return s.takeError();
    qint64 id = 0;
    Status status = transact([&]() -> Status {
        if (value.parentId > 0) {
            Result<ValuePrinciple> parent = this->value(value.parentId);
            if (!parent)
                return parent.takeError();
            if (parent->companyId != value.companyId)
                return Error{tr("A sub-principle must belong to the same company as its parent.")};
        }
        Result<QList<qint64>> siblings = ids(
            QStringLiteral("SELECT id FROM value_principles WHERE company_id = ? AND parent_id IS ? "
                           "ORDER BY position, id"),
            {value.companyId, idOrNull(value.parentId)});
        if (!siblings)
            return siblings.takeError();
        const int position = value.position < 0 ? int(siblings->size())
                                                 : std::min(value.position, int(siblings->size()));
        const Result<qint64> added = insertValue(value, position);
        if (!added)
            return added.takeError();
        id = added.value();
        record({EntityKind::Value, ChangeType::Added, {id}, {}, ValueField::All});
        QList<qint64> order = siblings.value();
        order.insert(position, id);
        return renumberSiblings(value.companyId, value.parentId, order);
    });
    if (!status)
        return status.takeError();
    return id;
}

Status VaultStore::updateValue(const ValuePrinciple &value, quint32 fields)
{
    if (Status s = checkValue(value); !s)
        return s;
    QStringList sets;
    QVariantList binds;
    auto set = [&](quint32 field, const char *column, const QVariant &v) {
        if (fields & field) {
            sets.append(QString::fromLatin1(column) + QStringLiteral(" = ?"));
            binds.append(v);
        }
    };
    set(ValueField::Name, "name", value.name.trimmed());
    set(ValueField::Meaning, "meaning", value.meaning);
    set(ValueField::Keywords, "keywords", listToJson(value.keywords));
    set(ValueField::Themes, "themes", listToJson(value.themes));
    if (sets.isEmpty())
        return {};
    binds.append(value.id);
    return transact([&]() -> Status {
        Result<Statement> q = exec(QStringLiteral("UPDATE value_principles SET %1 WHERE id = ?").arg(sets.join(u", ")), binds);
        if (!q)
            return Error{tr("Could not save the value: %1").arg(q.error())};
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The value no longer exists.")};
        record({EntityKind::Value, ChangeType::Updated, {value.id}, {}, fields & ~quint32(ValueField::Position) & ValueField::All});
        return {};
    });
}

Status VaultStore::moveValue(qint64 id, qint64 newParentId, int newPosition)
{
    return transact([&]() -> Status {
        Result<ValuePrinciple> moving = value(id);
        if (!moving)
            return moving.takeError();
        if (newParentId > 0) {
            Result<QList<qint64>> subtree = valueSubtree(id);
            if (!subtree)
                return subtree.takeError();
            if (subtree->contains(newParentId))
                return Error{tr("A value cannot become a sub-principle of itself or of its own sub-principles.")};
            Result<ValuePrinciple> parent = value(newParentId);
            if (!parent)
                return parent.takeError();
            if (parent->companyId != moving->companyId)
                return Error{tr("A value can only move within its own company.")};
        }
        const QString siblingsSql = QStringLiteral(
            "SELECT id FROM value_principles WHERE company_id = ? AND parent_id IS ? AND id <> ? "
            "ORDER BY position, id");
        Result<QList<qint64>> newSiblings = ids(siblingsSql, {moving->companyId, idOrNull(newParentId), id});
        if (!newSiblings)
            return newSiblings.takeError();
        if (moving->parentId != newParentId) {
            Result<Statement> q = exec(QStringLiteral("UPDATE value_principles SET parent_id = ? WHERE id = ?"),
                                       {idOrNull(newParentId), id});
            if (!q)
                return Error{tr("Could not move the value: %1").arg(q.error())};
            Result<QList<qint64>> oldSiblings = ids(siblingsSql, {moving->companyId, idOrNull(moving->parentId), id});
            if (!oldSiblings)
                return oldSiblings.takeError();
            if (Status s = renumberSiblings(moving->companyId, moving->parentId, oldSiblings.value()); !s)
                return s;
        }
        QList<qint64> order = newSiblings.value();
        order.insert(std::clamp(newPosition < 0 ? int(order.size()) : newPosition, 0, int(order.size())), id);
        // A re-parented value is announced once, with its new siblings.
        return renumberSiblings(moving->companyId, newParentId, order,
                                moving->parentId != newParentId ? id : 0);
    });
}

Status VaultStore::removeValue(qint64 id)
{
    return transact([&]() -> Status {
        Result<ValuePrinciple> removed = value(id);
        if (!removed)
            return removed.takeError();
        Result<QList<qint64>> subtree = valueSubtree(id);
        if (!subtree)
            return subtree.takeError();
        QStringList marks;
        QVariantList binds;
        for (qint64 v : subtree.value()) {
            marks.append(QStringLiteral("?"));
            binds.append(v);
        }
        const QString in = QStringLiteral(" IN (") + marks.join(u',') + u')';
        Result<QList<LinkKey>> links = linkKeys(QStringLiteral("value_id") + in, binds);
        Result<QList<qint64>> answers = ids(QStringLiteral("SELECT id FROM answers WHERE value_id") + in, binds);
        if (!links || !answers)
            return Error{tr("Could not delete the value: %1").arg(!links ? links.error() : answers.error())};
        Result<Statement> q = exec(QStringLiteral("DELETE FROM value_principles WHERE id = ?"), {id});
        if (!q)
            return Error{tr("Could not delete the value: %1").arg(q.error())};
        if (!links->isEmpty())
            record({EntityKind::Link, ChangeType::Removed, {}, links.value(), 0});
        if (!answers->isEmpty())
            record({EntityKind::Answer, ChangeType::Updated, answers.value(), {}, AnswerField::Value});
        QList<qint64> removedIds = subtree.value();
        std::reverse(removedIds.begin(), removedIds.end()); // children before parents
        record({EntityKind::Value, ChangeType::Removed, removedIds, {}, ValueField::All});
        Result<QList<qint64>> siblings = ids(
            QStringLiteral("SELECT id FROM value_principles WHERE company_id = ? AND parent_id IS ? "
                           "ORDER BY position, id"),
            {removed->companyId, idOrNull(removed->parentId)});
        if (!siblings)
            return siblings.takeError();
        return renumberSiblings(removed->companyId, removed->parentId, siblings.value());
    });
}

// ---------------------------------------------------------------------------------------------
// Links

// A template only because VaultStore::Statement is private to the store.
template<typename Rows>
static Result<QList<StoryValueLink>> readLinks(Result<Rows> q)
{
    if (!q)
        return q.takeError();
    QList<StoryValueLink> list;
    while (q.value().next())
        list.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong(), q.value().value(2).toString()});
    return list;
}

Result<QList<StoryValueLink>> VaultStore::links() const
{
    return readLinks(exec(QStringLiteral("SELECT story_id, value_id, notes FROM story_value_links "
                                         "ORDER BY story_id, value_id")));
}

Result<QList<StoryValueLink>> VaultStore::linksForCompany(qint64 companyId) const
{
    return readLinks(exec(QStringLiteral("SELECT l.story_id, l.value_id, l.notes FROM story_value_links l "
                                         "JOIN value_principles v ON v.id = l.value_id "
                                         "WHERE v.company_id = ? ORDER BY l.story_id, l.value_id"),
                          {companyId}));
}

Result<std::optional<StoryValueLink>> VaultStore::link(qint64 storyId, qint64 valueId) const
{
    Result<QList<StoryValueLink>> list = readLinks(
        exec(QStringLiteral("SELECT story_id, value_id, notes FROM story_value_links WHERE story_id = ? AND value_id = ?"),
             {storyId, valueId}));
    if (!list)
        return list.takeError();
    if (list->isEmpty())
        return std::optional<StoryValueLink>();
    return std::optional<StoryValueLink>(list->first());
}

Status VaultStore::setLink(const StoryValueLink &link)
{
    if (Status s = checkText(link.notes, tr("The link notes")); !s)
        return s;
    return transact([&]() -> Status {
        Result<std::optional<StoryValueLink>> existing = this->link(link.storyId, link.valueId);
        if (!existing)
            return existing.takeError();
        Result<Statement> q = exec(
            QStringLiteral("INSERT INTO story_value_links (story_id, value_id, notes) VALUES (?, ?, ?) "
                           "ON CONFLICT (story_id, value_id) DO UPDATE SET notes = excluded.notes"),
            {link.storyId, link.valueId, link.notes});
        if (!q)
            return Error{tr("Could not link the story to the value: %1").arg(q.error())};
        record({EntityKind::Link, existing->has_value() ? ChangeType::Updated : ChangeType::Added, {},
                {{link.storyId, link.valueId}}, 0});
        return {};
    });
}

Status VaultStore::removeLink(qint64 storyId, qint64 valueId)
{
    return transact([&]() -> Status {
        Result<Statement> q = exec(QStringLiteral("DELETE FROM story_value_links WHERE story_id = ? AND value_id = ?"),
                                   {storyId, valueId});
        if (!q)
            return Error{tr("Could not remove the link: %1").arg(q.error())};
        if (q.value().numRowsAffected() > 0)
            record({EntityKind::Link, ChangeType::Removed, {}, {{storyId, valueId}}, 0});
        return {};
    });
}

// ---------------------------------------------------------------------------------------------
// Questions

static Status checkQuestion(const Question &q)
{
    if (q.text.trimmed().isEmpty())
        return Error{VaultStore::tr("A question needs some text.")};
    if (Status s = checkText(q.text, VaultStore::tr("The question")); !s)
        return s;
    return checkList(q.themes, VaultStore::tr("The themes"));
}

Result<QList<Question>> VaultStore::questions() const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM questions ORDER BY id").arg(kQuestionColumns));
    if (!q)
        return q.takeError();
    QList<Question> list;
    while (q.value().next())
        list.append(questionFromQuery(q.value().row()));
    return list;
}

Result<Question> VaultStore::question(qint64 id) const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM questions WHERE id = ?").arg(kQuestionColumns), {id});
    if (!q)
        return q.takeError();
    if (!q.value().next())
        return Error{tr("The question no longer exists.")};
    return questionFromQuery(q.value().row());
}

Result<qint64> VaultStore::insertQuestion(const Question &question)
{
    if (Status s = checkQuestion(question); !s)
        return s.takeError();
    Result<Statement> q = exec(QStringLiteral("INSERT INTO questions (id, text, themes, company_id) VALUES (?, ?, ?, ?)"),
                               {idOrNull(question.id), question.text, listToJson(question.themes),
                                idOrNull(question.companyId)});
    if (!q)
        return Error{tr("Could not add the question: %1").arg(q.error())};
    return q.value().lastInsertId().toLongLong();
}

Result<qint64> VaultStore::addQuestion(const Question &question)
{
    // Checked before the transaction too, so a refused row never waits for the write lock.
    if (Status s = checkQuestion(question); !s)
        return s.takeError();
    qint64 id = 0;
    Status status = transact([&]() -> Status {
        const Result<qint64> added = insertQuestion(question);
        if (!added)
            return added.takeError();
        id = added.value();
        record({EntityKind::Question, ChangeType::Added, {id}, {}, QuestionField::All});
        return {};
    });
    if (!status)
        return status.takeError();
    return id;
}

Status VaultStore::updateQuestion(const Question &question, quint32 fields)
{
    if (Status s = checkQuestion(question); !s)
        return s;
    // Only the fields named are written, as for every other entity: an undo of a text edit must
    // not also put back an old company.
    QStringList sets;
    QVariantList binds;
    if (fields & QuestionField::Text) {
        sets.append(QStringLiteral("text = ?"));
        binds.append(question.text);
    }
    if (fields & QuestionField::Themes) {
        sets.append(QStringLiteral("themes = ?"));
        binds.append(listToJson(question.themes));
    }
    if (fields & QuestionField::Company) {
        sets.append(QStringLiteral("company_id = ?"));
        binds.append(idOrNull(question.companyId));
    }
    if (sets.isEmpty())
        return {};
    binds.append(question.id);
    return transact([&]() -> Status {
        Result<Statement> q = exec(QStringLiteral("UPDATE questions SET %1 WHERE id = ?").arg(sets.join(u", ")), binds);
        if (!q)
            return Error{tr("Could not save the question: %1").arg(q.error())};
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The question no longer exists.")};
        record({EntityKind::Question, ChangeType::Updated, {question.id}, {}, fields & QuestionField::All});
        return {};
    });
}

Status VaultStore::removeQuestion(qint64 id)
{
    return transact([&]() -> Status {
        Result<QList<qint64>> answers = ids(QStringLiteral("SELECT id FROM answers WHERE question_id = ?"), {id});
        Result<QList<qint64>> runs = ids(QStringLiteral("SELECT id FROM practice_runs WHERE question_id = ?"), {id});
        if (!answers || !runs)
            return Error{tr("Could not delete the question: %1").arg(!answers ? answers.error() : runs.error())};
        Result<Statement> q = exec(QStringLiteral("DELETE FROM questions WHERE id = ?"), {id});
        if (!q)
            return Error{tr("Could not delete the question: %1").arg(q.error())};
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The question no longer exists.")};
        if (!runs->isEmpty())
            record({EntityKind::PracticeRun, ChangeType::Removed, runs.value(), {}, 0});
        if (!answers->isEmpty())
            record({EntityKind::Answer, ChangeType::Updated, answers.value(), {}, AnswerField::Question});
        record({EntityKind::Question, ChangeType::Removed, {id}, {}, QuestionField::All});
        return {};
    });
}

// ---------------------------------------------------------------------------------------------
// Answers

static Status checkAnswer(const Answer &a)
{
    for (const auto &[text, what] : {std::pair{&a.repeat, VaultStore::tr("The Repeat section")},
                                     std::pair{&a.situation, VaultStore::tr("The Situation section")},
                                     std::pair{&a.task, VaultStore::tr("The Task section")},
                                     std::pair{&a.action, VaultStore::tr("The Action section")},
                                     std::pair{&a.result, VaultStore::tr("The Result section")},
                                     std::pair{&a.linkBack, VaultStore::tr("The Link back section")}}) {
        if (Status s = checkText(*text, what); !s)
            return s;
    }
    return {};
}

Result<QList<Answer>> VaultStore::answers() const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM answers ORDER BY id").arg(kAnswerColumns));
    if (!q)
        return q.takeError();
    QList<Answer> list;
    while (q.value().next())
        list.append(answerFromQuery(q.value().row()));
    return list;
}

Result<Answer> VaultStore::answer(qint64 id) const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM answers WHERE id = ?").arg(kAnswerColumns), {id});
    if (!q)
        return q.takeError();
    if (!q.value().next())
        return Error{tr("The answer no longer exists.")};
    return answerFromQuery(q.value().row());
}

Result<qint64> VaultStore::insertAnswer(const Answer &answer)
{
    if (Status s = checkAnswer(answer); !s)
        return s.takeError();
    const QDateTime now = nowUtc();
    const QDateTime created = answer.createdAt.isValid() ? answer.createdAt : now;
    const QDateTime updated = answer.updatedAt.isValid() ? answer.updatedAt : created;
    Result<Statement> q = exec(
        QStringLiteral("INSERT INTO answers (id, question_id, company_id, value_id, story_id, repeat, "
                       "situation, task, action, result, link_back, status, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {idOrNull(answer.id), idOrNull(answer.questionId), idOrNull(answer.companyId),
         idOrNull(answer.valueId), idOrNull(answer.storyId), answer.repeat, answer.situation,
         answer.task, answer.action, answer.result, answer.linkBack,
         answerStatusKey(answer.status), timestamp(created), timestamp(updated)});
    if (!q)
        return Error{tr("Could not add the answer: %1").arg(q.error())};
    return q.value().lastInsertId().toLongLong();
}

Result<qint64> VaultStore::addAnswer(const Answer &answer)
{
    // Checked before the transaction too, so a refused row never waits for the write lock.
    if (Status s = checkAnswer(answer); !s)
        return s.takeError();
    qint64 id = 0;
    Status status = transact([&]() -> Status {
        const Result<qint64> added = insertAnswer(answer);
        if (!added)
            return added.takeError();
        id = added.value();
        record({EntityKind::Answer, ChangeType::Added, {id}, {}, AnswerField::All});
        return {};
    });
    if (!status)
        return status.takeError();
    return id;
}

Status VaultStore::updateAnswer(const Answer &answer, quint32 fields)
{
    if (Status s = checkAnswer(answer); !s)
        return s;
    QStringList sets;
    QVariantList binds;
    auto set = [&](quint32 field, const char *column, const QVariant &v) {
        if (fields & field) {
            sets.append(QString::fromLatin1(column) + QStringLiteral(" = ?"));
            binds.append(v);
        }
    };
    set(AnswerField::Question, "question_id", idOrNull(answer.questionId));
    set(AnswerField::Company, "company_id", idOrNull(answer.companyId));
    set(AnswerField::Value, "value_id", idOrNull(answer.valueId));
    set(AnswerField::Story, "story_id", idOrNull(answer.storyId));
    set(AnswerField::Repeat, "repeat", answer.repeat);
    set(AnswerField::Situation, "situation", answer.situation);
    set(AnswerField::Task, "task", answer.task);
    set(AnswerField::Action, "action", answer.action);
    set(AnswerField::Result, "result", answer.result);
    set(AnswerField::LinkBack, "link_back", answer.linkBack);
    set(AnswerField::Status, "status", answerStatusKey(answer.status));
    if (sets.isEmpty())
        return {};
    sets.append(QStringLiteral("updated_at = ?"));
    binds.append(timestamp(nowUtc()));
    binds.append(answer.id);
    return transact([&]() -> Status {
        Result<Statement> q = exec(QStringLiteral("UPDATE answers SET %1 WHERE id = ?").arg(sets.join(u", ")), binds);
        if (!q)
            return Error{tr("Could not save the answer: %1").arg(q.error())};
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The answer no longer exists.")};
        record({EntityKind::Answer, ChangeType::Updated, {answer.id}, {}, fields & AnswerField::All});
        return {};
    });
}

Status VaultStore::removeAnswer(qint64 id)
{
    return transact([&]() -> Status {
        Result<QList<qint64>> runs = ids(QStringLiteral("SELECT id FROM practice_runs WHERE answer_id = ?"), {id});
        if (!runs)
            return Error{tr("Could not delete the answer: %1").arg(runs.error())};
        Result<Statement> q = exec(QStringLiteral("DELETE FROM answers WHERE id = ?"), {id});
        if (!q)
            return Error{tr("Could not delete the answer: %1").arg(q.error())};
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The answer no longer exists.")};
        if (!runs->isEmpty())
            record({EntityKind::PracticeRun, ChangeType::Removed, runs.value(), {}, 0});
        record({EntityKind::Answer, ChangeType::Removed, {id}, {}, AnswerField::All});
        return {};
    });
}

// ---------------------------------------------------------------------------------------------
// Practice runs

Result<QList<PracticeRun>> VaultStore::practiceRuns() const
{
    Result<Statement> q = exec(QStringLiteral("SELECT %1 FROM practice_runs ORDER BY id").arg(kPracticeColumns));
    if (!q)
        return q.takeError();
    QList<PracticeRun> list;
    while (q.value().next())
        list.append(practiceFromQuery(q.value().row()));
    return list;
}

static Status checkPracticeRun(const PracticeRun &run)
{
    if ((run.answerId > 0) == (run.questionId > 0))
        return Error{VaultStore::tr("A practice run belongs to exactly one answer or question.")};
    if (run.seconds < 0)
        return Error{VaultStore::tr("A practice run cannot last a negative time.")};
    if (run.rating < 0 || run.rating > 5)
        return Error{VaultStore::tr("A practice rating is from 1 to 5.")};
    return {};
}

Result<qint64> VaultStore::insertPracticeRun(const PracticeRun &run)
{
    if (Status s = checkPracticeRun(run); !s)
        return s.takeError();
    Result<Statement> q = exec(
        QStringLiteral("INSERT INTO practice_runs (id, answer_id, question_id, started_at, seconds, rating) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {idOrNull(run.id), idOrNull(run.answerId), idOrNull(run.questionId),
         timestamp(run.startedAt.isValid() ? run.startedAt : nowUtc()), run.seconds, run.rating});
    if (!q)
        return Error{tr("Could not record the practice run: %1").arg(q.error())};
    return q.value().lastInsertId().toLongLong();
}

Result<qint64> VaultStore::addPracticeRun(const PracticeRun &run)
{
    // Checked before the transaction too, so a refused row never waits for the write lock.
    if (Status s = checkPracticeRun(run); !s)
        return s.takeError();
    qint64 id = 0;
    Status status = transact([&]() -> Status {
        const Result<qint64> added = insertPracticeRun(run);
        if (!added)
            return added.takeError();
        id = added.value();
        record({EntityKind::PracticeRun, ChangeType::Added, {id}, {}, 0});
        return {};
    });
    if (!status)
        return status.takeError();
    return id;
}

Status VaultStore::removePracticeRun(qint64 id)
{
    return transact([&]() -> Status {
        Result<Statement> q = exec(QStringLiteral("DELETE FROM practice_runs WHERE id = ?"), {id});
        if (!q)
            return Error{tr("Could not delete the practice run: %1").arg(q.error())};
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The practice run no longer exists.")};
        record({EntityKind::PracticeRun, ChangeType::Removed, {id}, {}, 0});
        return {};
    });
}

// ---------------------------------------------------------------------------------------------
// Bulk insert

Status VaultStore::bulkInsert(const std::function<Status(BulkInsert &)> &work)
{
    BulkInsert batch(*this);
    return transact([&]() -> Status {
        if (Status s = work(batch); !s)
            return s;
        batch.announce();
        return {};
    });
}

Result<qint64> VaultStore::BulkInsert::addStory(const Story &story)
{
    Result<qint64> id = m_store.insertStory(story);
    if (id)
        m_stories.append(id.value());
    return id;
}

Result<qint64> VaultStore::BulkInsert::addCompany(const Company &company)
{
    Result<qint64> id = m_store.insertCompany(company);
    if (id) {
        m_companies.append(id.value());
        m_nextPosition.insert({id.value(), 0}, 0); // a new company has no values yet
    }
    return id;
}

Result<int> VaultStore::BulkInsert::nextPosition(qint64 companyId, qint64 parentId)
{
    const QPair<qint64, qint64> key(companyId, parentId);
    auto it = m_nextPosition.find(key);
    if (it == m_nextPosition.end()) {
        // Siblings from before the batch: renumberSiblings() keeps them at 0..n-1.
        Result<Statement> q = m_store.exec(
            QStringLiteral("SELECT count(*) FROM value_principles WHERE company_id = ? AND parent_id IS ?"),
            {companyId, idOrNull(parentId)});
        if (!q)
            return q.takeError();
        if (!q.value().next())
            return Error{VaultStore::tr("Could not read the vault.")};
        it = m_nextPosition.insert(key, q.value().value(0).toInt());
    }
    return it.value()++;
}

Result<qint64> VaultStore::BulkInsert::addValue(const ValuePrinciple &value)
{
    if (value.parentId > 0) {
        qint64 parentCompany = m_valueCompany.value(value.parentId);
        if (parentCompany == 0) {
            const Result<ValuePrinciple> parent = m_store.value(value.parentId);
            if (!parent)
                return parent.takeError();
            parentCompany = parent->companyId;
        }
        if (parentCompany != value.companyId)
            return Error{VaultStore::tr("A sub-principle must belong to the same company as its parent.")};
    }
    // Checked before a position is taken, so a refused value leaves no gap among its siblings.
    if (Status s = checkValue(value); !s)
        return s.takeError();
    const Result<int> position = nextPosition(value.companyId, value.parentId);
    if (!position)
        return position.takeError();
    Result<qint64> id = m_store.insertValue(value, position.value());
    if (!id)
        return id;
    m_values.append(id.value());
    m_valueCompany.insert(id.value(), value.companyId);
    m_nextPosition.insert({value.companyId, id.value()}, 0); // a new value has no children yet
    return id;
}

Status VaultStore::BulkInsert::addLink(const StoryValueLink &link)
{
    if (Status s = checkText(link.notes, VaultStore::tr("The link notes")); !s)
        return s;
    // A plain INSERT: within a batch of new rows a pair seen twice is a mistake, not an edit.
    Result<Statement> q = m_store.exec(
        QStringLiteral("INSERT INTO story_value_links (story_id, value_id, notes) VALUES (?, ?, ?)"),
        {link.storyId, link.valueId, link.notes});
    if (!q)
        return Error{VaultStore::tr("Could not link the story to the value: %1").arg(q.error())};
    m_links.append({link.storyId, link.valueId});
    return {};
}

Result<qint64> VaultStore::BulkInsert::addQuestion(const Question &question)
{
    Result<qint64> id = m_store.insertQuestion(question);
    if (id)
        m_questions.append(id.value());
    return id;
}

Result<qint64> VaultStore::BulkInsert::addAnswer(const Answer &answer)
{
    Result<qint64> id = m_store.insertAnswer(answer);
    if (id)
        m_answers.append(id.value());
    return id;
}

Result<qint64> VaultStore::BulkInsert::addPracticeRun(const PracticeRun &run)
{
    Result<qint64> id = m_store.insertPracticeRun(run);
    if (id)
        m_runs.append(id.value());
    return id;
}

void VaultStore::BulkInsert::announce()
{
    // In the order the single add functions would have announced the rows.
    const auto add = [this](EntityKind entity, const QList<qint64> &ids, quint32 fields) {
        if (!ids.isEmpty())
            m_store.record({entity, ChangeType::Added, ids, {}, fields});
    };
    add(EntityKind::Story, m_stories, StoryField::All);
    add(EntityKind::Company, m_companies, CompanyField::All);
    add(EntityKind::Value, m_values, ValueField::All);
    if (!m_links.isEmpty())
        m_store.record({EntityKind::Link, ChangeType::Added, {}, m_links, 0});
    add(EntityKind::Question, m_questions, QuestionField::All);
    add(EntityKind::Answer, m_answers, AnswerField::All);
    add(EntityKind::PracticeRun, m_runs, 0);
}

} // namespace starling
