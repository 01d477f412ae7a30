// Schema migrations: every earlier schema opens, is upgraded to VaultStore::SchemaVersion with
// every row kept, and leaves a backup that is the old vault; a migration that cannot back up
// leaves the file untouched.

#include "vaultstore.h"
#include "vaulttestutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace starling;
using namespace starling::test;

namespace {

QString fixturePath(int version)
{
    return QStringLiteral(STARLING_TEST_DATA "/vault-v%1.starling").arg(version);
}

template<typename T>
T take(Result<T> result)
{
    if (!result)
        qFatal("unexpected store failure: %s", qPrintable(result.error()));
    return std::move(result).value();
}

QStringList tableNames(const QString &path)
{
    return sqlColumn(path, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldHaveAFixtureForEveryEarlierVersion_data();
    void shouldHaveAFixtureForEveryEarlierVersion();
    void shouldUpgradeV1FixtureKeepingEveryRow();
    void shouldKeepBackupAsTheOldVault();
    void shouldUseNewTablesAfterUpgrade();
    void shouldNotMigrateOrBackUpTwice();
    void shouldMigrateFromEveryEarlierVersion_data();
    void shouldMigrateFromEveryEarlierVersion();
    void shouldLeaveFileUntouchedWhenBackupCannotBeWritten();
    void shouldLeaveFileUntouchedWhenFolderIsReadOnly();

private:
    QString copyFixture(int version);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    m_dir.reset();
}

QString TestMigrations::copyFixture(int version)
{
    const QString path = m_dir->filePath(QStringLiteral("vault-v%1.starling").arg(version));
    if (!QFile::copy(fixturePath(version), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    return path;
}

void TestMigrations::shouldHaveAFixtureForEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < VaultStore::SchemaVersion; ++version)
        QTest::addRow("v%d", version) << version;
}

void TestMigrations::shouldHaveAFixtureForEveryEarlierVersion()
{
    QFETCH(int, version);
    // GIVEN the committed fixture of an earlier schema (tests/data/make-fixtures.sh)
    const QString path = fixturePath(version);
    QVERIFY2(QFileInfo::exists(path), qPrintable(QStringLiteral("missing fixture %1: add it to make-fixtures.sh").arg(path)));

    // THEN it is a self-contained Starling vault of exactly that version
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(VaultStore::ApplicationId));
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA user_version")).toInt(), version);
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
    QVERIFY(sidecars(path).isEmpty());
}

void TestMigrations::shouldUpgradeV1FixtureKeepingEveryRow()
{
    // GIVEN a copy of the schema-1 fixture
    const QString path = copyFixture(1);
    QVERIFY(!path.isEmpty());
    const QStringList rowsBefore = dumpTables(path);
    QVERIFY(rowsBefore.size() >= 10);

    // WHEN the store opens it
    VaultStore store;
    const Status opened = store.open(path);
    QVERIFY2(opened, qPrintable(opened.error()));

    // THEN it is at the current schema, in WAL mode, and every row is still there
    QCOMPARE(store.schemaVersion(), VaultStore::SchemaVersion);
    const QList<Story> stories = take(store.stories());
    QCOMPARE(stories.size(), 3);
    QCOMPARE(stories[0].title, QStringLiteral("Churn model rescue"));
    QCOMPARE(stories[0].kinds, StoryKinds(StoryKind::Success));
    QVERIFY(stories[0].backbone);
    QCOMPARE(stories[0].createdAt, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
    QCOMPARE(stories[2].title.toUtf8(),
             QStringLiteral("שלום – مرحبا – 你好 – 🚀 – e\u0301 – 👩\u200D💻").toUtf8());
    QCOMPARE(stories[2].kinds, StoryKind::Teamwork | StoryKind::Leadership);
    const QList<Company> companies = take(store.companies());
    QCOMPARE(companies.size(), 2);
    QCOMPARE(companies[0].interviewDate, QDate(2024, 5, 6));
    QCOMPARE(take(store.findCompany(QStringLiteral("ÉCOLE DATA"))), qint64(2));
    const QList<ValuePrinciple> values = take(store.values(1));
    QCOMPARE(values.size(), 4);
    QCOMPARE(values[0].keywords, (QStringList{QStringLiteral("owner"), QStringLiteral("end to end")}));
    QCOMPARE(values[1].parentId, qint64(1));
    QCOMPARE(take(store.links()).size(), 4);
    QCOMPARE(take(store.link(1, 1))->notes, QStringLiteral("- owned the rebuild"));
    store.close();
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA user_version")).toInt(), VaultStore::SchemaVersion);
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA journal_mode"), false), QStringLiteral("wal"));
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA foreign_key_check")), QStringLiteral("<no rows>"));
    // Old tables hold the same rows; the new ones are there and empty.
    QStringList rowsAfter = dumpTables(path);
    QCOMPARE(rowsAfter, rowsBefore);
    QVERIFY(tableNames(path).contains(QStringLiteral("answers")));
    QVERIFY(tableNames(path).contains(QStringLiteral("questions")));
    QVERIFY(tableNames(path).contains(QStringLiteral("practice_runs")));
}

void TestMigrations::shouldKeepBackupAsTheOldVault()
{
    // GIVEN a copy of the schema-1 fixture
    const QString path = copyFixture(1);
    QVERIFY(!path.isEmpty());
    const QStringList rowsBefore = dumpTables(path);
    const QStringList schemaBefore =
        sqlColumn(path, QStringLiteral("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name"));

    // WHEN the store upgrades it
    VaultStore store;
    QVERIFY(store.open(path));
    const QString backup = store.migrationBackupPath();
    store.close();

    // THEN a backup sits beside it that is the schema-1 vault, same schema and rows
    QVERIFY(!backup.isEmpty());
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY2(QFileInfo(backup).fileName().contains(QStringLiteral("before-format-2")), qPrintable(backup));
    QVERIFY(sidecars(backup).isEmpty());
    QCOMPARE(sqlValue(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(sqlValue(backup, QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(VaultStore::ApplicationId));
    QCOMPARE(sqlValue(backup, QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
    QCOMPARE(sqlValue(backup, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
    QCOMPARE(sqlColumn(backup, QStringLiteral("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")),
             schemaBefore);
    QCOMPARE(dumpTables(backup), rowsBefore);

    // AND the backup is itself a vault Starling can open (a copy of it, to keep it pristine)
    const QString restored = m_dir->filePath(QStringLiteral("restored.starling"));
    QVERIFY(QFile::copy(backup, restored));
    VaultStore again;
    const Status reopened = again.open(restored);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QCOMPARE(take(again.stories()).size(), 3);
}

void TestMigrations::shouldUseNewTablesAfterUpgrade()
{
    // GIVEN the upgraded schema-1 fixture
    const QString path = copyFixture(1);
    VaultStore store;
    QVERIFY(store.open(path));

    // WHEN questions, answers and practice runs are written against the old rows
    const qint64 q = take(store.addQuestion({0, QStringLiteral("Why Acme?"), {}, 1}));
    Answer answer;
    answer.questionId = q;
    answer.companyId = 1;
    answer.valueId = 2;
    answer.storyId = 1;
    answer.action = QStringLiteral("Rebuilt the features");
    const qint64 a = take(store.addAnswer(answer));
    take(store.addPracticeRun({0, a, 0, {}, 90, 4}));

    // THEN they read back, and the v2 cascades hold for old rows
    QCOMPARE(take(store.answer(a)).valueId, qint64(2));
    QCOMPARE(take(store.practiceRuns()).size(), 1);
    QVERIFY(store.removeStory(1));
    QCOMPARE(take(store.answer(a)).storyId, qint64(0));
    QVERIFY(store.removeCompany(1));
    QVERIFY(!store.answer(a));
    QVERIFY(take(store.questions()).isEmpty());
    QVERIFY(take(store.practiceRuns()).isEmpty());
}

void TestMigrations::shouldNotMigrateOrBackUpTwice()
{
    // GIVEN the fixture upgraded once
    const QString path = copyFixture(1);
    {
        VaultStore store;
        QVERIFY(store.open(path));
        QVERIFY(!store.migrationBackupPath().isEmpty());
    }
    const int filesAfterFirst = QDir(m_dir->path()).entryList(QDir::Files).size();

    // WHEN it is opened again
    VaultStore store;
    QVERIFY(store.open(path));

    // THEN no new backup is made
    QVERIFY(store.migrationBackupPath().isEmpty());
    store.close();
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), filesAfterFirst);
}

void TestMigrations::shouldMigrateFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 1; version < VaultStore::SchemaVersion; ++version)
        QTest::addRow("v%d to v%d", version, VaultStore::SchemaVersion) << version;
}

void TestMigrations::shouldMigrateFromEveryEarlierVersion()
{
    QFETCH(int, from);
    // GIVEN a vault built only up to an earlier schema, with stories, values and links
    const QString path = m_dir->filePath(QStringLiteral("built.starling"));
    qint64 storyId = 0, valueId = 0, companyId = 0;
    {
        VaultStore old;
        VaultStore::OpenOptions options;
        options.targetVersion = from;
        const Status opened = old.open(path, options);
        QVERIFY2(opened, qPrintable(opened.error()));
        QCOMPARE(old.schemaVersion(), from);
        Story story;
        story.title = QStringLiteral("Built at v%1 — 🚀").arg(from);
        storyId = take(old.addStory(story));
        Company company;
        company.name = QStringLiteral("Acme");
        companyId = take(old.addCompany(company));
        ValuePrinciple value;
        value.companyId = companyId;
        value.name = QStringLiteral("Ownership");
        value.position = -1;
        valueId = take(old.addValue(value));
        QVERIFY(old.setLink({storyId, valueId, QStringLiteral("notes")}));
    }
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA user_version")).toInt(), from);
    QVERIFY(!tableNames(path).contains(QStringLiteral("answers")) || from >= 2);
    const QStringList rowsBefore = dumpTables(path);

    // WHEN it is opened by this Starling
    VaultStore store;
    const Status opened = store.open(path);
    QVERIFY2(opened, qPrintable(opened.error()));

    // THEN it is current, the rows are kept, and the backup holds the old version
    QCOMPARE(store.schemaVersion(), VaultStore::SchemaVersion);
    QCOMPARE(take(store.story(storyId)).title, QStringLiteral("Built at v%1 — 🚀").arg(from));
    QCOMPARE(take(store.link(storyId, valueId))->notes, QStringLiteral("notes"));
    const QString backup = store.migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(take(store.addAnswer(Answer{})) > 0);
    store.close();
    QCOMPARE(sqlValue(backup, QStringLiteral("PRAGMA user_version")).toInt(), from);
    QCOMPARE(dumpTables(backup), rowsBefore);
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA user_version")).toInt(), VaultStore::SchemaVersion);
}

void TestMigrations::shouldLeaveFileUntouchedWhenBackupCannotBeWritten()
{
    // GIVEN a copy of the schema-1 fixture, and every backup name the next seconds could use
    // already taken by a folder, so VACUUM INTO cannot write the backup (works as root too)
    const QString path = copyFixture(1);
    const QByteArray hashBefore = fileHash(path);
    const QDateTime now = QDateTime::currentDateTime();
    for (int s = -2; s <= 20; ++s) {
        const QString name = QStringLiteral("vault-v1.before-format-2-%1.starling")
                                 .arg(now.addSecs(s).toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QVERIFY(QDir(m_dir->path()).mkdir(name));
    }

    // WHEN the store tries to upgrade it
    VaultStore store;
    const Status opened = store.open(path);

    // THEN it refuses with a message saying the vault was not changed, and it was not
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("Could not back up")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("not changed")), qPrintable(opened.error()));
    QVERIFY(!store.isOpen());
    QCOMPARE(fileHash(path), hashBefore);
    QVERIFY2(sidecars(path).isEmpty(), qPrintable(sidecars(path).join(u' ')));
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

void TestMigrations::shouldLeaveFileUntouchedWhenFolderIsReadOnly()
{
    if (::geteuid() == 0)
        QSKIP("Running as root: root ignores folder permissions, so the backup would be written anyway.");
    // GIVEN a copy of the schema-1 fixture in a folder nobody may write to
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/vault.starling");
    QVERIFY(QFile::copy(fixturePath(1), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray hashBefore = fileHash(path);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    auto unlock = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });

    // WHEN the store tries to upgrade it
    VaultStore store;
    const Status opened = store.open(path);

    // THEN it is refused and the file is exactly as it was, with nothing beside it
    QVERIFY(!opened);
    QCOMPARE(fileHash(path), hashBefore);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
