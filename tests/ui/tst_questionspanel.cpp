#include "questionbank.h"
#include "questionfilterproxymodel.h"
#include "questionlistmodel.h"
#include "questionspanel.h"
#include "themes.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace starling;
using namespace Qt::StringLiterals;

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto verifyOkResult = (expr);                                                        \
        QVERIFY2(verifyOkResult.ok(),                                                              \
                 verifyOkResult.ok() ? "" : qPrintable(verifyOkResult.error()));                   \
    } while (false)

namespace {

// The panel with its dialogs answered by the test instead of a modal loop.
class HookedPanel : public QuestionsPanel
{
public:
    using QuestionsPanel::QuestionsPanel;

    bool realDialogs = false;
    std::optional<Question> answer; // what askForQuestion() returns
    Question askedWith;
    qint64 askedCompany = -1;
    bool confirm = true;
    int confirmCalls = 0;
    QString confirmText;

protected:
    std::optional<Question> askForQuestion(const Question &initial, qint64 companyChoice) override
    {
        askedWith = initial;
        askedCompany = companyChoice;
        return realDialogs ? QuestionsPanel::askForQuestion(initial, companyChoice) : answer;
    }
    bool confirmDeleteQuestion(const QString &text) override
    {
        ++confirmCalls;
        confirmText = text;
        return realDialogs ? QuestionsPanel::confirmDeleteQuestion(text) : confirm;
    }
};

const QString kDeadline = u"tight-deadline"_s;

} // namespace

class TestQuestionsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldNameEveryControl();
    void shouldListTheBankAndCountIt();
    void shouldFilterBySearchThemeAndScope();
    void shouldShowAnEmptyStateAndClearTheFilters();
    void shouldAdoptABankQuestionOnceWhenAnswered();
    void shouldAnswerOnEnterAndDoubleClick();
    void shouldAnswerAVaultQuestionWithoutAdoptingIt();
    void shouldOnlyEditAndDeleteVaultQuestions();
    void shouldAddANewQuestionForTheCompanyInFocus();
    void shouldShowANewQuestionTheFiltersWouldHide();
    void shouldAddAQuestionThroughTheRealDialog();
    void shouldEditAQuestionAndKeepItSelected();
    void shouldShowWhyAnEditWasRefused();
    void shouldDeleteAQuestionAndUndoIt();
    void shouldAskBeforeDeletingAQuestionWithAnswers();
    void shouldOfferNotYetAnsweredOnlyWithACompany();
    void shouldLetTheScopeFollowTheCompanyInFocus();
    void shouldListCompaniesInTheScopeAndFollowRenames();
    void shouldSuggestStoriesAndValuesThatFit();
    void shouldDescribeRowsForScreenReaders();
    void shouldBeDisabledWithoutAVault();

private:
    template<typename T> T *child(const char *name)
    {
        T *widget = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    qint64 addCompany(const QString &name);
    qint64 addValue(qint64 companyId, const QString &name, const QStringList &themes);
    qint64 addStory(const QString &title, const QString &action);
    bool selectBank(const QString &key);
    QStringList shownTexts();
    static void commitText(QWidget *widget, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<VaultCommands> m_commands;
    std::unique_ptr<HookedPanel> m_panel;
};

void TestQuestionsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    VERIFY_OK(m_session->open(m_dir->filePath(u"vault.starling"_s)));
    m_commands = std::make_unique<VaultCommands>(*m_session);
    m_panel = std::make_unique<HookedPanel>(*m_session, *m_commands);
    m_panel->resize(420, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestQuestionsPanel::cleanup()
{
    m_panel.reset();
    m_commands.reset();
    m_session.reset();
    m_dir.reset();
}

qint64 TestQuestionsPanel::addCompany(const QString &name)
{
    Company company;
    company.name = name;
    const Result<qint64> id = m_commands->addCompany(company);
    if (!id)
        qFatal("addCompany: %s", qPrintable(id.error()));
    return id.value();
}

qint64 TestQuestionsPanel::addValue(qint64 companyId, const QString &name,
                                    const QStringList &themes)
{
    ValuePrinciple value;
    value.companyId = companyId;
    value.name = name;
    value.themes = themes;
    value.position = -1;
    const Result<qint64> id = m_commands->addValue(value);
    if (!id)
        qFatal("addValue: %s", qPrintable(id.error()));
    return id.value();
}

qint64 TestQuestionsPanel::addStory(const QString &title, const QString &action)
{
    Story story;
    story.title = title;
    story.action = action;
    const Result<qint64> id = m_commands->addStory(story);
    if (!id)
        qFatal("addStory: %s", qPrintable(id.error()));
    return id.value();
}

bool TestQuestionsPanel::selectBank(const QString &key)
{
    auto *list = child<QListView>("questionList");
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(QuestionListModel::BankKeyRole).toString() == key) {
            list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

QStringList TestQuestionsPanel::shownTexts()
{
    QStringList texts;
    QAbstractItemModel *model = child<QListView>("questionList")->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, 0).data().toString());
    return texts;
}

void TestQuestionsPanel::commitText(QWidget *widget, const QString &text)
{
    // QTest::keyClicks cannot type outside ASCII; an input method commit is what users send.
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// ---------------------------------------------------------------------------------------------

void TestQuestionsPanel::shouldNameEveryControl()
{
    QCOMPARE(m_panel->objectName(), u"questionsPanel"_s);
    for (const char *name :
         {"questionSearch", "questionThemeFilter", "questionScope", "questionUnansweredOnly",
          "questionList", "questionClearFilters", "questionAnswerButton", "questionNewButton",
          "questionEditButton", "questionDeleteButton", "questionFits"}) {
        QWidget *widget = child<QWidget>(name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    // Every focusable control in the panel has a name screen readers can say.
    auto isPartOfAControl = [this](const QWidget *widget) {
        // A line edit's clear button or a combo box's popup belong to that control.
        for (QWidget *p = widget->parentWidget(); p && p != m_panel.get(); p = p->parentWidget()) {
            if (qobject_cast<QComboBox *>(p) || qobject_cast<QLineEdit *>(p)
                || qobject_cast<QAbstractItemView *>(p)) {
                return true;
            }
        }
        return false;
    };
    const QList<QWidget *> widgets = m_panel->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_panel.get())
            || isPartOfAControl(widget)) {
            continue;
        }
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget)) {
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
}

void TestQuestionsPanel::shouldListTheBankAndCountIt()
{
    const int bank = int(QuestionBank::all().size());
    QCOMPARE(child<QListView>("questionList")->model()->rowCount(), bank);
    QCOMPARE(child<QLabel>("questionCount")->text(), u"%1 question(s)"_s.arg(bank));
    QCOMPARE(child<QStackedWidget>("questionListPages")->currentIndex(), 0);
    QCOMPARE(child<QComboBox>("questionThemeFilter")->count(), 1 + int(Themes::keys().size()));
    QCOMPARE(child<QComboBox>("questionThemeFilter")->itemText(3), u"Learning and growth"_s);
}

void TestQuestionsPanel::shouldFilterBySearchThemeAndScope()
{
    // GIVEN a company with a question of its own, and another company's question
    const qint64 acme = addCompany(u"Acme"_s);
    const qint64 globex = addCompany(u"Globex"_s);
    VERIFY_OK(m_commands->addQuestion({0, u"Why Acme, and why production?"_s, {}, acme}));
    VERIFY_OK(m_commands->addQuestion({0, u"Why Globex, and why production?"_s, {}, globex}));

    // WHEN the user searches
    QTest::keyClicks(child<QLineEdit>("questionSearch"), u"PRODUCTION model"_s);

    // THEN only questions with every word show, and the count says so
    const QStringList texts = shownTexts();
    QVERIFY(!texts.isEmpty());
    for (const QString &text : texts) {
        QVERIFY2(text.contains(u"production"_s, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(u"model"_s, Qt::CaseInsensitive), qPrintable(text));
    }
    QVERIFY(child<QLabel>("questionCount")->text().startsWith(u"%1 of "_s.arg(texts.size())));

    // WHEN they search for "production" in Acme's scope
    child<QLineEdit>("questionSearch")->setText(u"production why"_s);
    auto *scope = child<QComboBox>("questionScope");
    scope->setCurrentIndex(scope->findData(acme));
    emit scope->activated(scope->currentIndex());

    // THEN Acme's own question shows, Globex's does not
    QCOMPARE(shownTexts(), QStringList{u"Why Acme, and why production?"_s});

    // WHEN a theme is picked instead
    child<QLineEdit>("questionSearch")->clear();
    auto *theme = child<QComboBox>("questionThemeFilter");
    theme->setCurrentIndex(theme->findData(u"people-development"_s));

    // THEN every question shown tests it
    QVERIFY(m_panel->proxy()->rowCount() >= 5);
    for (int row = 0; row < m_panel->proxy()->rowCount(); ++row) {
        QVERIFY(m_panel->proxy()
                    ->index(row, 0)
                    .data(QuestionListModel::EffectiveThemesRole)
                    .toStringList()
                    .contains(u"people-development"_s));
    }
}

void TestQuestionsPanel::shouldShowAnEmptyStateAndClearTheFilters()
{
    // WHEN nothing matches
    QTest::keyClicks(child<QLineEdit>("questionSearch"), u"zebra"_s);
    auto *theme = child<QComboBox>("questionThemeFilter");
    theme->setCurrentIndex(2);

    // THEN the empty state says what to do
    QCOMPARE(child<QStackedWidget>("questionListPages")->currentIndex(), 1);
    QCOMPARE(child<QLabel>("questionEmptyState")->text(),
             u"No questions match \u2014 clear the filters."_s);
    QVERIFY(child<QPushButton>("questionClearFilters")->isVisible());
    QVERIFY(!child<QPushButton>("questionAnswerButton")->isEnabled());

    // WHEN the user clears the filters
    QTest::mouseClick(child<QPushButton>("questionClearFilters"), Qt::LeftButton);

    // THEN everything is back
    QCOMPARE(child<QStackedWidget>("questionListPages")->currentIndex(), 0);
    QCOMPARE(child<QLineEdit>("questionSearch")->text(), QString());
    QCOMPARE(theme->currentIndex(), 0);
    QCOMPARE(m_panel->proxy()->rowCount(), int(QuestionBank::all().size()));
}

void TestQuestionsPanel::shouldAdoptABankQuestionOnceWhenAnswered()
{
    // GIVEN a bank question selected
    const qint64 acme = addCompany(u"Acme"_s);
    m_panel->setCompany(acme);
    QVERIFY(selectBank(kDeadline));
    QCOMPARE(m_panel->currentQuestionId(), 0);
    const BankQuestion bank = QuestionBank::find(kDeadline).value();
    QSignalSpy requested(m_panel.get(), &QuestionsPanel::answerRequested);
    const int undoSteps = m_session->undoStack().count();

    // WHEN the user answers it
    QTest::mouseClick(child<QPushButton>("questionAnswerButton"), Qt::LeftButton);

    // THEN it is adopted into the vault once, and the signal carries the vault id
    QCOMPARE(requested.count(), 1);
    const qint64 id = requested.first().at(0).toLongLong();
    QVERIFY(id > 0);
    const QList<Question> questions = m_session->store().questions().value();
    QCOMPARE(questions.size(), 1);
    QCOMPARE(questions.first().id, id);
    QCOMPARE(questions.first().text, bank.text);
    QCOMPARE(questions.first().themes, bank.themes);
    QCOMPARE(questions.first().companyId, 0);
    QCOMPARE(m_session->undoStack().count(), undoSteps + 1);
    // The selected row is now that vault question, in the same place.
    QCOMPARE(m_panel->currentQuestionId(), id);
    QCOMPARE(m_panel->model()->rowCount(), int(QuestionBank::all().size()));

    // WHEN they answer it again
    m_panel->answerCurrent();

    // THEN the same vault question is used: nothing new is added
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().at(0).toLongLong(), id);
    QCOMPARE(m_session->store().questions()->size(), 1);
    QCOMPARE(m_session->undoStack().count(), undoSteps + 1);
    QVERIFY(!child<QLabel>("questionError")->isVisible());
}

void TestQuestionsPanel::shouldAnswerOnEnterAndDoubleClick()
{
    QVERIFY(selectBank(kDeadline));
    QSignalSpy requested(m_panel.get(), &QuestionsPanel::answerRequested);
    auto *list = child<QListView>("questionList");
    list->setFocus();

    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);

    // What a real double click sends: a click, then the double click.
    const QPoint center = list->visualRect(list->currentIndex()).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(requested.count(), 1);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0), requested.at(0).at(0));
    QCOMPARE(m_session->store().questions()->size(), 1);
}

void TestQuestionsPanel::shouldAnswerAVaultQuestionWithoutAdoptingIt()
{
    const Result<qint64> id = m_commands->addQuestion({0, u"Why data science?"_s, {}, 0});
    VERIFY_OK(id);
    QVERIFY(m_panel->selectQuestion(id.value()));
    QSignalSpy requested(m_panel.get(), &QuestionsPanel::answerRequested);
    const int undoSteps = m_session->undoStack().count();

    m_panel->answerCurrent();

    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), id.value());
    QCOMPARE(m_session->undoStack().count(), undoSteps);
}

void TestQuestionsPanel::shouldOnlyEditAndDeleteVaultQuestions()
{
    // GIVEN nothing selected, THEN nothing can be acted on
    QVERIFY(!child<QPushButton>("questionAnswerButton")->isEnabled());
    QVERIFY(!child<QToolButton>("questionEditButton")->isEnabled());

    // GIVEN a bank question, THEN it can be answered but not edited or deleted
    QVERIFY(selectBank(kDeadline));
    QVERIFY(child<QPushButton>("questionAnswerButton")->isEnabled());
    QVERIFY(!child<QToolButton>("questionEditButton")->isEnabled());
    QVERIFY(!child<QToolButton>("questionDeleteButton")->isEnabled());
    m_panel->deleteCurrent();
    QTest::keyClick(child<QListView>("questionList"), Qt::Key_Delete);
    QCOMPARE(m_session->store().questions()->size(), 0);
    QCOMPARE(m_panel->model()->rowCount(), int(QuestionBank::all().size()));

    // GIVEN it is adopted, THEN it can be edited and deleted
    m_panel->answerCurrent();
    QVERIFY(child<QToolButton>("questionEditButton")->isEnabled());
    QVERIFY(child<QToolButton>("questionDeleteButton")->isEnabled());
}

void TestQuestionsPanel::shouldAddANewQuestionForTheCompanyInFocus()
{
    // GIVEN Acme in focus
    const qint64 acme = addCompany(u"Acme"_s);
    m_panel->setCompany(acme);

    // WHEN the user adds a question only Acme asks
    m_panel->answer = Question{0, u"Why Acme?"_s, {u"customer-focus"_s}, acme};
    QTest::mouseClick(child<QToolButton>("questionNewButton"), Qt::LeftButton);

    // THEN the dialog offered Acme, and the question is in the vault, selected
    QCOMPARE(m_panel->askedCompany, acme);
    QCOMPARE(m_panel->askedWith, Question{});
    const QList<Question> questions = m_session->store().questions().value();
    QCOMPARE(questions.size(), 1);
    QCOMPARE(questions.first().companyId, acme);
    QCOMPARE(questions.first().themes, QStringList{u"customer-focus"_s});
    QCOMPARE(m_panel->currentQuestionId(), questions.first().id);
    QCOMPARE(child<QListView>("questionList")->currentIndex().row(), 0);

    // WHEN the user cancels the next one, THEN nothing is added
    m_panel->answer.reset();
    m_panel->newQuestion();
    QCOMPARE(m_session->store().questions()->size(), 1);
}

void TestQuestionsPanel::shouldShowANewQuestionTheFiltersWouldHide()
{
    QTest::keyClicks(child<QLineEdit>("questionSearch"), u"deadline"_s);
    m_panel->answer = Question{0, u"Why us?"_s, {}, 0};

    m_panel->newQuestion();

    QVERIFY(m_panel->currentQuestionId() > 0);
    QCOMPARE(child<QLineEdit>("questionSearch")->text(), QString());
}

void TestQuestionsPanel::shouldAddAQuestionThroughTheRealDialog()
{
    const qint64 acme = addCompany(u"Acme"_s);
    m_panel->setCompany(acme);
    m_panel->realDialogs = true;
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"questionDialog"_s) {
            QTimer::singleShot(20, [] {
                if (QWidget *w = QApplication::activeModalWidget())
                    w->close();
            });
            return;
        }
        auto *ok = dialog->findChild<QPushButton *>(u"questionDialogOk"_s);
        auto *text = dialog->findChild<QPlainTextEdit *>(u"questionTextEdit"_s);
        seen = ok && text && !ok->isEnabled();
        text->setFocus();
        commitText(text, u"Parlez-moi d\u2019un \u00e9chec et de ce que vous avez appris."_s);
        auto *themes = dialog->findChild<QListWidget *>(u"questionThemesList"_s);
        themes->item(2)->setCheckState(Qt::Checked); // learning
        dialog->findChild<QCheckBox *>(u"questionCompanyOnly"_s)->setChecked(true);
        seen = seen && ok->isEnabled();
        ok->click();
    });

    m_panel->newQuestion();

    QVERIFY(seen);
    const QList<Question> questions = m_session->store().questions().value();
    QCOMPARE(questions.size(), 1);
    QCOMPARE(questions.first().text,
             u"Parlez-moi d\u2019un \u00e9chec et de ce que vous avez appris."_s);
    QCOMPARE(questions.first().themes, QStringList{u"learning"_s});
    QCOMPARE(questions.first().companyId, acme);
}

void TestQuestionsPanel::shouldEditAQuestionAndKeepItSelected()
{
    // GIVEN a question of your own, selected
    const qint64 acme = addCompany(u"Acme"_s);
    m_panel->setCompany(acme);
    const Result<qint64> id = m_commands->addQuestion({0, u"Why data?"_s, {}, 0});
    VERIFY_OK(id);
    QVERIFY(m_panel->selectQuestion(id.value()));

    // WHEN the user edits it into an Acme question
    m_panel->answer = Question{0, u"Why data at Acme?"_s, {u"learning"_s}, acme};
    QTest::mouseClick(child<QToolButton>("questionEditButton"), Qt::LeftButton);

    // THEN the dialog started from the question, and the edit is saved and still selected
    QCOMPARE(m_panel->askedWith.id, id.value());
    QCOMPARE(m_panel->askedWith.text, u"Why data?"_s);
    QCOMPARE(m_panel->askedCompany, acme);
    const Question saved = m_session->store().question(id.value()).value();
    QCOMPARE(saved.text, u"Why data at Acme?"_s);
    QCOMPARE(saved.themes, QStringList{u"learning"_s});
    QCOMPARE(saved.companyId, acme);
    QCOMPARE(m_panel->currentQuestionId(), id.value());

    // WHEN it is undone, THEN the question is back as it was
    m_session->undoStack().undo();
    QCOMPARE(m_session->store().question(id.value())->text, u"Why data?"_s);
    QCOMPARE(m_session->store().question(id.value())->companyId, 0);
}

void TestQuestionsPanel::shouldShowWhyAnEditWasRefused()
{
    const Result<qint64> id = m_commands->addQuestion({0, u"Why data?"_s, {}, 0});
    VERIFY_OK(id);
    QVERIFY(m_panel->selectQuestion(id.value()));

    m_panel->answer = Question{0, u"   "_s, {}, 0};
    m_panel->editCurrent();

    auto *error = child<QLabel>("questionError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Could not save the question: "_s),
             qPrintable(error->text()));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QCOMPARE(m_session->store().question(id.value())->text, u"Why data?"_s);
}

void TestQuestionsPanel::shouldDeleteAQuestionAndUndoIt()
{
    // GIVEN a question nobody answered, selected
    const Result<qint64> id = m_commands->addQuestion({0, u"Why data?"_s, {u"learning"_s}, 0});
    VERIFY_OK(id);
    QVERIFY(m_panel->selectQuestion(id.value()));
    const int rows = m_panel->model()->rowCount();

    // WHEN the user deletes it with the Delete key
    child<QListView>("questionList")->setFocus();
    QTest::keyClick(child<QListView>("questionList"), Qt::Key_Delete);

    // THEN it goes without asking, and the next row is selected
    QCOMPARE(m_panel->confirmCalls, 0);
    QVERIFY(!m_session->store().question(id.value()).ok());
    QCOMPARE(m_panel->model()->rowCount(), rows - 1);
    QVERIFY(child<QListView>("questionList")->currentIndex().isValid());

    // WHEN it is undone, THEN it is back with its id and themes
    m_session->undoStack().undo();
    const Result<Question> back = m_session->store().question(id.value());
    VERIFY_OK(back);
    QCOMPARE(back->themes, QStringList{u"learning"_s});
    QCOMPARE(m_panel->model()->rowCount(), rows);
}

void TestQuestionsPanel::shouldAskBeforeDeletingAQuestionWithAnswers()
{
    // GIVEN an adopted bank question with an answer for Acme
    const qint64 acme = addCompany(u"Acme"_s);
    m_panel->setCompany(acme);
    QVERIFY(selectBank(kDeadline));
    m_panel->answerCurrent();
    const qint64 id = m_panel->currentQuestionId();
    Answer answer;
    answer.questionId = id;
    answer.companyId = acme;
    VERIFY_OK(m_commands->addAnswer(answer));

    // WHEN the user deletes it but cancels
    m_panel->confirm = false;
    QTest::mouseClick(child<QToolButton>("questionDeleteButton"), Qt::LeftButton);

    // THEN they were warned about the answer, and nothing changed
    QCOMPARE(m_panel->confirmCalls, 1);
    QVERIFY2(m_panel->confirmText.contains(u"1 answer"_s), qPrintable(m_panel->confirmText));
    VERIFY_OK(m_session->store().question(id));

    // WHEN they confirm
    m_panel->confirm = true;
    m_panel->deleteCurrent();

    // THEN the question goes, the answer keeps its text, and the bank question is back
    QVERIFY(!m_session->store().question(id).ok());
    QCOMPARE(m_session->store().answers()->size(), 1);
    QCOMPARE(m_panel->model()->rowCount(), int(QuestionBank::all().size()));
    QVERIFY(m_panel->model()->rowForBankKey(kDeadline) >= 0);
}

void TestQuestionsPanel::shouldOfferNotYetAnsweredOnlyWithACompany()
{
    // GIVEN no company in focus
    auto *unanswered = child<QCheckBox>("questionUnansweredOnly");
    QVERIFY(!unanswered->isEnabled());

    // WHEN Acme comes into focus
    const qint64 acme = addCompany(u"Acme"_s);
    m_panel->setCompany(acme);
    QVERIFY(unanswered->isEnabled());
    QCOMPARE(unanswered->text(), u"Not yet answered for Acme"_s);

    // AND a question is answered for Acme, and the box ticked
    QVERIFY(selectBank(kDeadline));
    m_panel->answerCurrent();
    Answer answer;
    answer.questionId = m_panel->currentQuestionId();
    answer.companyId = acme;
    VERIFY_OK(m_commands->addAnswer(answer));
    const int all = m_panel->proxy()->rowCount();
    unanswered->setChecked(true);

    // THEN the answered question is hidden
    QCOMPARE(m_panel->proxy()->rowCount(), all - 1);
    QCOMPARE(m_panel->proxy()->unansweredFor(), acme);

    // WHEN the focus moves away, THEN the filter is off
    m_panel->setCompany(0);
    QVERIFY(!unanswered->isEnabled());
    QCOMPARE(m_panel->proxy()->unansweredFor(), 0);
    QCOMPARE(m_panel->proxy()->rowCount(), all);
}

void TestQuestionsPanel::shouldLetTheScopeFollowTheCompanyInFocus()
{
    const qint64 acme = addCompany(u"Acme"_s);
    const qint64 globex = addCompany(u"Globex"_s);
    auto *scope = child<QComboBox>("questionScope");
    QCOMPARE(scope->currentData().toLongLong(), 0);

    // The scope follows the focus...
    m_panel->setCompany(acme);
    QCOMPARE(scope->currentData().toLongLong(), acme);
    QCOMPARE(m_panel->proxy()->companyScope(), acme);
    m_panel->setCompany(globex);
    QCOMPARE(scope->currentData().toLongLong(), globex);

    // ...until the user picks another scope.
    scope->setCurrentIndex(0);
    emit scope->activated(0);
    m_panel->setCompany(acme);
    QCOMPARE(scope->currentData().toLongLong(), 0);
    QCOMPARE(m_panel->proxy()->companyScope(), 0);
}

void TestQuestionsPanel::shouldListCompaniesInTheScopeAndFollowRenames()
{
    const qint64 globex = addCompany(u"globex"_s);
    const qint64 acme = addCompany(u"Acme"_s);
    auto *scope = child<QComboBox>("questionScope");
    QCOMPARE(scope->count(), 3);
    QCOMPARE(scope->itemText(0), u"All questions"_s);
    QCOMPARE(scope->itemData(1).toLongLong(), acme);
    QCOMPARE(scope->itemData(2).toLongLong(), globex);

    // WHEN the scoped company is renamed, THEN it stays scoped under its new name
    scope->setCurrentIndex(2);
    emit scope->activated(2);
    Company company = m_session->store().company(globex).value();
    company.name = u"Aardvark"_s;
    VERIFY_OK(m_commands->updateCompany(company, CompanyField::Name));
    QCOMPARE(scope->itemText(1), u"Aardvark"_s);
    QCOMPARE(scope->currentData().toLongLong(), globex);

    // WHEN it is deleted, THEN the scope falls back to every question
    VERIFY_OK(m_commands->deleteCompany(globex));
    QCOMPARE(scope->count(), 2);
    QCOMPARE(scope->currentData().toLongLong(), 0);
    QCOMPARE(m_panel->proxy()->companyScope(), 0);
}

void TestQuestionsPanel::shouldSuggestStoriesAndValuesThatFit()
{
    // GIVEN a failure story, an unrelated one, and Acme's values
    const qint64 failure = addStory(u"Churn model failure"_s,
                                    u"Our churn model failed after launch; I owned the mistake "
                                    "and recovered."_s);
    addStory(u"Team offsite"_s, u"I organised the lunch."_s);
    const qint64 acme = addCompany(u"Acme"_s);
    addValue(acme, u"Learn from failure"_s, {u"resilience"_s});
    addValue(acme, u"Customers first"_s, {u"customer-focus"_s});
    auto *fits = child<QListWidget>("questionFits");
    auto fitTexts = [fits] {
        QStringList texts;
        for (int row = 0; row < fits->count(); ++row)
            texts.append(fits->item(row)->text());
        return texts;
    };

    // WHEN nothing is selected, THEN the panel says what the section is for
    QCOMPARE(fits->count(), 1);
    QVERIFY(fits->item(0)->text().startsWith(u"Pick a question"_s));

    // WHEN the production-failure question is selected without a company in focus
    QVERIFY(selectBank(u"model-failed-in-production"_s));

    // THEN the failure story fits, and the values wait for a company
    QStringList texts = fitTexts();
    QCOMPARE(texts.at(0), u"Stories"_s);
    QVERIFY2(texts.at(1).startsWith(u"Churn model failure\n"_s), qPrintable(texts.join(u'|')));
    QCOMPARE(fits->item(1)->data(Qt::UserRole).toLongLong(), failure);
    QVERIFY(texts.at(1).contains(u"Mentions: model, failed"_s));
    QVERIFY(!texts.join(u'|').contains(u"Team offsite"_s));
    QVERIFY(texts.last().startsWith(u"Pick a company"_s));

    // WHEN Acme comes into focus, THEN its fitting value is listed with the reason
    m_panel->setCompany(acme);
    texts = fitTexts();
    QVERIFY2(texts.contains(u"Values of Acme"_s), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(u"Learn from failure\nSame theme: Resilience after failure"_s),
             qPrintable(texts.join(u'|')));
    QVERIFY(!texts.join(u'|').contains(u"Customers first"_s));

    // WHEN a new story is written, THEN the section follows
    addStory(u"Failed launch"_s, u"The model failed in production and I recovered it."_s);
    QVERIFY(fitTexts().join(u'|').contains(u"Failed launch"_s));
}

void TestQuestionsPanel::shouldDescribeRowsForScreenReaders()
{
    const qint64 acme = addCompany(u"Acme"_s);
    m_panel->setCompany(acme);
    QVERIFY(selectBank(kDeadline));
    auto *list = child<QListView>("questionList");
    QString text = list->currentIndex().data(Qt::AccessibleTextRole).toString();
    QVERIFY2(text.contains(u"question bank, Classic"_s), qPrintable(text));
    QVERIFY2(text.contains(u"themes: "_s), qPrintable(text));

    m_panel->answerCurrent();
    Answer answer;
    answer.questionId = m_panel->currentQuestionId();
    answer.companyId = acme;
    VERIFY_OK(m_commands->addAnswer(answer));
    text = list->currentIndex().data(Qt::AccessibleTextRole).toString();
    QVERIFY2(text.contains(u"your question"_s), qPrintable(text));
    QVERIFY2(text.contains(u"answered for Acme"_s), qPrintable(text));
}

void TestQuestionsPanel::shouldBeDisabledWithoutAVault()
{
    QVERIFY(m_panel->isEnabled());
    m_session->close();
    QVERIFY(!m_panel->isEnabled());
    QSignalSpy requested(m_panel.get(), &QuestionsPanel::answerRequested);
    QVERIFY(selectBank(kDeadline));
    m_panel->answerCurrent();
    QCOMPARE(requested.count(), 0);
    VERIFY_OK(m_session->open(m_dir->filePath(u"vault.starling"_s)));
    QVERIFY(m_panel->isEnabled());
}

QTEST_MAIN(TestQuestionsPanel)
#include "tst_questionspanel.moc"
