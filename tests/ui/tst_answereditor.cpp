#include "answereditor.h"
#include "idsmime.h"
#include "sectionsharebar.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace starling;

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error()));           \
    } while (false)

class TestAnswerEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldAskForACompanyThenForAnAnswer();
    void shouldStartABlankAnswerForTheCompany();
    void shouldSaveTypingAsOneUndoStepPerSection();
    void shouldSaveNonAsciiTextFromAnInputMethod();
    void shouldOpenTheExistingAnswerToAQuestionInsteadOfAddingOne();
    void shouldCopyTheStoryIntoTheAnswerOnStartFromStory();
    void shouldAskBeforeReplacingWrittenTextWithTheStory();
    void shouldShowCoachFindingsBesideTheirSections();
    void shouldClearErrorsOnceEverySectionIsWritten();
    void shouldEstimateSpeakingTimeAgainstTheTarget();
    void shouldShowTheTargetValuesMeaningAndKeywords();
    void shouldTakeAStoryOrBankQuestionDroppedOnIt();
    void shouldFollowUndoKeepingTheCursor();
    void shouldMarkTheAnswerReady();
    void shouldShowTheNextAnswerWhenOneIsDeleted();
    void shouldRequestPracticeForTheAnswer();
    void shouldNameEveryControlForAssistiveTechnology();

private:
    qint64 addCompany(const QString &name);
    qint64 addValue(qint64 companyId, const QString &name, const QString &meaning = {},
                    const QStringList &keywords = {});
    QPlainTextEdit *edit(const QString &key) const;
    QLabel *label(const QString &name) const;
    int page() const;
    static void commitText(QWidget *widget, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<VaultCommands> m_commands;
    std::unique_ptr<AnswerEditor> m_editor;
};

void TestAnswerEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    VERIFY_OK(m_session->open(m_dir->filePath(QStringLiteral("vault.starling"))));
    m_commands = std::make_unique<VaultCommands>(*m_session);
    m_editor = std::make_unique<AnswerEditor>(*m_session, *m_commands);
    m_editor->resize(800, 900);
    m_editor->show();
}

void TestAnswerEditor::cleanup()
{
    m_editor.reset();
    m_commands.reset();
    m_session.reset();
    m_dir.reset();
}

qint64 TestAnswerEditor::addCompany(const QString &name)
{
    Company company;
    company.name = name;
    return m_commands->addCompany(company).value();
}

qint64 TestAnswerEditor::addValue(qint64 companyId, const QString &name, const QString &meaning,
                                  const QStringList &keywords)
{
    ValuePrinciple value;
    value.companyId = companyId;
    value.name = name;
    value.meaning = meaning.isNull() ? QStringLiteral("") : meaning;
    value.keywords = keywords;
    return m_commands->addValue(value).value();
}

QPlainTextEdit *TestAnswerEditor::edit(const QString &key) const
{
    return m_editor->findChild<QPlainTextEdit *>(key + QStringLiteral("Edit"));
}

QLabel *TestAnswerEditor::label(const QString &name) const
{
    return m_editor->findChild<QLabel *>(name);
}

int TestAnswerEditor::page() const
{
    return m_editor->findChild<QStackedWidget *>()->currentIndex();
}

void TestAnswerEditor::commitText(QWidget *widget, const QString &text)
{
    // QTest::keyClicks asserts on non-ASCII; an input method commit is how such text arrives.
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

void TestAnswerEditor::shouldAskForACompanyThenForAnAnswer()
{
    // GIVEN: no company chosen
    QCOMPARE(page(), 0);
    QVERIFY(!m_editor->findChild<QPushButton *>(QStringLiteral("newAnswerButton"))->isEnabled());

    // WHEN: a company without answers is chosen through the combo box
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    auto *companies = m_editor->findChild<QComboBox *>(QStringLiteral("companyCombo"));
    QSignalSpy chosen(m_editor.get(), &AnswerEditor::companyChosen);
    const int index = companies->findData(acme);
    QVERIFY(index > 0);
    companies->setCurrentIndex(index);
    emit companies->activated(index);

    // THEN: the editor offers to start an answer, and says where the others come from
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(m_editor->companyId(), acme);
    QCOMPARE(page(), 1);
    QVERIFY(label(QStringLiteral("noAnswerState"))->text().contains(QStringLiteral("Questions panel")));
}

void TestAnswerEditor::shouldStartABlankAnswerForTheCompany()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    m_editor->findChild<QPushButton *>(QStringLiteral("emptyNewAnswerButton"))->click();

    QCOMPARE(page(), 2);
    const QList<Answer> answers = m_session->store().answers().value();
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().companyId, acme);
    QCOMPARE(m_editor->answerId(), answers.first().id);
    auto *combo = m_editor->findChild<QComboBox *>(QStringLiteral("answerCombo"));
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentIndex(), 0);
}

void TestAnswerEditor::shouldSaveTypingAsOneUndoStepPerSection()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    VERIFY_OK(m_editor->newAnswer());
    m_session->undoStack().clear();

    QPlainTextEdit *action = edit(QStringLiteral("action"));
    action->setFocus();
    QTest::keyClicks(action, QStringLiteral("I rebuilt"));
    QTest::keyClicks(action, QStringLiteral(" the pipeline"));
    QTRY_COMPARE(m_session->store().answer(m_editor->answerId())->action,
                 QStringLiteral("I rebuilt the pipeline"));
    QTest::keyClicks(edit(QStringLiteral("result")), QStringLiteral("Saved 3 days"));
    VERIFY_OK(m_editor->flushPendingEdits());

    QCOMPARE(m_session->undoStack().count(), 2);
    m_session->undoStack().undo();
    QCOMPARE(edit(QStringLiteral("result"))->toPlainText(), QString());
    QCOMPARE(edit(QStringLiteral("action"))->toPlainText(), QStringLiteral("I rebuilt the pipeline"));
}

void TestAnswerEditor::shouldSaveNonAsciiTextFromAnInputMethod()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    VERIFY_OK(m_editor->newAnswer());
    const QString text = QStringLiteral("Ich habe die Pipeline übernommen — 数据 ✓ 🚀");
    commitText(edit(QStringLiteral("situation")), text);
    VERIFY_OK(m_editor->flushPendingEdits());
    QCOMPARE(m_session->store().answer(m_editor->answerId())->situation, text);
}

void TestAnswerEditor::shouldOpenTheExistingAnswerToAQuestionInsteadOfAddingOne()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    Question question;
    question.text = QStringLiteral("Tell me about a model that failed in production.");
    const qint64 questionId = m_commands->addQuestion(question).value();

    const Result<qint64> first = m_editor->answerQuestion(questionId);
    VERIFY_OK(first);
    VERIFY_OK(m_editor->newAnswer()); // look at another answer meanwhile
    const Result<qint64> again = m_editor->answerQuestion(questionId);
    VERIFY_OK(again);

    QCOMPARE(again.value(), first.value());
    QCOMPARE(m_editor->answerId(), first.value());
    QCOMPARE(m_session->store().answers()->size(), 2);
    auto *questions = m_editor->findChild<QComboBox *>(QStringLiteral("questionCombo"));
    QCOMPARE(questions->currentData().toLongLong(), questionId);

    AnswerEditor noCompany(*m_session, *m_commands);
    QVERIFY(!noCompany.answerQuestion(questionId).ok());
}

void TestAnswerEditor::shouldCopyTheStoryIntoTheAnswerOnStartFromStory()
{
    // GIVEN: a story and an empty answer that uses it
    Story story;
    story.title = QStringLiteral("Fraud model");
    story.situation = QStringLiteral("Losses doubled.");
    story.task = QStringLiteral("I owned the model.");
    story.action = QStringLiteral("I retrained it.");
    story.result = QStringLiteral("Losses fell 38%.");
    story.notes = QStringLiteral("");
    const qint64 storyId = m_commands->addStory(story).value();
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    VERIFY_OK(m_editor->newAnswer());
    auto *stories = m_editor->findChild<QComboBox *>(QStringLiteral("storyCombo"));
    const int index = stories->findData(storyId);
    stories->setCurrentIndex(index);
    emit stories->activated(index);
    bool asked = false;
    m_editor->setConfirmReplace([&asked](const QString &) { asked = true; return true; });

    // WHEN
    m_editor->findChild<QPushButton *>(QStringLiteral("startFromStoryButton"))->click();

    // THEN: a copy in the answer (nothing to replace, so no question asked), the story unchanged
    QVERIFY(!asked);
    const Answer answer = m_session->store().answer(m_editor->answerId()).value();
    QCOMPARE(answer.storyId, storyId);
    QCOMPARE(answer.situation, story.situation);
    QCOMPARE(answer.action, story.action);
    QCOMPARE(edit(QStringLiteral("result"))->toPlainText(), story.result);
    QCOMPARE(answer.repeat, QString());

    // Tailoring the answer leaves the story alone
    QTest::keyClicks(edit(QStringLiteral("action")), QStringLiteral(" Then I shipped it."));
    VERIFY_OK(m_editor->flushPendingEdits());
    QCOMPARE(m_session->store().story(storyId)->action, story.action);
}

void TestAnswerEditor::shouldAskBeforeReplacingWrittenTextWithTheStory()
{
    Story story;
    story.title = QStringLiteral("Outage");
    story.situation = story.task = story.action = story.result = story.notes = QStringLiteral("x");
    const qint64 storyId = m_commands->addStory(story).value();
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    VERIFY_OK(m_editor->newAnswer());
    Answer answer = m_session->store().answer(m_editor->answerId()).value();
    answer.storyId = storyId;
    answer.action = QStringLiteral("My own words");
    VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::Story | AnswerField::Action));

    QString question;
    m_editor->setConfirmReplace([&question](const QString &message) { question = message; return false; });
    m_editor->findChild<QPushButton *>(QStringLiteral("startFromStoryButton"))->click();

    QVERIFY(question.contains(QStringLiteral("Outage")));
    QCOMPARE(m_session->store().answer(answer.id)->action, QStringLiteral("My own words"));
}

void TestAnswerEditor::shouldShowCoachFindingsBesideTheirSections()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    VERIFY_OK(m_editor->newAnswer());
    m_editor->refreshFindings();

    // An empty answer: every section is missing, each finding sits with its section
    QStringList codes;
    for (const CoachFinding &finding : m_editor->findings())
        codes.append(finding.code);
    QVERIFY(codes.contains(QStringLiteral("repeat-missing")));
    QVERIFY(codes.contains(QStringLiteral("link-back-missing")));
    QCOMPARE(codes.count(QStringLiteral("section-missing")), 4);
    QLabel *repeatFindings = label(QStringLiteral("repeatFindings"));
    QVERIFY(repeatFindings->isVisible());
    QVERIFY(repeatFindings->text().startsWith(QStringLiteral("✖")));
    QVERIFY(label(QStringLiteral("linkBackFindings"))->isVisible());

    // Typing updates the findings after the pause, before anything else happens
    QTest::keyClicks(edit(QStringLiteral("repeat")), QStringLiteral("So, a time I failed?"));
    QTRY_VERIFY(!repeatFindings->isVisible());
}

void TestAnswerEditor::shouldClearErrorsOnceEverySectionIsWritten()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    const qint64 ownership = addValue(acme, QStringLiteral("Ownership"),
                                      QStringLiteral("Act for the whole company"),
                                      {QStringLiteral("owner")});
    m_editor->setCompany(acme);
    VERIFY_OK(m_editor->newAnswer());
    Answer answer = m_session->store().answer(m_editor->answerId()).value();
    answer.valueId = ownership;
    answer.repeat = QStringLiteral("You would like to hear how I handled a failing model.");
    answer.situation = QStringLiteral("Our churn model drifted after a pricing change.");
    answer.task = QStringLiteral("I had to restore it before renewals.");
    answer.action = QStringLiteral("I rebuilt the features and I retrained it weekly.");
    answer.result = QStringLiteral("Precision rose 12 points in three weeks.");
    answer.linkBack = QStringLiteral("I acted as the owner of the model end to end.");
    VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::All));
    m_editor->refreshFindings();

    for (const CoachFinding &finding : m_editor->findings())
        QVERIFY2(finding.severity != Severity::Error, qPrintable(finding.code));
    QVERIFY(CoachChecks::passes(m_editor->findings()));
}

void TestAnswerEditor::shouldEstimateSpeakingTimeAgainstTheTarget()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    VERIFY_OK(m_editor->newAnswer());
    SpeakingPace pace;
    pace.wordsPerMinute = 150;
    pace.minSeconds = 90;
    pace.maxSeconds = 150;
    m_editor->setSpeakingPace(pace);

    QStringList words;
    for (int i = 0; i < 150; ++i)
        words.append(QStringLiteral("word"));
    edit(QStringLiteral("action"))->setPlainText(words.join(QLatin1Char(' ')));
    edit(QStringLiteral("situation"))->setPlainText(words.mid(0, 50).join(QLatin1Char(' ')));

    const QString timing = label(QStringLiteral("timingLabel"))->text();
    QVERIFY2(timing.contains(QStringLiteral("1:20")), qPrintable(timing)); // 200 words
    QVERIFY2(timing.contains(QStringLiteral("shorter than the target")), qPrintable(timing));
    QVERIFY(label(QStringLiteral("actionWords"))->text().contains(QStringLiteral("75%")));
    QCOMPARE(label(QStringLiteral("shareHint"))->text(),
             QStringLiteral("Action is the largest part, as it should be."));
    auto *bar = m_editor->findChild<SectionShareBar *>();
    QCOMPARE(bar->percent(3), 75);

    edit(QStringLiteral("situation"))->setPlainText(words.join(QLatin1Char(' ')) + QStringLiteral(" more"));
    QVERIFY(label(QStringLiteral("shareHint"))->text().contains(QStringLiteral("Situation")));
}

void TestAnswerEditor::shouldShowTheTargetValuesMeaningAndKeywords()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    const qint64 value = addValue(acme, QStringLiteral("Ownership"),
                                  QStringLiteral("Think long term; never say “not my job”."),
                                  {QStringLiteral("owner"), QStringLiteral("long term")});
    addValue(acme, QStringLiteral("<b>Bias</b> for action"));
    m_editor->setCompany(acme);
    VERIFY_OK(m_editor->newAnswer());
    QLabel *reminder = label(QStringLiteral("valueReminder"));
    QCOMPARE(reminder->textFormat(), Qt::PlainText);
    QVERIFY(reminder->text().contains(QStringLiteral("<b>Bias</b> for action"))); // literally

    auto *values = m_editor->findChild<QComboBox *>(QStringLiteral("valueCombo"));
    const int index = values->findData(value);
    values->setCurrentIndex(index);
    emit values->activated(index);

    QCOMPARE(m_session->store().answer(m_editor->answerId())->valueId, value);
    QVERIFY(reminder->text().contains(QStringLiteral("Think long term")));
    QVERIFY(reminder->text().contains(QStringLiteral("owner")));
    QVERIFY(reminder->text().contains(QStringLiteral("long term")));
}

void TestAnswerEditor::shouldTakeAStoryOrBankQuestionDroppedOnIt()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    Story story;
    story.title = QStringLiteral("Migration");
    story.situation = story.task = story.action = story.result = story.notes = QStringLiteral("");
    const qint64 storyId = m_commands->addStory(story).value();

    // A bank question dropped on an empty company: adopted once, and an answer starts with it
    QuestionMime::QuestionRef ref;
    ref.text = QStringLiteral("Tell me about a time you cut scope on an experiment.");
    ref.themes = {QStringLiteral("bias-for-action")};
    std::unique_ptr<QMimeData> questionData(QuestionMime::create(ref));
    QPlainTextEdit *target = edit(QStringLiteral("situation"));
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, questionData.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_editor.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, questionData.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_editor.get(), &drop);

    QCOMPARE(m_session->store().questions()->size(), 1);
    const qint64 questionId = m_session->store().questions()->first().id;
    QVERIFY(m_editor->answerId() > 0);
    QCOMPARE(m_session->store().answer(m_editor->answerId())->questionId, questionId);

    // A story dropped on a section sets the story instead of pasting text
    std::unique_ptr<QMimeData> storyData(IdsMime::create(IdsMime::StoryIds, {storyId}));
    // As a real drag does: enter first (Qt delivers the drop only to the widget that took it)
    QDragEnterEvent storyEnter(QPoint(5, 5), Qt::CopyAction, storyData.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target->viewport(), &storyEnter);
    QVERIFY(storyEnter.isAccepted());
    QDropEvent storyDrop(QPointF(5, 5), Qt::CopyAction, storyData.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target->viewport(), &storyDrop);
    QCOMPARE(m_session->store().answer(m_editor->answerId())->storyId, storyId);
    QCOMPARE(target->toPlainText(), QString());

    // Foreign data is refused
    QMimeData foreign;
    foreign.setData(QuestionMime::Type, QByteArray("garbage"));
    QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, &foreign, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_editor.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestAnswerEditor::shouldFollowUndoKeepingTheCursor()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    VERIFY_OK(m_editor->newAnswer());
    Answer answer = m_session->store().answer(m_editor->answerId()).value();
    answer.task = QStringLiteral("Keep the model honest");
    VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::Task));
    QPlainTextEdit *task = edit(QStringLiteral("task"));
    QCOMPARE(task->toPlainText(), answer.task);
    QTextCursor cursor = task->textCursor();
    cursor.setPosition(4);
    task->setTextCursor(cursor);

    answer.task = QStringLiteral("Keep the churn model honest");
    VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::Task));
    QCOMPARE(task->toPlainText(), answer.task);
    QCOMPARE(task->textCursor().position(), 4);
    m_session->undoStack().undo(); // both edits of the task were one burst
    QCOMPARE(task->toPlainText(), QString());
}

void TestAnswerEditor::shouldMarkTheAnswerReady()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    VERIFY_OK(m_editor->newAnswer());
    auto *ready = m_editor->findChild<QCheckBox *>(QStringLiteral("readyCheck"));
    ready->click();
    QCOMPARE(m_session->store().answer(m_editor->answerId())->status, AnswerStatus::Ready);
    m_session->undoStack().undo();
    QVERIFY(!ready->isChecked());
}

void TestAnswerEditor::shouldShowTheNextAnswerWhenOneIsDeleted()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    const qint64 first = m_editor->newAnswer().value();
    const qint64 second = m_editor->newAnswer().value();
    QCOMPARE(m_editor->answerId(), second);

    m_editor->findChild<QPushButton *>(QStringLiteral("deleteAnswerButton"))->click();
    QCOMPARE(m_editor->answerId(), first);
    m_editor->findChild<QPushButton *>(QStringLiteral("deleteAnswerButton"))->click();
    QCOMPARE(m_editor->answerId(), 0);
    QCOMPARE(page(), 1);
    m_session->undoStack().undo();
    QCOMPARE(m_editor->answerId(), first);
    QCOMPARE(page(), 2);
}

void TestAnswerEditor::shouldRequestPracticeForTheAnswer()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    const qint64 id = m_editor->newAnswer().value();
    QSignalSpy practice(m_editor.get(), &AnswerEditor::practiceRequested);
    m_editor->findChild<QPushButton *>(QStringLiteral("practiseButton"))->click();
    QCOMPARE(practice.size(), 1);
    QCOMPARE(practice.first().first().toLongLong(), id);

    PracticeRun run;
    run.answerId = id;
    run.seconds = 125;
    run.rating = 4;
    VERIFY_OK(m_commands->recordPracticeRun(run));
    QVERIFY(label(QStringLiteral("practiceSummary"))->text().contains(QStringLiteral("2:05")));
}

void TestAnswerEditor::shouldNameEveryControlForAssistiveTechnology()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    m_editor->setCompany(acme);
    VERIFY_OK(m_editor->newAnswer());
    const QList<QWidget *> widgets = m_editor->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                                 || qobject_cast<QAbstractButton *>(widget);
        if (interactive)
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

QTEST_MAIN(TestAnswerEditor)
#include "tst_answereditor.moc"
