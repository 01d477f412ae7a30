#pragma once

#include "answer.h"
#include "change.h"
#include "company.h"
#include "practicerun.h"
#include "question.h"
#include "result.h"
#include "story.h"
#include "storyvaluelink.h"
#include "valueprinciple.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace starling {

class ChangeNotifier;

// How often each story is used: matrix links and answers built on it.
struct StoryUsage {
    int links = 0;
    int answers = 0;
    QStringList companies; // where the story is mapped, by company name

    bool operator==(const StoryUsage &) const = default;
};

// The vault: one SQLite file. Every public write is one transaction (or joins the caller's
// transact()), so there is no Save and a committed edit survives a crash. After each commit the
// store tells the notifier exactly what changed.
//
// A file that is not a Starling vault, is damaged, or was written by a newer Starling is refused
// with a message and never written to.
class VaultStore
{
    Q_DECLARE_TR_FUNCTIONS(VaultStore)
public:
    static constexpr int SchemaVersion = 2;
    static constexpr qint32 ApplicationId = 0x53544C47; // "STLG"

    struct OpenOptions {
        bool create = true;                // create the file when it does not exist
        int targetVersion = SchemaVersion; // tests build fixtures of older schemas with this
        // Whether opening an existing file runs PRAGMA quick_check over all of it. Only a caller
        // that has just probed the file (probe(), which runs it) while holding the vault's lock
        // may skip it: VaultSession checks a big vault on a worker thread this way, so the
        // window is not held up by a second pass over the file.
        bool checkIntegrity = true;
    };

    explicit VaultStore(ChangeNotifier *notifier = nullptr);
    ~VaultStore();
    VaultStore(const VaultStore &) = delete;
    VaultStore &operator=(const VaultStore &) = delete;

    Status open(const QString &path, const OpenOptions &options);
    Status open(const QString &path) { return open(path, OpenOptions{}); }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy taken before the last migration, empty when none was needed.
    QString migrationBackupPath() const { return m_backupPath; }
    // The Qt Sql connection of the open vault; tests use it to simulate a full disk
    // (PRAGMA max_page_count).
    QString connectionName() const { return m_connectionName; }

    // Looks at an existing file through a read-only, immutable connection and says whether it is
    // a vault this version can open (signature, application id, format, quick_check). Never
    // writes or creates anything beside the file, so it is safe on a file we may refuse.
    // Thread-safe: each call uses a connection of its own, on the calling thread.
    // checkIntegrity false skips the quick_check (the cheap header checks still run).
    static Status probe(const QString &path, bool checkIntegrity = true);

    // Writes a compact, consistent copy of the open vault to target (VACUUM INTO), which must not
    // exist yet. Readers and the open vault are unaffected.
    Status backupTo(const QString &target) const;

    // Runs work in one transaction (nested calls become savepoints). Changes are announced once
    // the outermost transaction commits; on failure everything inside is rolled back.
    Status transact(const std::function<Status()> &work);

    class BulkInsert;
    // Adds many new rows at once, for an import: one transaction (or one savepoint inside the
    // caller's), no savepoint per row, sibling positions counted in memory instead of renumbered
    // after every value, and one change announced per kind of row. Every row is checked as the
    // add functions check it; when work or any row fails, nothing of the batch is kept.
    Status bulkInsert(const std::function<Status(BulkInsert &)> &work);

    // How many prepared statements the store keeps for reuse; tests watch it.
    int cachedStatementCount() const { return int(m_statements.size()); }

    // Stories
    Result<QList<Story>> stories() const;
    Result<Story> story(qint64 id) const;
    // Up to `limit` stories with ids above afterId, in id order: a big vault read a page at a
    // time, so the window never waits for all of it.
    Result<QList<Story>> storiesAfter(qint64 afterId, int limit) const;
    // Every story without its text (situation, task, action, result and notes left empty), in id
    // order: what a list of 10 000 stories shows, at a fraction of the reading and memory.
    Result<QList<Story>> storyHeadings() const;
    // An id > 0 restores a story with that id (undo of a delete).
    Result<qint64> addStory(const Story &story);
    Status updateStory(const Story &story, quint32 fields = StoryField::All);
    Status removeStory(qint64 id); // removes its links; answers keep their text
    Result<QHash<qint64, StoryUsage>> storyUsage() const;

    // Companies
    Result<QList<Company>> companies() const;
    Result<Company> company(qint64 id) const;
    // 0 when there is none; names compare case-insensitively.
    Result<qint64> findCompany(const QString &name) const;
    Result<qint64> addCompany(const Company &company);
    Status updateCompany(const Company &company, quint32 fields = CompanyField::All);
    Status removeCompany(qint64 id); // removes its values, links, questions and answers

    // Value principles, in tree order: each parent before its children, siblings by position.
    Result<QList<ValuePrinciple>> values(qint64 companyId) const;
    Result<QList<ValuePrinciple>> allValues() const;
    Result<ValuePrinciple> value(qint64 id) const;
    // position < 0 appends to the siblings; otherwise the value is inserted there.
    Result<qint64> addValue(const ValuePrinciple &value);
    Status updateValue(const ValuePrinciple &value, quint32 fields = ValueField::All);
    Status moveValue(qint64 id, qint64 newParentId, int newPosition);
    Status removeValue(qint64 id); // removes its sub-principles and their links

    // Matrix links
    Result<QList<StoryValueLink>> links() const;
    Result<QList<StoryValueLink>> linksForCompany(qint64 companyId) const;
    Result<std::optional<StoryValueLink>> link(qint64 storyId, qint64 valueId) const;
    Status setLink(const StoryValueLink &link); // adds, or updates the notes
    Status removeLink(qint64 storyId, qint64 valueId);

    // Questions
    Result<QList<Question>> questions() const;
    Result<Question> question(qint64 id) const;
    Result<qint64> addQuestion(const Question &question);
    Status updateQuestion(const Question &question, quint32 fields = QuestionField::All);
    Status removeQuestion(qint64 id);

    // Answers
    Result<QList<Answer>> answers() const;
    Result<Answer> answer(qint64 id) const;
    Result<qint64> addAnswer(const Answer &answer);
    Status updateAnswer(const Answer &answer, quint32 fields = AnswerField::All);
    Status removeAnswer(qint64 id);

    // Practice runs
    Result<QList<PracticeRun>> practiceRuns() const;
    Result<qint64> addPracticeRun(const PracticeRun &run);
    Status removePracticeRun(qint64 id);

    // True when the vault holds nothing at all (first run).
    Result<bool> isEmpty() const;

private:
    Result<QHash<qint64, StoryUsage>> readStoryUsage() const;
    Status probeExisting(const QString &path, bool checkIntegrity) const;
    Status createNew(const QString &path, int targetVersion);
    Status migrate(int from, int to);
    Status backupBeforeMigration(int from);
    // What exec() lends out: a prepared statement the store keeps for the next exec() of the
    // same SQL text. Letting it go resets it, so unread rows never hold the database open
    // (VACUUM INTO and checkpoints wait for an active statement).
    class Statement
    {
    public:
        explicit Statement(std::shared_ptr<QSqlQuery> query) : m_query(std::move(query)) {}
        ~Statement();
        Statement(Statement &&) noexcept = default;
        Statement &operator=(Statement &&) noexcept = default;
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;

        bool next() { return m_query->next(); }
        QVariant value(int column) const { return m_query->value(column); }
        int numRowsAffected() const { return m_query->numRowsAffected(); }
        QVariant lastInsertId() const { return m_query->lastInsertId(); }
        QSqlError lastError() const { return m_query->lastError(); }
        const QSqlQuery &row() const { return *m_query; } // the current row, for xFromQuery()

    private:
        std::shared_ptr<QSqlQuery> m_query;
    };
    // Runs one statement, prepared once per SQL text and reused after that.
    Result<Statement> exec(const QString &sql, const QVariantList &binds = {}) const;
    Status execWrite(const QString &sql, const QVariantList &binds, const QString &what);
    Result<QList<qint64>> ids(const QString &sql, const QVariantList &binds) const;
    // One checked INSERT each, without a transaction or a change of their own: the add
    // functions and BulkInsert wrap them.
    Result<qint64> insertStory(const Story &story);
    Result<qint64> insertCompany(const Company &company);
    Result<qint64> insertValue(const ValuePrinciple &value, int position);
    Result<qint64> insertQuestion(const Question &question);
    Result<qint64> insertAnswer(const Answer &answer);
    Result<qint64> insertPracticeRun(const PracticeRun &run);
    Result<QList<qint64>> valueSubtree(qint64 id) const;
    Result<QList<LinkKey>> linkKeys(const QString &where, const QVariantList &binds) const;
    // Writes positions 0..n-1 in `order` and announces the values whose position changed, and
    // changedId even when its number stayed the same (it moved to another parent).
    Status renumberSiblings(qint64 companyId, qint64 parentId, QList<qint64> order, qint64 changedId = 0);
    void record(Change change);

    // Prepared statements by SQL text. They belong to the connection, so close() drops them
    // before closing it.
    static constexpr int MaxCachedStatements = 128;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;

    ChangeNotifier *m_notifier = nullptr;
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    int m_schemaVersion = 0;
    int m_depth = 0;
    struct UsageCache {
        std::pair<qint64, qint64> key; // total_changes(), data_version when it was read
        QHash<qint64, StoryUsage> usage;
    };
    mutable std::optional<UsageCache> m_usageCache;
    QList<Change> m_pending;
};

// The rows of one VaultStore::bulkInsert(). Ids and references are database ids, as for the
// add functions; a row's own id is written when set (the import clears them), and the new id
// is returned. Values are appended to
// their siblings in the order they are added (a value's position is ignored), so a parent must
// be added before its sub-principles.
class VaultStore::BulkInsert
{
public:
    Result<qint64> addStory(const Story &story);
    Result<qint64> addCompany(const Company &company);
    Result<qint64> addValue(const ValuePrinciple &value);
    Status addLink(const StoryValueLink &link); // a pair already linked is refused
    Result<qint64> addQuestion(const Question &question);
    Result<qint64> addAnswer(const Answer &answer);
    Result<qint64> addPracticeRun(const PracticeRun &run);

private:
    friend class VaultStore;
    explicit BulkInsert(VaultStore &store) : m_store(store) {}
    Result<int> nextPosition(qint64 companyId, qint64 parentId);
    void announce();

    VaultStore &m_store;
    QList<qint64> m_stories, m_companies, m_values, m_questions, m_answers, m_runs;
    QList<LinkKey> m_links;
    QHash<qint64, qint64> m_valueCompany;             // values added here -> their company
    QHash<QPair<qint64, qint64>, int> m_nextPosition; // (company, parent) -> next free position
};

} // namespace starling
