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

private:
    qint64 addPlainStory(const QString &title);

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
    QCOMPARE(VaultCommands::describeStoryUse(QStringLiteral("X"), StoryUsage{links, answers}),
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

QTEST_GUILESS_MAIN(TestVaultCommands)
#include "tst_vaultcommands.moc"
