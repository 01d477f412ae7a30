// VaultStore: every entity through the file and back, the value tree, cascades, limits,
// transactions, Unicode, and files the store must refuse without touching.

#include "changenotifier.h"
#include "textlimits.h"
#include "vaultstore.h"
#include "vaulttestutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace starling;
using namespace starling::test;

namespace {

Story sampleStory()
{
    Story s;
    s.title = QStringLiteral("Churn model rescue");
    s.kinds = StoryKind::Success | StoryKind::Leadership;
    s.situation = QStringLiteral("Forecast drifted after a pricing change.");
    s.task = QStringLiteral("Win back trust in the model.");
    s.action = QStringLiteral("Rebuilt features; added drift alerts.");
    s.result = QStringLiteral("Error down 40%.");
    s.notes = QStringLiteral("- mention the alerting");
    s.backbone = true;
    return s;
}

Story otherStory()
{
    Story s;
    s.title = QStringLiteral("Failed launch");
    s.kinds = StoryKind::Failure;
    s.situation = QStringLiteral("S2");
    s.task = QStringLiteral("T2");
    s.action = QStringLiteral("A2");
    s.result = QStringLiteral("R2");
    s.notes = QStringLiteral("N2");
    s.backbone = false;
    return s;
}

Company sampleCompany(const QString &name = QStringLiteral("Acme Analytics"))
{
    Company c;
    c.name = name;
    c.role = QStringLiteral("Data Scientist");
    c.level = QStringLiteral("Senior");
    c.interviewDate = QDate(2024, 5, 6);
    c.notes = QStringLiteral("Loop on Friday");
    c.sourceUrl = QStringLiteral("https://example.invalid/values");
    return c;
}

ValuePrinciple sampleValue(qint64 companyId, const QString &name, qint64 parentId = 0, int position = -1)
{
    ValuePrinciple v;
    v.companyId = companyId;
    v.parentId = parentId;
    v.name = name;
    v.meaning = QStringLiteral("Meaning of ") + name;
    v.keywords = {QStringLiteral("owner"), QStringLiteral("end to end")};
    v.themes = {QStringLiteral("ownership")};
    v.position = position;
    return v;
}

Answer sampleAnswer()
{
    Answer a;
    a.repeat = QStringLiteral("So you are asking about a time…");
    a.situation = QStringLiteral("S");
    a.task = QStringLiteral("T");
    a.action = QStringLiteral("A");
    a.result = QStringLiteral("R");
    a.linkBack = QStringLiteral("That is what owning it means to me.");
    a.status = AnswerStatus::Ready;
    return a;
}

template<typename T>
T take(Result<T> result)
{
    if (!result)
        qFatal("unexpected store failure: %s", qPrintable(result.error()));
    return std::move(result).value();
}

// The ids of the values in tree order, with each one's position.
QList<QPair<qint64, int>> treeOrder(const VaultStore &store, qint64 companyId)
{
    QList<QPair<qint64, int>> order;
    for (const ValuePrinciple &v : take(store.values(companyId)))
        order.append({v.id, v.position});
    return order;
}

} // namespace

class TestVaultStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Round trips
    void shouldRoundTripStory();
    void shouldUpdateOnlyMaskedStoryFields_data();
    void shouldUpdateOnlyMaskedStoryFields();
    void shouldRemoveStory();
    void shouldRoundTripCompany();
    void shouldUpdateOnlyMaskedCompanyFields_data();
    void shouldUpdateOnlyMaskedCompanyFields();
    void shouldRoundTripValue();
    void shouldUpdateOnlyMaskedValueFields_data();
    void shouldUpdateOnlyMaskedValueFields();
    void shouldRoundTripLink();
    void shouldRoundTripQuestion();
    void shouldUpdateOnlyMaskedQuestionFields_data();
    void shouldUpdateOnlyMaskedQuestionFields();
    void shouldRoundTripAnswer();
    void shouldUpdateOnlyMaskedAnswerFields_data();
    void shouldUpdateOnlyMaskedAnswerFields();
    void shouldRoundTripPracticeRun();
    void shouldRefuseInvalidPracticeRuns();
    void shouldReportUsageAndEmptiness();
    void shouldSeeEveryWriteInTheUsageItKeeps();
    void shouldSkipOnlyTheFullCheckWhenAsked();
    void shouldKeepDataAcrossReopen();

    // Company names
    void shouldRefuseDuplicateCompanyNames_data();
    void shouldRefuseDuplicateCompanyNames();
    void shouldRefuseRenamingOntoAnotherCompany();

    // Value tree
    void shouldListValuesInTreeOrder();
    void shouldInsertValueAtPosition_data();
    void shouldInsertValueAtPosition();
    void shouldReorderValueAmongSiblings();
    void shouldReparentValueAndRenumberBothSides();
    void shouldRefuseMovingValueUnderItself_data();
    void shouldRefuseMovingValueUnderItself();
    void shouldRefuseCrossCompanyValues();
    void shouldRenumberSiblingsWhenValueRemoved();

    // Cascades
    void shouldRemoveLinksButKeepAnswersWhenStoryRemoved();
    void shouldRemoveSubPrinciplesAndTheirLinksWhenValueRemoved();
    void shouldRemoveEverythingOfACompanyWhenCompanyRemoved();
    void shouldKeepAnswersWhenQuestionRemoved();

    // Undo support
    void shouldRestoreWithExplicitIds();

    // Limits
    void shouldRefuseOversizedTextAndWriteNothing_data();
    void shouldRefuseOversizedTextAndWriteNothing();
    void shouldRefuseEmptyNames();

    // Transactions
    void shouldCommitNestedTransactions();
    void shouldRollBackEverythingWhenWorkFails();
    void shouldRollBackOnlyTheFailedSavepoint();
    void shouldRefuseWritesWhenClosed();

    // Prepared statements and bulk inserts
    void shouldReuseStatementsAndDropThemOnClose();
    void shouldLetGoOfHalfReadResultsBeforeABackup();
    void shouldBulkInsertValuesAfterTheirSiblings();
    void shouldAnnounceABulkInsertOnceWithEveryRow();
    void shouldRollBackTheWholeBulkInsertWhenARowFails_data();
    void shouldRollBackTheWholeBulkInsertWhenARowFails();

    // Unicode
    void shouldRoundTripUnicodeByteExact_data();
    void shouldRoundTripUnicodeByteExact();

    // Files the store must refuse
    void shouldRefuseFileAndLeaveItUntouched_data();
    void shouldRefuseFileAndLeaveItUntouched();
    void shouldRefuseFolder();
    void shouldRefuseReadOnlyFile();
    void shouldCreateNothingInMissingFolder();
    void shouldNotCreateWhenAskedNotTo();
    void shouldCreateVaultWithWalAndIds();
    void shouldRefuseVaultInReadOnlyFolder();
    void shouldRefuseCreatingUnderARegularFile();
    void shouldRefuseVaultLockedByAnotherProcess_data();
    void shouldRefuseVaultLockedByAnotherProcess();

    // A full disk
    void shouldRefuseEditOnFullDiskAndLoseNothing_data();
    void shouldRefuseEditOnFullDiskAndLoseNothing();

private:
    QString vaultPath() const { return m_dir->filePath(QStringLiteral("vault.starling")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultStore> m_store;
};

void TestVaultStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<VaultStore>();
    const Status opened = m_store->open(vaultPath());
    QVERIFY2(opened, qPrintable(opened.error()));
}

void TestVaultStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

// ---------------------------------------------------------------------------------------------
// Round trips

void TestVaultStore::shouldRoundTripStory()
{
    // GIVEN a story with every field set
    Story story = sampleStory();
    story.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    story.updatedAt = QDateTime(QDate(2024, 1, 3), QTime(3, 4, 5, 6), Qt::UTC);

    // WHEN it is added and read back
    const qint64 id = take(m_store->addStory(story));
    const Story read = take(m_store->story(id));

    // THEN it is equal field by field, and listed once
    story.id = id;
    QCOMPARE(read, story);
    QCOMPARE(take(m_store->stories()), QList<Story>{story});
}

void TestVaultStore::shouldUpdateOnlyMaskedStoryFields_data()
{
    QTest::addColumn<quint32>("fields");
    QTest::newRow("title") << quint32(StoryField::Title);
    QTest::newRow("kinds") << quint32(StoryField::Kinds);
    QTest::newRow("situation") << quint32(StoryField::Situation);
    QTest::newRow("task") << quint32(StoryField::Task);
    QTest::newRow("action") << quint32(StoryField::Action);
    QTest::newRow("result") << quint32(StoryField::Result);
    QTest::newRow("notes") << quint32(StoryField::Notes);
    QTest::newRow("backbone") << quint32(StoryField::Backbone);
    QTest::newRow("title+notes") << quint32(StoryField::Title | StoryField::Notes);
    QTest::newRow("all") << quint32(StoryField::All);
}

void TestVaultStore::shouldUpdateOnlyMaskedStoryFields()
{
    QFETCH(quint32, fields);
    // GIVEN a stored story, and an edit that changes every field
    const qint64 id = take(m_store->addStory(sampleStory()));
    const Story before = take(m_store->story(id));
    Story edit = otherStory();
    edit.id = id;

    // WHEN only the masked fields are saved
    const Status saved = m_store->updateStory(edit, fields);
    QVERIFY2(saved, qPrintable(saved.error()));

    // THEN exactly those fields changed
    Story expected = before;
    if (fields & StoryField::Title) expected.title = edit.title;
    if (fields & StoryField::Kinds) expected.kinds = edit.kinds;
    if (fields & StoryField::Situation) expected.situation = edit.situation;
    if (fields & StoryField::Task) expected.task = edit.task;
    if (fields & StoryField::Action) expected.action = edit.action;
    if (fields & StoryField::Result) expected.result = edit.result;
    if (fields & StoryField::Notes) expected.notes = edit.notes;
    if (fields & StoryField::Backbone) expected.backbone = edit.backbone;
    Story after = take(m_store->story(id));
    QVERIFY(after.updatedAt >= before.updatedAt);
    QCOMPARE(after.createdAt, before.createdAt);
    after.updatedAt = expected.updatedAt;
    QCOMPARE(after, expected);
}

void TestVaultStore::shouldRemoveStory()
{
    // GIVEN two stories
    const qint64 keep = take(m_store->addStory(sampleStory()));
    const qint64 gone = take(m_store->addStory(otherStory()));

    // WHEN one is removed
    const Status removed = m_store->removeStory(gone);
    QVERIFY2(removed, qPrintable(removed.error()));

    // THEN only the other is left, and removing it again or updating it fails
    QCOMPARE(take(m_store->stories()).size(), 1);
    QCOMPARE(take(m_store->stories()).first().id, keep);
    QVERIFY(!m_store->story(gone));
    QVERIFY(!m_store->removeStory(gone));
    Story ghost = otherStory();
    ghost.id = gone;
    QVERIFY(!m_store->updateStory(ghost));
}

void TestVaultStore::shouldRoundTripCompany()
{
    // GIVEN a company with every field set, and one without a date
    Company company = sampleCompany();
    Company undated = sampleCompany(QStringLiteral("Other"));
    undated.interviewDate = QDate();

    // WHEN both are added and read back
    company.id = take(m_store->addCompany(company));
    undated.id = take(m_store->addCompany(undated));

    // THEN they are equal, found by name, and removable
    Company read = take(m_store->company(company.id));
    QVERIFY(read.createdAt.isValid());
    company.createdAt = read.createdAt;
    company.updatedAt = read.updatedAt;
    QCOMPARE(read, company);
    QVERIFY(take(m_store->company(undated.id)).interviewDate.isNull());
    QCOMPARE(take(m_store->findCompany(QStringLiteral("acme analytics"))), company.id);
    QCOMPARE(take(m_store->findCompany(QStringLiteral("Nobody"))), qint64(0));
    QCOMPARE(take(m_store->companies()).size(), 2);
    QVERIFY(m_store->removeCompany(undated.id));
    QCOMPARE(take(m_store->companies()).size(), 1);
    QVERIFY(!m_store->company(undated.id));
}

void TestVaultStore::shouldUpdateOnlyMaskedCompanyFields_data()
{
    QTest::addColumn<quint32>("fields");
    QTest::newRow("name") << quint32(CompanyField::Name);
    QTest::newRow("role") << quint32(CompanyField::Role);
    QTest::newRow("level") << quint32(CompanyField::Level);
    QTest::newRow("interview date") << quint32(CompanyField::InterviewDate);
    QTest::newRow("notes") << quint32(CompanyField::Notes);
    QTest::newRow("source url") << quint32(CompanyField::SourceUrl);
    QTest::newRow("all") << quint32(CompanyField::All);
}

void TestVaultStore::shouldUpdateOnlyMaskedCompanyFields()
{
    QFETCH(quint32, fields);
    // GIVEN a stored company and an edit of every field
    const qint64 id = take(m_store->addCompany(sampleCompany()));
    const Company before = take(m_store->company(id));
    Company edit;
    edit.id = id;
    edit.name = QStringLiteral("Renamed Corp");
    edit.role = QStringLiteral("ML Engineer");
    edit.level = QStringLiteral("Staff");
    edit.interviewDate = QDate(2025, 1, 2);
    edit.notes = QStringLiteral("new notes");
    edit.sourceUrl = QStringLiteral("https://example.invalid/new");

    // WHEN only the masked fields are saved
    const Status saved = m_store->updateCompany(edit, fields);
    QVERIFY2(saved, qPrintable(saved.error()));

    // THEN exactly those changed, and the name lookup follows a rename
    Company expected = before;
    if (fields & CompanyField::Name) expected.name = edit.name;
    if (fields & CompanyField::Role) expected.role = edit.role;
    if (fields & CompanyField::Level) expected.level = edit.level;
    if (fields & CompanyField::InterviewDate) expected.interviewDate = edit.interviewDate;
    if (fields & CompanyField::Notes) expected.notes = edit.notes;
    if (fields & CompanyField::SourceUrl) expected.sourceUrl = edit.sourceUrl;
    Company after = take(m_store->company(id));
    QVERIFY(after.updatedAt >= before.updatedAt);
    after.updatedAt = expected.updatedAt;
    QCOMPARE(after, expected);
    QCOMPARE(take(m_store->findCompany(expected.name.toUpper())), id);
}

void TestVaultStore::shouldRoundTripValue()
{
    // GIVEN a company and a value with lists
    const qint64 companyId = take(m_store->addCompany(sampleCompany()));
    ValuePrinciple value = sampleValue(companyId, QStringLiteral("Ownership"));

    // WHEN it is added, read back and removed
    value.id = take(m_store->addValue(value));
    value.position = 0;

    // THEN it is equal, listed for its company and in allValues, and then gone
    QCOMPARE(take(m_store->value(value.id)), value);
    QCOMPARE(take(m_store->values(companyId)), QList<ValuePrinciple>{value});
    QCOMPARE(take(m_store->allValues()), QList<ValuePrinciple>{value});
    QVERIFY(m_store->removeValue(value.id));
    QVERIFY(!m_store->value(value.id));
    QVERIFY(take(m_store->values(companyId)).isEmpty());
}

void TestVaultStore::shouldUpdateOnlyMaskedValueFields_data()
{
    QTest::addColumn<quint32>("fields");
    QTest::newRow("name") << quint32(ValueField::Name);
    QTest::newRow("meaning") << quint32(ValueField::Meaning);
    QTest::newRow("keywords") << quint32(ValueField::Keywords);
    QTest::newRow("themes") << quint32(ValueField::Themes);
    QTest::newRow("position is moveValue's job") << quint32(ValueField::Position);
    QTest::newRow("all") << quint32(ValueField::All);
}

void TestVaultStore::shouldUpdateOnlyMaskedValueFields()
{
    QFETCH(quint32, fields);
    // GIVEN a value, first of two siblings
    const qint64 companyId = take(m_store->addCompany(sampleCompany()));
    const qint64 id = take(m_store->addValue(sampleValue(companyId, QStringLiteral("Ownership"))));
    take(m_store->addValue(sampleValue(companyId, QStringLiteral("Curiosity"))));
    const ValuePrinciple before = take(m_store->value(id));
    ValuePrinciple edit = before;
    edit.name = QStringLiteral("Bias for action");
    edit.meaning = QStringLiteral("Speed matters");
    edit.keywords = {QStringLiteral("fast")};
    edit.themes = {};
    edit.position = 1;

    // WHEN only the masked fields are saved
    QVERIFY(m_store->updateValue(edit, fields));

    // THEN exactly those changed; position never changes through updateValue
    ValuePrinciple expected = before;
    if (fields & ValueField::Name) expected.name = edit.name;
    if (fields & ValueField::Meaning) expected.meaning = edit.meaning;
    if (fields & ValueField::Keywords) expected.keywords = edit.keywords;
    if (fields & ValueField::Themes) expected.themes = edit.themes;
    QCOMPARE(take(m_store->value(id)), expected);
}

void TestVaultStore::shouldRoundTripLink()
{
    // GIVEN a story and a value
    const qint64 storyId = take(m_store->addStory(sampleStory()));
    const qint64 companyId = take(m_store->addCompany(sampleCompany()));
    const qint64 valueId = take(m_store->addValue(sampleValue(companyId, QStringLiteral("Ownership"))));
    QVERIFY(!take(m_store->link(storyId, valueId)).has_value());

    // WHEN they are linked, and the notes edited
    StoryValueLink link{storyId, valueId, QStringLiteral("- owned the rebuild")};
    QVERIFY(m_store->setLink(link));
    QCOMPARE(take(m_store->link(storyId, valueId)), std::optional<StoryValueLink>(link));
    link.notes = QStringLiteral("- and the alerting");
    QVERIFY(m_store->setLink(link));

    // THEN one link holds the latest notes, listed overall and for the company
    QCOMPARE(take(m_store->link(storyId, valueId)), std::optional<StoryValueLink>(link));
    QCOMPARE(take(m_store->links()), QList<StoryValueLink>{link});
    QCOMPARE(take(m_store->linksForCompany(companyId)), QList<StoryValueLink>{link});
    QVERIFY(take(m_store->linksForCompany(companyId + 1)).isEmpty());

    // AND removing it leaves none; removing a missing link is harmless
    QVERIFY(m_store->removeLink(storyId, valueId));
    QVERIFY(take(m_store->links()).isEmpty());
    QVERIFY(m_store->removeLink(storyId, valueId));

    // AND a link to a missing story is refused
    QVERIFY(!m_store->setLink({storyId + 100, valueId, {}}));
}

void TestVaultStore::shouldRoundTripQuestion()
{
    // GIVEN a general and a company question
    const qint64 companyId = take(m_store->addCompany(sampleCompany()));
    Question general{0, QStringLiteral("Tell me about a failure."), {QStringLiteral("failure")}, 0};
    Question specific{0, QStringLiteral("Why Acme?"), {}, companyId};

    // WHEN added and read back
    general.id = take(m_store->addQuestion(general));
    specific.id = take(m_store->addQuestion(specific));

    // THEN equal, listed in order, and removable
    QCOMPARE(take(m_store->question(general.id)), general);
    QCOMPARE(take(m_store->questions()), (QList<Question>{general, specific}));
    QVERIFY(m_store->removeQuestion(general.id));
    QCOMPARE(take(m_store->questions()), QList<Question>{specific});
    QVERIFY(!m_store->removeQuestion(general.id));
}

void TestVaultStore::shouldUpdateOnlyMaskedQuestionFields_data()
{
    QTest::addColumn<quint32>("fields");
    QTest::newRow("text") << quint32(QuestionField::Text);
    QTest::newRow("themes") << quint32(QuestionField::Themes);
    QTest::newRow("company") << quint32(QuestionField::Company);
    QTest::newRow("all") << quint32(QuestionField::All);
}

void TestVaultStore::shouldUpdateOnlyMaskedQuestionFields()
{
    QFETCH(quint32, fields);
    // GIVEN a stored question and an edit of every field
    const qint64 companyId = take(m_store->addCompany(sampleCompany()));
    Question before{0, QStringLiteral("Tell me about a conflict."), {QStringLiteral("conflict")}, 0};
    before.id = take(m_store->addQuestion(before));
    const Question edit{before.id, QStringLiteral("Describe a disagreement."), {}, companyId};

    // WHEN only the masked fields are saved
    QVERIFY(m_store->updateQuestion(edit, fields));

    // THEN exactly those changed
    Question expected = before;
    if (fields & QuestionField::Text) expected.text = edit.text;
    if (fields & QuestionField::Themes) expected.themes = edit.themes;
    if (fields & QuestionField::Company) expected.companyId = edit.companyId;
    QCOMPARE(take(m_store->question(before.id)), expected);
}

void TestVaultStore::shouldRoundTripAnswer()
{
    // GIVEN an answer referring to a question, company, value and story
    const qint64 storyId = take(m_store->addStory(sampleStory()));
    const qint64 companyId = take(m_store->addCompany(sampleCompany()));
    const qint64 valueId = take(m_store->addValue(sampleValue(companyId, QStringLiteral("Ownership"))));
    const qint64 questionId = take(m_store->addQuestion({0, QStringLiteral("Q?"), {}, companyId}));
    Answer answer = sampleAnswer();
    answer.questionId = questionId;
    answer.companyId = companyId;
    answer.valueId = valueId;
    answer.storyId = storyId;
    answer.createdAt = QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
    answer.updatedAt = answer.createdAt.addSecs(60);

    // WHEN added and read back
    answer.id = take(m_store->addAnswer(answer));

    // THEN equal, listed, and removable
    QCOMPARE(take(m_store->answer(answer.id)), answer);
    QCOMPARE(take(m_store->answers()), QList<Answer>{answer});
    QVERIFY(m_store->removeAnswer(answer.id));
    QVERIFY(take(m_store->answers()).isEmpty());
    QVERIFY(!m_store->removeAnswer(answer.id));
}

void TestVaultStore::shouldUpdateOnlyMaskedAnswerFields_data()
{
    QTest::addColumn<quint32>("fields");
    QTest::newRow("question") << quint32(AnswerField::Question);
    QTest::newRow("company") << quint32(AnswerField::Company);
    QTest::newRow("value") << quint32(AnswerField::Value);
    QTest::newRow("story") << quint32(AnswerField::Story);
    QTest::newRow("repeat") << quint32(AnswerField::Repeat);
    QTest::newRow("situation") << quint32(AnswerField::Situation);
    QTest::newRow("task") << quint32(AnswerField::Task);
    QTest::newRow("action") << quint32(AnswerField::Action);
    QTest::newRow("result") << quint32(AnswerField::Result);
    QTest::newRow("link back") << quint32(AnswerField::LinkBack);
    QTest::newRow("status") << quint32(AnswerField::Status);
    QTest::newRow("all") << quint32(AnswerField::All);
}

void TestVaultStore::shouldUpdateOnlyMaskedAnswerFields()
{
    QFETCH(quint32, fields);
    // GIVEN an answer with no references, and an edit that sets all of them
    const qint64 storyId = take(m_store->addStory(sampleStory()));
    const qint64 companyId = take(m_store->addCompany(sampleCompany()));
    const qint64 valueId = take(m_store->addValue(sampleValue(companyId, QStringLiteral("Ownership"))));
    const qint64 questionId = take(m_store->addQuestion({0, QStringLiteral("Q?"), {}, 0}));
    const qint64 id = take(m_store->addAnswer(sampleAnswer()));
    const Answer before = take(m_store->answer(id));
    Answer edit;
    edit.id = id;
    edit.questionId = questionId;
    edit.companyId = companyId;
    edit.valueId = valueId;
    edit.storyId = storyId;
    edit.repeat = QStringLiteral("r2");
    edit.situation = QStringLiteral("s2");
    edit.task = QStringLiteral("t2");
    edit.action = QStringLiteral("a2");
    edit.result = QStringLiteral("res2");
    edit.linkBack = QStringLiteral("l2");
    edit.status = AnswerStatus::Draft;

    // WHEN only the masked fields are saved
    QVERIFY(m_store->updateAnswer(edit, fields));

    // THEN exactly those changed
    Answer expected = before;
    if (fields & AnswerField::Question) expected.questionId = edit.questionId;
    if (fields & AnswerField::Company) expected.companyId = edit.companyId;
    if (fields & AnswerField::Value) expected.valueId = edit.valueId;
    if (fields & AnswerField::Story) expected.storyId = edit.storyId;
    if (fields & AnswerField::Repeat) expected.repeat = edit.repeat;
    if (fields & AnswerField::Situation) expected.situation = edit.situation;
    if (fields & AnswerField::Task) expected.task = edit.task;
    if (fields & AnswerField::Action) expected.action = edit.action;
    if (fields & AnswerField::Result) expected.result = edit.result;
    if (fields & AnswerField::LinkBack) expected.linkBack = edit.linkBack;
    if (fields & AnswerField::Status) expected.status = edit.status;
    Answer after = take(m_store->answer(id));
    QVERIFY(after.updatedAt >= before.updatedAt);
    after.updatedAt = expected.updatedAt;
    QCOMPARE(after, expected);
}

void TestVaultStore::shouldRoundTripPracticeRun()
{
    // GIVEN an answer and a question
    const qint64 answerId = take(m_store->addAnswer(sampleAnswer()));
    const qint64 questionId = take(m_store->addQuestion({0, QStringLiteral("Q?"), {}, 0}));
    PracticeRun onAnswer{0, answerId, 0, QDateTime(QDate(2024, 4, 5), QTime(6, 7, 8, 9), Qt::UTC), 95, 4};
    PracticeRun onQuestion{0, 0, questionId, QDateTime(QDate(2024, 4, 6), QTime(6, 7, 8), Qt::UTC), 0, 0};

    // WHEN both are recorded
    onAnswer.id = take(m_store->addPracticeRun(onAnswer));
    onQuestion.id = take(m_store->addPracticeRun(onQuestion));

    // THEN both read back equal, and each can be removed
    QCOMPARE(take(m_store->practiceRuns()), (QList<PracticeRun>{onAnswer, onQuestion}));
    QVERIFY(m_store->removePracticeRun(onAnswer.id));
    QCOMPARE(take(m_store->practiceRuns()), QList<PracticeRun>{onQuestion});
    QVERIFY(!m_store->removePracticeRun(onAnswer.id));
}

void TestVaultStore::shouldRefuseInvalidPracticeRuns()
{
    // GIVEN an answer and a question
    const qint64 answerId = take(m_store->addAnswer(sampleAnswer()));
    const qint64 questionId = take(m_store->addQuestion({0, QStringLiteral("Q?"), {}, 0}));

    // WHEN runs break the rules THEN each is refused and nothing is recorded
    QVERIFY(!m_store->addPracticeRun({0, 0, 0, {}, 10, 1}));
    QVERIFY(!m_store->addPracticeRun({0, answerId, questionId, {}, 10, 1}));
    QVERIFY(!m_store->addPracticeRun({0, answerId, 0, {}, -1, 1}));
    QVERIFY(!m_store->addPracticeRun({0, answerId, 0, {}, 10, 6}));
    QVERIFY(!m_store->addPracticeRun({0, answerId + 50, 0, {}, 10, 1}));
    QVERIFY(take(m_store->practiceRuns()).isEmpty());
}

void TestVaultStore::shouldReportUsageAndEmptiness()
{
    // GIVEN an empty vault
    QVERIFY(take(m_store->isEmpty()));

    // WHEN a story is linked twice and answered once
    const qint64 storyId = take(m_store->addStory(sampleStory()));
    const qint64 companyId = take(m_store->addCompany(sampleCompany()));
    const qint64 v1 = take(m_store->addValue(sampleValue(companyId, QStringLiteral("A"))));
    const qint64 v2 = take(m_store->addValue(sampleValue(companyId, QStringLiteral("B"))));
    QVERIFY(m_store->setLink({storyId, v1, {}}));
    QVERIFY(m_store->setLink({storyId, v2, {}}));
    Answer answer = sampleAnswer();
    answer.storyId = storyId;
    take(m_store->addAnswer(answer));

    // THEN usage counts both and the vault is no longer empty
    const QHash<qint64, StoryUsage> usage = take(m_store->storyUsage());
    QCOMPARE(usage.value(storyId).links, 2);
    QCOMPARE(usage.value(storyId).answers, 1);
    QVERIFY(!take(m_store->isEmpty()));
}

void TestVaultStore::shouldSeeEveryWriteInTheUsageItKeeps()
{
    // GIVEN a story and a value, and the usage read once (the store keeps it)
    const qint64 storyId = take(m_store->addStory(sampleStory()));
    const qint64 companyId = take(m_store->addCompany(sampleCompany()));
    const qint64 valueId = take(m_store->addValue(sampleValue(companyId, QStringLiteral("A"))));
    QCOMPARE(take(m_store->storyUsage()).value(storyId).links, 0);
    QCOMPARE(take(m_store->storyUsage()).value(storyId).links, 0);

    // WHEN a link is written through the store THEN the next read has it
    QVERIFY(m_store->setLink({storyId, valueId, {}}));
    QCOMPARE(take(m_store->storyUsage()).value(storyId).links, 1);
    QCOMPARE(take(m_store->storyUsage()).value(storyId).companies, QStringList{sampleCompany().name});

    // WHEN rows change through the same connection outside the store's methods THEN too
    {
        QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM story_value_links")));
    }
    QCOMPARE(take(m_store->storyUsage()).value(storyId).links, 0);

    // WHEN another connection (another process) writes THEN the next read has that as well
    withSqlite(vaultPath(), false, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO story_value_links (story_id, value_id) VALUES (?, ?)"));
        q.addBindValue(storyId);
        q.addBindValue(valueId);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    });
    QCOMPARE(take(m_store->storyUsage()).value(storyId).links, 1);

    // AND a vault opened afterwards never sees the last one's usage
    m_store->close();
    const QString other = m_dir->filePath(QStringLiteral("other.starling"));
    QVERIFY(m_store->open(other));
    QVERIFY(take(m_store->storyUsage()).isEmpty());
}

void TestVaultStore::shouldSkipOnlyTheFullCheckWhenAsked()
{
    // GIVEN a closed vault spanning many pages, damaged in the middle
    m_store->close();
    QVERIFY(writeVaultOfStories(vaultPath(), 200));
    const QByteArray damaged = corruptMiddlePage(readFile(vaultPath()));
    QVERIFY(!damaged.isEmpty());
    QVERIFY(writeFile(vaultPath(), damaged));

    // THEN the full probe refuses it, and one without the pass over every page does not
    const Status full = VaultStore::probe(vaultPath());
    QVERIFY(!full);
    QVERIFY2(full.error().contains(QStringLiteral("damaged")), qPrintable(full.error()));
    QVERIFY(VaultStore::probe(vaultPath(), false));

    // AND the checks on the header still run without it
    QVERIFY(writeFile(vaultPath(), QByteArray("SQLite format 3\0", 16) + QByteArray(3000, '\x7f')));
    QVERIFY(!VaultStore::probe(vaultPath(), false));
    QVERIFY(writeFile(vaultPath(), QByteArray("not a vault")));
    QVERIFY(!VaultStore::probe(vaultPath(), false));
}

void TestVaultStore::shouldKeepDataAcrossReopen()
{
    // GIVEN a vault with a story
    const qint64 id = take(m_store->addStory(sampleStory()));
    const Story before = take(m_store->story(id));

    // WHEN it is closed and opened again
    m_store->close();
    QVERIFY(!m_store->isOpen());
    QVERIFY(sidecars(vaultPath()).isEmpty());
    QVERIFY(m_store->open(vaultPath()));

    // THEN the story is there, unchanged, and no migration backup was needed
    QCOMPARE(take(m_store->story(id)), before);
    QVERIFY(m_store->migrationBackupPath().isEmpty());
    QCOMPARE(m_store->schemaVersion(), VaultStore::SchemaVersion);
}

// ---------------------------------------------------------------------------------------------
// Company names

void TestVaultStore::shouldRefuseDuplicateCompanyNames_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << QStringLiteral("Acme") << QStringLiteral("Acme");
    QTest::newRow("ascii case") << QStringLiteral("Acme") << QStringLiteral("aCME");
    QTest::newRow("surrounding spaces") << QStringLiteral("Acme") << QStringLiteral("  ACME ");
    QTest::newRow("accented capital") << QStringLiteral("ÉCOLE") << QStringLiteral("école");
    QTest::newRow("greek final sigma") << QStringLiteral("ΣΊΣΥΦΟΣ") << QStringLiteral("σίσυφος");
    QTest::newRow("cyrillic") << QStringLiteral("ЯНДЕКС") << QStringLiteral("яндекс");
}

void TestVaultStore::shouldRefuseDuplicateCompanyNames()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    // GIVEN a company
    const qint64 id = take(m_store->addCompany(sampleCompany(first)));

    // WHEN another with the same name in another case is added
    const Result<qint64> duplicate = m_store->addCompany(sampleCompany(second));

    // THEN it is refused with a message naming it, and the first is found by either spelling
    QVERIFY(!duplicate);
    QVERIFY2(duplicate.error().contains(QStringLiteral("already a company")), qPrintable(duplicate.error()));
    QCOMPARE(take(m_store->companies()).size(), 1);
    QCOMPARE(take(m_store->findCompany(second)), id);
}

void TestVaultStore::shouldRefuseRenamingOntoAnotherCompany()
{
    // GIVEN two companies
    const qint64 acme = take(m_store->addCompany(sampleCompany(QStringLiteral("Acme"))));
    const qint64 ecole = take(m_store->addCompany(sampleCompany(QStringLiteral("École"))));

    // WHEN one is renamed to the other's name in another case THEN it is refused
    Company rename = take(m_store->company(acme));
    rename.name = QStringLiteral("ÉCOLE");
    QVERIFY(!m_store->updateCompany(rename, CompanyField::Name));
    QCOMPARE(take(m_store->company(acme)).name, QStringLiteral("Acme"));

    // AND a company may change the case of its own name
    Company recase = take(m_store->company(ecole));
    recase.name = QStringLiteral("ÉCOLE");
    QVERIFY(m_store->updateCompany(recase, CompanyField::Name));
    QCOMPARE(take(m_store->company(ecole)).name, QStringLiteral("ÉCOLE"));
}

// ---------------------------------------------------------------------------------------------
// Value tree

void TestVaultStore::shouldListValuesInTreeOrder()
{
    // GIVEN values added out of tree order: children added after later top-level values
    const qint64 c = take(m_store->addCompany(sampleCompany()));
    const qint64 a = take(m_store->addValue(sampleValue(c, QStringLiteral("A"))));
    const qint64 b = take(m_store->addValue(sampleValue(c, QStringLiteral("B"))));
    const qint64 b1 = take(m_store->addValue(sampleValue(c, QStringLiteral("B1"), b)));
    const qint64 a1 = take(m_store->addValue(sampleValue(c, QStringLiteral("A1"), a)));
    const qint64 a2 = take(m_store->addValue(sampleValue(c, QStringLiteral("A2"), a)));
    const qint64 a1x = take(m_store->addValue(sampleValue(c, QStringLiteral("A1x"), a1)));

    // WHEN listed THEN each parent comes before its children, siblings by position
    const QList<QPair<qint64, int>> expected{{a, 0}, {a1, 0}, {a1x, 0}, {a2, 1}, {b, 1}, {b1, 0}};
    QCOMPARE(treeOrder(*m_store, c), expected);
}

void TestVaultStore::shouldInsertValueAtPosition_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("expectedIndex");
    QTest::newRow("append") << -1 << 3;
    QTest::newRow("first") << 0 << 0;
    QTest::newRow("middle") << 2 << 2;
    QTest::newRow("past the end") << 99 << 3;
}

void TestVaultStore::shouldInsertValueAtPosition()
{
    QFETCH(int, position);
    QFETCH(int, expectedIndex);
    // GIVEN three siblings
    const qint64 c = take(m_store->addCompany(sampleCompany()));
    QList<qint64> order;
    for (const char *name : {"A", "B", "C"})
        order.append(take(m_store->addValue(sampleValue(c, QString::fromLatin1(name)))));

    // WHEN a value is inserted at a position
    const qint64 added = take(m_store->addValue(sampleValue(c, QStringLiteral("New"), 0, position)));

    // THEN it sits there and the siblings are numbered 0..3
    order.insert(expectedIndex, added);
    QCOMPARE(treeOrder(*m_store, c), (QList<QPair<qint64, int>>{{order[0], 0}, {order[1], 1}, {order[2], 2}, {order[3], 3}}));
}

void TestVaultStore::shouldReorderValueAmongSiblings()
{
    // GIVEN siblings A B C
    const qint64 c = take(m_store->addCompany(sampleCompany()));
    const qint64 a = take(m_store->addValue(sampleValue(c, QStringLiteral("A"))));
    const qint64 b = take(m_store->addValue(sampleValue(c, QStringLiteral("B"))));
    const qint64 cc = take(m_store->addValue(sampleValue(c, QStringLiteral("C"))));

    // WHEN C moves first, then A moves last
    QVERIFY(m_store->moveValue(cc, 0, 0));
    QCOMPARE(treeOrder(*m_store, c), (QList<QPair<qint64, int>>{{cc, 0}, {a, 1}, {b, 2}}));
    QVERIFY(m_store->moveValue(a, 0, -1));

    // THEN the order is C B A, numbered without gaps
    QCOMPARE(treeOrder(*m_store, c), (QList<QPair<qint64, int>>{{cc, 0}, {b, 1}, {a, 2}}));
}

void TestVaultStore::shouldReparentValueAndRenumberBothSides()
{
    // GIVEN A(A1, A2, A3) and B(B1)
    const qint64 c = take(m_store->addCompany(sampleCompany()));
    const qint64 a = take(m_store->addValue(sampleValue(c, QStringLiteral("A"))));
    const qint64 b = take(m_store->addValue(sampleValue(c, QStringLiteral("B"))));
    const qint64 a1 = take(m_store->addValue(sampleValue(c, QStringLiteral("A1"), a)));
    const qint64 a2 = take(m_store->addValue(sampleValue(c, QStringLiteral("A2"), a)));
    const qint64 a3 = take(m_store->addValue(sampleValue(c, QStringLiteral("A3"), a)));
    const qint64 b1 = take(m_store->addValue(sampleValue(c, QStringLiteral("B1"), b)));

    // WHEN A2 moves under B at the front, and A1 becomes a top-level value between A and B
    QVERIFY(m_store->moveValue(a2, b, 0));
    QVERIFY(m_store->moveValue(a1, 0, 1));

    // THEN both sibling lists are renumbered and the parents follow
    QCOMPARE(treeOrder(*m_store, c),
             (QList<QPair<qint64, int>>{{a, 0}, {a3, 0}, {a1, 1}, {b, 2}, {a2, 0}, {b1, 1}}));
    QCOMPARE(take(m_store->value(a2)).parentId, b);
    QCOMPARE(take(m_store->value(a1)).parentId, qint64(0));
}

void TestVaultStore::shouldRefuseMovingValueUnderItself_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("itself") << QStringLiteral("self");
    QTest::newRow("its child") << QStringLiteral("child");
    QTest::newRow("its grandchild") << QStringLiteral("grandchild");
    QTest::newRow("a missing value") << QStringLiteral("missing");
}

void TestVaultStore::shouldRefuseMovingValueUnderItself()
{
    QFETCH(QString, target);
    // GIVEN A(A1(A1x))
    const qint64 c = take(m_store->addCompany(sampleCompany()));
    const qint64 a = take(m_store->addValue(sampleValue(c, QStringLiteral("A"))));
    const qint64 a1 = take(m_store->addValue(sampleValue(c, QStringLiteral("A1"), a)));
    const qint64 a1x = take(m_store->addValue(sampleValue(c, QStringLiteral("A1x"), a1)));
    const auto before = treeOrder(*m_store, c);
    const qint64 parent = target == u"self" ? a : target == u"child" ? a1 : target == u"grandchild" ? a1x : a1x + 100;

    // WHEN A would move under it THEN the move is refused and the tree unchanged
    QVERIFY(!m_store->moveValue(a, parent, 0));
    QCOMPARE(treeOrder(*m_store, c), before);
}

void TestVaultStore::shouldRefuseCrossCompanyValues()
{
    // GIVEN two companies with a value each
    const qint64 c1 = take(m_store->addCompany(sampleCompany(QStringLiteral("One"))));
    const qint64 c2 = take(m_store->addCompany(sampleCompany(QStringLiteral("Two"))));
    const qint64 v1 = take(m_store->addValue(sampleValue(c1, QStringLiteral("V1"))));
    const qint64 v2 = take(m_store->addValue(sampleValue(c2, QStringLiteral("V2"))));

    // WHEN a value moves under the other company's value, or a sub-principle is added there
    const Status moved = m_store->moveValue(v1, v2, 0);
    const Result<qint64> added = m_store->addValue(sampleValue(c1, QStringLiteral("Sub"), v2));

    // THEN both are refused and nothing changed
    QVERIFY(!moved);
    QVERIFY2(moved.error().contains(QStringLiteral("own company")), qPrintable(moved.error()));
    QVERIFY(!added);
    QCOMPARE(take(m_store->value(v1)).parentId, qint64(0));
    QCOMPARE(take(m_store->allValues()).size(), 2);
    // AND a value for a missing company is refused too
    QVERIFY(!m_store->addValue(sampleValue(c2 + 100, QStringLiteral("Orphan"))));
}

void TestVaultStore::shouldRenumberSiblingsWhenValueRemoved()
{
    // GIVEN A B C D
    const qint64 c = take(m_store->addCompany(sampleCompany()));
    QList<qint64> ids;
    for (const char *name : {"A", "B", "C", "D"})
        ids.append(take(m_store->addValue(sampleValue(c, QString::fromLatin1(name)))));

    // WHEN B is removed
    QVERIFY(m_store->removeValue(ids[1]));

    // THEN A C D are numbered 0 1 2
    QCOMPARE(treeOrder(*m_store, c), (QList<QPair<qint64, int>>{{ids[0], 0}, {ids[2], 1}, {ids[3], 2}}));
}

// ---------------------------------------------------------------------------------------------
// Cascades

void TestVaultStore::shouldRemoveLinksButKeepAnswersWhenStoryRemoved()
{
    // GIVEN a story linked to two values and used by an answer, and another linked story
    const qint64 s = take(m_store->addStory(sampleStory()));
    const qint64 other = take(m_store->addStory(otherStory()));
    const qint64 c = take(m_store->addCompany(sampleCompany()));
    const qint64 v1 = take(m_store->addValue(sampleValue(c, QStringLiteral("A"))));
    const qint64 v2 = take(m_store->addValue(sampleValue(c, QStringLiteral("B"))));
    QVERIFY(m_store->setLink({s, v1, {}}));
    QVERIFY(m_store->setLink({s, v2, {}}));
    QVERIFY(m_store->setLink({other, v1, QStringLiteral("kept")}));
    Answer answer = sampleAnswer();
    answer.storyId = s;
    answer.companyId = c;
    answer.id = take(m_store->addAnswer(answer));

    // WHEN the story is removed
    QVERIFY(m_store->removeStory(s));

    // THEN its links are gone, the other story's link stays, and the answer keeps its text
    QCOMPARE(take(m_store->links()), (QList<StoryValueLink>{{other, v1, QStringLiteral("kept")}}));
    const Answer kept = take(m_store->answer(answer.id));
    QCOMPARE(kept.storyId, qint64(0));
    QCOMPARE(kept.action, answer.action);
    QCOMPARE(kept.companyId, c);
}

void TestVaultStore::shouldRemoveSubPrinciplesAndTheirLinksWhenValueRemoved()
{
    // GIVEN A(A1(A1x)) and B, each linked, and an answer on A1x
    const qint64 s = take(m_store->addStory(sampleStory()));
    const qint64 c = take(m_store->addCompany(sampleCompany()));
    const qint64 a = take(m_store->addValue(sampleValue(c, QStringLiteral("A"))));
    const qint64 a1 = take(m_store->addValue(sampleValue(c, QStringLiteral("A1"), a)));
    const qint64 a1x = take(m_store->addValue(sampleValue(c, QStringLiteral("A1x"), a1)));
    const qint64 b = take(m_store->addValue(sampleValue(c, QStringLiteral("B"))));
    for (qint64 v : {a, a1, a1x, b})
        QVERIFY(m_store->setLink({s, v, {}}));
    Answer answer = sampleAnswer();
    answer.valueId = a1x;
    answer.id = take(m_store->addAnswer(answer));

    // WHEN A is removed
    QVERIFY(m_store->removeValue(a));

    // THEN the subtree and its links are gone, B stays (renumbered), the answer keeps its text
    QCOMPARE(treeOrder(*m_store, c), (QList<QPair<qint64, int>>{{b, 0}}));
    QCOMPARE(take(m_store->links()), (QList<StoryValueLink>{{s, b, {}}}));
    QCOMPARE(take(m_store->answer(answer.id)).valueId, qint64(0));
    QCOMPARE(take(m_store->answer(answer.id)).situation, answer.situation);
    QVERIFY(m_store->story(s));
}

void TestVaultStore::shouldRemoveEverythingOfACompanyWhenCompanyRemoved()
{
    // GIVEN two companies, each with values, links, a question, an answer and practice runs
    const qint64 s = take(m_store->addStory(sampleStory()));
    const qint64 gone = take(m_store->addCompany(sampleCompany(QStringLiteral("Gone"))));
    const qint64 kept = take(m_store->addCompany(sampleCompany(QStringLiteral("Kept"))));
    const qint64 gv = take(m_store->addValue(sampleValue(gone, QStringLiteral("GV"))));
    const qint64 gvSub = take(m_store->addValue(sampleValue(gone, QStringLiteral("GV1"), gv)));
    const qint64 kv = take(m_store->addValue(sampleValue(kept, QStringLiteral("KV"))));
    QVERIFY(m_store->setLink({s, gv, {}}));
    QVERIFY(m_store->setLink({s, gvSub, {}}));
    QVERIFY(m_store->setLink({s, kv, {}}));
    const qint64 gq = take(m_store->addQuestion({0, QStringLiteral("Why Gone?"), {}, gone}));
    const qint64 kq = take(m_store->addQuestion({0, QStringLiteral("Why Kept?"), {}, kept}));
    Answer ga = sampleAnswer();
    ga.companyId = gone;
    ga.questionId = gq;
    ga.valueId = gv;
    ga.storyId = s;
    ga.id = take(m_store->addAnswer(ga));
    Answer ka = sampleAnswer();
    ka.companyId = kept;
    ka.questionId = kq;
    ka.storyId = s;
    ka = take(m_store->answer(take(m_store->addAnswer(ka))));
    // An answer elsewhere that borrowed the removed company's question and value
    Answer borrowed = sampleAnswer();
    borrowed.questionId = gq;
    borrowed.valueId = gvSub;
    borrowed.id = take(m_store->addAnswer(borrowed));
    const qint64 runOnAnswer = take(m_store->addPracticeRun({0, ga.id, 0, {}, 60, 3}));
    const qint64 runOnQuestion = take(m_store->addPracticeRun({0, 0, gq, {}, 30, 0}));
    const qint64 keptRun = take(m_store->addPracticeRun({0, ka.id, 0, {}, 45, 5}));

    // WHEN the company is removed
    QVERIFY(m_store->removeCompany(gone));

    // THEN its values, links, questions, answers and practice runs are gone
    QVERIFY(!m_store->company(gone));
    QCOMPARE(take(m_store->allValues()).size(), 1);
    QCOMPARE(take(m_store->allValues()).first().id, kv);
    QCOMPARE(take(m_store->links()), (QList<StoryValueLink>{{s, kv, {}}}));
    QCOMPARE(take(m_store->questions()).size(), 1);
    QCOMPARE(take(m_store->questions()).first().id, kq);
    QVERIFY(!m_store->answer(ga.id));
    QList<qint64> runIds;
    for (const PracticeRun &run : take(m_store->practiceRuns()))
        runIds.append(run.id);
    QCOMPARE(runIds, QList<qint64>{keptRun});
    Q_UNUSED(runOnAnswer);
    Q_UNUSED(runOnQuestion);

    // AND the other company, the story and the borrowing answer stay, the latter unhooked
    QVERIFY(m_store->company(kept));
    QVERIFY(m_store->story(s));
    QCOMPARE(take(m_store->answer(ka.id)), ka);
    const Answer unhooked = take(m_store->answer(borrowed.id));
    QCOMPARE(unhooked.questionId, qint64(0));
    QCOMPARE(unhooked.valueId, qint64(0));
    QCOMPARE(unhooked.linkBack, borrowed.linkBack);
}

void TestVaultStore::shouldKeepAnswersWhenQuestionRemoved()
{
    // GIVEN a question with an answer and a practice run on the bare question
    const qint64 q = take(m_store->addQuestion({0, QStringLiteral("Q?"), {}, 0}));
    Answer answer = sampleAnswer();
    answer.questionId = q;
    answer.id = take(m_store->addAnswer(answer));
    take(m_store->addPracticeRun({0, 0, q, {}, 10, 0}));
    const qint64 answerRun = take(m_store->addPracticeRun({0, answer.id, 0, {}, 10, 0}));

    // WHEN the question is removed
    QVERIFY(m_store->removeQuestion(q));

    // THEN the answer keeps its text without the question; only the answer's run is left
    QCOMPARE(take(m_store->answer(answer.id)).questionId, qint64(0));
    QCOMPARE(take(m_store->answer(answer.id)).repeat, answer.repeat);
    QCOMPARE(take(m_store->practiceRuns()).size(), 1);
    QCOMPARE(take(m_store->practiceRuns()).first().id, answerRun);
}

// ---------------------------------------------------------------------------------------------
// Undo support

void TestVaultStore::shouldRestoreWithExplicitIds()
{
    // GIVEN a story, company, value, link, question, answer and run, all removed again
    Story story = take(m_store->story(take(m_store->addStory(sampleStory()))));
    Company company = take(m_store->company(take(m_store->addCompany(sampleCompany()))));
    ValuePrinciple value = take(m_store->value(take(m_store->addValue(sampleValue(company.id, QStringLiteral("V"))))));
    const StoryValueLink link{story.id, value.id, QStringLiteral("notes")};
    QVERIFY(m_store->setLink(link));
    Question question = take(m_store->question(take(m_store->addQuestion({0, QStringLiteral("Q?"), {}, company.id}))));
    Answer answer = sampleAnswer();
    answer.companyId = company.id;
    answer.questionId = question.id;
    answer.storyId = story.id;
    answer.valueId = value.id;
    answer = take(m_store->answer(take(m_store->addAnswer(answer))));
    PracticeRun run{0, answer.id, 0, QDateTime(QDate(2024, 1, 1), QTime(1, 1), Qt::UTC), 5, 2};
    run.id = take(m_store->addPracticeRun(run));
    // Later rows, so a restored id is not simply the next free one
    take(m_store->addStory(otherStory()));
    take(m_store->addCompany(sampleCompany(QStringLiteral("Later"))));
    QVERIFY(m_store->removeStory(story.id));
    QVERIFY(m_store->removeCompany(company.id));
    QVERIFY(!m_store->story(story.id));

    // WHEN each is added back with its old id (parents first, as undo does)
    QCOMPARE(take(m_store->addStory(story)), story.id);
    QCOMPARE(take(m_store->addCompany(company)), company.id);
    QCOMPARE(take(m_store->addValue(value)), value.id);
    QVERIFY(m_store->setLink(link));
    QCOMPARE(take(m_store->addQuestion(question)), question.id);
    QCOMPARE(take(m_store->addAnswer(answer)), answer.id);
    QCOMPARE(take(m_store->addPracticeRun(run)), run.id);

    // THEN every row is back exactly as it was, timestamps included
    QCOMPARE(take(m_store->story(story.id)), story);
    QCOMPARE(take(m_store->company(company.id)), company);
    QCOMPARE(take(m_store->value(value.id)), value);
    QCOMPARE(take(m_store->link(story.id, value.id)), std::optional<StoryValueLink>(link));
    QCOMPARE(take(m_store->question(question.id)), question);
    QCOMPARE(take(m_store->answer(answer.id)), answer);
    QVERIFY(take(m_store->practiceRuns()).contains(run));

    // AND restoring over an id that is in use is refused
    QVERIFY(!m_store->addStory(story));
}

// ---------------------------------------------------------------------------------------------
// Limits

void TestVaultStore::shouldRefuseOversizedTextAndWriteNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("phrase");
    for (const char *what : {"story title", "story action", "company name", "company notes",
                             "value name", "value keywords count", "value keyword", "link notes",
                             "question text", "question themes", "answer link back"})
        QTest::newRow(what) << QString::fromLatin1(what) << QStringLiteral("limit");
}

void TestVaultStore::shouldRefuseOversizedTextAndWriteNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, phrase);
    // GIVEN a vault with one of everything, and a notifier listening
    ChangeNotifier notifier;
    m_store->close();
    VaultStore listened(&notifier);
    QVERIFY(listened.open(vaultPath()));
    const qint64 s = take(listened.addStory(sampleStory()));
    const qint64 c = take(listened.addCompany(sampleCompany()));
    const qint64 v = take(listened.addValue(sampleValue(c, QStringLiteral("V"))));
    const qint64 q = take(listened.addQuestion({0, QStringLiteral("Q?"), {}, c}));
    const qint64 a = take(listened.addAnswer(sampleAnswer()));
    const QStringList before = [&] {
        listened.close();
        QStringList dump = dumpTables(vaultPath());
        (void)listened.open(vaultPath());
        return dump;
    }();
    QVERIFY(listened.isOpen());
    QSignalSpy spy(&notifier, &ChangeNotifier::changed);
    const QString longName(limits::MaxNameLength + 1, u'x');
    const QString longText(limits::MaxTextLength + 1, u'y');

    // WHEN a write carries text over the limit
    Status status;
    if (what == u"story title") {
        Story e = take(listened.story(s));
        e.title = longName;
        status = listened.updateStory(e, StoryField::Title);
    } else if (what == u"story action") {
        Story e = sampleStory();
        e.action = longText;
        Result<qint64> r = listened.addStory(e);
        status = r ? Status() : Status(r.takeError());
    } else if (what == u"company name") {
        Result<qint64> r = listened.addCompany(sampleCompany(longName));
        status = r ? Status() : Status(r.takeError());
    } else if (what == u"company notes") {
        Company e = take(listened.company(c));
        e.notes = longText;
        status = listened.updateCompany(e, CompanyField::Notes);
    } else if (what == u"value name") {
        ValuePrinciple e = take(listened.value(v));
        e.name = longName;
        status = listened.updateValue(e, ValueField::Name);
    } else if (what == u"value keywords count") {
        ValuePrinciple e = sampleValue(c, QStringLiteral("W"));
        e.keywords = QStringList(limits::MaxListLength + 1, QStringLiteral("k"));
        Result<qint64> r = listened.addValue(e);
        status = r ? Status() : Status(r.takeError());
    } else if (what == u"value keyword") {
        ValuePrinciple e = take(listened.value(v));
        e.keywords = {longName};
        status = listened.updateValue(e, ValueField::Keywords);
    } else if (what == u"link notes") {
        status = listened.setLink({s, v, longText});
    } else if (what == u"question text") {
        Question e = take(listened.question(q));
        e.text = longText;
        status = listened.updateQuestion(e, QuestionField::Text);
    } else if (what == u"question themes") {
        Result<qint64> r = listened.addQuestion({0, QStringLiteral("Q2"), QStringList(limits::MaxListLength + 1, QStringLiteral("t")), c});
        status = r ? Status() : Status(r.takeError());
    } else if (what == u"answer link back") {
        Answer e = take(listened.answer(a));
        e.linkBack = longText;
        status = listened.updateAnswer(e, AnswerField::LinkBack);
    }

    // THEN it is refused with a message that names the limit, nothing is announced or written
    QVERIFY(!status);
    QVERIFY2(status.error().contains(phrase), qPrintable(status.error()));
    QCOMPARE(spy.count(), 0);
    listened.close();
    QCOMPARE(dumpTables(vaultPath()), before);
}

void TestVaultStore::shouldRefuseEmptyNames()
{
    // GIVEN a company
    const qint64 c = take(m_store->addCompany(sampleCompany()));
    // WHEN a company, value or question has no name or text THEN it is refused
    QVERIFY(!m_store->addCompany(sampleCompany(QStringLiteral("   "))));
    QVERIFY(!m_store->addValue(sampleValue(c, QStringLiteral(" "))));
    QVERIFY(!m_store->addQuestion({0, QStringLiteral("\n"), {}, 0}));
    QCOMPARE(take(m_store->companies()).size(), 1);
    QVERIFY(take(m_store->allValues()).isEmpty());
    QVERIFY(take(m_store->questions()).isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Transactions

void TestVaultStore::shouldCommitNestedTransactions()
{
    // GIVEN an outer transaction that adds a story and, nested, a company and a value
    qint64 s = 0, c = 0, v = 0;
    const Status status = m_store->transact([&]() -> Status {
        s = take(m_store->addStory(sampleStory()));
        return m_store->transact([&]() -> Status {
            c = take(m_store->addCompany(sampleCompany()));
            Result<qint64> value = m_store->addValue(sampleValue(c, QStringLiteral("V")));
            if (!value)
                return value.takeError();
            v = value.value();
            return m_store->setLink({s, v, {}});
        });
    });

    // WHEN it commits THEN everything is there, also after reopening
    QVERIFY2(status, qPrintable(status.error()));
    m_store->close();
    QVERIFY(m_store->open(vaultPath()));
    QVERIFY(m_store->story(s));
    QVERIFY(m_store->company(c));
    QVERIFY(take(m_store->link(s, v)).has_value());
}

void TestVaultStore::shouldRollBackEverythingWhenWorkFails()
{
    // GIVEN an existing story and company
    const qint64 kept = take(m_store->addStory(sampleStory()));
    take(m_store->addCompany(sampleCompany(QStringLiteral("Acme"))));

    // WHEN a transaction edits, removes and adds, then a nested write fails
    const Status status = m_store->transact([&]() -> Status {
        Story edit = take(m_store->story(kept));
        edit.title = QStringLiteral("changed");
        if (Status s = m_store->updateStory(edit, StoryField::Title); !s)
            return s;
        take(m_store->addStory(otherStory()));
        return m_store->transact([&]() -> Status {
            Result<qint64> dup = m_store->addCompany(sampleCompany(QStringLiteral("ACME")));
            return dup ? Status() : Status(dup.takeError());
        });
    });

    // THEN the failure is reported and nothing of it is left
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QStringLiteral("already a company")), qPrintable(status.error()));
    QCOMPARE(take(m_store->stories()).size(), 1);
    QCOMPARE(take(m_store->story(kept)).title, sampleStory().title);
    QCOMPARE(take(m_store->companies()).size(), 1);

    // AND the store still works afterwards
    QVERIFY(m_store->addStory(otherStory()));
}

void TestVaultStore::shouldRollBackOnlyTheFailedSavepoint()
{
    // GIVEN an outer transaction whose nested part fails but is tolerated
    qint64 outer = 0, inner = 0;
    const Status status = m_store->transact([&]() -> Status {
        outer = take(m_store->addStory(sampleStory()));
        const Status nested = m_store->transact([&]() -> Status {
            inner = take(m_store->addStory(otherStory()));
            return Error{QStringLiteral("changed my mind")};
        });
        return nested ? Status(Error{QStringLiteral("nested should have failed")}) : Status();
    });

    // THEN the outer story is committed and the nested one is not
    QVERIFY2(status, qPrintable(status.error()));
    QVERIFY(m_store->story(outer));
    QVERIFY(!m_store->story(inner));
}

void TestVaultStore::shouldRefuseWritesWhenClosed()
{
    // GIVEN a closed store
    m_store->close();
    // WHEN written to THEN each write fails with a message
    const Result<qint64> added = m_store->addStory(sampleStory());
    QVERIFY(!added);
    QVERIFY(added.error().contains(QStringLiteral("No vault is open")));
    QVERIFY(!m_store->transact([] { return Status(); }));
    QVERIFY(!m_store->stories());
}

// ---------------------------------------------------------------------------------------------
// Unicode

void TestVaultStore::shouldRoundTripUnicodeByteExact_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("hebrew") << QStringLiteral("שלום עולם, ניהלתי את הפרויקט");
    QTest::newRow("arabic") << QStringLiteral("مرحبا بالعالم، قدت الفريق");
    QTest::newRow("cjk") << QStringLiteral("数据科学家面试・データ・데이터");
    QTest::newRow("emoji") << QStringLiteral("🚀🔥👍🏽 launch day");
    QTest::newRow("combining marks (NFD)") << QStringLiteral("e\u0301cole, a\u0308, n\u0303, Z\u0351\u0363\u0364");
    QTest::newRow("zwj family") << QStringLiteral("👨\u200D👩\u200D👧\u200D👦 and 👩🏽\u200D💻");
    QTest::newRow("flags and selectors") << QStringLiteral("🇮🇱🇯🇵 ❤\uFE0F ☺\uFE0E");
    QTest::newRow("bidi marks") << QStringLiteral("abc \u200Fשלום\u200E def \u202Bمرحبا\u202C");
    QTest::newRow("devanagari and thai") << QStringLiteral("नमस्ते ภาษาไทย");
    QTest::newRow("astral math") << QStringLiteral("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛");
    QTest::newRow("quotes and sql") << QStringLiteral("O'Brien \"quoted\" ; DROP TABLE stories; --");
}

void TestVaultStore::shouldRoundTripUnicodeByteExact()
{
    QFETCH(QString, text);
    // GIVEN the text in every kind of field
    Story story = sampleStory();
    story.title = text;
    story.action = text + u'\n' + text;
    const qint64 s = take(m_store->addStory(story));
    const qint64 c = take(m_store->addCompany(sampleCompany(text)));
    ValuePrinciple value = sampleValue(c, text);
    value.keywords = {text, QStringLiteral("plain")};
    value.meaning = text;
    const qint64 v = take(m_store->addValue(value));
    QVERIFY(m_store->setLink({s, v, text}));
    const qint64 q = take(m_store->addQuestion({0, text, {text}, c}));
    Answer answer = sampleAnswer();
    answer.repeat = text;
    answer.linkBack = text;
    const qint64 a = take(m_store->addAnswer(answer));

    // WHEN the vault is closed, reopened and read
    m_store->close();
    QVERIFY(m_store->open(vaultPath()));

    // THEN every field comes back with the same UTF-8 bytes, and the name is found again
    const QByteArray bytes = text.toUtf8();
    QCOMPARE(take(m_store->story(s)).title.toUtf8(), bytes);
    QCOMPARE(take(m_store->story(s)).action.toUtf8(), (text + u'\n' + text).toUtf8());
    QCOMPARE(take(m_store->company(c)).name.toUtf8(), bytes);
    QCOMPARE(take(m_store->findCompany(text)), c);
    const ValuePrinciple readValue = take(m_store->value(v));
    QCOMPARE(readValue.name.toUtf8(), bytes);
    QCOMPARE(readValue.meaning.toUtf8(), bytes);
    QCOMPARE(readValue.keywords.value(0).toUtf8(), bytes);
    QCOMPARE(take(m_store->link(s, v))->notes.toUtf8(), bytes);
    QCOMPARE(take(m_store->question(q)).text.toUtf8(), bytes);
    QCOMPARE(take(m_store->question(q)).themes.value(0).toUtf8(), bytes);
    QCOMPARE(take(m_store->answer(a)).repeat.toUtf8(), bytes);
    QCOMPARE(take(m_store->answer(a)).linkBack.toUtf8(), bytes);
    // AND SQLite itself holds the same UTF-8, so other tools read it too
    m_store->close();
    QCOMPARE(sqlValue(vaultPath(), QStringLiteral("SELECT hex(title) FROM stories")),
             QString::fromLatin1(bytes.toHex().toUpper()));
}

// ---------------------------------------------------------------------------------------------
// Refused files

void TestVaultStore::shouldRefuseFileAndLeaveItUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("garbage bytes") << QStringLiteral("garbage") << QStringLiteral("not a Starling vault");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a Starling vault");
    QTest::newRow("zero-length file") << QStringLiteral("empty") << QStringLiteral("not a Starling vault");
    QTest::newRow("sqlite header then garbage") << QStringLiteral("header") << QStringLiteral("damaged");
    QTest::newRow("truncated to one page") << QStringLiteral("truncated1") << QStringLiteral("damaged");
    QTest::newRow("truncated to two pages") << QStringLiteral("truncated2") << QStringLiteral("damaged");
    QTest::newRow("truncated mid-file") << QStringLiteral("truncatedHalf") << QStringLiteral("damaged");
    QTest::newRow("corrupt b-tree page") << QStringLiteral("corrupt") << QStringLiteral("damaged");
    QTest::newRow("foreign sqlite database") << QStringLiteral("foreign") << QStringLiteral("not a Starling vault");
    QTest::newRow("foreign WAL database") << QStringLiteral("foreignWal") << QStringLiteral("not a Starling vault");
    QTest::newRow("plain sqlite, no application id") << QStringLiteral("plain") << QStringLiteral("not a Starling vault");
    QTest::newRow("newer schema version") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("bit-flipped page size") << QStringLiteral("flipPageSize") << QStringLiteral("damaged");
    QTest::newRow("bit-flipped cell pointers") << QStringLiteral("flipCells") << QStringLiteral("damaged");
}

void TestVaultStore::shouldRefuseFileAndLeaveItUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, phrase);
    // GIVEN a file that is not a vault this Starling may write
    m_store->close();
    const QString real = m_dir->filePath(QStringLiteral("real.starling"));
    QVERIFY(makeRealVault(real));
    const QByteArray realBytes = readFile(real);
    const int pageSize = sqlitePageSize(realBytes);
    QVERIFY(pageSize > 0);
    QVERIFY(realBytes.size() / pageSize >= 8);
    const QString path = m_dir->filePath(QStringLiteral("candidate.starling"));
    auto makeSqlite = [&](const QString &sql, bool wal) {
        withSqlite(path, false, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (wal)
                QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            for (const QString &statement : sql.split(u';', Qt::SkipEmptyParts))
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        });
    };
    if (kind == u"garbage") {
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (char &b : bytes)
            b = char(gen.bounded(256));
        QVERIFY(writeFile(path, bytes));
    } else if (kind == u"text") {
        QVERIFY(writeFile(path, "Story: churn model\nSituation: drift\n"));
    } else if (kind == u"empty") {
        QVERIFY(writeFile(path, {}));
    } else if (kind == u"header") {
        QVERIFY(writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(2000, '\x7f')));
    } else if (kind == u"truncated1") {
        QVERIFY(writeFile(path, realBytes.left(pageSize)));
    } else if (kind == u"truncated2") {
        QVERIFY(writeFile(path, realBytes.left(2 * pageSize)));
    } else if (kind == u"truncatedHalf") {
        QVERIFY(writeFile(path, realBytes.left(realBytes.size() / 2 + 100)));
    } else if (kind == u"corrupt") {
        const QByteArray corrupt = corruptMiddlePage(realBytes);
        QVERIFY(!corrupt.isEmpty());
        QVERIFY(writeFile(path, corrupt));
        // The damage is real: SQLite's own check finds it.
        QVERIFY(sqlValue(path, QStringLiteral("PRAGMA quick_check")) != u"ok");
    } else if (kind == u"foreign") {
        makeSqlite(QStringLiteral("PRAGMA application_id = 1234;CREATE TABLE stories (id INTEGER PRIMARY "
                                  "KEY, title TEXT);INSERT INTO stories VALUES (1, 'theirs')"),
                   false);
    } else if (kind == u"foreignWal") {
        makeSqlite(QStringLiteral("PRAGMA application_id = 1234;CREATE TABLE t (x);INSERT INTO t VALUES (1)"), true);
    } else if (kind == u"plain") {
        makeSqlite(QStringLiteral("CREATE TABLE t (x);INSERT INTO t VALUES (1)"), false);
    } else if (kind == u"flipPageSize") {
        // One bit of the header's page size: 4096 becomes 4097, which is no page size at all.
        QByteArray bytes = realBytes;
        bytes[17] = char(bytes[17] ^ 0x01);
        QVERIFY(writeFile(path, bytes));
    } else if (kind == u"flipCells") {
        // One bit in each cell pointer of a table page in the middle: every row of it now
        // starts at the wrong place, as after a bad sector.
        QByteArray bytes = realBytes;
        const int pages = int(bytes.size() / pageSize);
        bool flipped = false;
        for (int page = pages / 2; page < pages && !flipped; ++page) {
            const qsizetype start = qsizetype(page) * pageSize;
            if (quint8(bytes[start]) != 0x0D)
                continue;
            const int cells = (quint8(bytes[start + 3]) << 8) | quint8(bytes[start + 4]);
            for (int cell = 0; cell < cells; ++cell)
                bytes[start + 8 + 2 * cell + 1] = char(bytes[start + 8 + 2 * cell + 1] ^ 0x04);
            flipped = cells > 0;
        }
        QVERIFY(flipped);
        QVERIFY(writeFile(path, bytes));
        QVERIFY(sqlValue(path, QStringLiteral("PRAGMA quick_check")) != u"ok");
    } else if (kind == u"newer") {
        QVERIFY(QFile::copy(real, path));
        makeSqlite(QStringLiteral("PRAGMA user_version = %1").arg(VaultStore::SchemaVersion + 1), false);
        QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA user_version")).toInt(), VaultStore::SchemaVersion + 1);
    }
    QVERIFY(QFileInfo::exists(path));
    QVERIFY2(sidecars(path).isEmpty(), qPrintable(sidecars(path).join(u' ')));
    const QByteArray hashBefore = fileHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    const QDateTime modifiedBefore = QFileInfo(path).lastModified();

    // WHEN the store is asked to open it
    ChangeNotifier notifier;
    VaultStore store(&notifier);
    const Status opened = store.open(path);

    // THEN it is refused with a message that says why, and the file is exactly as it was
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(phrase), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error()));
    QVERIFY(!store.isOpen());
    QCOMPARE(fileHash(path), hashBefore);
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(QFileInfo(path).lastModified(), modifiedBefore);
    QVERIFY2(sidecars(path).isEmpty(), qPrintable(sidecars(path).join(u' ')));

    // AND asking again gives the same answer (nothing was half-repaired)
    const Status again = store.open(path);
    QVERIFY(!again);
    QCOMPARE(again.error(), opened.error());
    QCOMPARE(fileHash(path), hashBefore);
}

void TestVaultStore::shouldRefuseFolder()
{
    // GIVEN a folder where a vault would be
    const QString path = m_dir->filePath(QStringLiteral("folder.starling"));
    QVERIFY(QDir().mkpath(path));
    // WHEN opened THEN refused, naming the problem, and the folder stays empty
    VaultStore store;
    const Status opened = store.open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("is a folder")), qPrintable(opened.error()));
    QVERIFY(QDir(path).isEmpty());
}

void TestVaultStore::shouldRefuseReadOnlyFile()
{
    if (::geteuid() == 0)
        QSKIP("Running as root: root writes to read-only files, so permissions cannot make one here.");
    // GIVEN a real vault made read-only
    m_store->close();
    const QString path = m_dir->filePath(QStringLiteral("readonly.starling"));
    QVERIFY(makeRealVault(path, 5));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
    const QByteArray hashBefore = fileHash(path);
    // WHEN opened THEN refused as read-only, untouched
    VaultStore store;
    const Status opened = store.open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("read-only")), qPrintable(opened.error()));
    QCOMPARE(fileHash(path), hashBefore);
    QVERIFY(sidecars(path).isEmpty());
}

void TestVaultStore::shouldCreateNothingInMissingFolder()
{
    // GIVEN a path inside a folder that does not exist
    const QString folder = m_dir->filePath(QStringLiteral("missing"));
    const QString path = folder + QStringLiteral("/vault.starling");
    // WHEN opened THEN it fails, saying so, and neither the folder nor the file appears
    VaultStore store;
    const Status opened = store.open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("does not exist")), qPrintable(opened.error()));
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!store.isOpen());
}

void TestVaultStore::shouldNotCreateWhenAskedNotTo()
{
    // GIVEN a missing file and create = false
    const QString path = m_dir->filePath(QStringLiteral("absent.starling"));
    VaultStore store;
    VaultStore::OpenOptions options;
    options.create = false;
    // WHEN opened THEN it fails and creates nothing
    QVERIFY(!store.open(path, options));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(sidecars(path).isEmpty());
}

void TestVaultStore::shouldCreateVaultWithWalAndIds()
{
    // GIVEN the vault made in init()
    // WHEN it is looked at with plain SQLite while the store holds it open
    const QString path = vaultPath();
    take(m_store->addStory(sampleStory()));

    // THEN it is WAL, foreign keys hold, and it carries Starling's id and current schema
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA application_id"), false).toLongLong(),
             qint64(VaultStore::ApplicationId));
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA user_version"), false).toInt(), VaultStore::SchemaVersion);
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA journal_mode"), false), QStringLiteral("wal"));
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA quick_check"), false), QStringLiteral("ok"));
    QVERIFY(!m_store->setLink({12345, 67890, {}})); // foreign keys are enforced
}

void TestVaultStore::shouldRefuseVaultInReadOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("Running as root: root writes into read-only folders, so permissions cannot make one here.");
    // GIVEN a real vault in a folder made read-only (the file itself stays writable)
    m_store->close();
    const QString folder = m_dir->filePath(QStringLiteral("locked-folder"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/vault.starling");
    QVERIFY(makeRealVault(path, 5));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QByteArray hashBefore = fileHash(path);
    // WHEN opened THEN refused, naming the folder, and nothing changed or appeared
    VaultStore store;
    const Status opened = store.open(path);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("folder")) && opened.error().contains(QStringLiteral("read-only")),
             qPrintable(opened.error()));
    QCOMPARE(fileHash(path), hashBefore);
    QVERIFY(sidecars(path).isEmpty());
}

void TestVaultStore::shouldRefuseCreatingUnderARegularFile()
{
    // GIVEN a path whose "folder" is a regular file (unwritable even for root)
    const QString file = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(file, "notes"));
    const QString path = file + QStringLiteral("/vault.starling");
    // WHEN a vault is created there THEN it fails saying why, and the file is untouched
    VaultStore store;
    const Status opened = store.open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("not a folder")), qPrintable(opened.error()));
    QCOMPARE(readFile(file), QByteArray("notes"));
}

void TestVaultStore::shouldRefuseVaultLockedByAnotherProcess_data()
{
    QTest::addColumn<bool>("schemaOne");
    QTest::newRow("WAL vault") << false;
    QTest::newRow("rollback-journal vault of schema 1") << true;
}

void TestVaultStore::shouldRefuseVaultLockedByAnotherProcess()
{
    QFETCH(bool, schemaOne);
    // GIVEN a vault another process holds with an exclusive SQLite lock, mid-write
    m_store->close();
    const QString path = m_dir->filePath(QStringLiteral("held.starling"));
    if (schemaOne) {
        QVERIFY(QFile::copy(QStringLiteral(STARLING_TEST_DATA "/vault-v1.starling"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    } else {
        QVERIFY(makeRealVault(path, 5));
    }
    QProcess holder;
    holder.start(QStringLiteral(VAULT_HOLDER), {QStringLiteral("exclusive"), path});
    QVERIFY(holder.waitForStarted(10000));
    QVERIFY(holder.waitForReadyRead(10000));
    QVERIFY2(holder.readAllStandardOutput().startsWith("held"), holder.readAllStandardError().constData());
    const QByteArray hashBefore = fileHash(path);
    const QStringList sidecarsBefore = sidecars(path);

    // WHEN Starling opens it
    VaultStore store;
    const Status opened = store.open(path);

    // THEN it is refused with a message saying another program is writing it, nothing changed
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("in use by another program")), qPrintable(opened.error()));
    QVERIFY(!store.isOpen());
    QCOMPARE(fileHash(path), hashBefore);
    QCOMPARE(sidecars(path), sidecarsBefore);

    // AND once the other program is gone, the vault opens and is whole (and migrated)
    holder.kill();
    QVERIFY(holder.waitForFinished(10000));
    const Status reopened = store.open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    QCOMPARE(store.schemaVersion(), VaultStore::SchemaVersion);
    QVERIFY(!take(store.stories()).isEmpty());
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA integrity_check"), false), QStringLiteral("ok"));
}

void TestVaultStore::shouldRefuseEditOnFullDiskAndLoseNothing_data()
{
    QTest::addColumn<bool>("realDisk");
    // A small tmpfs really runs out of space; it needs root and mount, so it is skipped
    // elsewhere. The page limit makes SQLite report the same SQLITE_FULL anywhere.
    QTest::newRow("full tmpfs") << true;
    QTest::newRow("page limit reached") << false;
}

void TestVaultStore::shouldRefuseEditOnFullDiskAndLoseNothing()
{
    QFETCH(bool, realDisk);
    m_store->close();
    QString folder = m_dir->path();
    bool mounted = false;
    auto unmount = qScopeGuard([&] {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {folder});
    });
    if (realDisk) {
        if (::geteuid() != 0)
            QSKIP("Mounting a small tmpfs needs root; the page-limit row covers the full disk.");
        folder = m_dir->filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(folder));
        if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                         QStringLiteral("size=1m"), QStringLiteral("tmpfs"), folder})
            != 0)
            QSKIP("mount -t tmpfs is not allowed here; the page-limit row covers the full disk.");
        mounted = true;
    }

    // GIVEN a vault with committed stories on a disk about to be full
    const QString path = folder + QStringLiteral("/full.starling");
    VaultStore store;
    QVERIFY(store.open(path));
    QList<qint64> committed;
    for (int i = 0; i < 5; ++i) {
        Story s = sampleStory();
        s.title = QStringLiteral("Committed %1").arg(i);
        committed.append(take(store.addStory(s)));
    }
    const QString filler = folder + QStringLiteral("/filler.bin");
    if (realDisk) {
        // Leave a little room: enough for a few edits, not for all of them.
        QFile file(filler);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray block(16 * 1024, 'f');
        while (QStorageInfo(folder).bytesAvailable() > 256 * 1024 && file.write(block) == block.size() && file.flush()) {
        }
        file.close();
    } else {
        QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 40)));
    }

    // WHEN edits keep coming until the disk is full
    Status failed;
    int added = 0;
    for (int i = 0; i < 200 && failed; ++i) {
        Story s;
        s.title = QStringLiteral("Big %1").arg(i);
        s.situation = QString(60000, QChar(u'a' + i % 26));
        const Result<qint64> id = store.addStory(s);
        if (id) {
            committed.append(id.value());
            ++added;
        } else {
            failed = Status(id.takeError());
        }
    }

    // THEN the edit is refused with a message that says what to do, and nothing is lost
    QVERIFY2(!failed, "the disk never filled up");
    QVERIFY2(failed.error().contains(QStringLiteral("The disk is full: free some space, then try again. Nothing was lost.")),
             qPrintable(failed.error()));
    const QList<Story> after = take(store.stories());
    QCOMPARE(after.size(), committed.size());

    // AND once space is freed the vault takes edits again, reopens and passes integrity_check
    if (realDisk)
        QVERIFY(QFile::remove(filler));
    else
        QVERIFY(QSqlQuery(QSqlDatabase::database(store.connectionName(), false)).exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    Story small;
    small.title = QStringLiteral("After");
    committed.append(take(store.addStory(small)));
    store.close();
    VaultStore reopened;
    const Status opened = reopened.open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(take(reopened.stories()).size(), committed.size());
    for (qint64 id : std::as_const(committed))
        QVERIFY(reopened.story(id));
    reopened.close();
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA integrity_check"), false), QStringLiteral("ok"));
    qInfo("%d large edits fitted before the disk was full", added);
}

// ---------------------------------------------------------------------------------------------
// Prepared statements and bulk inserts

void TestVaultStore::shouldReuseStatementsAndDropThemOnClose()
{
    // GIVEN a story added and read once, so the statements for both are prepared
    const qint64 s = take(m_store->addStory(sampleStory()));
    QCOMPARE(take(m_store->story(s)).title, sampleStory().title);
    const int prepared = m_store->cachedStatementCount();
    QVERIFY(prepared > 0);

    // WHEN the same read and write run many more times
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(take(m_store->story(s)).title, sampleStory().title);
        take(m_store->addStory(otherStory()));
    }

    // THEN nothing new was prepared, and every write landed
    QCOMPARE(m_store->cachedStatementCount(), prepared);
    QCOMPARE(take(m_store->stories()).size(), 21);

    // WHEN the vault is closed THEN no statement outlives its connection (Qt would warn that the
    // connection is still in use), and a reopened vault prepares afresh
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    m_store->close();
    QCOMPARE(m_store->cachedStatementCount(), 0);
    QVERIFY(m_store->open(vaultPath()));
    QCOMPARE(take(m_store->story(s)).title, sampleStory().title);
    QCOMPARE(take(m_store->stories()).size(), 21);
}

void TestVaultStore::shouldLetGoOfHalfReadResultsBeforeABackup()
{
    // GIVEN reads that stop at the first row, leaving their cached statements mid-result
    const qint64 s = take(m_store->addStory(sampleStory()));
    take(m_store->addStory(otherStory()));
    QVERIFY(m_store->story(s));
    QCOMPARE(take(m_store->isEmpty()), false);
    QCOMPARE(take(m_store->findCompany(QStringLiteral("Nobody"))), qint64(0));

    // WHEN the vault is copied, which SQLite refuses while a statement is still active
    const QString target = m_dir->filePath(QStringLiteral("copy.starling"));
    const Status copied = m_store->backupTo(target);

    // THEN the copy is made and holds both stories
    QVERIFY2(copied, qPrintable(copied.error()));
    QCOMPARE(sqlValue(target, QStringLiteral("SELECT count(*) FROM stories")), QStringLiteral("2"));
}

void TestVaultStore::shouldBulkInsertValuesAfterTheirSiblings()
{
    // GIVEN a company with two values, the first with one sub-principle
    const qint64 c = take(m_store->addCompany(sampleCompany()));
    const qint64 a = take(m_store->addValue(sampleValue(c, QStringLiteral("A"))));
    const qint64 b = take(m_store->addValue(sampleValue(c, QStringLiteral("B"))));
    const qint64 a1 = take(m_store->addValue(sampleValue(c, QStringLiteral("A1"), a)));

    // WHEN a bulk insert adds values beside them (a position asked for is ignored), a new
    // company with a tree of its own, and rows that refer to them
    qint64 x = 0, a2 = 0, b1 = 0, d = 0, y = 0, y1 = 0, y2 = 0, z = 0, y1a = 0, s = 0;
    const Status status = m_store->bulkInsert([&](VaultStore::BulkInsert &bulk) -> Status {
        x = take(bulk.addValue(sampleValue(c, QStringLiteral("X"), 0, 0)));
        a2 = take(bulk.addValue(sampleValue(c, QStringLiteral("A2"), a)));
        b1 = take(bulk.addValue(sampleValue(c, QStringLiteral("B1"), b)));
        d = take(bulk.addCompany(sampleCompany(QStringLiteral("Delta"))));
        y = take(bulk.addValue(sampleValue(d, QStringLiteral("Y"))));
        y1 = take(bulk.addValue(sampleValue(d, QStringLiteral("Y1"), y)));
        y2 = take(bulk.addValue(sampleValue(d, QStringLiteral("Y2"), y)));
        z = take(bulk.addValue(sampleValue(d, QStringLiteral("Z"))));
        y1a = take(bulk.addValue(sampleValue(d, QStringLiteral("Y1a"), y1)));
        s = take(bulk.addStory(sampleStory()));
        if (Status linked = bulk.addLink({s, y1a, QStringLiteral("why")}); !linked)
            return linked;
        return {};
    });

    // THEN each value follows the siblings it already had, numbered without gaps
    QVERIFY2(status, qPrintable(status.error()));
    const QList<QPair<qint64, int>> existing{{a, 0}, {a1, 0}, {a2, 1}, {b, 1}, {b1, 0}, {x, 2}};
    QCOMPARE(treeOrder(*m_store, c), existing);
    const QList<QPair<qint64, int>> added{{y, 0}, {y1, 0}, {y1a, 0}, {y2, 1}, {z, 1}};
    QCOMPARE(treeOrder(*m_store, d), added);
    QCOMPARE(take(m_store->link(s, y1a))->notes, QStringLiteral("why"));

    // AND the single add functions carry on from there
    const qint64 after = take(m_store->addValue(sampleValue(d, QStringLiteral("After"))));
    QCOMPARE(take(m_store->value(after)).position, 2);
}

void TestVaultStore::shouldAnnounceABulkInsertOnceWithEveryRow()
{
    // GIVEN a store with a notifier, holding one company already
    ChangeNotifier notifier;
    m_store->close();
    VaultStore listened(&notifier);
    QVERIFY(listened.open(vaultPath()));
    const qint64 old = take(listened.addCompany(sampleCompany(QStringLiteral("Old"))));
    QSignalSpy spy(&notifier, &ChangeNotifier::changed);

    // WHEN one bulk insert adds rows of every kind
    QList<qint64> stories, values;
    qint64 c = 0, q = 0, an = 0, run = 0;
    const Status status = listened.bulkInsert([&](VaultStore::BulkInsert &bulk) -> Status {
        stories = {take(bulk.addStory(sampleStory())), take(bulk.addStory(otherStory()))};
        c = take(bulk.addCompany(sampleCompany()));
        values.append(take(bulk.addValue(sampleValue(c, QStringLiteral("V")))));
        values.append(take(bulk.addValue(sampleValue(old, QStringLiteral("W")))));
        for (qint64 story : std::as_const(stories)) {
            if (Status linked = bulk.addLink({story, values.first(), {}}); !linked)
                return linked;
        }
        q = take(bulk.addQuestion({0, QStringLiteral("Why us?"), {}, c}));
        Answer answer = sampleAnswer();
        answer.questionId = q;
        an = take(bulk.addAnswer(answer));
        run = take(bulk.addPracticeRun({0, an, 0, QDateTime::currentDateTimeUtc(), 90, 4}));
        return {};
    });

    // THEN one commit is announced, one change per kind naming every row, in the order the
    // single add functions use
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(spy.count(), 1);
    const auto changes = spy.at(0).at(0).value<QList<Change>>();
    const QList<Change> expected{
        {EntityKind::Story, ChangeType::Added, stories, {}, StoryField::All},
        {EntityKind::Company, ChangeType::Added, {c}, {}, CompanyField::All},
        {EntityKind::Value, ChangeType::Added, values, {}, ValueField::All},
        {EntityKind::Link, ChangeType::Added, {}, {{stories[0], values[0]}, {stories[1], values[0]}}, 0},
        {EntityKind::Question, ChangeType::Added, {q}, {}, QuestionField::All},
        {EntityKind::Answer, ChangeType::Added, {an}, {}, AnswerField::All},
        {EntityKind::PracticeRun, ChangeType::Added, {run}, {}, 0},
    };
    QCOMPARE(changes, expected);
}

void TestVaultStore::shouldRollBackTheWholeBulkInsertWhenARowFails_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("oversized story") << QStringLiteral("oversized story") << QStringLiteral("limit");
    QTest::newRow("duplicate company") << QStringLiteral("duplicate company") << QStringLiteral("already a company");
    QTest::newRow("parent of another company")
        << QStringLiteral("parent of another company") << QStringLiteral("same company as its parent");
    QTest::newRow("link twice") << QStringLiteral("link twice") << QStringLiteral("Could not link");
    QTest::newRow("practice run of nothing") << QStringLiteral("practice run of nothing")
                                             << QStringLiteral("exactly one answer or question");
    QTest::newRow("work fails") << QStringLiteral("work fails") << QStringLiteral("given up");
}

void TestVaultStore::shouldRollBackTheWholeBulkInsertWhenARowFails()
{
    QFETCH(QString, failure);
    QFETCH(QString, phrase);
    // GIVEN a vault with a company and a value, and a notifier listening
    ChangeNotifier notifier;
    m_store->close();
    VaultStore listened(&notifier);
    QVERIFY(listened.open(vaultPath()));
    const qint64 acme = take(listened.addCompany(sampleCompany()));
    const qint64 acmeValue = take(listened.addValue(sampleValue(acme, QStringLiteral("Own it"))));
    const QStringList before = [&] {
        listened.close();
        QStringList dump = dumpTables(vaultPath());
        (void)listened.open(vaultPath());
        return dump;
    }();
    QVERIFY(listened.isOpen());
    QSignalSpy spy(&notifier, &ChangeNotifier::changed);

    // WHEN a bulk insert adds good rows of every kind, then one that fails
    const Status status = listened.bulkInsert([&](VaultStore::BulkInsert &bulk) -> Status {
        const qint64 s = take(bulk.addStory(sampleStory()));
        const qint64 c = take(bulk.addCompany(sampleCompany(QStringLiteral("Beta"))));
        const qint64 v = take(bulk.addValue(sampleValue(c, QStringLiteral("V"))));
        take(bulk.addValue(sampleValue(acme, QStringLiteral("W"), acmeValue)));
        if (Status linked = bulk.addLink({s, v, {}}); !linked)
            return linked;
        const qint64 q = take(bulk.addQuestion({0, QStringLiteral("Why?"), {}, c}));
        take(bulk.addPracticeRun({0, 0, q, QDateTime::currentDateTimeUtc(), 60, 3}));
        if (failure == u"oversized story") {
            Story big = otherStory();
            big.action = QString(limits::MaxTextLength + 1, u'x');
            const Result<qint64> r = bulk.addStory(big);
            return r ? Status() : Status(r.takeError());
        }
        if (failure == u"duplicate company") {
            const Result<qint64> r = bulk.addCompany(sampleCompany(QStringLiteral("BETA")));
            return r ? Status() : Status(r.takeError());
        }
        if (failure == u"parent of another company") {
            const Result<qint64> r = bulk.addValue(sampleValue(c, QStringLiteral("Stray"), acmeValue));
            return r ? Status() : Status(r.takeError());
        }
        if (failure == u"link twice")
            return bulk.addLink({s, v, QStringLiteral("again")});
        if (failure == u"practice run of nothing") {
            const Result<qint64> r = bulk.addPracticeRun({0, 0, 0, QDateTime::currentDateTimeUtc(), 60, 3});
            return r ? Status() : Status(r.takeError());
        }
        return Error{QStringLiteral("given up")};
    });

    // THEN the failure is reported, nothing is announced and the vault is as it was
    QVERIFY(!status);
    QVERIFY2(status.error().contains(phrase), qPrintable(status.error()));
    QCOMPARE(spy.count(), 0);
    listened.close();
    QCOMPARE(dumpTables(vaultPath()), before);
}

QTEST_GUILESS_MAIN(TestVaultStore)
#include "tst_vaultstore.moc"
