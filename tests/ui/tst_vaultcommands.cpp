#include "textlimits.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace starling;

// Verifies a Result or Status and shows its message when it failed.
#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error()));           \
    } while (false)

namespace {

// VaultStore binds a null QString as SQL NULL, which its NOT NULL columns refuse; fixtures use
// empty strings, as the real editors do.
const QString kEmpty = QStringLiteral("");

Story blankStory(const QString &title)
{
    Story story;
    story.title = title;
    story.situation = story.task = story.action = story.result = story.notes = kEmpty;
    return story;
}

// Everything the store holds, to compare a vault before a deletion and after its undo.
struct VaultContents {
    QList<Story> stories;
    QList<Company> companies;
    QList<ValuePrinciple> values;
    QList<StoryValueLink> links;
    QList<Question> questions;
    QList<Answer> answers;
    QList<PracticeRun> runs;
};

VaultContents readAll(const VaultStore &store)
{
    return {store.stories().value(),  store.companies().value(), store.allValues().value(),
            store.links().value(),    store.questions().value(), store.answers().value(),
            store.practiceRuns().value()};
}

#define COMPARE_CONTENTS(actual, expected)                                                         \
    do {                                                                                           \
        const VaultContents &a_ = (actual);                                                        \
        const VaultContents &e_ = (expected);                                                      \
        QCOMPARE(a_.stories, e_.stories);                                                          \
        QCOMPARE(a_.companies, e_.companies);                                                      \
        QCOMPARE(a_.values, e_.values);                                                            \
        QCOMPARE(a_.links, e_.links);                                                              \
        QCOMPARE(a_.questions, e_.questions);                                                      \
        QCOMPARE(a_.answers, e_.answers);                                                          \
        QCOMPARE(a_.runs, e_.runs);                                                                \
    } while (false)

// The company's values in tree order, one ">" per level of nesting: {"A", ">A1", "B"}.
QStringList valueTree(const VaultStore &store, qint64 companyId)
{
    QStringList lines;
    QHash<qint64, int> depth;
    const QList<ValuePrinciple> values = store.values(companyId).value(); // not a temporary
    for (const ValuePrinciple &value : values) {
        const int d = value.parentId == 0 ? 0 : depth.value(value.parentId) + 1;
        depth.insert(value.id, d);
        lines.append(QString(d, QLatin1Char('>')) + value.name);
    }
    return lines;
}

Answer blankAnswer(qint64 storyId)
{
    Answer answer;
    answer.storyId = storyId;
    answer.repeat = answer.situation = answer.task = answer.action = answer.result =
        answer.linkBack = kEmpty;
    return answer;
}

} // namespace

class TestVaultCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldAdoptABankQuestionOnce();
    void shouldAddEditAndDeleteQuestionsWithUndo();
    void shouldRestoreAnswerReferencesAndRunsWhenQuestionDeletionIsUndone();
    void shouldAddAnswerAndUndoAndRedoItUnderItsId();
    void shouldMergeTypingIntoOneAnswerSection();
    void shouldNotMergeEditsOfDifferentSections();
    void shouldPushNothingForAnUnchangedAnswer();
    void shouldDeleteAnswerAndRestoreItsPracticeRuns();
    void shouldRefuseAnAnswerWithoutCompany();
    void shouldRecordAndUndoPracticeRuns();

    void shouldAddStoryAndUndoAndRedoIt();
    void shouldTitleANewStoryWhenNoneIsGiven();
    void shouldEditTextAndUndoIt();
    void shouldMergeConsecutiveEditsOfOneField();
    void shouldDropTheStepWhenTypingReturnsToTheOriginal();
    void shouldNotMergeEditsOfDifferentFields();
    void shouldNotMergeEditsOfDifferentStories();
    void shouldPushNothingForAnUnchangedText();
    void shouldRefuseANonTextField();
    void shouldDeleteAndRestoreIdLinksAndAnswers();
    void shouldRedoADeleteAfterUndo();
    void shouldNotRestoreAnAnswerPointedElsewhere();
    void shouldReturnErrorAndPushNothingWhenDeleteFails();
    void shouldKeepRedoHistoryWhenACommandFails();
    void shouldReportAFailedUndoAndDropTheCommand();
    void shouldDuplicateStory();
    void shouldSetKindsAndBackbone();
    void shouldDescribeStoryUse_data();
    void shouldDescribeStoryUse();
    void shouldReportUsage();
    void shouldNameCommandsForTheEditMenu();
    void shouldAddCompanyAndRedoItUnderTheSameId();
    void shouldMergeTypingInOneCompanyField();
    void shouldNotMergeCompanyEditsOfDifferentFieldsOrDates();
    void shouldRefuseACompanyNameClashAndPushNothing();
    void shouldDeleteCompanyAndRestoreEverythingWithIds();
    void shouldAddCompanyWithValuesAsOneStep();
    void shouldAddValueAndUndoAndRedoIt();
    void shouldAddValuesUnderAParentAsOneStep();
    void shouldMergeTypingInAValueNameButNotThemes();
    void shouldMoveValueAndUndoToItsOldParentAndPosition();
    void shouldMoveSeveralValuesInOrderAsOneStep();
    void shouldPushNothingForAMoveToTheSamePlace();
    void shouldRefuseMovingAValueUnderItself();
    void shouldDeleteValueAndRestoreSubtreeLinksAndAnswers();
    void shouldMapStoryAndUndoIt();
    void shouldTreatMappingAnExistingLinkAsANoOp();
    void shouldMapStoriesAsOneStep();
    void shouldUnmapStoryAndRestoreItsNotesOnUndo();
    void shouldMergeTypingInLinkNotes();
    void shouldRefuseNotesForAStoryThatIsNotMapped();
    void shouldNameValueCommandsForTheEditMenu();

private:
    qint64 addPlainStory(const QString &title);
    qint64 addPlainCompany(const QString &name);
    qint64 addPlainValue(qint64 companyId, qint64 parentId, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<VaultCommands> m_commands;
};

void TestVaultCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    const Status opened = m_session->open(m_dir->filePath(QStringLiteral("vault.starling")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    m_commands = std::make_unique<VaultCommands>(*m_session);
}

void TestVaultCommands::cleanup()
{
    m_commands.reset();
    m_session.reset();
    m_dir.reset();
}

qint64 TestVaultCommands::addPlainStory(const QString &title)
{
    Result<qint64> id = m_session->store().addStory(blankStory(title));
    return id ? id.value() : 0;
}

void TestVaultCommands::shouldAddStoryAndUndoAndRedoIt()
{
    // GIVEN
    QUndoStack &stack = m_session->undoStack();
    QSignalSpy indexSpy(&stack, &QUndoStack::indexChanged);
    QSignalSpy canUndoSpy(&stack, &QUndoStack::canUndoChanged); // Qt 6.4 has no countChanged
    Story story;
    story.title = QStringLiteral("Feature store migration");
    story.action = QStringLiteral("I rewrote the backfill.");

    // WHEN
    Result<qint64> id = m_commands->addStory(story);

    // THEN
    VERIFY_OK(id);
    QVERIFY(id.value() > 0);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(canUndoSpy.count(), 1);
    QCOMPARE(indexSpy.count(), 1);
    QCOMPARE(m_session->store().story(id.value())->action, story.action);

    // WHEN
    stack.undo();
    // THEN
    QVERIFY(!m_session->store().story(id.value()).ok());
    QCOMPARE(stack.index(), 0);
    QCOMPARE(indexSpy.count(), 2);

    // WHEN
    stack.redo();
    // THEN: the same id comes back, so later commands naming it still work
    Result<Story> redone = m_session->store().story(id.value());
    QVERIFY(redone.ok());
    QCOMPARE(redone->title, story.title);
    QCOMPARE(redone->action, story.action);
    QCOMPARE(stack.index(), 1);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(indexSpy.count(), 3);
    QCOMPARE(canUndoSpy.count(), 3);
}

void TestVaultCommands::shouldTitleANewStoryWhenNoneIsGiven()
{
    Result<qint64> id = m_commands->addStory();
    QVERIFY(id.ok());
    QCOMPARE(m_session->store().story(id.value())->title, QStringLiteral("New story"));
}

void TestVaultCommands::shouldEditTextAndUndoIt()
{
    // GIVEN
    const qint64 id = addPlainStory(QStringLiteral("Churn model"));
    QSignalSpy indexSpy(&m_session->undoStack(), &QUndoStack::indexChanged);

    // WHEN
    VERIFY_OK(m_commands->setStoryText(id, StoryField::Situation, QStringLiteral("A fintech.")));

    // THEN
    QCOMPARE(m_session->store().story(id)->situation, QStringLiteral("A fintech."));
    QCOMPARE(indexSpy.count(), 1);
    QCOMPARE(m_session->undoStack().count(), 1);

    // WHEN
    m_session->undoStack().undo();
    // THEN
    QCOMPARE(m_session->store().story(id)->situation, QString());
    QCOMPARE(m_session->store().story(id)->title, QStringLiteral("Churn model"));

    // WHEN
    m_session->undoStack().redo();
    // THEN
    QCOMPARE(m_session->store().story(id)->situation, QStringLiteral("A fintech."));
}

void TestVaultCommands::shouldMergeConsecutiveEditsOfOneField()
{
    // GIVEN
    const qint64 id = addPlainStory(QStringLiteral("Churn model"));
    QUndoStack &stack = m_session->undoStack();

    // WHEN: a burst of typing
    for (const QString &text : {QStringLiteral("I"), QStringLiteral("I l"), QStringLiteral("I led"),
                                QStringLiteral("I led the team")}) {
        VERIFY_OK(m_commands->setStoryText(id, StoryField::Action, text));
    }

    // THEN
    QCOMPARE(stack.count(), 1);
    QCOMPARE(m_session->store().story(id)->action, QStringLiteral("I led the team"));

    // WHEN
    stack.undo();
    // THEN
    QCOMPARE(m_session->store().story(id)->action, QString());
    QCOMPARE(stack.index(), 0);

    // WHEN
    stack.redo();
    // THEN
    QCOMPARE(m_session->store().story(id)->action, QStringLiteral("I led the team"));
}

void TestVaultCommands::shouldDropTheStepWhenTypingReturnsToTheOriginal()
{
    const qint64 id = addPlainStory(QStringLiteral("Churn model"));
    VERIFY_OK(m_commands->setStoryText(id, StoryField::Notes, QStringLiteral("x")));
    VERIFY_OK(m_commands->setStoryText(id, StoryField::Notes, QString()));
    QCOMPARE(m_session->undoStack().count(), 0);
    QCOMPARE(m_session->store().story(id)->notes, QString());
}

void TestVaultCommands::shouldNotMergeEditsOfDifferentFields()
{
    // GIVEN
    const qint64 id = addPlainStory(QStringLiteral("Churn model"));
    QUndoStack &stack = m_session->undoStack();

    // WHEN
    VERIFY_OK(m_commands->setStoryText(id, StoryField::Situation, QStringLiteral("S")));
    VERIFY_OK(m_commands->setStoryText(id, StoryField::Task, QStringLiteral("T")));
    VERIFY_OK(m_commands->setStoryText(id, StoryField::Situation, QStringLiteral("S2")));

    // THEN: the task edit ended the first burst
    QCOMPARE(stack.count(), 3);
    stack.undo();
    QCOMPARE(m_session->store().story(id)->situation, QStringLiteral("S"));
    QCOMPARE(m_session->store().story(id)->task, QStringLiteral("T"));
    stack.undo();
    QCOMPARE(m_session->store().story(id)->task, QString());
}

void TestVaultCommands::shouldNotMergeEditsOfDifferentStories()
{
    const qint64 first = addPlainStory(QStringLiteral("One"));
    const qint64 second = addPlainStory(QStringLiteral("Two"));
    VERIFY_OK(m_commands->setStoryText(first, StoryField::Result, QStringLiteral("A")));
    VERIFY_OK(m_commands->setStoryText(second, StoryField::Result, QStringLiteral("B")));
    QCOMPARE(m_session->undoStack().count(), 2);
    m_session->undoStack().undo();
    QCOMPARE(m_session->store().story(first)->result, QStringLiteral("A"));
    QCOMPARE(m_session->store().story(second)->result, QString());
}

void TestVaultCommands::shouldPushNothingForAnUnchangedText()
{
    const qint64 id = addPlainStory(QStringLiteral("Same"));
    VERIFY_OK(m_commands->setStoryText(id, StoryField::Title, QStringLiteral("Same")));
    VERIFY_OK(m_commands->setStoryKinds(id, {}));
    VERIFY_OK(m_commands->setStoryBackbone(id, false));
    QCOMPARE(m_session->undoStack().count(), 0);
}

void TestVaultCommands::shouldRefuseANonTextField()
{
    const qint64 id = addPlainStory(QStringLiteral("Story"));
    const Status status = m_commands->setStoryText(id, StoryField::Kinds, QStringLiteral("x"));
    QVERIFY(!status.ok());
    QCOMPARE(m_session->undoStack().count(), 0);
}

void TestVaultCommands::shouldDeleteAndRestoreIdLinksAndAnswers()
{
    // GIVEN: a story mapped to two values and used in one answer
    VaultStore &store = m_session->store();
    Story story = blankStory(QStringLiteral("Outage postmortem"));
    story.kinds = StoryKind::Failure;
    story.result = QStringLiteral("MTTR down 40%");
    story.backbone = true;
    const qint64 id = store.addStory(story).value();
    const qint64 other = addPlainStory(QStringLiteral("Other"));
    Company company;
    company.name = QStringLiteral("Acme");
    company.role = company.level = company.notes = company.sourceUrl = kEmpty;
    const qint64 companyId = store.addCompany(company).value();
    ValuePrinciple ownership;
    ownership.companyId = companyId;
    ownership.name = QStringLiteral("Ownership");
    ownership.meaning = kEmpty;
    ownership.position = -1;
    const qint64 valueA = store.addValue(ownership).value();
    ownership.name = QStringLiteral("Bias for action");
    const qint64 valueB = store.addValue(ownership).value();
    VERIFY_OK(store.setLink({id, valueA, QStringLiteral("- owned the fix")}));
    VERIFY_OK(store.setLink({id, valueB, kEmpty}));
    VERIFY_OK(store.setLink({other, valueA, QStringLiteral("other notes")}));
    Answer answer = blankAnswer(id);
    answer.companyId = companyId;
    answer.action = QStringLiteral("My answer");
    const qint64 answerId = store.addAnswer(answer).value();
    const Story before = store.story(id).value();

    // WHEN
    const Status deleted = m_commands->deleteStory(id);

    // THEN
    QVERIFY(deleted.ok());
    QVERIFY(!store.story(id).ok());
    QCOMPARE(store.links()->size(), 1);
    QCOMPARE(store.answer(answerId)->storyId, 0);
    QCOMPARE(store.answer(answerId)->action, QStringLiteral("My answer"));

    // WHEN
    m_session->undoStack().undo();

    // THEN: same id, same content, links with notes, and the answer points at it again
    Result<Story> restored = store.story(id);
    QVERIFY(restored.ok());
    QCOMPARE(restored.value(), before);
    Result<std::optional<StoryValueLink>> linkA = store.link(id, valueA);
    QVERIFY(linkA.ok() && linkA->has_value());
    QCOMPARE(linkA.value()->notes, QStringLiteral("- owned the fix"));
    QVERIFY(store.link(id, valueB)->has_value());
    QCOMPARE(store.links()->size(), 3);
    QCOMPARE(store.answer(answerId)->storyId, id);
}

void TestVaultCommands::shouldRedoADeleteAfterUndo()
{
    const qint64 id = addPlainStory(QStringLiteral("Story"));
    VERIFY_OK(m_commands->deleteStory(id));
    m_session->undoStack().undo();
    VERIFY_OK(m_session->store().story(id));
    m_session->undoStack().redo();
    QVERIFY(!m_session->store().story(id).ok());
    QCOMPARE(m_session->undoStack().index(), 1);
}

void TestVaultCommands::shouldNotRestoreAnAnswerPointedElsewhere()
{
    // GIVEN: an answer re-pointed at another story after the delete, outside the undo stack
    VaultStore &store = m_session->store();
    const qint64 id = addPlainStory(QStringLiteral("Deleted"));
    const qint64 other = addPlainStory(QStringLiteral("Other"));
    Answer answer = blankAnswer(id);
    const qint64 answerId = store.addAnswer(answer).value();
    VERIFY_OK(m_commands->deleteStory(id));
    Answer moved = store.answer(answerId).value();
    moved.storyId = other;
    VERIFY_OK(store.updateAnswer(moved, AnswerField::Story));

    // WHEN
    m_session->undoStack().undo();

    // THEN
    VERIFY_OK(store.story(id));
    QCOMPARE(store.answer(answerId)->storyId, other);
}

void TestVaultCommands::shouldReturnErrorAndPushNothingWhenDeleteFails()
{
    // GIVEN
    QSignalSpy canUndoSpy(&m_session->undoStack(), &QUndoStack::canUndoChanged);
    QSignalSpy indexSpy(&m_session->undoStack(), &QUndoStack::indexChanged);

    // WHEN
    const Status status = m_commands->deleteStory(4242);

    // THEN
    QVERIFY(!status.ok());
    QVERIFY(!status.error().isEmpty());
    QCOMPARE(m_session->undoStack().count(), 0);
    QCOMPARE(canUndoSpy.count(), 0);
    QCOMPARE(indexSpy.count(), 0);
    QVERIFY(!m_commands->setStoryText(4242, StoryField::Title, QStringLiteral("x")).ok());
    QVERIFY(!m_commands->duplicateStory(4242).ok());
    QCOMPARE(m_session->undoStack().count(), 0);
}

void TestVaultCommands::shouldKeepRedoHistoryWhenACommandFails()
{
    // GIVEN: one undone step waiting to be redone
    const qint64 id = addPlainStory(QStringLiteral("Story"));
    VERIFY_OK(m_commands->setStoryText(id, StoryField::Task, QStringLiteral("T")));
    m_session->undoStack().undo();
    QVERIFY(m_session->undoStack().canRedo());

    // WHEN: a change the store refuses (over the length cap)
    const Status status = m_commands->setStoryText(
        id, StoryField::Task, QString(limits::MaxTextLength + 1, QLatin1Char('x')));

    // THEN
    QVERIFY(!status.ok());
    QCOMPARE(m_session->undoStack().count(), 1);
    QVERIFY(m_session->undoStack().canRedo());
    m_session->undoStack().redo();
    QCOMPARE(m_session->store().story(id)->task, QStringLiteral("T"));
}

void TestVaultCommands::shouldReportAFailedUndoAndDropTheCommand()
{
    // GIVEN: an edit whose story then vanishes behind the stack's back
    const qint64 keep = addPlainStory(QStringLiteral("Kept"));
    VERIFY_OK(m_commands->setStoryText(keep, StoryField::Notes, QStringLiteral("kept")));
    const qint64 id = addPlainStory(QStringLiteral("Story"));
    VERIFY_OK(m_commands->setStoryText(id, StoryField::Notes, QStringLiteral("N")));
    VERIFY_OK(m_session->store().removeStory(id));
    QSignalSpy errorSpy(m_commands.get(), &VaultCommands::errorOccurred);

    // WHEN
    m_session->undoStack().undo();

    // THEN
    QCOMPARE(errorSpy.count(), 1);
    QVERIFY(!errorSpy.first().first().toString().isEmpty());
    QCOMPARE(m_session->undoStack().count(), 1);
    QCOMPARE(m_session->undoStack().index(), 1);

    // WHEN: the step below still works
    m_session->undoStack().undo();
    // THEN
    QCOMPARE(m_session->store().story(keep)->notes, QString());
    QCOMPARE(errorSpy.count(), 1);
}

void TestVaultCommands::shouldDuplicateStory()
{
    // GIVEN
    Story story = blankStory(QStringLiteral("Pricing experiment"));
    story.kinds = StoryKind::Success | StoryKind::Leadership;
    story.situation = QStringLiteral("S");
    story.task = QStringLiteral("T");
    story.action = QStringLiteral("A");
    story.result = QStringLiteral("R");
    story.notes = QStringLiteral("N");
    story.backbone = true;
    const qint64 id = m_session->store().addStory(story).value();

    // WHEN
    Result<qint64> copyId = m_commands->duplicateStory(id);

    // THEN
    QVERIFY(copyId.ok());
    QVERIFY(copyId.value() != id);
    const Story copy = m_session->store().story(copyId.value()).value();
    QCOMPARE(copy.title, QStringLiteral("Pricing experiment (copy)"));
    QCOMPARE(copy.kinds, story.kinds);
    QCOMPARE(copy.situation, story.situation);
    QCOMPARE(copy.task, story.task);
    QCOMPARE(copy.action, story.action);
    QCOMPARE(copy.result, story.result);
    QCOMPARE(copy.notes, story.notes);
    QVERIFY(!copy.backbone);

    // WHEN
    m_session->undoStack().undo();
    // THEN
    QVERIFY(!m_session->store().story(copyId.value()).ok());
    VERIFY_OK(m_session->store().story(id));
}

void TestVaultCommands::shouldSetKindsAndBackbone()
{
    const qint64 id = addPlainStory(QStringLiteral("Story"));
    VERIFY_OK(m_commands->setStoryKinds(id, StoryKind::Conflict | StoryKind::Teamwork));
    VERIFY_OK(m_commands->setStoryKinds(id, StoryKind::Conflict));
    VERIFY_OK(m_commands->setStoryBackbone(id, true));
    // Toggles never merge: each is its own step.
    QCOMPARE(m_session->undoStack().count(), 3);
    QCOMPARE(m_session->store().story(id)->kinds, StoryKinds(StoryKind::Conflict));
    QVERIFY(m_session->store().story(id)->backbone);
    m_session->undoStack().undo();
    QVERIFY(!m_session->store().story(id)->backbone);
    m_session->undoStack().undo();
    QCOMPARE(m_session->store().story(id)->kinds, StoryKind::Conflict | StoryKind::Teamwork);
}

void TestVaultCommands::shouldDescribeStoryUse_data()
{
    QTest::addColumn<int>("links");
    QTest::addColumn<int>("answers");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unused") << 0 << 0 << QString();
    QTest::newRow("both") << 3 << 1
                          << QStringLiteral("“X” is mapped to 3 values and used in 1 answer. "
                                            "Delete it anyway? You can undo this.");
    QTest::newRow("links only") << 1 << 0
                                << QStringLiteral("“X” is mapped to 1 value. Delete it anyway? "
                                                  "You can undo this.");
    QTest::newRow("answers only") << 0 << 2
                                  << QStringLiteral("“X” is used in 2 answers. Delete it anyway? "
                                                    "You can undo this.");
}

void TestVaultCommands::shouldDescribeStoryUse()
{
    QFETCH(int, links);
    QFETCH(int, answers);
    QFETCH(QString, expected);
    QCOMPARE(VaultCommands::describeStoryUse(QStringLiteral("X"), StoryUsage{links, answers, {}}),
             expected);
}

void TestVaultCommands::shouldReportUsage()
{
    VaultStore &store = m_session->store();
    const qint64 id = addPlainStory(QStringLiteral("Used"));
    Answer answer = blankAnswer(id);
    VERIFY_OK(store.addAnswer(answer));
    Result<StoryUsage> usage = m_commands->usageOf(id);
    QVERIFY(usage.ok());
    QCOMPARE(usage->links, 0);
    QCOMPARE(usage->answers, 1);
    QVERIFY(!m_commands->usageOf(4242).ok());
}

void TestVaultCommands::shouldNameCommandsForTheEditMenu()
{
    QUndoStack &stack = m_session->undoStack();
    const qint64 id = m_commands->addStory().value();
    QCOMPARE(stack.undoText(), QStringLiteral("Add story"));
    VERIFY_OK(m_commands->setStoryText(id, StoryField::Title, QStringLiteral("Launch")));
    QCOMPARE(stack.undoText(), QStringLiteral("Rename story “New story”"));
    VERIFY_OK(m_commands->setStoryBackbone(id, true));
    QCOMPARE(stack.undoText(), QStringLiteral("Mark “Launch” as backbone"));
    VERIFY_OK(m_commands->duplicateStory(id));
    QCOMPARE(stack.undoText(), QStringLiteral("Duplicate story “Launch”"));
    VERIFY_OK(m_commands->deleteStory(id));
    QCOMPARE(stack.undoText(), QStringLiteral("Delete story “Launch”"));
    QCOMPARE(VaultCommands::displayTitle(QString()), QStringLiteral("Untitled story"));
    QCOMPARE(VaultCommands::displayTitle(QString(100, QLatin1Char('a'))).size(), 40);
}

qint64 TestVaultCommands::addPlainCompany(const QString &name)
{
    Company company;
    company.name = name;
    Result<qint64> id = m_session->store().addCompany(company);
    return id ? id.value() : 0;
}

qint64 TestVaultCommands::addPlainValue(qint64 companyId, qint64 parentId, const QString &name)
{
    ValuePrinciple value;
    value.companyId = companyId;
    value.parentId = parentId;
    value.name = name;
    value.position = -1;
    Result<qint64> id = m_session->store().addValue(value);
    return id ? id.value() : 0;
}

void TestVaultCommands::shouldAddCompanyAndRedoItUnderTheSameId()
{
    // GIVEN
    Company company;
    company.id = 999; // ignored
    company.name = QStringLiteral("Acme");
    company.role = QStringLiteral("Data scientist");
    company.interviewDate = QDate(2030, 5, 1);

    // WHEN
    Result<qint64> id = m_commands->addCompany(company);

    // THEN
    VERIFY_OK(id);
    QVERIFY(id.value() != 999);
    const Company added = m_session->store().company(id.value()).value();
    QCOMPARE(added.role, company.role);
    QCOMPARE(m_session->undoStack().count(), 1);
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Add company “Acme”"));

    // WHEN
    m_session->undoStack().undo();
    // THEN
    QVERIFY(!m_session->store().company(id.value()).ok());

    // WHEN
    m_session->undoStack().redo();
    // THEN
    QCOMPARE(m_session->store().company(id.value()).value(), added);
}

void TestVaultCommands::shouldMergeTypingInOneCompanyField()
{
    // GIVEN
    const qint64 id = addPlainCompany(QStringLiteral("Acme"));
    Company company = m_session->store().company(id).value();
    QUndoStack &stack = m_session->undoStack();

    // WHEN: typing a role, then the name
    for (const QString &role : {QStringLiteral("D"), QStringLiteral("Da"), QStringLiteral("Data")}) {
        company.role = role;
        VERIFY_OK(m_commands->updateCompany(company, CompanyField::Role));
    }
    for (const QString &name : {QStringLiteral("Acme "), QStringLiteral("Acme I"),
                                QStringLiteral("Acme Inc")}) {
        company.name = name;
        VERIFY_OK(m_commands->updateCompany(company, CompanyField::Name));
    }

    // THEN
    QCOMPARE(stack.count(), 2);
    QCOMPARE(stack.undoText(), QStringLiteral("Rename company “Acme”"));
    QCOMPARE(m_session->store().company(id)->name, QStringLiteral("Acme Inc"));
    stack.undo();
    QCOMPARE(m_session->store().company(id)->name, QStringLiteral("Acme"));
    QCOMPARE(m_session->store().company(id)->role, QStringLiteral("Data"));
    stack.undo();
    QCOMPARE(m_session->store().company(id)->role, QString());
    stack.redo();
    stack.redo();
    QCOMPARE(m_session->store().company(id)->name, QStringLiteral("Acme Inc"));

    // WHEN: typing back to where it started
    company = m_session->store().company(id).value();
    company.level = QStringLiteral("x");
    VERIFY_OK(m_commands->updateCompany(company, CompanyField::Level));
    company.level = QString();
    VERIFY_OK(m_commands->updateCompany(company, CompanyField::Level));
    // THEN: nothing left to undo for it
    QCOMPARE(stack.count(), 2);
}

void TestVaultCommands::shouldNotMergeCompanyEditsOfDifferentFieldsOrDates()
{
    const qint64 id = addPlainCompany(QStringLiteral("Acme"));
    Company company = m_session->store().company(id).value();
    company.interviewDate = QDate(2030, 1, 1);
    VERIFY_OK(m_commands->updateCompany(company, CompanyField::InterviewDate));
    company.interviewDate = QDate(2030, 1, 2);
    VERIFY_OK(m_commands->updateCompany(company, CompanyField::InterviewDate));
    company.notes = QStringLiteral("n");
    VERIFY_OK(m_commands->updateCompany(company, CompanyField::Notes));
    // Unchanged fields push nothing.
    VERIFY_OK(m_commands->updateCompany(company, CompanyField::All));
    QCOMPARE(m_session->undoStack().count(), 3);
    m_session->undoStack().undo();
    m_session->undoStack().undo();
    QCOMPARE(m_session->store().company(id)->interviewDate, QDate(2030, 1, 1));
    m_session->undoStack().undo();
    QVERIFY(m_session->store().company(id)->interviewDate.isNull());
}

void TestVaultCommands::shouldRefuseACompanyNameClashAndPushNothing()
{
    addPlainCompany(QStringLiteral("Acme"));
    const qint64 other = addPlainCompany(QStringLiteral("Globex"));
    Company company = m_session->store().company(other).value();
    company.name = QStringLiteral("ACME");
    QVERIFY(!m_commands->updateCompany(company, CompanyField::Name).ok());
    Company duplicate;
    duplicate.name = QStringLiteral("acme");
    QVERIFY(!m_commands->addCompany(duplicate).ok());
    QVERIFY(!m_commands->deleteCompany(4242).ok());
    QCOMPARE(m_session->undoStack().count(), 0);
}

void TestVaultCommands::shouldDeleteCompanyAndRestoreEverythingWithIds()
{
    // GIVEN: a company with a value tree, links with notes, a question, an answer with practice
    // runs, a practice run of the bare question, and another company's answer that uses its
    // question and one of its values
    VaultStore &store = m_session->store();
    const qint64 storyA = addPlainStory(QStringLiteral("Migration"));
    const qint64 storyB = addPlainStory(QStringLiteral("Outage"));
    Company acme;
    acme.name = QStringLiteral("Acme");
    acme.role = QStringLiteral("ML engineer");
    acme.interviewDate = QDate(2030, 3, 4);
    acme.notes = QStringLiteral("Loop of 4");
    const qint64 companyId = store.addCompany(acme).value();
    const qint64 globex = addPlainCompany(QStringLiteral("Globex"));
    const qint64 globexValue = addPlainValue(globex, 0, QStringLiteral("Speed"));
    const qint64 ownership = addPlainValue(companyId, 0, QStringLiteral("Ownership"));
    const qint64 longTerm = addPlainValue(companyId, ownership, QStringLiteral("Long term"));
    addPlainValue(companyId, longTerm, QStringLiteral("Decades"));
    addPlainValue(companyId, ownership, QStringLiteral("Never say not my job"));
    const qint64 frugality = addPlainValue(companyId, 0, QStringLiteral("Frugality"));
    VERIFY_OK(store.setLink({storyA, ownership, QStringLiteral("- owned the backfill")}));
    VERIFY_OK(store.setLink({storyB, longTerm, QStringLiteral("")}));
    VERIFY_OK(store.setLink({storyB, frugality, QStringLiteral("- cut cost 30%")}));
    VERIFY_OK(store.setLink({storyA, globexValue, QStringLiteral("globex notes")}));
    Question question;
    question.text = QStringLiteral("Tell me about a time you owned a problem.");
    question.themes = {QStringLiteral("ownership")};
    question.companyId = companyId;
    const qint64 questionId = store.addQuestion(question).value();
    Answer answer = blankAnswer(storyA);
    answer.companyId = companyId;
    answer.questionId = questionId;
    answer.valueId = ownership;
    answer.action = QStringLiteral("I owned it.");
    answer.status = AnswerStatus::Ready;
    const qint64 answerId = store.addAnswer(answer).value();
    Answer foreign = blankAnswer(storyB);
    foreign.companyId = globex;
    foreign.questionId = questionId;
    foreign.valueId = frugality;
    const qint64 foreignId = store.addAnswer(foreign).value();
    PracticeRun run;
    run.answerId = answerId;
    run.seconds = 95;
    run.rating = 4;
    VERIFY_OK(store.addPracticeRun(run));
    PracticeRun bare;
    bare.questionId = questionId;
    bare.seconds = 60;
    VERIFY_OK(store.addPracticeRun(bare));
    const VaultContents before = readAll(store);

    // WHEN
    VERIFY_OK(m_commands->deleteCompany(companyId));

    // THEN
    QVERIFY(!store.company(companyId).ok());
    QCOMPARE(store.allValues()->size(), 1);
    QCOMPARE(store.links()->size(), 1);
    QCOMPARE(store.questions()->size(), 0);
    QCOMPARE(store.answers()->size(), 1);
    QCOMPARE(store.answer(foreignId)->questionId, 0);
    QCOMPARE(store.answer(foreignId)->valueId, 0);
    QCOMPARE(store.practiceRuns()->size(), 0);
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Delete company “Acme”"));

    for (int round = 0; round < 2; ++round) {
        // WHEN
        m_session->undoStack().undo();

        // THEN: every row is back as it was, under its id. The other company's answer gets its
        // references back through an ordinary update, which stamps its updatedAt.
        VaultContents after = readAll(store);
        const Answer restoredForeign = store.answer(foreignId).value();
        QCOMPARE(restoredForeign.questionId, questionId);
        QCOMPARE(restoredForeign.valueId, frugality);
        VaultContents expected = before;
        for (QList<Answer> *answers : {&after.answers, &expected.answers}) {
            for (Answer &a : *answers) {
                if (a.id == foreignId)
                    a.updatedAt = {};
            }
        }
        COMPARE_CONTENTS(after, expected);

        // WHEN
        m_session->undoStack().redo();
        // THEN
        QVERIFY(!store.company(companyId).ok());
        QCOMPARE(store.practiceRuns()->size(), 0);
    }
}

void TestVaultCommands::shouldAddCompanyWithValuesAsOneStep()
{
    // GIVEN
    Company company;
    company.name = QStringLiteral("Acme");
    const QList<ValueDraft> drafts{
        {QStringLiteral("Customer obsession"), QStringLiteral("Start from the user"),
         {QStringLiteral("customer")}, {QStringLiteral("customer")},
         {{QStringLiteral("Earn trust"), {}, {}, {}, {}}, {QStringLiteral("Listen"), {}, {}, {}, {}}}},
        {QStringLiteral("Bias for action"), {}, {}, {}, {}},
    };

    // WHEN
    Result<qint64> id = m_commands->addCompanyWithValues(company, drafts);

    // THEN
    VERIFY_OK(id);
    QCOMPARE(valueTree(m_session->store(), id.value()),
             (QStringList{QStringLiteral("Customer obsession"), QStringLiteral(">Earn trust"),
                          QStringLiteral(">Listen"), QStringLiteral("Bias for action")}));
    QCOMPARE(m_session->store().values(id.value())->first().keywords,
             QStringList{QStringLiteral("customer")});
    QCOMPARE(m_session->undoStack().count(), 1);
    const QList<ValuePrinciple> values = m_session->store().values(id.value()).value();

    // WHEN
    m_session->undoStack().undo();
    // THEN
    QVERIFY(!m_session->store().company(id.value()).ok());
    QVERIFY(m_session->store().allValues()->isEmpty());

    // WHEN
    m_session->undoStack().redo();
    // THEN: the same ids, so later steps naming them still work
    QCOMPARE(m_session->store().values(id.value()).value(), values);

    // A draft the store refuses (no name) adds nothing at all.
    Company other;
    other.name = QStringLiteral("Globex");
    QVERIFY(!m_commands->addCompanyWithValues(other, {ValueDraft{}}).ok());
    QCOMPARE(m_session->store().findCompany(QStringLiteral("Globex")).value(), 0);
    QCOMPARE(m_session->undoStack().count(), 1);
}

void TestVaultCommands::shouldAddValueAndUndoAndRedoIt()
{
    // GIVEN
    const qint64 companyId = addPlainCompany(QStringLiteral("Acme"));
    addPlainValue(companyId, 0, QStringLiteral("A"));
    addPlainValue(companyId, 0, QStringLiteral("C"));
    ValuePrinciple value;
    value.companyId = companyId;
    value.name = QStringLiteral("B");
    value.meaning = QStringLiteral("between");
    value.position = 1;

    // WHEN
    Result<qint64> id = m_commands->addValue(value);

    // THEN
    VERIFY_OK(id);
    QCOMPARE(valueTree(m_session->store(), companyId),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Add value “B”"));
    m_session->undoStack().undo();
    QCOMPARE(valueTree(m_session->store(), companyId),
             (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
    m_session->undoStack().redo();
    QCOMPARE(m_session->store().value(id.value())->position, 1);
    QCOMPARE(m_session->store().value(id.value())->meaning, QStringLiteral("between"));

    // A value for a company that does not exist is refused.
    value.companyId = 4242;
    QVERIFY(!m_commands->addValue(value).ok());
    QCOMPARE(m_session->undoStack().count(), 1);
}

void TestVaultCommands::shouldAddValuesUnderAParentAsOneStep()
{
    // GIVEN
    const qint64 companyId = addPlainCompany(QStringLiteral("Acme"));
    const qint64 parent = addPlainValue(companyId, 0, QStringLiteral("Ownership"));
    addPlainValue(companyId, parent, QStringLiteral("Existing"));
    const QList<ValueDraft> drafts{{QStringLiteral("P1"), {}, {}, {}, {{QStringLiteral("P1a"), {}, {}, {}, {}}}},
                                   {QStringLiteral("P2"), {}, {}, {}, {}}};

    // WHEN
    VERIFY_OK(m_commands->addValues(companyId, parent, drafts));

    // THEN
    const QStringList tree{QStringLiteral("Ownership"), QStringLiteral(">Existing"),
                           QStringLiteral(">P1"), QStringLiteral(">>P1a"), QStringLiteral(">P2")};
    QCOMPARE(valueTree(m_session->store(), companyId), tree);
    QCOMPARE(m_session->undoStack().count(), 1);
    const QList<ValuePrinciple> values = m_session->store().values(companyId).value();
    m_session->undoStack().undo();
    QCOMPARE(valueTree(m_session->store(), companyId),
             (QStringList{QStringLiteral("Ownership"), QStringLiteral(">Existing")}));
    m_session->undoStack().redo();
    QCOMPARE(m_session->store().values(companyId).value(), values);
}

void TestVaultCommands::shouldMergeTypingInAValueNameButNotThemes()
{
    // GIVEN
    const qint64 companyId = addPlainCompany(QStringLiteral("Acme"));
    const qint64 id = addPlainValue(companyId, 0, QStringLiteral("Own"));
    ValuePrinciple value = m_session->store().value(id).value();
    QUndoStack &stack = m_session->undoStack();

    // WHEN
    for (const QString &name : {QStringLiteral("Owne"), QStringLiteral("Owner"),
                                QStringLiteral("Ownership")}) {
        value.name = name;
        VERIFY_OK(m_commands->updateValue(value, ValueField::Name));
    }
    value.meaning = QStringLiteral("Act");
    VERIFY_OK(m_commands->updateValue(value, ValueField::Meaning));
    value.meaning = QStringLiteral("Act without being told");
    VERIFY_OK(m_commands->updateValue(value, ValueField::Meaning));
    value.themes = {QStringLiteral("ownership")};
    VERIFY_OK(m_commands->updateValue(value, ValueField::Themes));
    value.themes = {QStringLiteral("ownership"), QStringLiteral("impact")};
    VERIFY_OK(m_commands->updateValue(value, ValueField::Themes));

    // THEN
    QCOMPARE(stack.count(), 4);
    QCOMPARE(m_session->store().value(id)->themes.size(), 2);
    stack.undo();
    QCOMPARE(m_session->store().value(id)->themes, QStringList{QStringLiteral("ownership")});
    stack.undo();
    stack.undo();
    QCOMPARE(m_session->store().value(id)->meaning, QString());
    QCOMPARE(m_session->store().value(id)->name, QStringLiteral("Ownership"));
    QCOMPARE(stack.undoText(), QStringLiteral("Rename value “Own”"));
    stack.undo();
    QCOMPARE(m_session->store().value(id)->name, QStringLiteral("Own"));
    // Position is not an updateValue field: it pushes nothing.
    value = m_session->store().value(id).value();
    value.position = 7;
    VERIFY_OK(m_commands->updateValue(value, ValueField::Position));
    QCOMPARE(stack.index(), 0);
}

void TestVaultCommands::shouldMoveValueAndUndoToItsOldParentAndPosition()
{
    // GIVEN: A(A1, A2, A3), B
    VaultStore &store = m_session->store();
    const qint64 companyId = addPlainCompany(QStringLiteral("Acme"));
    const qint64 a = addPlainValue(companyId, 0, QStringLiteral("A"));
    addPlainValue(companyId, a, QStringLiteral("A1"));
    const qint64 a2 = addPlainValue(companyId, a, QStringLiteral("A2"));
    addPlainValue(companyId, a, QStringLiteral("A3"));
    const qint64 b = addPlainValue(companyId, 0, QStringLiteral("B"));
    const QList<ValuePrinciple> before = store.values(companyId).value();

    // WHEN: A2 to the top level, first
    VERIFY_OK(m_commands->moveValue(a2, 0, 0));

    // THEN
    QCOMPARE(valueTree(store, companyId),
             (QStringList{QStringLiteral("A2"), QStringLiteral("A"), QStringLiteral(">A1"),
                          QStringLiteral(">A3"), QStringLiteral("B")}));
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Move value “A2”"));
    const QList<ValuePrinciple> moved = store.values(companyId).value();

    // WHEN
    m_session->undoStack().undo();
    // THEN: identical rows, positions included
    QCOMPARE(store.values(companyId).value(), before);

    // WHEN
    m_session->undoStack().redo();
    // THEN
    QCOMPARE(store.values(companyId).value(), moved);

    // WHEN: B under A, between A1 and A3; then undo both
    VERIFY_OK(m_commands->moveValue(b, a, 1));
    QCOMPARE(valueTree(store, companyId),
             (QStringList{QStringLiteral("A2"), QStringLiteral("A"), QStringLiteral(">A1"),
                          QStringLiteral(">B"), QStringLiteral(">A3")}));
    m_session->undoStack().undo();
    m_session->undoStack().undo();
    QCOMPARE(store.values(companyId).value(), before);
}

void TestVaultCommands::shouldMoveSeveralValuesInOrderAsOneStep()
{
    // GIVEN: A, B, C, D, E
    VaultStore &store = m_session->store();
    const qint64 companyId = addPlainCompany(QStringLiteral("Acme"));
    QList<qint64> ids;
    for (const char *name : {"A", "B", "C", "D", "E"})
        ids.append(addPlainValue(companyId, 0, QString::fromLatin1(name)));
    const QList<ValuePrinciple> before = store.values(companyId).value();

    // WHEN: A and B go before E (position 2 among C, D, E)
    VERIFY_OK(m_commands->moveValues({ids[0], ids[1]}, 0, 2));

    // THEN
    QCOMPARE(valueTree(store, companyId),
             (QStringList{QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("A"),
                          QStringLiteral("B"), QStringLiteral("E")}));
    QCOMPARE(m_session->undoStack().count(), 1);
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Move 2 values"));
    m_session->undoStack().undo();
    QCOMPARE(store.values(companyId).value(), before);
    m_session->undoStack().redo();
    QCOMPARE(valueTree(store, companyId),
             (QStringList{QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("A"),
                          QStringLiteral("B"), QStringLiteral("E")}));

    // Values of two companies never move together.
    const qint64 other = addPlainValue(addPlainCompany(QStringLiteral("Globex")), 0,
                                       QStringLiteral("X"));
    QVERIFY(!m_commands->moveValues({ids[2], other}, 0, 0).ok());
    QCOMPARE(m_session->undoStack().count(), 1);
}

void TestVaultCommands::shouldPushNothingForAMoveToTheSamePlace()
{
    const qint64 companyId = addPlainCompany(QStringLiteral("Acme"));
    addPlainValue(companyId, 0, QStringLiteral("A"));
    const qint64 b = addPlainValue(companyId, 0, QStringLiteral("B"));
    VERIFY_OK(m_commands->moveValue(b, 0, 1));
    VERIFY_OK(m_commands->moveValue(b, 0, -1));
    QCOMPARE(m_session->undoStack().count(), 0);
}

void TestVaultCommands::shouldRefuseMovingAValueUnderItself()
{
    const qint64 companyId = addPlainCompany(QStringLiteral("Acme"));
    const qint64 a = addPlainValue(companyId, 0, QStringLiteral("A"));
    const qint64 a1 = addPlainValue(companyId, a, QStringLiteral("A1"));
    const QList<ValuePrinciple> before = m_session->store().values(companyId).value();
    QVERIFY(!m_commands->moveValue(a, a1, 0).ok());
    QVERIFY(!m_commands->moveValue(a, a, 0).ok());
    QVERIFY(!m_commands->moveValue(4242, 0, 0).ok());
    QCOMPARE(m_session->undoStack().count(), 0);
    QCOMPARE(m_session->store().values(companyId).value(), before);
}

void TestVaultCommands::shouldDeleteValueAndRestoreSubtreeLinksAndAnswers()
{
    // GIVEN: Z, A(A1(A1a), A2), B with links on the subtree and an answer pointing into it
    VaultStore &store = m_session->store();
    const qint64 story = addPlainStory(QStringLiteral("Story"));
    const qint64 companyId = addPlainCompany(QStringLiteral("Acme"));
    addPlainValue(companyId, 0, QStringLiteral("Z"));
    const qint64 a = addPlainValue(companyId, 0, QStringLiteral("A"));
    const qint64 a1 = addPlainValue(companyId, a, QStringLiteral("A1"));
    const qint64 a1a = addPlainValue(companyId, a1, QStringLiteral("A1a"));
    addPlainValue(companyId, a, QStringLiteral("A2"));
    const qint64 b = addPlainValue(companyId, 0, QStringLiteral("B"));
    VERIFY_OK(store.setLink({story, a, QStringLiteral("- on A")}));
    VERIFY_OK(store.setLink({story, a1a, QStringLiteral("- deep")}));
    VERIFY_OK(store.setLink({story, b, QStringLiteral("- on B")}));
    Answer answer = blankAnswer(story);
    answer.companyId = companyId;
    answer.valueId = a1;
    const qint64 answerId = store.addAnswer(answer).value();
    const VaultContents before = readAll(store);

    // WHEN
    VERIFY_OK(m_commands->deleteValue(a));

    // THEN
    QCOMPARE(valueTree(store, companyId), (QStringList{QStringLiteral("Z"), QStringLiteral("B")}));
    QCOMPARE(store.value(b)->position, 1);
    QCOMPARE(store.links()->size(), 1);
    QCOMPARE(store.answer(answerId)->valueId, 0);

    // WHEN
    m_session->undoStack().undo();

    // THEN: same ids, positions, notes; the answer points at A1 again (an update, so only its
    // updatedAt moves)
    VaultContents after = readAll(store);
    QCOMPARE(store.answer(answerId)->valueId, a1);
    VaultContents expected = before;
    after.answers.first().updatedAt = expected.answers.first().updatedAt = {};
    COMPARE_CONTENTS(after, expected);

    // WHEN
    m_session->undoStack().redo();
    // THEN
    QVERIFY(!store.value(a1a).ok());
    QCOMPARE(valueTree(store, companyId), (QStringList{QStringLiteral("Z"), QStringLiteral("B")}));
}

void TestVaultCommands::shouldMapStoryAndUndoIt()
{
    // GIVEN
    const qint64 story = addPlainStory(QStringLiteral("Migration"));
    const qint64 value = addPlainValue(addPlainCompany(QStringLiteral("Acme")), 0,
                                       QStringLiteral("Ownership"));

    // WHEN
    VERIFY_OK(m_commands->mapStory(story, value, QStringLiteral("- owned it")));

    // THEN
    QCOMPARE(m_session->store().link(story, value)->value().notes, QStringLiteral("- owned it"));
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Map “Migration” to “Ownership”"));
    m_session->undoStack().undo();
    QVERIFY(!m_session->store().link(story, value)->has_value());
    m_session->undoStack().redo();
    QCOMPARE(m_session->store().link(story, value)->value().notes, QStringLiteral("- owned it"));

    // Missing stories or values are refused.
    QVERIFY(!m_commands->mapStory(4242, value).ok());
    QVERIFY(!m_commands->mapStory(story, 4242).ok());
    QCOMPARE(m_session->undoStack().count(), 1);
}

void TestVaultCommands::shouldTreatMappingAnExistingLinkAsANoOp()
{
    const qint64 story = addPlainStory(QStringLiteral("Migration"));
    const qint64 value = addPlainValue(addPlainCompany(QStringLiteral("Acme")), 0,
                                       QStringLiteral("Ownership"));
    VERIFY_OK(m_session->store().setLink({story, value, QStringLiteral("keep me")}));
    VERIFY_OK(m_commands->mapStory(story, value, QStringLiteral("other")));
    VERIFY_OK(m_commands->mapStories({story}, value));
    QCOMPARE(m_session->undoStack().count(), 0);
    QCOMPARE(m_session->store().link(story, value)->value().notes, QStringLiteral("keep me"));
}

void TestVaultCommands::shouldMapStoriesAsOneStep()
{
    // GIVEN: one of three stories already mapped
    VaultStore &store = m_session->store();
    const qint64 s1 = addPlainStory(QStringLiteral("One"));
    const qint64 s2 = addPlainStory(QStringLiteral("Two"));
    const qint64 s3 = addPlainStory(QStringLiteral("Three"));
    const qint64 value = addPlainValue(addPlainCompany(QStringLiteral("Acme")), 0,
                                       QStringLiteral("Ownership"));
    VERIFY_OK(store.setLink({s2, value, QStringLiteral("mapped before")}));

    // WHEN
    VERIFY_OK(m_commands->mapStories({s1, s2, s3, s1}, value));

    // THEN
    QCOMPARE(store.links()->size(), 3);
    QCOMPARE(m_session->undoStack().count(), 1);
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Map 2 stories to “Ownership”"));

    // WHEN
    m_session->undoStack().undo();
    // THEN: the link that was there before stays
    QCOMPARE(store.links()->size(), 1);
    QCOMPARE(store.link(s2, value)->value().notes, QStringLiteral("mapped before"));

    // A missing story refuses the whole drop.
    QVERIFY(!m_commands->mapStories({s1, 4242}, value).ok());
    QCOMPARE(store.links()->size(), 1);
    QCOMPARE(m_session->undoStack().index(), 0);
}

void TestVaultCommands::shouldUnmapStoryAndRestoreItsNotesOnUndo()
{
    const qint64 story = addPlainStory(QStringLiteral("Migration"));
    const qint64 value = addPlainValue(addPlainCompany(QStringLiteral("Acme")), 0,
                                       QStringLiteral("Ownership"));
    VERIFY_OK(m_session->store().setLink({story, value, QStringLiteral("- my notes")}));
    VERIFY_OK(m_commands->unmapStory(story, value));
    QVERIFY(!m_session->store().link(story, value)->has_value());
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Unmap “Migration” from “Ownership”"));
    m_session->undoStack().undo();
    QCOMPARE(m_session->store().link(story, value)->value().notes, QStringLiteral("- my notes"));
    m_session->undoStack().redo();
    QVERIFY(!m_session->store().link(story, value)->has_value());
    // Unmapping what is not mapped does nothing.
    VERIFY_OK(m_commands->unmapStory(story, value));
    QCOMPARE(m_session->undoStack().count(), 1);
}

void TestVaultCommands::shouldMergeTypingInLinkNotes()
{
    // GIVEN
    const qint64 story = addPlainStory(QStringLiteral("Migration"));
    const qint64 other = addPlainStory(QStringLiteral("Other"));
    const qint64 value = addPlainValue(addPlainCompany(QStringLiteral("Acme")), 0,
                                       QStringLiteral("Ownership"));
    VERIFY_OK(m_session->store().setLink({story, value, QStringLiteral("")}));
    VERIFY_OK(m_session->store().setLink({other, value, QStringLiteral("")}));

    // WHEN
    for (const QString &notes : {QStringLiteral("-"), QStringLiteral("- o"), QStringLiteral("- owned")})
        VERIFY_OK(m_commands->setLinkNotes(story, value, notes));
    VERIFY_OK(m_commands->setLinkNotes(other, value, QStringLiteral("x")));

    // THEN
    QCOMPARE(m_session->undoStack().count(), 2);
    m_session->undoStack().undo();
    QCOMPARE(m_session->store().link(other, value)->value().notes, QString());
    QCOMPARE(m_session->store().link(story, value)->value().notes, QStringLiteral("- owned"));
    m_session->undoStack().undo();
    QCOMPARE(m_session->store().link(story, value)->value().notes, QString());
    m_session->undoStack().redo();
    QCOMPARE(m_session->store().link(story, value)->value().notes, QStringLiteral("- owned"));

    // WHEN: the link is removed behind the stack's back, undoing the notes cannot recreate it
    VERIFY_OK(m_session->store().removeLink(story, value));
    QSignalSpy errorSpy(m_commands.get(), &VaultCommands::errorOccurred);
    m_session->undoStack().undo();
    // THEN
    QCOMPARE(errorSpy.count(), 1);
    QVERIFY(!m_session->store().link(story, value)->has_value());
}

void TestVaultCommands::shouldRefuseNotesForAStoryThatIsNotMapped()
{
    const qint64 story = addPlainStory(QStringLiteral("Migration"));
    const qint64 value = addPlainValue(addPlainCompany(QStringLiteral("Acme")), 0,
                                       QStringLiteral("Ownership"));
    QVERIFY(!m_commands->setLinkNotes(story, value, QStringLiteral("x")).ok());
    QCOMPARE(m_session->undoStack().count(), 0);
    QVERIFY(!m_session->store().link(story, value)->has_value());
}

void TestVaultCommands::shouldNameValueCommandsForTheEditMenu()
{
    QUndoStack &stack = m_session->undoStack();
    Company company;
    company.name = QStringLiteral("Acme");
    const qint64 companyId = m_commands->addCompany(company).value();
    ValuePrinciple value;
    value.companyId = companyId;
    value.name = QStringLiteral("Ownership");
    value.position = -1;
    const qint64 valueId = m_commands->addValue(value).value();
    VERIFY_OK(m_commands->addValues(companyId, 0, {{QStringLiteral("A"), {}, {}, {}, {}},
                                                   {QStringLiteral("B"), {}, {}, {}, {}}}));
    QCOMPARE(stack.undoText(), QStringLiteral("Add values to “Acme”"));
    VERIFY_OK(m_commands->moveValue(valueId, 0, -1));
    QCOMPARE(stack.undoText(), QStringLiteral("Move value “Ownership”"));
    value = m_session->store().value(valueId).value();
    value.meaning = QStringLiteral("m");
    VERIFY_OK(m_commands->updateValue(value, ValueField::Meaning));
    QCOMPARE(stack.undoText(), QStringLiteral("Edit meaning of “Ownership”"));
    VERIFY_OK(m_commands->deleteValue(valueId));
    QCOMPARE(stack.undoText(), QStringLiteral("Delete value “Ownership”"));
    Company edited = m_session->store().company(companyId).value();
    edited.role = QStringLiteral("DS");
    VERIFY_OK(m_commands->updateCompany(edited, CompanyField::Role));
    QCOMPARE(stack.undoText(), QStringLiteral("Edit role at “Acme”"));
    QCOMPARE(VaultCommands::displayName(QString(100, QLatin1Char('a'))).size(), 40);
}

void TestVaultCommands::shouldAdoptABankQuestionOnce()
{
    // GIVEN: a vault question for a company with the same text (it must not be reused)
    VaultStore &store = m_session->store();
    const qint64 acme = addPlainCompany(QStringLiteral("Acme"));
    Question own;
    own.text = QStringLiteral("Tell me about a failure.");
    own.companyId = acme;
    const qint64 companyQuestion = store.addQuestion(own).value();

    // WHEN: the bank question is adopted twice, the second time with other spacing and case
    const Result<qint64> first = m_commands->adoptQuestion(QStringLiteral("Tell me about a failure."),
                                                           {QStringLiteral("learning")});
    VERIFY_OK(first);
    const Result<qint64> second = m_commands->adoptQuestion(QStringLiteral("  tell me ABOUT a failure. "),
                                                            {QStringLiteral("learning")});
    VERIFY_OK(second);

    // THEN: one general copy, reused, separate from the company's question; one undo step
    QVERIFY(first.value() != companyQuestion);
    QCOMPARE(second.value(), first.value());
    const Question adopted = store.question(first.value()).value();
    QCOMPARE(adopted.companyId, 0);
    QCOMPARE(adopted.themes, QStringList{QStringLiteral("learning")});
    QCOMPARE(m_session->undoStack().count(), 1);
    QVERIFY(!m_commands->adoptQuestion(QStringLiteral("   "), {}).ok());
}

void TestVaultCommands::shouldAddEditAndDeleteQuestionsWithUndo()
{
    VaultStore &store = m_session->store();
    Question question;
    question.text = QStringLiteral("Tell me about a metric you disagreed with.");
    question.themes = {QStringLiteral("data-driven")};
    const qint64 id = m_commands->addQuestion(question).value();
    QCOMPARE(store.question(id)->text, question.text);

    // Typing into the text merges; the themes are their own step
    question.id = id;
    question.text = QStringLiteral("Tell me about a metric");
    VERIFY_OK(m_commands->updateQuestion(question, QuestionField::Text));
    question.text = QStringLiteral("Tell me about a metric you chose");
    VERIFY_OK(m_commands->updateQuestion(question, QuestionField::Text));
    question.themes = {QStringLiteral("influence")};
    VERIFY_OK(m_commands->updateQuestion(question, QuestionField::Themes));
    QCOMPARE(m_session->undoStack().count(), 3);

    m_session->undoStack().undo();
    QCOMPARE(store.question(id)->themes, QStringList{QStringLiteral("data-driven")});
    m_session->undoStack().undo();
    QCOMPARE(store.question(id)->text, QStringLiteral("Tell me about a metric you disagreed with."));

    VERIFY_OK(m_commands->deleteQuestion(id));
    QVERIFY(!store.question(id).ok());
    m_session->undoStack().undo();
    QCOMPARE(store.question(id)->text, QStringLiteral("Tell me about a metric you disagreed with."));
    m_session->undoStack().undo(); // the add
    QVERIFY(!store.question(id).ok());
    m_session->undoStack().redo();
    QCOMPARE(store.question(id)->id, id);
}

void TestVaultCommands::shouldRestoreAnswerReferencesAndRunsWhenQuestionDeletionIsUndone()
{
    // GIVEN: a question with an answer and a bare practice run
    VaultStore &store = m_session->store();
    const qint64 acme = addPlainCompany(QStringLiteral("Acme"));
    Question question;
    question.text = QStringLiteral("A time you were wrong?");
    const qint64 questionId = store.addQuestion(question).value();
    Answer answer = blankAnswer(0);
    answer.companyId = acme;
    answer.questionId = questionId;
    answer.action = QStringLiteral("I said so.");
    const qint64 answerId = store.addAnswer(answer).value();
    PracticeRun bare;
    bare.questionId = questionId;
    bare.seconds = 80;
    bare.rating = 3;
    VERIFY_OK(store.addPracticeRun(bare));
    const VaultContents before = readAll(store);

    // WHEN: it is deleted
    VERIFY_OK(m_commands->deleteQuestion(questionId));

    // THEN: the answer stays without it, the run goes; undo brings both back as they were
    QCOMPARE(store.answer(answerId)->questionId, 0);
    QCOMPARE(store.answer(answerId)->action, QStringLiteral("I said so."));
    QVERIFY(store.practiceRuns()->isEmpty());
    m_session->undoStack().undo();
    const VaultContents after = readAll(store);
    QCOMPARE(after.questions, before.questions);
    QCOMPARE(after.runs, before.runs);
    QCOMPARE(store.answer(answerId)->questionId, questionId);
}

void TestVaultCommands::shouldAddAnswerAndUndoAndRedoItUnderItsId()
{
    VaultStore &store = m_session->store();
    const qint64 acme = addPlainCompany(QStringLiteral("Acme"));
    Answer answer;
    answer.companyId = acme;
    answer.id = 999; // ignored
    const Result<qint64> id = m_commands->addAnswer(answer);
    VERIFY_OK(id);
    QVERIFY(id.value() != 999);
    QCOMPARE(store.answer(id.value())->situation, QString());
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Add answer for “Acme”"));

    m_session->undoStack().undo();
    QVERIFY(!store.answer(id.value()).ok());
    m_session->undoStack().redo();
    QCOMPARE(store.answer(id.value())->companyId, acme);
}

void TestVaultCommands::shouldMergeTypingIntoOneAnswerSection()
{
    VaultStore &store = m_session->store();
    const qint64 acme = addPlainCompany(QStringLiteral("Acme"));
    Answer answer = blankAnswer(0);
    answer.companyId = acme;
    answer.id = store.addAnswer(answer).value();
    for (const QString &text : {QStringLiteral("I"), QStringLiteral("I led"),
                                QStringLiteral("I led the rollout")}) {
        answer.action = text;
        VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::Action));
    }
    QCOMPARE(m_session->undoStack().count(), 1);
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Edit answer: Action"));
    QCOMPARE(store.answer(answer.id)->action, QStringLiteral("I led the rollout"));
    m_session->undoStack().undo();
    QCOMPARE(store.answer(answer.id)->action, QString());

    // A burst that ends where it started leaves nothing on the stack
    m_session->undoStack().clear();
    answer.action = QStringLiteral("x");
    VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::Action));
    answer.action = QStringLiteral("");
    VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::Action));
    QCOMPARE(m_session->undoStack().count(), 0);
}

void TestVaultCommands::shouldNotMergeEditsOfDifferentSections()
{
    VaultStore &store = m_session->store();
    const qint64 acme = addPlainCompany(QStringLiteral("Acme"));
    Answer answer = blankAnswer(0);
    answer.companyId = acme;
    answer.id = store.addAnswer(answer).value();
    answer.result = QStringLiteral("Cut latency 40%");
    VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::Result));
    answer.linkBack = QStringLiteral("That is what owning it means to me.");
    VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::LinkBack));
    answer.status = AnswerStatus::Ready;
    VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::Status));
    QCOMPARE(m_session->undoStack().count(), 3);
    QCOMPARE(m_session->undoStack().undoText(), QStringLiteral("Mark answer ready"));
    m_session->undoStack().undo();
    m_session->undoStack().undo();
    const Answer stored = store.answer(answer.id).value();
    QCOMPARE(stored.status, AnswerStatus::Draft);
    QCOMPARE(stored.linkBack, QString());
    QCOMPARE(stored.result, QStringLiteral("Cut latency 40%"));
}

void TestVaultCommands::shouldPushNothingForAnUnchangedAnswer()
{
    VaultStore &store = m_session->store();
    const qint64 acme = addPlainCompany(QStringLiteral("Acme"));
    Answer answer = blankAnswer(0);
    answer.companyId = acme;
    answer.repeat = QStringLiteral("So, a time I failed?");
    answer.id = store.addAnswer(answer).value();
    VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::All));
    VERIFY_OK(m_commands->updateAnswer(answer, 0));
    QCOMPARE(m_session->undoStack().count(), 0);
    answer.id = 12345;
    QVERIFY(!m_commands->updateAnswer(answer, AnswerField::Repeat).ok());
}

void TestVaultCommands::shouldDeleteAnswerAndRestoreItsPracticeRuns()
{
    VaultStore &store = m_session->store();
    const qint64 acme = addPlainCompany(QStringLiteral("Acme"));
    const qint64 story = addPlainStory(QStringLiteral("Outage"));
    Answer answer = blankAnswer(story);
    answer.companyId = acme;
    answer.result = QStringLiteral("Saved 3 days");
    const qint64 id = store.addAnswer(answer).value();
    PracticeRun run;
    run.answerId = id;
    run.seconds = 125;
    run.rating = 4;
    run.startedAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC);
    VERIFY_OK(store.addPracticeRun(run));
    const VaultContents before = readAll(store);

    VERIFY_OK(m_commands->deleteAnswer(id));
    QVERIFY(store.answers()->isEmpty());
    QVERIFY(store.practiceRuns()->isEmpty());
    m_session->undoStack().undo();
    COMPARE_CONTENTS(readAll(store), before);
    m_session->undoStack().redo();
    QVERIFY(store.answers()->isEmpty());
}

void TestVaultCommands::shouldRefuseAnAnswerWithoutCompany()
{
    const Result<qint64> id = m_commands->addAnswer(Answer{});
    QVERIFY(!id.ok());
    QCOMPARE(m_session->undoStack().count(), 0);
}

void TestVaultCommands::shouldRecordAndUndoPracticeRuns()
{
    VaultStore &store = m_session->store();
    Question question;
    question.text = QStringLiteral("Why us?");
    const qint64 questionId = store.addQuestion(question).value();
    PracticeRun run;
    run.questionId = questionId;
    run.seconds = 100;
    run.rating = 5;
    const Result<qint64> id = m_commands->recordPracticeRun(run);
    VERIFY_OK(id);
    QCOMPARE(store.practiceRuns()->size(), 1);
    QCOMPARE(store.practiceRuns()->first().rating, 5);
    m_session->undoStack().undo();
    QVERIFY(store.practiceRuns()->isEmpty());
    m_session->undoStack().redo();
    QCOMPARE(store.practiceRuns()->first().id, id.value());

    VERIFY_OK(m_commands->deletePracticeRun(id.value()));
    QVERIFY(store.practiceRuns()->isEmpty());
    m_session->undoStack().undo();
    QCOMPARE(store.practiceRuns()->first().seconds, 100);

    PracticeRun invalid; // neither answer nor question
    QVERIFY(!m_commands->recordPracticeRun(invalid).ok());
}


QTEST_GUILESS_MAIN(TestVaultCommands)
#include "tst_vaultcommands.moc"
