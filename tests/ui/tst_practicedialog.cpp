#include "practicedialog.h"
#include "practicehistorychart.h"
#include "preferences.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include "../core/vaulttestutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace starling;

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto verifyOkResult = (expr);                                                        \
        QVERIFY2(verifyOkResult.ok(),                                                              \
                 verifyOkResult.ok() ? "" : qPrintable(verifyOkResult.error()));                   \
    } while (false)

namespace {

const QDateTime kWallStart(QDate(2024, 6, 3), QTime(18, 30), Qt::UTC);

} // namespace

// Every test runs on a fresh vault in a temporary directory, with a fake clock: time moves only
// when the test advances it, so nothing waits and nothing depends on the machine's speed.
class TestPracticeDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *child(const char *name)
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QString text(const char *labelName) { return child<QLabel>(labelName)->text(); }

    qint64 addCompany(const QString &name)
    {
        Company company;
        company.name = name;
        Result<qint64> id = m_session->store().addCompany(company);
        return id ? id.value() : 0;
    }
    qint64 addQuestion(qint64 companyId, const QString &text, const QStringList &themes = {})
    {
        Question question;
        question.companyId = companyId;
        question.text = text;
        question.themes = themes;
        Result<qint64> id = m_session->store().addQuestion(question);
        return id ? id.value() : 0;
    }
    qint64 addAnswer(qint64 companyId, qint64 questionId, AnswerStatus status,
                     const QString &prefix = QStringLiteral("A"))
    {
        Answer answer;
        answer.companyId = companyId;
        answer.questionId = questionId;
        answer.status = status;
        answer.repeat = prefix + QStringLiteral(" repeat: so you want to know how I handle pressure");
        answer.situation = prefix + QStringLiteral(" situation: the churn model broke in week two");
        answer.task = prefix + QStringLiteral(" task: ship a fix before the board meeting");
        answer.action = prefix + QStringLiteral(" action: rebuilt the features <b>overnight</b>");
        answer.result = prefix + QStringLiteral(" result: churn fell by 12%");
        answer.linkBack = prefix + QStringLiteral(" link back: that is ownership");
        Result<qint64> id = m_session->store().addAnswer(answer);
        return id ? id.value() : 0;
    }
    void openDialog()
    {
        m_dialog = std::make_unique<PracticeDialog>(*m_session, *m_commands);
        m_dialog->setClock(m_clock.get());
        m_dialog->show();
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    void press(Qt::Key key) { QTest::keyClick(m_dialog.get(), key); }
    void click(const char *buttonName) { QTest::mouseClick(child<QPushButton>(buttonName), Qt::LeftButton); }
    QString questionOnScreen() { return text("practiceQuestionLabel"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<VaultCommands> m_commands;
    std::unique_ptr<ManualPracticeClock> m_clock;
    std::unique_ptr<PracticeDialog> m_dialog;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StarlingTest"));
        QCoreApplication::setApplicationName(QStringLiteral("StarlingPracticeDialogTest"));
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        Preferences::instance().restoreDefaults();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_session = std::make_unique<VaultSession>();
        VERIFY_OK(m_session->open(m_dir->filePath(QStringLiteral("vault.starling"))));
        m_commands = std::make_unique<VaultCommands>(*m_session);
        m_clock = std::make_unique<ManualPracticeClock>(kWallStart);
    }

    void cleanup()
    {
        m_dialog.reset();
        m_commands.reset();
        m_session.reset();
        m_clock.reset();
        m_dir.reset();
        Preferences::instance().restoreDefaults();
    }

    void shouldInviteToAddACompanyFirst()
    {
        openDialog();
        QCOMPARE(m_dialog->objectName(), QStringLiteral("practiceDialog"));
        QCOMPARE(child<QStackedWidget>("practiceStack")->currentWidget(),
                 child<QLabel>("practiceEmptyState"));
        QVERIFY(text("practiceEmptyState").startsWith(QStringLiteral("No company yet.")));
        QVERIFY(!child<QComboBox>("practiceCompanyCombo")->isEnabled());
        press(Qt::Key_Space); // nothing to time: no crash, no run
        QVERIFY(!m_dialog->timer().isRunning());
    }

    void shouldInviteToWriteAnAnswerForACompanyWithoutQuestions()
    {
        addCompany(QStringLiteral("Acme <i>Corp</i>"));
        openDialog();
        QCOMPARE(child<QLabel>("practiceEmptyState")->textFormat(), Qt::PlainText);
        QCOMPARE(text("practiceEmptyState"),
                 QStringLiteral("Acme <i>Corp</i> has no questions or answers yet. Write an answer "
                                "first or pick a question for this company from the question bank."));
        QVERIFY(!m_dialog->currentCandidate());
        QVERIFY(!child<QPushButton>("practiceStartButton")->isEnabled());
    }

    void shouldNameEveryControl()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        addAnswer(acme, addQuestion(acme, QStringLiteral("Tell me about a failure.")), AnswerStatus::Draft);
        openDialog();
        press(Qt::Key_Space);
        press(Qt::Key_Space); // the result box and its radio buttons show now
        const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : widgets) {
            if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QComboBox *>(widget))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++checked;
        }
        QVERIFY(checked >= 12);
    }

    void shouldTimeRateAndSaveARunForAnAnswer()
    {
        // GIVEN an answer and the dialog on it
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        const qint64 question = addQuestion(acme, QStringLiteral("Tell me about a time you failed."));
        const qint64 answer = addAnswer(acme, question, AnswerStatus::Ready);
        openDialog();
        m_dialog->setAnswer(answer);
        QCOMPARE(m_dialog->currentCandidate()->answerId, answer);
        QCOMPARE(questionOnScreen(), QStringLiteral("Tell me about a time you failed."));
        QCOMPARE(text("practiceClockLabel"), QStringLiteral("0:00"));
        QCOMPARE(text("practiceTargetLabel"), QStringLiteral("Target 1:30–2:30"));

        // WHEN Space starts the clock, 2:05 pass, Space stops it, 4 rates it and Enter saves
        m_clock->advanceSeconds(30); // before the start: does not count
        press(Qt::Key_Space);
        QVERIFY(m_dialog->timer().isRunning());
        const QDateTime startedAt = m_clock->nowUtc();
        m_clock->advance(125'300);
        m_dialog->updateClock();
        QCOMPARE(text("practiceClockLabel"), QStringLiteral("2:05"));
        QCOMPARE(text("practicePhaseLabel"), QStringLiteral("On target"));
        press(Qt::Key_Space);
        QVERIFY(m_dialog->timer().isStopped());
        QVERIFY(child<QGroupBox>("practiceResultBox")->isVisible());
        QVERIFY(text("practiceDurationLabel").startsWith(QStringLiteral("You spoke for 2:05, within the target.")));
        press(Qt::Key_4);
        QVERIFY(child<QRadioButton>("practiceRating4")->isChecked());
        QCOMPARE(m_dialog->rating(), 4);
        QSignalSpy saved(m_dialog.get(), &PracticeDialog::runSaved);
        press(Qt::Key_Return);

        // THEN the vault holds one run of that answer, and the chart shows it
        QCOMPARE(saved.count(), 1);
        const Result<QList<PracticeRun>> runs = m_session->store().practiceRuns();
        VERIFY_OK(runs);
        QCOMPARE(runs->size(), 1);
        const PracticeRun run = runs->first();
        QCOMPARE(run.id, saved.first().first().toLongLong());
        QCOMPARE(run.answerId, answer);
        QCOMPARE(run.questionId, 0);
        QCOMPARE(run.seconds, 125);
        QCOMPARE(run.rating, 4);
        QCOMPARE(run.startedAt, startedAt);
        auto *chart = child<PracticeHistoryChart>("practiceHistoryChart");
        QCOMPARE(chart->runs().size(), 1);
        QVERIFY2(chart->summary().endsWith(QStringLiteral("last 2:05, target 1:30–2:30")),
                 qPrintable(chart->summary()));
        QVERIFY(!child<QPushButton>("practiceSaveButton")->isEnabled());
        QVERIFY(text("practiceQuestionMeta").contains(QStringLiteral("last rated 4 of 5")));

        // AND the save is one undo step
        QCOMPARE(m_session->undoStack().count(), 1);
        m_session->undoStack().undo();
        QCOMPARE(m_session->store().practiceRuns()->size(), 0);
        QCOMPARE(chart->runs().size(), 0);
    }

    void shouldSaveARunForAQuestionWithoutAnswer()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        const qint64 question = addQuestion(acme, QStringLiteral("Why Acme?"));
        openDialog();
        QCOMPARE(m_dialog->currentCandidate()->questionId, question);
        QVERIFY(text("practiceQuestionMeta").startsWith(QStringLiteral("No answer yet")));

        click("practiceStartButton");
        m_clock->advanceSeconds(47);
        click("practiceStopButton");
        QVERIFY(text("practiceDurationLabel").startsWith(QStringLiteral("You spoke for 0:47, 0:43 under the target.")));
        QVERIFY(m_dialog->saveRun()); // unrated is fine

        const QList<PracticeRun> runs = m_session->store().practiceRuns().value();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().answerId, 0);
        QCOMPARE(runs.first().questionId, question);
        QCOMPARE(runs.first().seconds, 47);
        QCOMPARE(runs.first().rating, 0);
        QCOMPARE(child<PracticeHistoryChart>("practiceHistoryChart")->runs().size(), 1);
    }

    void shouldNotCountPausedTime()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        addQuestion(acme, QStringLiteral("Why Acme?"));
        openDialog();
        click("practiceStartButton");
        m_clock->advanceSeconds(20);
        click("practicePauseButton");
        QCOMPARE(child<QPushButton>("practicePauseButton")->text(), QStringLiteral("Res&ume"));
        QCOMPARE(text("practicePhaseLabel"), QStringLiteral("Paused"));
        m_clock->advanceSeconds(300);
        click("practicePauseButton");
        m_clock->advanceSeconds(15);
        press(Qt::Key_Space);
        QCOMPARE(m_dialog->timer().elapsedSeconds(), 35);
        QCOMPARE(text("practiceClockLabel"), QStringLiteral("0:35"));
    }

    void shouldWarnPastTheMaximumInWordsAndColour()
    {
        SpeakingPace pace;
        pace.minSeconds = 60;
        pace.maxSeconds = 120;
        Preferences::instance().setSpeakingPace(pace);
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        addQuestion(acme, QStringLiteral("Why Acme?"));
        openDialog();
        QCOMPARE(text("practiceTargetLabel"), QStringLiteral("Target 1:00–2:00"));
        auto *clock = child<QLabel>("practiceClockLabel");
        const QColor normal = clock->palette().color(QPalette::WindowText);

        press(Qt::Key_Space);
        m_clock->advanceSeconds(30);
        m_dialog->updateClock();
        QCOMPARE(text("practicePhaseLabel"), QStringLiteral("Keep going: 0:30 to the target"));
        QCOMPARE(clock->palette().color(QPalette::WindowText), normal);

        m_clock->advanceSeconds(102);
        m_dialog->updateClock();
        QCOMPARE(text("practiceClockLabel"), QStringLiteral("2:12"));
        QCOMPARE(text("practicePhaseLabel"), QStringLiteral("Over time by 0:12: wrap up"));
        QCOMPARE(clock->palette().color(QPalette::WindowText),
                 PracticeHistoryChart::overColor(m_dialog->palette()));
        QVERIFY(m_dialog->timer().isRunning()); // running over is recorded, never cut off

        // A new target range applies at once.
        pace.maxSeconds = 180;
        Preferences::instance().setSpeakingPace(pace);
        QCOMPARE(text("practiceTargetLabel"), QStringLiteral("Target 1:00–3:00"));
        QCOMPARE(text("practicePhaseLabel"), QStringLiteral("On target"));
    }

    void shouldStartAgainWithoutSaving()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        addQuestion(acme, QStringLiteral("Why Acme?"));
        openDialog();
        press(Qt::Key_Space);
        m_clock->advanceSeconds(50);
        press(Qt::Key_Space);
        press(Qt::Key_2);
        press(Qt::Key_Space); // try again: the unsaved run is dropped
        QVERIFY(m_dialog->timer().isRunning());
        QCOMPARE(m_dialog->timer().elapsedSeconds(), 0);
        QCOMPARE(m_dialog->rating(), 0);
        QVERIFY(!child<QGroupBox>("practiceResultBox")->isVisible());
        QCOMPARE(m_session->store().practiceRuns()->size(), 0);
    }

    void shouldRevealTheAnswersSixSections()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        const qint64 answer = addAnswer(acme, addQuestion(acme, QStringLiteral("Q?")), AnswerStatus::Draft);
        openDialog();
        m_dialog->setAnswer(answer);
        auto *view = child<QTextEdit>("practiceRevealView");
        QVERIFY(!view->isVisible());

        press(Qt::Key_R);

        QVERIFY(m_dialog->isRevealed());
        QVERIFY(view->isVisible());
        const QString shown = view->toPlainText();
        const QStringList expected{
            QStringLiteral("Repeat"),    QStringLiteral("A repeat: so you want to know"),
            QStringLiteral("Situation"), QStringLiteral("A situation: the churn model"),
            QStringLiteral("Task"),      QStringLiteral("A task: ship a fix"),
            QStringLiteral("Action"),    QStringLiteral("A action: rebuilt the features <b>overnight</b>"),
            QStringLiteral("Result"),    QStringLiteral("A result: churn fell by 12%"),
            QStringLiteral("Link back"), QStringLiteral("A link back: that is ownership")};
        qsizetype from = 0;
        for (const QString &part : expected) {
            const qsizetype at = shown.indexOf(part, from);
            QVERIFY2(at >= 0, qPrintable(part + QStringLiteral(" in: ") + shown));
            from = at + part.size();
        }
        QVERIFY(child<QPushButton>("practiceRevealButton")->isChecked());

        press(Qt::Key_R);
        QVERIFY(!view->isVisible());
    }

    void shouldRevealTheStorysBulletNotesWhenAsked_data()
    {
        QTest::addColumn<bool>("revealStoryNotes");
        QTest::newRow("on") << true;
        QTest::newRow("off") << false;
    }
    void shouldRevealTheStorysBulletNotesWhenAsked()
    {
        QFETCH(bool, revealStoryNotes);
        Preferences::instance().setRevealStoryNotes(revealStoryNotes);
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        ValuePrinciple value;
        value.companyId = acme;
        value.name = QStringLiteral("Ownership");
        const qint64 valueId = m_session->store().addValue(value).value();
        Story story;
        story.title = QStringLiteral("Churn model rescue");
        const qint64 storyId = m_session->store().addStory(story).value();
        VERIFY_OK(m_session->store().setLink({storyId, valueId, QStringLiteral("- stayed up to fix it")}));
        Answer answer;
        answer.companyId = acme;
        answer.storyId = storyId;
        answer.valueId = valueId;
        answer.repeat = QStringLiteral("How I own problems");
        const qint64 answerId = m_session->store().addAnswer(answer).value();

        openDialog();
        m_dialog->setAnswer(answerId);
        m_dialog->setRevealed(true);
        const QString shown = child<QTextEdit>("practiceRevealView")->toPlainText();
        QCOMPARE(shown.contains(QStringLiteral("- stayed up to fix it")), revealStoryNotes);
        QCOMPARE(shown.contains(QStringLiteral("Churn model rescue")), revealStoryNotes);
        QVERIFY(shown.contains(QStringLiteral("(not written yet)")));
        QCOMPARE(questionOnScreen(), QStringLiteral("How I own problems"));
    }

    void shouldRevealFittingStoryNotesForAQuestionWithoutAnswer()
    {
        // GIVEN Acme's values Ownership and Customer obsession, one story mapped to each, and a
        // question about ownership without an answer
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        ValuePrinciple ownership;
        ownership.companyId = acme;
        ownership.name = QStringLiteral("Ownership");
        ownership.themes = QStringList{QStringLiteral("ownership")};
        const qint64 ownershipId = m_session->store().addValue(ownership).value();
        ValuePrinciple customers;
        customers.companyId = acme;
        customers.name = QStringLiteral("Customer obsession");
        customers.themes = QStringList{QStringLiteral("customer-focus")};
        const qint64 customersId = m_session->store().addValue(customers).value();
        Story rescue;
        rescue.title = QStringLiteral("Churn model rescue");
        const qint64 rescueId = m_session->store().addStory(rescue).value();
        Story survey;
        survey.title = QStringLiteral("User survey");
        const qint64 surveyId = m_session->store().addStory(survey).value();
        VERIFY_OK(m_session->store().setLink({rescueId, ownershipId, QStringLiteral("- owned the fix end to end")}));
        VERIFY_OK(m_session->store().setLink({surveyId, customersId, QStringLiteral("- talked to 40 users")}));
        addQuestion(acme, QStringLiteral("Tell me about a time you took ownership of a problem."),
                    {QStringLiteral("ownership")});

        // WHEN revealing
        openDialog();
        QVERIFY(!m_dialog->currentCandidate()->isAnswer());
        m_dialog->setRevealed(true);

        // THEN only the fitting story's notes show
        const QString shown = child<QTextEdit>("practiceRevealView")->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Churn model rescue")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("- owned the fix end to end")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("talked to 40 users")), qPrintable(shown));
        QVERIFY2(shown.startsWith(QStringLiteral("No answer yet.")), qPrintable(shown));
    }

    void shouldPickTheWeakestFirst()
    {
        // GIVEN a ready answer, a draft practised yesterday, a draft never practised, and a
        // question without an answer practised today
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        addAnswer(acme, addQuestion(acme, QStringLiteral("Ready one")), AnswerStatus::Ready);
        const qint64 practised = addAnswer(acme, addQuestion(acme, QStringLiteral("Practised draft")),
                                           AnswerStatus::Draft);
        addAnswer(acme, addQuestion(acme, QStringLiteral("Fresh draft")), AnswerStatus::Draft);
        const qint64 bare = addQuestion(acme, QStringLiteral("Unanswered"));
        PracticeRun yesterday;
        yesterday.answerId = practised;
        yesterday.startedAt = kWallStart.addDays(-1);
        yesterday.seconds = 100;
        VERIFY_OK(m_session->store().addPracticeRun(yesterday));
        PracticeRun today;
        today.questionId = bare;
        today.startedAt = kWallStart.addSecs(-60);
        today.seconds = 100;
        VERIFY_OK(m_session->store().addPracticeRun(today));

        // WHEN practising weakest first
        Preferences::instance().setPracticeOrder(PracticeOrder::WeakestFirst);
        openDialog();
        QCOMPARE(m_dialog->order(), PracticeOrder::WeakestFirst);

        // THEN the unanswered question comes first, then the fresh draft, then the practised one
        QCOMPARE(questionOnScreen(), QStringLiteral("Unanswered"));
        click("practiceNextButton");
        QCOMPARE(questionOnScreen(), QStringLiteral("Fresh draft"));
        click("practiceNextButton");
        QCOMPARE(questionOnScreen(), QStringLiteral("Unanswered"));
    }

    void shouldTakeTheDefaultOrderFromThePreferences_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("chosen") << int(PracticeOrder::Chosen);
        QTest::newRow("random") << int(PracticeOrder::Random);
        QTest::newRow("weakest") << int(PracticeOrder::WeakestFirst);
    }
    void shouldTakeTheDefaultOrderFromThePreferences()
    {
        QFETCH(int, order);
        Preferences::instance().setPracticeOrder(PracticeOrder(order));
        openDialog();
        QCOMPARE(int(m_dialog->order()), order);
        QCOMPARE(child<QComboBox>("practiceOrderCombo")->currentData().toInt(), order);
    }

    void shouldWalkTheListInChosenOrder()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        addQuestion(acme, QStringLiteral("First"));
        addQuestion(acme, QStringLiteral("Second"));
        addQuestion(acme, QStringLiteral("Third"));
        openDialog();
        m_dialog->setOrder(PracticeOrder::Chosen);
        auto *chooser = child<QComboBox>("practiceQuestionCombo");
        QCOMPARE(chooser->count(), 3);
        chooser->setCurrentIndex(1);
        QCOMPARE(questionOnScreen(), QStringLiteral("Second"));
        m_dialog->nextQuestion();
        QCOMPARE(questionOnScreen(), QStringLiteral("Third"));
        QCOMPARE(chooser->currentIndex(), 2);
        m_dialog->nextQuestion();
        QCOMPARE(questionOnScreen(), QStringLiteral("First"));
    }

    void shouldNeverAskTheSameQuestionTwiceInARowAtRandom()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        for (int i = 1; i <= 3; ++i)
            addQuestion(acme, QStringLiteral("Question %1").arg(i));
        openDialog();
        m_dialog->setOrder(PracticeOrder::Random);
        m_dialog->setRandomSeed(7);
        QString previous = questionOnScreen();
        for (int i = 0; i < 30; ++i) {
            m_dialog->nextQuestion();
            QVERIFY(questionOnScreen() != previous);
            previous = questionOnScreen();
        }
    }

    void shouldSwitchCompanies()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        const qint64 globex = addCompany(QStringLiteral("Globex"));
        addQuestion(acme, QStringLiteral("Why Acme?"));
        addQuestion(globex, QStringLiteral("Why Globex?"));
        openDialog();
        QCOMPARE(m_dialog->companyId(), acme); // the first by name
        auto *companies = child<QComboBox>("practiceCompanyCombo");
        companies->setCurrentIndex(companies->findData(globex));
        QCOMPARE(m_dialog->companyId(), globex);
        QCOMPARE(questionOnScreen(), QStringLiteral("Why Globex?"));
        m_dialog->setCompany(acme);
        QCOMPARE(companies->currentData().toLongLong(), acme);
        QCOMPARE(questionOnScreen(), QStringLiteral("Why Acme?"));
    }

    void shouldPractiseGeneralQuestionsOnlyWhenThereAreSome()
    {
        // GIVEN Acme with a question, and no general question yet
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        addQuestion(acme, QStringLiteral("Why Acme?"));
        openDialog();
        auto *companies = child<QComboBox>("practiceCompanyCombo");
        QCOMPARE(companies->count(), 1);

        // WHEN asked for the general questions, THEN it stays on Acme
        m_dialog->setCompany(0);
        QCOMPARE(m_dialog->companyId(), acme);
        QCOMPARE(questionOnScreen(), QStringLiteral("Why Acme?"));

        // WHEN a general question exists, THEN it gets its own entry
        Question general;
        general.text = QStringLiteral("What is your greatest weakness?");
        VERIFY_OK(m_commands->addQuestion(general));
        QCOMPARE(companies->count(), 2);
        m_dialog->setCompany(0);
        QCOMPARE(m_dialog->companyId(), 0);
        QCOMPARE(companies->currentText(), QStringLiteral("General questions"));
        QCOMPARE(questionOnScreen(), QStringLiteral("What is your greatest weakness?"));
    }

    void shouldFollowQuestionsAddedWhileOpen()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        openDialog();
        QCOMPARE(child<QStackedWidget>("practiceStack")->currentWidget(),
                 child<QLabel>("practiceEmptyState"));
        Question question;
        question.companyId = acme;
        question.text = QStringLiteral("Added later");
        VERIFY_OK(m_commands->addQuestion(question));
        QCOMPARE(questionOnScreen(), QStringLiteral("Added later"));
        QVERIFY(child<QPushButton>("practiceStartButton")->isEnabled());
    }

    void shouldShowWhenTheVaultRefusesTheRun()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        addQuestion(acme, QStringLiteral("Why Acme?"));
        openDialog();
        press(Qt::Key_Space);
        m_clock->advanceSeconds(100);
        press(Qt::Key_Space);
        // Behind the store's back, make every new practice run fail.
        test::withSqlite(m_session->path(), false, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_runs BEFORE INSERT ON practice_runs "
                                          "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")));
        });

        QVERIFY(!m_dialog->saveRun());

        auto *error = child<QLabel>("practiceErrorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QVERIFY2(error->text().startsWith(QStringLiteral("Could not save the practice run")),
                 qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("the disk is full")), qPrintable(error->text()));
        QVERIFY(child<QPushButton>("practiceSaveButton")->isEnabled()); // can retry
        QCOMPARE(m_session->undoStack().count(), 0);
    }

    void shouldStopTheClockWhenClosed()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        addQuestion(acme, QStringLiteral("Why Acme?"));
        openDialog();
        press(Qt::Key_Space);
        m_clock->advanceSeconds(12);
        m_dialog->close();
        QVERIFY(m_dialog->timer().isStopped());
        m_clock->advanceSeconds(100);
        QCOMPARE(m_dialog->timer().elapsedSeconds(), 12);
    }

    void shouldShowLongQuestionsAsPlainWrappedText()
    {
        const qint64 acme = addCompany(QStringLiteral("Acme"));
        QString longText = QStringLiteral("<b>Tell</b> me about ");
        for (int i = 0; i < 40; ++i)
            longText += QStringLiteral("a very long and winding situation ");
        addQuestion(acme, longText.trimmed());
        openDialog();
        auto *label = child<QLabel>("practiceQuestionLabel");
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->wordWrap());
        QCOMPARE(label->text(), longText.trimmed());
        QVERIFY(label->width() <= m_dialog->width());
        // The chooser elides it; the tooltip keeps it whole.
        auto *chooser = child<QComboBox>("practiceQuestionCombo");
        QVERIFY(chooser->itemText(0).size() < 120);
        QCOMPARE(chooser->itemData(0, Qt::ToolTipRole).toString(), longText.trimmed());
    }
};

QTEST_MAIN(TestPracticeDialog)
#include "tst_practicedialog.moc"
