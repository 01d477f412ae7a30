#include "answerlistmodel.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

class TestAnswerListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldListOnlyTheCompanysAnswersInCreationOrder();
    void shouldListEveryAnswerForCompanyZero();
    void shouldTitleRowsByTheirQuestion();
    void shouldInsertUpdateAndRemoveSingleRows();
    void shouldRefreshRowsWhenTheirQuestionOrValueChanges();
    void shouldClearTheQuestionWhenItIsDeleted();
    void shouldFollowCompanyDeletionAndItsUndo();
    void shouldEscapeUserTextInToolTips();

private:
    qint64 addCompany(const QString &name);
    qint64 addAnswer(qint64 companyId, qint64 questionId = 0, qint64 valueId = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<VaultCommands> m_commands;
    std::unique_ptr<AnswerListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAnswerListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    VERIFY_OK(m_session->open(m_dir->filePath(QStringLiteral("vault.starling"))));
    m_commands = std::make_unique<VaultCommands>(*m_session);
    m_model = std::make_unique<AnswerListModel>(*m_session);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAnswerListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_commands.reset();
    m_session.reset();
    m_dir.reset();
}

qint64 TestAnswerListModel::addCompany(const QString &name)
{
    Company company;
    company.name = name;
    return m_session->store().addCompany(company).value();
}

qint64 TestAnswerListModel::addAnswer(qint64 companyId, qint64 questionId, qint64 valueId)
{
    Answer answer;
    answer.companyId = companyId;
    answer.questionId = questionId;
    answer.valueId = valueId;
    return m_commands->addAnswer(answer).value();
}

void TestAnswerListModel::shouldListOnlyTheCompanysAnswersInCreationOrder()
{
    // GIVEN: answers for two companies
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    const qint64 globex = addCompany(QStringLiteral("Globex"));
    const qint64 a1 = addAnswer(acme);
    addAnswer(globex);
    const qint64 a2 = addAnswer(acme);

    // WHEN: the model shows Acme
    m_model->setCompanyId(acme);

    // THEN: only Acme's answers, oldest first
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0).data(AnswerListModel::IdRole).toLongLong(), a1);
    QCOMPARE(m_model->index(1).data(AnswerListModel::IdRole).toLongLong(), a2);
    QCOMPARE(m_model->rowForId(a2), 1);
    QCOMPARE(m_model->answerAt(1).companyId, acme);
    QCOMPARE(m_model->rowForId(999), -1);
}

void TestAnswerListModel::shouldListEveryAnswerForCompanyZero()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    const qint64 globex = addCompany(QStringLiteral("Globex"));
    addAnswer(acme);
    addAnswer(globex);
    QCOMPARE(m_model->rowCount(), 2);
}

void TestAnswerListModel::shouldTitleRowsByTheirQuestion()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    Question question;
    question.text = QStringLiteral("Tell me about a model that failed in production.");
    const qint64 questionId = m_commands->addQuestion(question).value();
    const qint64 withQuestion = addAnswer(acme, questionId);
    const qint64 without = addAnswer(acme);
    m_model->setCompanyId(acme);

    QCOMPARE(m_model->index(0).data().toString(), question.text);
    QCOMPARE(m_model->index(0).data(AnswerListModel::QuestionTextRole).toString(), question.text);
    QCOMPARE(m_model->index(1).data().toString(),
             QStringLiteral("Answer without a question (#%1)").arg(without));

    Answer ready = m_session->store().answer(withQuestion).value();
    ready.status = AnswerStatus::Ready;
    VERIFY_OK(m_commands->updateAnswer(ready, AnswerField::Status));
    QCOMPARE(m_model->index(0).data().toString(), question.text + QStringLiteral(" — ready"));
    QCOMPARE(m_model->index(0).data(AnswerListModel::StatusRole).toInt(), int(AnswerStatus::Ready));

    const QString longText(300, QLatin1Char('x'));
    QVERIFY(AnswerListModel::title(longText, 1).size() < 100);
}

void TestAnswerListModel::shouldInsertUpdateAndRemoveSingleRows()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    const qint64 globex = addCompany(QStringLiteral("Globex"));
    m_model->setCompanyId(acme);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    const qint64 id = addAnswer(acme);
    addAnswer(globex); // not ours: nothing happens
    QCOMPARE(inserted.size(), 1);

    Answer answer = m_session->store().answer(id).value();
    answer.action = QStringLiteral("I rewrote the pipeline.");
    VERIFY_OK(m_commands->updateAnswer(answer, AnswerField::Action));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->answerAt(0).action, answer.action);

    VERIFY_OK(m_commands->deleteAnswer(id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    m_session->undoStack().undo();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->answerAt(0).action, answer.action);
    QCOMPARE(reset.size(), 0);
}

void TestAnswerListModel::shouldRefreshRowsWhenTheirQuestionOrValueChanges()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    ValuePrinciple value;
    value.companyId = acme;
    value.name = QStringLiteral("Ownership");
    const qint64 valueId = m_commands->addValue(value).value();
    Question question;
    question.text = QStringLiteral("A time you owned it?");
    const qint64 questionId = m_commands->addQuestion(question).value();
    addAnswer(acme, questionId, valueId);
    m_model->setCompanyId(acme);
    QCOMPARE(m_model->index(0).data(AnswerListModel::ValueNameRole).toString(), value.name);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    question.id = questionId;
    question.text = QStringLiteral("A time you owned a problem end to end?");
    VERIFY_OK(m_commands->updateQuestion(question, QuestionField::Text));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(0).data().toString(), question.text);

    value.id = valueId;
    value.name = QStringLiteral("Owner mindset");
    VERIFY_OK(m_commands->updateValue(value, ValueField::Name));
    QCOMPARE(m_model->index(0).data(AnswerListModel::ValueNameRole).toString(), value.name);

    VERIFY_OK(m_commands->deleteValue(valueId));
    QCOMPARE(m_model->index(0).data(AnswerListModel::ValueIdRole).toLongLong(), 0);
    QCOMPARE(m_model->index(0).data(AnswerListModel::ValueNameRole).toString(), QString());
}

void TestAnswerListModel::shouldClearTheQuestionWhenItIsDeleted()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    Question question;
    question.text = QStringLiteral("Why data science?");
    const qint64 questionId = m_commands->addQuestion(question).value();
    const qint64 id = addAnswer(acme, questionId);
    m_model->setCompanyId(acme);

    VERIFY_OK(m_commands->deleteQuestion(questionId));
    QCOMPARE(m_model->index(0).data(AnswerListModel::QuestionIdRole).toLongLong(), 0);
    QCOMPARE(m_model->index(0).data().toString(),
             QStringLiteral("Answer without a question (#%1)").arg(id));
    m_session->undoStack().undo();
    QCOMPARE(m_model->index(0).data().toString(), question.text);
}

void TestAnswerListModel::shouldFollowCompanyDeletionAndItsUndo()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    addAnswer(acme);
    addAnswer(acme);
    m_model->setCompanyId(acme);
    VERIFY_OK(m_commands->deleteCompany(acme));
    QCOMPARE(m_model->rowCount(), 0);
    m_session->undoStack().undo();
    QCOMPARE(m_model->rowCount(), 2);
}

void TestAnswerListModel::shouldEscapeUserTextInToolTips()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    Question question;
    question.text = QStringLiteral("<img src=\"file:///etc/hostname\"> & <b>bold</b>");
    const qint64 questionId = m_commands->addQuestion(question).value();
    addAnswer(acme, questionId);
    m_model->setCompanyId(acme);
    const QString tip = m_model->index(0).data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.contains(QStringLiteral("<img")));
    QVERIFY(tip.contains(QStringLiteral("&lt;img")));
    QVERIFY(tip.contains(QStringLiteral("&amp;")));
}

QTEST_MAIN(TestAnswerListModel)
#include "tst_answerlistmodel.moc"
