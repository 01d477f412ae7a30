// Import and export of the big exchange file, beside plain SQLite doing the same rows.
//
// Import baseline: the rows the import wrote, read back once, inserted again into a freshly
// created vault of the same schema with prepared QSqlQuery inserts in one transaction (same
// pragmas as VaultStore: foreign keys on, WAL, synchronous=FULL). That is the floor any import
// pays for the rows themselves; the import adds reading and checking the JSON.
// Export baseline: a raw SELECT of every column of the same rows.

#include "bench.h"

#include "vaultexchange.h"
#include "vaultstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstdio>

namespace starling::bench {
namespace {

struct Rows {
    QList<Story> stories;
    QList<Company> companies;
    QList<ValuePrinciple> values;
    QList<StoryValueLink> links;
    QList<Question> questions;
    QList<Answer> answers;
    QList<PracticeRun> runs;
};

Rows readRows(const VaultStore &store)
{
    Rows rows;
    rows.stories = must(store.stories(), "read stories");
    rows.companies = must(store.companies(), "read companies");
    rows.values = must(store.allValues(), "read values");
    // Parents before children, so the foreign key on parent_id holds row by row.
    std::sort(rows.values.begin(), rows.values.end(),
              [](const ValuePrinciple &a, const ValuePrinciple &b) { return a.id < b.id; });
    rows.links = must(store.links(), "read links");
    rows.questions = must(store.questions(), "read questions");
    rows.answers = must(store.answers(), "read answers");
    rows.runs = must(store.practiceRuns(), "read practice runs");
    return rows;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString listJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

void check(QSqlQuery &q, bool ok)
{
    if (!ok)
        qFatal("raw SQL failed: %s", qPrintable(q.lastError().text()));
}

// A plain connection with VaultStore's pragmas; the schema is already there.
QSqlDatabase rawConnection(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        qFatal("cannot open %s raw", qPrintable(path));
    QSqlQuery q(db);
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"})
        check(q, q.exec(QString::fromLatin1(pragma)));
    return db;
}

void insertRaw(const QString &path, const Rows &rows)
{
    const QString name = QStringLiteral("bench-raw-insert");
    {
        QSqlDatabase db = rawConnection(path, name);
        if (!db.transaction())
            qFatal("BEGIN failed");
        QSqlQuery q(db);
        check(q, q.prepare(QStringLiteral(
                     "INSERT INTO stories (id, title, kinds, situation, task, action, result, "
                     "notes, backbone, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")));
        for (const Story &s : rows.stories) {
            for (const QVariant &v :
                 {QVariant(s.id), QVariant(s.title), QVariant(int(s.kinds.toInt())),
                  QVariant(s.situation), QVariant(s.task), QVariant(s.action),
                  QVariant(s.result), QVariant(s.notes), QVariant(s.backbone ? 1 : 0),
                  QVariant(stamp(s.createdAt)), QVariant(stamp(s.updatedAt))})
                q.addBindValue(v);
            check(q, q.exec());
        }
        check(q, q.prepare(QStringLiteral(
                     "INSERT INTO companies (id, name, name_key, role, level, interview_date, "
                     "notes, source_url, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")));
        for (const Company &c : rows.companies) {
            for (const QVariant &v :
                 {QVariant(c.id), QVariant(c.name),
                  QVariant(c.name.normalized(QString::NormalizationForm_C).toCaseFolded()),
                  QVariant(c.role), QVariant(c.level),
                  c.interviewDate.isValid() ? QVariant(c.interviewDate.toString(Qt::ISODate))
                                            : QVariant(QMetaType(QMetaType::QString)),
                  QVariant(c.notes), QVariant(c.sourceUrl), QVariant(stamp(c.createdAt)),
                  QVariant(stamp(c.updatedAt))})
                q.addBindValue(v);
            check(q, q.exec());
        }
        check(q, q.prepare(QStringLiteral(
                     "INSERT INTO value_principles (id, company_id, parent_id, name, meaning, "
                     "keywords, themes, position) VALUES (?,?,?,?,?,?,?,?)")));
        for (const ValuePrinciple &v : rows.values) {
            for (const QVariant &b :
                 {QVariant(v.id), QVariant(v.companyId), idOrNull(v.parentId), QVariant(v.name),
                  QVariant(v.meaning), QVariant(listJson(v.keywords)),
                  QVariant(listJson(v.themes)), QVariant(v.position)})
                q.addBindValue(b);
            check(q, q.exec());
        }
        check(q, q.prepare(QStringLiteral(
                     "INSERT INTO story_value_links (story_id, value_id, notes) VALUES (?,?,?)")));
        for (const StoryValueLink &l : rows.links) {
            q.addBindValue(l.storyId);
            q.addBindValue(l.valueId);
            q.addBindValue(l.notes);
            check(q, q.exec());
        }
        check(q, q.prepare(QStringLiteral(
                     "INSERT INTO questions (id, text, themes, company_id) VALUES (?,?,?,?)")));
        for (const Question &qu : rows.questions) {
            q.addBindValue(qu.id);
            q.addBindValue(qu.text);
            q.addBindValue(listJson(qu.themes));
            q.addBindValue(idOrNull(qu.companyId));
            check(q, q.exec());
        }
        check(q, q.prepare(QStringLiteral(
                     "INSERT INTO answers (id, question_id, company_id, value_id, story_id, "
                     "repeat, situation, task, action, result, link_back, status, created_at, "
                     "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")));
        for (const Answer &a : rows.answers) {
            for (const QVariant &v :
                 {QVariant(a.id), idOrNull(a.questionId), idOrNull(a.companyId),
                  idOrNull(a.valueId), idOrNull(a.storyId), QVariant(a.repeat),
                  QVariant(a.situation), QVariant(a.task), QVariant(a.action),
                  QVariant(a.result), QVariant(a.linkBack),
                  QVariant(answerStatusKey(a.status)), QVariant(stamp(a.createdAt)),
                  QVariant(stamp(a.updatedAt))})
                q.addBindValue(v);
            check(q, q.exec());
        }
        check(q, q.prepare(QStringLiteral(
                     "INSERT INTO practice_runs (id, answer_id, question_id, started_at, "
                     "seconds, rating) VALUES (?,?,?,?,?,?)")));
        for (const PracticeRun &r : rows.runs) {
            q.addBindValue(r.id);
            q.addBindValue(idOrNull(r.answerId));
            q.addBindValue(idOrNull(r.questionId));
            q.addBindValue(stamp(r.startedAt));
            q.addBindValue(r.seconds);
            q.addBindValue(r.rating);
            check(q, q.exec());
        }
        q.finish();
        if (!db.commit())
            qFatal("COMMIT failed: %s", qPrintable(db.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Reads every column of every row, touching each value, the way an export must.
qint64 selectRaw(const QString &path)
{
    const QString name = QStringLiteral("bench-raw-select");
    qint64 characters = 0;
    {
        QSqlDatabase db = rawConnection(path, name);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        for (const char *table : {"stories", "companies", "value_principles",
                                  "story_value_links", "questions", "answers", "practice_runs"}) {
            check(q, q.exec(QStringLiteral("SELECT * FROM ") + QString::fromLatin1(table)));
            while (q.next()) {
                const int columns = q.record().count();
                for (int i = 0; i < columns; ++i)
                    characters += q.value(i).toString().size();
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return characters;
}

void removeVault(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

void runExchange(Context &context, bool measure)
{
    std::printf("== %s ==\n", measure ? "import and export of the big exchange file"
                                      : "importing the big exchange file once");
    context.bigVaultFile = QDir(context.tempDir).filePath(QStringLiteral("big.starling"));
    Rows rows;
    {
        VaultStore store;
        must(store.open(context.bigVaultFile), "create the big vault");
        const ImportSummary summary =
            must(VaultExchange::importFromFile(store, context.bigVaultJson), "import");
        std::printf("imported: %d stories, %d companies, %d values, %d links, %d questions, "
                    "%d answers, %d practice runs\n",
                    summary.stories, summary.companies, summary.values, summary.links,
                    summary.questions, summary.answers, summary.practiceRuns);
        rows = readRows(store);
    }
    if (!measure) {
        std::printf("\n");
        return;
    }

    // Import and raw inserts alternate, so a busy machine slows both sides alike.
    const int reps = std::min(context.reps, 3);
    std::vector<double> importMs;
    std::vector<double> rawMs;
    for (int rep = 0; rep < reps; ++rep) {
        const QString importPath =
            QDir(context.tempDir).filePath(QStringLiteral("import-%1.starling").arg(rep));
        {
            VaultStore store;
            must(store.open(importPath), "create a vault to import into");
            importMs.push_back(timeMs([&] {
                must(VaultExchange::importFromFile(store, context.bigVaultJson), "import");
            }));
        }
        removeVault(importPath);

        const QString rawPath =
            QDir(context.tempDir).filePath(QStringLiteral("raw-%1.starling").arg(rep));
        {
            VaultStore schemaOnly;
            must(schemaOnly.open(rawPath), "create a vault for raw inserts");
        }
        rawMs.push_back(timeMs([&] { insertRaw(rawPath, rows); }));
        removeVault(rawPath);
        std::printf("  rep %d: import %.0f ms, raw inserts %.0f ms\n", rep + 1, importMs.back(),
                    rawMs.back());
        std::fflush(stdout);
    }
    context.figures.append({QStringLiteral("import big exchange file"),
                            QStringLiteral("raw prepared INSERTs, 1 txn"), median(rawMs),
                            median(importMs), QStringLiteral("ms"), 3.0, std::nullopt,
                            QString()});

    std::vector<double> exportMs;
    std::vector<double> selectMs;
    qint64 bytes = 0;
    {
        VaultStore store;
        must(store.open(context.bigVaultFile), "open the big vault");
        for (int rep = 0; rep < context.reps; ++rep) {
            exportMs.push_back(
                timeMs([&] { bytes = must(VaultExchange::exportVault(store), "export").size(); }));
            selectMs.push_back(timeMs([&] { (void)selectRaw(context.bigVaultFile); }));
        }
    }
    std::printf("  export: %.1f MB of JSON, median %.0f ms; raw SELECT median %.0f ms\n\n",
                double(bytes) / 1e6, median(exportMs), median(selectMs));
    context.figures.append({QStringLiteral("export big vault to JSON (in memory)"),
                            QStringLiteral("raw SELECT of every column"), median(selectMs),
                            median(exportMs), QStringLiteral("ms"), std::nullopt, std::nullopt,
                            QString()});
    std::fflush(stdout);
}

} // namespace starling::bench
