#include "storyeditor.h"
#include "textlimits.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QCheckBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace starling;

class TestStoryEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldShowEmptyStateWithoutAStory();
    void shouldLoadTheStoryIntoItsFields();
    void shouldSaveTypedTitleAfterThePause();
    void shouldSaveNonAsciiTextFromAnInputMethod();
    void shouldUpdateWordCounts();
    void shouldMakeOneUndoStepOfABurstOfTyping();
    void shouldFollowUndoWithoutResaving();
    void shouldKeepTheCursorWhenTheTextChangesElsewhere();
    void shouldEmptyWhenTheStoryIsRemoved();
    void shouldCapAnOversizePaste();
    void shouldSaveAPendingEditWhenTheStoryChanges();
    void shouldSaveAPendingEditWhenFocusLeaves();
    void shouldUndoTheVaultStackOnCtrlZ();
    void shouldToggleKindsAndBackboneThroughCommands();
    void shouldKeepATabOrderFromTitleToNotes();
    void shouldNameEveryControlForAssistiveTechnology();
    void shouldKeepUnsavedTypingWhenTheVaultRefusesIt();

private:
    qint64 addStory(const QString &title, const QString &situation = {});
    template<typename T>
    T *child(const char *name)
    {
        T *widget = m_editor->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    bool showsEmptyState() const;
    static void commitText(QWidget *widget, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<VaultCommands> m_commands;
    std::unique_ptr<StoryEditor> m_editor;
};

void TestStoryEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    QVERIFY(m_session->open(m_dir->filePath(QStringLiteral("vault.starling"))).ok());
    m_commands = std::make_unique<VaultCommands>(*m_session);
    m_editor = std::make_unique<StoryEditor>(*m_session, *m_commands);
    m_editor->resize(420, 700);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestStoryEditor::cleanup()
{
    m_editor.reset();
    m_commands.reset();
    m_session.reset();
    m_dir.reset();
}

qint64 TestStoryEditor::addStory(const QString &title, const QString &situation)
{
    // The store refuses null strings (it binds them as SQL NULL); the editor never sends one.
    const QString empty = QStringLiteral("");
    Story story;
    story.title = title;
    story.situation = situation.isNull() ? empty : situation;
    story.task = story.action = story.result = story.notes = empty;
    Result<qint64> id = m_session->store().addStory(story);
    return id ? id.value() : 0;
}

bool TestStoryEditor::showsEmptyState() const
{
    auto *empty = m_editor->findChild<QLabel *>(QStringLiteral("emptyState"));
    return empty && empty->isVisible();
}

void TestStoryEditor::commitText(QWidget *widget, const QString &text)
{
    // QTest::keyClicks asserts on non-ASCII; an input method commit is how such text arrives.
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

void TestStoryEditor::shouldShowEmptyStateWithoutAStory()
{
    QVERIFY(showsEmptyState());
    QCOMPARE(m_editor->findChild<QLabel *>(QStringLiteral("emptyState"))->text(),
             QStringLiteral("Select a story in the vault, or add one."));
    m_editor->setStoryId(4242); // gone or never there
    QVERIFY(showsEmptyState());
    QCOMPARE(m_editor->storyId(), 0);
}

void TestStoryEditor::shouldLoadTheStoryIntoItsFields()
{
    // GIVEN
    Story story;
    story.title = QStringLiteral("Fraud model rebuild");
    story.kinds = StoryKind::Success | StoryKind::Leadership;
    story.situation = QStringLiteral("Payments start-up");
    story.task = QStringLiteral("Own the model");
    story.action = QStringLiteral("Rebuilt features");
    story.result = QStringLiteral("Losses fell");
    story.notes = QStringLiteral("Failure questions");
    story.backbone = true;
    const qint64 id = m_session->store().addStory(story).value();

    // WHEN
    m_editor->setStoryId(id);

    // THEN
    QVERIFY(!showsEmptyState());
    QCOMPARE(m_editor->storyId(), id);
    QCOMPARE(child<QLineEdit>("titleEdit")->text(), story.title);
    QCOMPARE(child<QPlainTextEdit>("situationEdit")->toPlainText(), story.situation);
    QCOMPARE(child<QPlainTextEdit>("taskEdit")->toPlainText(), story.task);
    QCOMPARE(child<QPlainTextEdit>("actionEdit")->toPlainText(), story.action);
    QCOMPARE(child<QPlainTextEdit>("resultEdit")->toPlainText(), story.result);
    QCOMPARE(child<QPlainTextEdit>("notesEdit")->toPlainText(), story.notes);
    QVERIFY(child<QCheckBox>("kindCheck_success")->isChecked());
    QVERIFY(!child<QCheckBox>("kindCheck_failure")->isChecked());
    QVERIFY(child<QCheckBox>("kindCheck_leadership")->isChecked());
    QVERIFY(child<QCheckBox>("backboneCheck")->isChecked());
    QCOMPARE(child<QLabel>("situationWords")->text(), QStringLiteral("2 words"));
    QCOMPARE(child<QLabel>("notesWords")->text(), QStringLiteral("2 words"));
    // Loading is not an edit.
    QTest::qWait(StoryEditor::SaveDelayMs + 100);
    QCOMPARE(m_session->undoStack().count(), 0);
}

void TestStoryEditor::shouldSaveTypedTitleAfterThePause()
{
    // GIVEN
    const qint64 id = addStory(QStringLiteral("Old"));
    m_editor->setStoryId(id);
    auto *title = child<QLineEdit>("titleEdit");

    // WHEN
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Ranking model"));

    // THEN
    QTRY_COMPARE(m_session->store().story(id)->title, QStringLiteral("Ranking model"));
    QCOMPARE(m_session->undoStack().count(), 1);
}

void TestStoryEditor::shouldSaveNonAsciiTextFromAnInputMethod()
{
    const qint64 id = addStory(QStringLiteral("Story"));
    m_editor->setStoryId(id);
    const QString text = QStringLiteral("Résumé screening — naïve Bayes, 東京 office 🚀");
    commitText(child<QPlainTextEdit>("situationEdit"), text);
    QCOMPARE(child<QPlainTextEdit>("situationEdit")->toPlainText(), text);
    QTRY_COMPARE(m_session->store().story(id)->situation, text);

    child<QLineEdit>("titleEdit")->end(false);
    commitText(child<QLineEdit>("titleEdit"), QStringLiteral(" — Zürich"));
    QTRY_COMPARE(m_session->store().story(id)->title, QStringLiteral("Story — Zürich"));
}

void TestStoryEditor::shouldUpdateWordCounts()
{
    const qint64 id = addStory(QStringLiteral("Story"));
    m_editor->setStoryId(id);
    QCOMPARE(child<QLabel>("actionWords")->text(), QStringLiteral("0 words"));
    auto *action = child<QPlainTextEdit>("actionEdit");
    QTest::keyClicks(action, QStringLiteral("one  two"));
    QTest::keyClick(action, Qt::Key_Return);
    QTest::keyClicks(action, QStringLiteral("three"));
    QTRY_COMPARE(child<QLabel>("actionWords")->text(), QStringLiteral("3 words"));
    QTest::keyClicks(child<QPlainTextEdit>("resultEdit"), QStringLiteral("done"));
    QTRY_COMPARE(child<QLabel>("resultWords")->text(), QStringLiteral("1 word"));
}

void TestStoryEditor::shouldMakeOneUndoStepOfABurstOfTyping()
{
    // GIVEN
    const qint64 id = addStory(QStringLiteral("Story"));
    m_editor->setStoryId(id);
    auto *task = child<QPlainTextEdit>("taskEdit");

    // WHEN: typing with pauses longer than the save delay
    QTest::keyClicks(task, QStringLiteral("I owned"));
    QTRY_COMPARE(m_session->store().story(id)->task, QStringLiteral("I owned"));
    QTest::keyClicks(task, QStringLiteral(" the model"));
    QTRY_COMPARE(m_session->store().story(id)->task, QStringLiteral("I owned the model"));

    // THEN
    QCOMPARE(m_session->undoStack().count(), 1);
    m_session->undoStack().undo();
    QCOMPARE(task->toPlainText(), QString());
}

void TestStoryEditor::shouldFollowUndoWithoutResaving()
{
    // GIVEN
    const qint64 id = addStory(QStringLiteral("Story"), QStringLiteral("Before"));
    m_editor->setStoryId(id);
    QVERIFY(m_commands->setStoryText(id, StoryField::Situation, QStringLiteral("After")).ok());
    QCOMPARE(child<QPlainTextEdit>("situationEdit")->toPlainText(), QStringLiteral("After"));

    // WHEN
    m_session->undoStack().undo();

    // THEN
    QCOMPARE(child<QPlainTextEdit>("situationEdit")->toPlainText(), QStringLiteral("Before"));
    QTest::qWait(StoryEditor::SaveDelayMs + 100);
    QVERIFY(m_session->undoStack().canRedo()); // nothing was pushed on top of the undo
    QCOMPARE(m_session->store().story(id)->situation, QStringLiteral("Before"));

    // WHEN
    m_session->undoStack().redo();
    // THEN
    QCOMPARE(child<QPlainTextEdit>("situationEdit")->toPlainText(), QStringLiteral("After"));
}

void TestStoryEditor::shouldKeepTheCursorWhenTheTextChangesElsewhere()
{
    // GIVEN: the cursor in the middle of the action
    const qint64 id = addStory(QStringLiteral("Story"));
    QVERIFY(m_commands->setStoryText(id, StoryField::Action, QStringLiteral("alpha beta")).ok());
    m_editor->setStoryId(id);
    auto *action = child<QPlainTextEdit>("actionEdit");
    QTextCursor cursor = action->textCursor();
    cursor.setPosition(3);
    action->setTextCursor(cursor);

    // WHEN: the text after the cursor changes elsewhere
    QVERIFY(m_commands->setStoryText(id, StoryField::Action, QStringLiteral("alpha gamma")).ok());
    // THEN
    QCOMPARE(action->toPlainText(), QStringLiteral("alpha gamma"));
    QCOMPARE(action->textCursor().position(), 3);

    // WHEN: text before the cursor grows, the cursor moves with its word
    cursor.setPosition(8); // "alpha ga|mma"
    action->setTextCursor(cursor);
    QVERIFY(m_commands->setStoryText(id, StoryField::Action, QStringLiteral("my alpha gamma")).ok());
    // THEN
    QCOMPARE(action->textCursor().position(), 11);

    // Same for the title
    auto *title = child<QLineEdit>("titleEdit");
    title->setCursorPosition(2);
    QVERIFY(m_commands->setStoryText(id, StoryField::Title, QStringLiteral("Story two")).ok());
    QCOMPARE(title->text(), QStringLiteral("Story two"));
    QCOMPARE(title->cursorPosition(), 2);
}

void TestStoryEditor::shouldEmptyWhenTheStoryIsRemoved()
{
    const qint64 id = addStory(QStringLiteral("Doomed"));
    m_editor->setStoryId(id);
    QVERIFY(!showsEmptyState());
    QVERIFY(m_commands->deleteStory(id).ok());
    QVERIFY(showsEmptyState());
    QCOMPARE(m_editor->storyId(), 0);
}

void TestStoryEditor::shouldCapAnOversizePaste()
{
    // GIVEN
    const qint64 id = addStory(QStringLiteral("Story"));
    m_editor->setStoryId(id);
    auto *action = child<QPlainTextEdit>("actionEdit");
    auto *message = child<QLabel>("textLimitMessage");
    QVERIFY(!message->isVisible());

    // WHEN: about 50 000 words arrive at once (a pasted log file)
    QString huge;
    huge.reserve(50'000 * 7);
    for (int i = 0; i < 50'000; ++i)
        huge += QStringLiteral("word%1 ").arg(i % 10);
    QVERIFY(huge.size() > limits::MaxTextLength);
    action->insertPlainText(huge);

    // THEN
    QVERIFY(message->isVisible());
    QCOMPARE(action->toPlainText().size(), limits::MaxTextLength);
    QTRY_COMPARE(m_session->store().story(id)->action.size(), limits::MaxTextLength);
    QCOMPARE(m_session->store().story(id)->action, huge.left(limits::MaxTextLength));
    const qsizetype kept =
        huge.left(limits::MaxTextLength).split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    QTRY_COMPARE(child<QLabel>("actionWords")->text(),
                 QStringLiteral("%1 words").arg(QLocale().toString(kept)));
    QVERIFY(!child<QLabel>("saveErrorMessage")->isVisible());

    // WHEN: another story is shown, the message goes
    m_editor->setStoryId(addStory(QStringLiteral("Other")));
    QVERIFY(!message->isVisible());
}

void TestStoryEditor::shouldSaveAPendingEditWhenTheStoryChanges()
{
    const qint64 first = addStory(QStringLiteral("First"));
    const qint64 second = addStory(QStringLiteral("Second"));
    m_editor->setStoryId(first);
    QTest::keyClicks(child<QPlainTextEdit>("notesEdit"), QStringLiteral("typed fast"));
    m_editor->setStoryId(second); // before the pause ends
    QCOMPARE(m_session->store().story(first)->notes, QStringLiteral("typed fast"));
    QCOMPARE(child<QPlainTextEdit>("notesEdit")->toPlainText(), QString());
    QTest::qWait(StoryEditor::SaveDelayMs + 100);
    QCOMPARE(m_session->store().story(second)->notes, QString());
}

void TestStoryEditor::shouldSaveAPendingEditWhenFocusLeaves()
{
    const qint64 id = addStory(QStringLiteral("Story"));
    m_editor->setStoryId(id);
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    auto *result = child<QPlainTextEdit>("resultEdit");
    result->setFocus();
    QTRY_VERIFY(result->hasFocus());
    QTest::keyClicks(result, QStringLiteral("Losses fell"));
    child<QPlainTextEdit>("notesEdit")->setFocus();
    QCOMPARE(m_session->store().story(id)->result, QStringLiteral("Losses fell"));
}

void TestStoryEditor::shouldUndoTheVaultStackOnCtrlZ()
{
    // GIVEN: typing not yet saved
    const qint64 id = addStory(QStringLiteral("Story"));
    m_editor->setStoryId(id);
    auto *task = child<QPlainTextEdit>("taskEdit");
    QTest::keyClicks(task, QStringLiteral("abc"));

    // WHEN
    QTest::keyClick(task, Qt::Key_Z, Qt::ControlModifier);

    // THEN: what was typed was saved, then undone as one step
    QCOMPARE(m_session->undoStack().count(), 1);
    QCOMPARE(m_session->undoStack().index(), 0);
    QCOMPARE(task->toPlainText(), QString());
    QCOMPARE(m_session->store().story(id)->task, QString());
}

void TestStoryEditor::shouldToggleKindsAndBackboneThroughCommands()
{
    const qint64 id = addStory(QStringLiteral("Story"));
    m_editor->setStoryId(id);
    auto *failure = child<QCheckBox>("kindCheck_failure");
    QTest::mouseClick(failure, Qt::LeftButton, {}, QPoint(8, failure->height() / 2));
    QCOMPARE(m_session->store().story(id)->kinds, StoryKinds(StoryKind::Failure));
    auto *backbone = child<QCheckBox>("backboneCheck");
    QTest::mouseClick(backbone, Qt::LeftButton, {}, QPoint(8, backbone->height() / 2));
    QVERIFY(m_session->store().story(id)->backbone);
    QCOMPARE(m_session->undoStack().count(), 2);

    m_session->undoStack().undo();
    QVERIFY(!backbone->isChecked());
    m_session->undoStack().undo();
    QVERIFY(!failure->isChecked());
    QCOMPARE(m_session->store().story(id)->kinds, StoryKinds());
}

void TestStoryEditor::shouldKeepATabOrderFromTitleToNotes()
{
    const char *order[] = {"titleEdit",          "kindCheck_success",  "kindCheck_failure",
                           "kindCheck_teamwork", "kindCheck_leadership", "kindCheck_conflict",
                           "kindCheck_other",    "backboneCheck",      "situationEdit",
                           "taskEdit",           "actionEdit",         "resultEdit",
                           "notesEdit"};
    for (size_t i = 0; i + 1 < std::size(order); ++i) {
        QWidget *from = child<QWidget>(order[i]);
        QWidget *next = from->nextInFocusChain();
        while (next && next->focusPolicy() == Qt::NoFocus)
            next = next->nextInFocusChain();
        QVERIFY2(next == child<QWidget>(order[i + 1]), order[i]);
    }
    QVERIFY(child<QPlainTextEdit>("actionEdit")->tabChangesFocus());
}

void TestStoryEditor::shouldNameEveryControlForAssistiveTechnology()
{
    m_editor->setStoryId(addStory(QStringLiteral("Story")));
    const QList<QWidget *> controls = m_editor->findChildren<QWidget *>();
    int named = 0;
    for (QWidget *widget : controls) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || qobject_cast<QCheckBox *>(widget)) {
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++named;
        }
    }
    QCOMPARE(named, 1 + 6 + 1 + 5);
}

void TestStoryEditor::shouldKeepUnsavedTypingWhenTheVaultRefusesIt()
{
    // GIVEN a story being edited, and a vault that can no longer be written
    const qint64 first = addStory(QStringLiteral("First"));
    const qint64 second = addStory(QStringLiteral("Second"));
    m_editor->setStoryId(first);
    auto *title = child<QLineEdit>("titleEdit");
    title->setText(QStringLiteral("First, with typing the vault refuses"));
    m_session->store().close();

    // WHEN another story is chosen before the typing was saved
    m_editor->setStoryId(second);

    // THEN the editor keeps the story and the typing, and says why it was not saved
    QCOMPARE(m_editor->storyId(), first);
    QCOMPARE(title->text(), QStringLiteral("First, with typing the vault refuses"));
    QVERIFY(child<QLabel>("saveErrorMessage")->isVisibleTo(m_editor.get()));
}

QTEST_MAIN(TestStoryEditor)
#include "tst_storyeditor.moc"
