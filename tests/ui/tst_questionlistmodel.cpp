#include "idsmime.h"
#include "questionlistmodel.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace starling;
using namespace Qt::StringLiterals;

using Model = QuestionListModel;

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error()));           \
    } while (false)

namespace {

QList<BankQuestion> smallBank()
{
    return {
        {u"failure"_s, u"Tell me about a time you failed."_s, {u"resilience"_s}, u"classic"_s},
        {u"deadline"_s, u"Describe a tight deadline."_s, {u"results"_s, u"bias-for-action"_s},
         u"classic"_s},
        {u"model-failed"_s, u"Tell me about a model that failed in production."_s,
         {u"ownership"_s}, u"data-ml"_s},
    };
}

} // namespace

class TestQuestionListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldListTheBankWhenTheVaultHasNoQuestions();
    void shouldListCompanyThenOwnThenBankQuestions();
    void shouldShowAnAdoptedBankQuestionOnceAsTheVaultRow_data();
    void shouldShowAnAdoptedBankQuestionOnceAsTheVaultRow();
    void shouldNotLetACompanyQuestionShadowTheBank();
    void shouldTurnTheBankRowIntoTheVaultRowInPlaceWhenAdopted();
    void shouldBringTheBankRowBackWhenTheAdoptedQuestionIsDeleted();
    void shouldKeepTheBankRowShadowedWhileADuplicateRemains();
    void shouldInsertOneRowWhenAQuestionIsAdded();
    void shouldEmitDataChangedWithRolesWhenAQuestionIsEdited_data();
    void shouldEmitDataChangedWithRolesWhenAQuestionIsEdited();
    void shouldMoveAQuestionWhenItsCompanyChanges();
    void shouldMoveAQuestionWhenItsTextMatchesTheBankOrStopsMatching();
    void shouldRemoveOneRowWhenAQuestionIsDeleted();
    void shouldTrackTheCompaniesAnAnswerWasWrittenFor();
    void shouldLeaveRowsAloneWhenOnlyAnswerTextChanges();
    void shouldDropCompanyQuestionsWhenTheCompanyIsDeleted();
    void shouldRenameTheCompanyOfItsQuestions();
    void shouldSuggestThemesForAQuestionWithout();
    void shouldResetWhenAnotherVaultOpens();
    void shouldDragTheQuestionAsAReference();
    void shouldEscapeTheTextInTheToolTip();
    void shouldFoldForSearch_data();
    void shouldFoldForSearch();
    void shouldMergeTheBundledBank();

private:
    qint64 addCompany(const QString &name);
    qint64 addQuestion(const QString &text, qint64 companyId = 0, const QStringList &themes = {});
    qint64 addAnswer(qint64 questionId, qint64 companyId);
    // One line per row: "company <id> <text>", "own <id> <text>", "bank <key>", or
    // "own <id> <text> [<key>]" for an adopted bank question.
    QStringList rows() const;
    void clearSpies();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_resetSpy;
    std::unique_ptr<QSignalSpy> m_insertSpy;
    std::unique_ptr<QSignalSpy> m_removeSpy;
    std::unique_ptr<QSignalSpy> m_changeSpy;
};

void TestQuestionListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    VERIFY_OK(m_session->open(m_dir->filePath(u"vault.starling"_s)));
    m_model = std::make_unique<Model>(*m_session, smallBank());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_resetSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
    m_insertSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_removeSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_changeSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::dataChanged);
}

void TestQuestionListModel::cleanup()
{
    m_changeSpy.reset();
    m_removeSpy.reset();
    m_insertSpy.reset();
    m_resetSpy.reset();
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_dir.reset();
}

void TestQuestionListModel::clearSpies()
{
    m_resetSpy->clear();
    m_insertSpy->clear();
    m_removeSpy->clear();
    m_changeSpy->clear();
}

qint64 TestQuestionListModel::addCompany(const QString &name)
{
    Company company;
    company.name = name;
    Result<qint64> id = m_session->store().addCompany(company);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

qint64 TestQuestionListModel::addQuestion(const QString &text, qint64 companyId,
                                          const QStringList &themes)
{
    Question question;
    question.text = text;
    question.companyId = companyId;
    question.themes = themes;
    Result<qint64> id = m_session->store().addQuestion(question);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

qint64 TestQuestionListModel::addAnswer(qint64 questionId, qint64 companyId)
{
    Answer answer;
    answer.questionId = questionId;
    answer.companyId = companyId;
    answer.situation = u"Once upon a time"_s;
    Result<qint64> id = m_session->store().addAnswer(answer);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

QStringList TestQuestionListModel::rows() const
{
    QStringList list;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const auto source = Model::Source(index.data(Model::SourceRole).toInt());
        const QString key = index.data(Model::BankKeyRole).toString();
        const QString id = QString::number(index.data(Model::QuestionIdRole).toLongLong());
        const QString text = index.data(Model::TextRole).toString();
        switch (source) {
        case Model::Source::Bank: list.append(u"bank "_s + key); break;
        case Model::Source::Own:
            list.append(
                u"own %1 %2%3"_s.arg(id, text, key.isEmpty() ? QString() : u" ["_s + key + u']'));
            break;
        case Model::Source::Company:
            list.append(u"company %1 %2"_s.arg(id, text));
            break;
        }
    }
    return list;
}

void TestQuestionListModel::shouldListTheBankWhenTheVaultHasNoQuestions()
{
    QCOMPARE(rows(), (QStringList{u"bank failure"_s, u"bank deadline"_s, u"bank model-failed"_s}));
    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data(Model::QuestionIdRole).toLongLong(), 0);
    QCOMPARE(first.data().toString(), u"Tell me about a time you failed."_s);
    QCOMPARE(first.data(Model::ThemesRole).toStringList(), QStringList{u"resilience"_s});
    QCOMPARE(first.data(Model::EffectiveThemesRole).toStringList(), QStringList{u"resilience"_s});
    QCOMPARE(first.data(Model::CompanyIdRole).toLongLong(), 0);
    QCOMPARE(first.data(Model::CategoryRole).toString(), u"classic"_s);
    QCOMPARE(m_model->index(2).data(Model::CategoryRole).toString(), u"data-ml"_s);
    QCOMPARE(first.data(Model::AnsweredCompaniesRole).value<QList<qint64>>(), QList<qint64>());
    QCOMPARE(first.data(Model::AnswerCountRole).toInt(), 0);
    QCOMPARE(first.data(Model::CompanyNameRole).toString(), QString());
}

void TestQuestionListModel::shouldListCompanyThenOwnThenBankQuestions()
{
    // GIVEN questions of two companies and two of your own, added out of order
    const qint64 acme = addCompany(u"Acme"_s);
    const qint64 globex = addCompany(u"Globex"_s);
    const qint64 own1 = addQuestion(u"Why data science?"_s);
    const qint64 g1 = addQuestion(u"Why Globex?"_s, globex);
    const qint64 a1 = addQuestion(u"Why Acme?"_s, acme);
    const qint64 own2 = addQuestion(u"Why now?"_s);

    // WHEN a model is built over them
    Model model(*m_session, smallBank());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // THEN company questions come first (by company), then your own, then the bank
    QCOMPARE(model.rowCount(), 7);
    const QList<qint64> ids{a1, g1, own1, own2, 0, 0, 0};
    for (int row = 0; row < 7; ++row)
        QCOMPARE(model.index(row).data(Model::QuestionIdRole).toLongLong(), ids.at(row));
    QCOMPARE(Model::Source(model.index(0).data(Model::SourceRole).toInt()), Model::Source::Company);
    QCOMPARE(model.index(0).data(Model::CompanyNameRole).toString(), u"Acme"_s);
    QCOMPARE(model.index(1).data(Model::CompanyIdRole).toLongLong(), globex);
    QCOMPARE(Model::Source(model.index(2).data(Model::SourceRole).toInt()), Model::Source::Own);
    QCOMPARE(model.index(2).data(Model::CategoryRole).toString(), QString());
    QCOMPARE(model.rowForQuestionId(own2), 3);
    QCOMPARE(model.indexForQuestionId(g1), model.index(1));
    QVERIFY(!model.indexForQuestionId(4242).isValid());
    QCOMPARE(model.rowForBankKey(u"deadline"_s), 5);
}

void TestQuestionListModel::shouldShowAnAdoptedBankQuestionOnceAsTheVaultRow_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("same text") << u"Describe a tight deadline."_s;
    QTest::newRow("other case and spacing") << u"  describe a TIGHT\tdeadline. "_s;
}

void TestQuestionListModel::shouldShowAnAdoptedBankQuestionOnceAsTheVaultRow()
{
    // GIVEN the vault holds a bank question's text as a general question
    QFETCH(QString, text);
    const qint64 id = addQuestion(text, 0, {u"results"_s});

    // WHEN a model is built
    Model model(*m_session, smallBank());

    // THEN it shows once, as the vault row, where the bank question stands
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex index = model.index(1);
    QCOMPARE(index.data(Model::QuestionIdRole).toLongLong(), id);
    QCOMPARE(index.data(Model::BankKeyRole).toString(), u"deadline"_s);
    QCOMPARE(index.data(Model::CategoryRole).toString(), u"classic"_s);
    QCOMPARE(index.data(Model::TextRole).toString(), text);
    QCOMPARE(Model::Source(index.data(Model::SourceRole).toInt()), Model::Source::Own);
    QCOMPARE(model.rowForBankKey(u"deadline"_s), 1);
}

void TestQuestionListModel::shouldNotLetACompanyQuestionShadowTheBank()
{
    const qint64 acme = addCompany(u"Acme"_s);
    clearSpies();
    const qint64 id = addQuestion(u"Describe a tight deadline."_s, acme);

    QCOMPARE(rows(), (QStringList{u"company %1 Describe a tight deadline."_s.arg(id),
                                  u"bank failure"_s, u"bank deadline"_s, u"bank model-failed"_s}));
    QCOMPARE(m_insertSpy->count(), 1);
    QCOMPARE(m_model->index(0).data(Model::BankKeyRole).toString(), QString());
}

void TestQuestionListModel::shouldTurnTheBankRowIntoTheVaultRowInPlaceWhenAdopted()
{
    // WHEN the deadline bank question is adopted into the vault
    const qint64 id = addQuestion(u"Describe a tight deadline."_s, 0, {u"results"_s});

    // THEN its row changes in place: no row comes or goes, so a selection on it stays
    QCOMPARE(m_insertSpy->count(), 0);
    QCOMPARE(m_removeSpy->count(), 0);
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(m_changeSpy->first().at(0).toModelIndex(), m_model->index(1));
    QCOMPARE(rows(), (QStringList{u"bank failure"_s,
                                  u"own %1 Describe a tight deadline. [deadline]"_s.arg(id),
                                  u"bank model-failed"_s}));
    QCOMPARE(m_model->index(1).data(Model::ThemesRole).toStringList(), QStringList{u"results"_s});
}

void TestQuestionListModel::shouldBringTheBankRowBackWhenTheAdoptedQuestionIsDeleted()
{
    // GIVEN an adopted bank question
    const qint64 id = addQuestion(u"Tell me about a time you failed."_s);
    clearSpies();

    // WHEN it is deleted from the vault
    VERIFY_OK(m_session->store().removeQuestion(id));

    // THEN the bank question is back in the same row
    QCOMPARE(m_removeSpy->count(), 0);
    QCOMPARE(m_insertSpy->count(), 0);
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(rows(), (QStringList{u"bank failure"_s, u"bank deadline"_s, u"bank model-failed"_s}));
}

void TestQuestionListModel::shouldKeepTheBankRowShadowedWhileADuplicateRemains()
{
    // GIVEN the same bank text twice in the vault
    const qint64 first = addQuestion(u"Tell me about a time you failed."_s);
    const qint64 second = addQuestion(u"tell me about a time you failed."_s);
    QCOMPARE(rows(),
             (QStringList{u"own %1 Tell me about a time you failed. [failure]"_s.arg(first),
                          u"own %1 tell me about a time you failed. [failure]"_s.arg(second),
                          u"bank deadline"_s, u"bank model-failed"_s}));

    // WHEN the first is deleted, THEN the second still stands for the bank question
    VERIFY_OK(m_session->store().removeQuestion(first));
    QCOMPARE(rows(),
             (QStringList{u"own %1 tell me about a time you failed. [failure]"_s.arg(second),
                          u"bank deadline"_s, u"bank model-failed"_s}));
    // WHEN the second goes too, THEN the bank question is back
    VERIFY_OK(m_session->store().removeQuestion(second));
    QCOMPARE(rows(), (QStringList{u"bank failure"_s, u"bank deadline"_s, u"bank model-failed"_s}));
}

void TestQuestionListModel::shouldInsertOneRowWhenAQuestionIsAdded()
{
    const qint64 id = addQuestion(u"Why us?"_s, 0, {u"customer-focus"_s});

    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(m_insertSpy->count(), 1);
    QCOMPARE(m_insertSpy->first().at(1).toInt(), 0);
    QCOMPARE(m_model->index(0).data(Model::QuestionIdRole).toLongLong(), id);
    QCOMPARE(m_model->rowCount(), 4);
}

void TestQuestionListModel::shouldEmitDataChangedWithRolesWhenAQuestionIsEdited_data()
{
    QTest::addColumn<quint32>("fields");
    QTest::addColumn<QList<int>>("roles");
    QTest::newRow("text") << quint32(QuestionField::Text)
                          << QList<int>{Qt::DisplayRole, Qt::EditRole, Model::TextRole,
                                        Qt::ToolTipRole, Model::SearchTextRole,
                                        Model::EffectiveThemesRole};
    QTest::newRow("themes") << quint32(QuestionField::Themes)
                            << QList<int>{Model::ThemesRole, Model::EffectiveThemesRole,
                                          Qt::ToolTipRole};
}

void TestQuestionListModel::shouldEmitDataChangedWithRolesWhenAQuestionIsEdited()
{
    // GIVEN a question of your own
    QFETCH(quint32, fields);
    QFETCH(QList<int>, roles);
    const qint64 id = addQuestion(u"Why us?"_s);
    clearSpies();

    // WHEN its text or themes are edited
    Question question = m_session->store().question(id).value();
    question.text = u"Why \u00e9cole?"_s;
    question.themes = {u"learning"_s};
    VERIFY_OK(m_session->store().updateQuestion(question, fields));

    // THEN just its row changes, naming the roles that moved
    QCOMPARE(m_insertSpy->count(), 0);
    QCOMPARE(m_removeSpy->count(), 0);
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(m_changeSpy->first().at(0).toModelIndex(), m_model->index(0));
    QCOMPARE(m_changeSpy->first().at(2).value<QList<int>>(), roles);
    const QModelIndex index = m_model->index(0);
    if (fields & QuestionField::Text) {
        QCOMPARE(index.data().toString(), u"Why \u00e9cole?"_s);
        QCOMPARE(index.data(Model::SearchTextRole).toString(), u"why ecole?"_s);
    } else {
        QCOMPARE(index.data(Model::ThemesRole).toStringList(), QStringList{u"learning"_s});
    }
}

void TestQuestionListModel::shouldMoveAQuestionWhenItsCompanyChanges()
{
    // GIVEN a question of your own
    const qint64 acme = addCompany(u"Acme"_s);
    const qint64 own = addQuestion(u"Why us?"_s);
    clearSpies();

    // WHEN it becomes Acme's own
    Question question = m_session->store().question(own).value();
    question.companyId = acme;
    VERIFY_OK(m_session->store().updateQuestion(question, QuestionField::Company));

    // THEN it moves to the company section
    QCOMPARE(rows().first(), u"company %1 Why us?"_s.arg(own));
    QCOMPARE(m_model->index(0).data(Model::CompanyNameRole).toString(), u"Acme"_s);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestQuestionListModel::shouldMoveAQuestionWhenItsTextMatchesTheBankOrStopsMatching()
{
    // GIVEN a question of your own
    const qint64 id = addQuestion(u"Tell me about a failure."_s);
    QCOMPARE(m_model->rowCount(), 4);

    // WHEN its text becomes a bank question's
    Question question = m_session->store().question(id).value();
    question.text = u"Tell me about a time you failed."_s;
    VERIFY_OK(m_session->store().updateQuestion(question, QuestionField::Text));

    // THEN it takes the bank question's place
    QCOMPARE(rows(), (QStringList{u"own %1 Tell me about a time you failed. [failure]"_s.arg(id),
                                  u"bank deadline"_s, u"bank model-failed"_s}));

    // WHEN it is reworded, THEN the bank question comes back and the question is your own again
    question.text = u"Tell me about a time you failed badly."_s;
    VERIFY_OK(m_session->store().updateQuestion(question, QuestionField::Text));
    QCOMPARE(rows(), (QStringList{u"own %1 Tell me about a time you failed badly."_s.arg(id),
                                  u"bank failure"_s, u"bank deadline"_s, u"bank model-failed"_s}));
}

void TestQuestionListModel::shouldRemoveOneRowWhenAQuestionIsDeleted()
{
    addQuestion(u"Why us?"_s);
    const qint64 id = addQuestion(u"Why now?"_s);
    clearSpies();

    VERIFY_OK(m_session->store().removeQuestion(id));

    QCOMPARE(m_removeSpy->count(), 1);
    QCOMPARE(m_removeSpy->first().at(1).toInt(), 1);
    QCOMPARE(m_model->rowForQuestionId(id), -1);
    QCOMPARE(m_model->rowCount(), 4);
}

void TestQuestionListModel::shouldTrackTheCompaniesAnAnswerWasWrittenFor()
{
    // GIVEN two companies and a question
    const qint64 acme = addCompany(u"Acme"_s);
    const qint64 globex = addCompany(u"Globex"_s);
    const qint64 id = addQuestion(u"Why data?"_s);
    clearSpies();
    const QModelIndex index = m_model->index(0);
    auto answered = [&] { return index.data(Model::AnsweredCompaniesRole).value<QList<qint64>>(); };

    // WHEN it is answered for Globex, then for Acme, then in general
    const qint64 forGlobex = addAnswer(id, globex);
    QCOMPARE(answered(), QList<qint64>{globex});
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(m_changeSpy->first().at(2).value<QList<int>>(),
             (QList<int>{Model::AnsweredCompaniesRole, Model::AnswerCountRole}));
    addAnswer(id, acme);
    const qint64 general = addAnswer(id, 0);

    // THEN both companies show, ascending, and every answer counts
    QCOMPARE(answered(), (QList<qint64>{acme, globex}));
    QCOMPARE(index.data(Model::AnswerCountRole).toInt(), 3);

    // WHEN the Globex answer moves to Acme and the general one goes
    Answer moved = m_session->store().answer(forGlobex).value();
    moved.companyId = acme;
    VERIFY_OK(m_session->store().updateAnswer(moved, AnswerField::Company));
    VERIFY_OK(m_session->store().removeAnswer(general));

    // THEN only Acme is left
    QCOMPARE(answered(), QList<qint64>{acme});
    QCOMPARE(index.data(Model::AnswerCountRole).toInt(), 2);
    QCOMPARE(m_insertSpy->count() + m_removeSpy->count() + m_resetSpy->count(), 0);
}

void TestQuestionListModel::shouldLeaveRowsAloneWhenOnlyAnswerTextChanges()
{
    const qint64 id = addQuestion(u"Why data?"_s);
    const qint64 answerId = addAnswer(id, 0);
    clearSpies();

    Answer answer = m_session->store().answer(answerId).value();
    answer.action = u"I rebuilt the pipeline."_s;
    VERIFY_OK(m_session->store().updateAnswer(answer, AnswerField::Action));

    QCOMPARE(m_changeSpy->count(), 0);
}

void TestQuestionListModel::shouldDropCompanyQuestionsWhenTheCompanyIsDeleted()
{
    // GIVEN a company with its own question, answered there and for a general question
    const qint64 acme = addCompany(u"Acme"_s);
    addQuestion(u"Why Acme?"_s, acme);
    const qint64 general = addQuestion(u"Why data?"_s);
    addAnswer(general, acme);
    QCOMPARE(m_model->rowCount(), 5);

    // WHEN the company is deleted
    VERIFY_OK(m_session->store().removeCompany(acme));

    // THEN its question goes and the general one is no longer answered for it
    QCOMPARE(rows(), (QStringList{u"own %1 Why data?"_s.arg(general), u"bank failure"_s,
                                  u"bank deadline"_s, u"bank model-failed"_s}));
    QCOMPARE(m_model->index(0).data(Model::AnsweredCompaniesRole).value<QList<qint64>>(),
             QList<qint64>());
}

void TestQuestionListModel::shouldRenameTheCompanyOfItsQuestions()
{
    const qint64 acme = addCompany(u"Acme"_s);
    addQuestion(u"Why Acme?"_s, acme);
    addQuestion(u"Why data?"_s);
    clearSpies();

    Company company = m_session->store().company(acme).value();
    company.name = u"Acme Corp"_s;
    VERIFY_OK(m_session->store().updateCompany(company, CompanyField::Name));

    QCOMPARE(m_model->index(0).data(Model::CompanyNameRole).toString(), u"Acme Corp"_s);
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(m_changeSpy->first().at(2).value<QList<int>>(), QList<int>{Model::CompanyNameRole});

    // Notes are not shown here: nothing to refresh.
    clearSpies();
    company.notes = u"Call back"_s;
    VERIFY_OK(m_session->store().updateCompany(company, CompanyField::Notes));
    QCOMPARE(m_changeSpy->count(), 0);
}

void TestQuestionListModel::shouldSuggestThemesForAQuestionWithout()
{
    addQuestion(u"Tell me about a mistake and how you recovered from the failure."_s);
    const QModelIndex index = m_model->index(0);
    QCOMPARE(index.data(Model::ThemesRole).toStringList(), QStringList());
    QVERIFY(index.data(Model::EffectiveThemesRole).toStringList().contains(u"resilience"_s));
}

void TestQuestionListModel::shouldResetWhenAnotherVaultOpens()
{
    addQuestion(u"Why us?"_s);
    clearSpies();

    VERIFY_OK(m_session->open(m_dir->filePath(u"other.starling"_s)));

    QCOMPARE(m_resetSpy->count(), 1);
    QCOMPARE(rows(), (QStringList{u"bank failure"_s, u"bank deadline"_s, u"bank model-failed"_s}));
}

void TestQuestionListModel::shouldDragTheQuestionAsAReference()
{
    // GIVEN a vault question and the bank
    const qint64 id = addQuestion(u"Why us?"_s, 0, {u"customer-focus"_s});
    QVERIFY(m_model->flags(m_model->index(0)) & Qt::ItemIsDragEnabled);
    QVERIFY(m_model->flags(m_model->index(1)) & Qt::ItemIsDragEnabled);
    QCOMPARE(m_model->mimeTypes(), QStringList{QuestionMime::Type});
    QCOMPARE(m_model->supportedDragActions(), Qt::CopyAction);

    // WHEN the rows are dragged, THEN a vault row carries its id, a bank row its text and themes
    std::unique_ptr<QMimeData> vault(m_model->mimeData({m_model->index(0)}));
    QVERIFY(vault);
    QCOMPARE(QuestionMime::read(vault.get())->id, id);
    std::unique_ptr<QMimeData> bank(m_model->mimeData({m_model->index(2)}));
    const QuestionMime::QuestionRef expected{
        0, u"Describe a tight deadline."_s, {u"results"_s, u"bias-for-action"_s}};
    QCOMPARE(QuestionMime::read(bank.get()).value_or(QuestionMime::QuestionRef{}), expected);

    // A multi-row selection drags its first row; nothing valid drags nothing.
    std::unique_ptr<QMimeData> two(m_model->mimeData({m_model->index(2), m_model->index(1)}));
    QCOMPARE(QuestionMime::read(two.get())->text, u"Tell me about a time you failed."_s);
    QVERIFY(!m_model->mimeData({}));
    QVERIFY(!m_model->mimeData({QModelIndex()}));
}

void TestQuestionListModel::shouldEscapeTheTextInTheToolTip()
{
    addQuestion(u"<b>Why</b> & how?"_s, 0, {u"learning"_s});
    const QString tip = m_model->index(0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"&lt;b&gt;Why&lt;/b&gt; &amp; how?"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Learning and growth"_s), qPrintable(tip));
}

void TestQuestionListModel::shouldFoldForSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("case") << u"Tell ME"_s << u"tell me"_s;
    QTest::newRow("composed accent") << u"\u00c9chec"_s << u"echec"_s;
    QTest::newRow("decomposed accent") << u"E\u0301chec"_s << u"echec"_s;
    QTest::newRow("umlaut") << u"\u00c4rger"_s << u"arger"_s;
    QTest::newRow("ligature") << u"\ufb01nance"_s << u"finance"_s;
}

void TestQuestionListModel::shouldFoldForSearch()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(Model::foldForSearch(text), folded);
}

void TestQuestionListModel::shouldMergeTheBundledBank()
{
    Model model(*m_session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.rowCount() >= 90);
    QCOMPARE(model.rowCount(), QuestionBank::all().size());
    QCOMPARE(model.index(0).data(Model::BankKeyRole).toString(), QuestionBank::all().first().key);
}

QTEST_GUILESS_MAIN(TestQuestionListModel)
#include "tst_questionlistmodel.moc"
