#include "companylistmodel.h"
#include "vaultcommands.h"
#include "vaultsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace starling;

using Model = CompanyListModel;

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error()));           \
    } while (false)

class TestCompanyListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldLoadCompaniesInIdOrderWhenConstructed();
    void shouldInsertOneRowWhenCompanyAdded();
    void shouldEmitDataChangedWithFieldRolesWhenCompanyUpdated_data();
    void shouldEmitDataChangedWithFieldRolesWhenCompanyUpdated();
    void shouldRemoveOneRowWhenCompanyRemoved();
    void shouldCountValuesAndCoveredValues();
    void shouldLeaveCountsAloneWhenOnlyNamesOrNotesChange();
    void shouldDescribeCountdown_data();
    void shouldDescribeCountdown();
    void shouldRefreshCountdownWhenTodayChanges();
    void shouldFollowUndoOfCompanyDeletion();
    void shouldResetWhenAnotherVaultOpens();
    void shouldEscapeNameInToolTip();
    void shouldFindIndexForId();
    void shouldComputeReadinessOnLoad();
    void shouldRefreshReadinessOnceAfterABurstOfAnswerEdits();
    void shouldCountPractiseOnlyWithinTheLastWeek();

private:
    qint64 addCompany(const QString &name, const QDate &date = {});
    qint64 addValue(qint64 companyId, const QString &name, qint64 parentId = 0);
    qint64 addStory(const QString &title);
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

void TestCompanyListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<VaultSession>();
    const Status opened = m_session->open(m_dir->filePath(QStringLiteral("vault.starling")));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_model = std::make_unique<Model>(*m_session);
    m_model->setToday(QDate(2030, 6, 10));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_resetSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::modelReset);
    m_insertSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_removeSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_changeSpy = std::make_unique<QSignalSpy>(m_model.get(), &QAbstractItemModel::dataChanged);
}

void TestCompanyListModel::cleanup()
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

void TestCompanyListModel::clearSpies()
{
    m_resetSpy->clear();
    m_insertSpy->clear();
    m_removeSpy->clear();
    m_changeSpy->clear();
}

qint64 TestCompanyListModel::addCompany(const QString &name, const QDate &date)
{
    Company company;
    company.name = name;
    company.role = QStringLiteral("Data scientist");
    company.interviewDate = date;
    Result<qint64> id = m_session->store().addCompany(company);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

qint64 TestCompanyListModel::addValue(qint64 companyId, const QString &name, qint64 parentId)
{
    ValuePrinciple value;
    value.companyId = companyId;
    value.parentId = parentId;
    value.name = name;
    value.position = -1;
    Result<qint64> id = m_session->store().addValue(value);
    return id ? id.value() : 0;
}

qint64 TestCompanyListModel::addStory(const QString &title)
{
    Story story;
    story.title = title;
    Result<qint64> id = m_session->store().addStory(story);
    return id ? id.value() : 0;
}

void TestCompanyListModel::shouldLoadCompaniesInIdOrderWhenConstructed()
{
    // GIVEN
    const qint64 a = addCompany(QStringLiteral("Acme"), QDate(2030, 6, 15));
    const qint64 b = addCompany(QStringLiteral("Globex"));
    addValue(a, QStringLiteral("Ownership"));

    // WHEN
    Model model(*m_session);
    model.setToday(QDate(2030, 6, 10));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // THEN
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(Model::IdRole).toLongLong(), a);
    QCOMPARE(model.index(1).data(Model::IdRole).toLongLong(), b);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Acme"));
    QCOMPARE(model.index(0).data(Model::RoleRole).toString(), QStringLiteral("Data scientist"));
    QCOMPARE(model.index(0).data(Model::InterviewDateRole).toDate(), QDate(2030, 6, 15));
    QCOMPARE(model.index(0).data(Model::CountdownRole).toString(), QStringLiteral("in 5 days"));
    QCOMPARE(model.index(1).data(Model::CountdownRole).toString(), QString());
    QVERIFY(model.index(1).data(Model::InterviewDateRole).toDate().isNull());
    QCOMPARE(model.index(0).data(Model::ValueCountRole).toInt(), 1);
    QCOMPARE(model.index(1).data(Model::ValueCountRole).toInt(), 0);
    QCOMPARE(model.companyAt(1).name, QStringLiteral("Globex"));
    QVERIFY(model.lastError().isEmpty());
}

void TestCompanyListModel::shouldInsertOneRowWhenCompanyAdded()
{
    // GIVEN
    addCompany(QStringLiteral("Acme"));
    clearSpies();

    // WHEN
    const qint64 id = addCompany(QStringLiteral("Globex"));

    // THEN
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(m_insertSpy->count(), 1);
    QCOMPARE(m_insertSpy->first().at(1).toInt(), 1);
    QCOMPARE(m_insertSpy->first().at(2).toInt(), 1);
    QCOMPARE(m_model->index(1).data(Model::IdRole).toLongLong(), id);
}

void TestCompanyListModel::shouldEmitDataChangedWithFieldRolesWhenCompanyUpdated_data()
{
    QTest::addColumn<quint32>("field");
    QTest::addColumn<int>("role");
    QTest::newRow("name") << quint32(CompanyField::Name) << int(Qt::DisplayRole);
    QTest::newRow("role") << quint32(CompanyField::Role) << int(Model::RoleRole);
    QTest::newRow("level") << quint32(CompanyField::Level) << int(Model::LevelRole);
    QTest::newRow("date") << quint32(CompanyField::InterviewDate) << int(Model::CountdownRole);
}

void TestCompanyListModel::shouldEmitDataChangedWithFieldRolesWhenCompanyUpdated()
{
    // GIVEN
    QFETCH(quint32, field);
    QFETCH(int, role);
    addCompany(QStringLiteral("Acme"));
    const qint64 id = addCompany(QStringLiteral("Globex"));
    Company company = m_session->store().company(id).value();
    company.name = QStringLiteral("Globex Corp");
    company.role = QStringLiteral("MLE");
    company.level = QStringLiteral("Senior");
    company.interviewDate = QDate(2030, 6, 11);
    clearSpies();

    // WHEN
    VERIFY_OK(m_session->store().updateCompany(company, field));

    // THEN
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(m_changeSpy->first().at(0).toModelIndex(), m_model->index(1));
    QCOMPARE(m_changeSpy->first().at(1).toModelIndex(), m_model->index(1));
    const QList<int> roles = m_changeSpy->first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(role));
    QVERIFY(!roles.contains(Model::ValueCountRole));
    QCOMPARE(m_model->index(1).data(role).isValid(), true);
    if (field == CompanyField::InterviewDate)
        QCOMPARE(m_model->index(1).data(role).toString(), QStringLiteral("tomorrow"));
}

void TestCompanyListModel::shouldRemoveOneRowWhenCompanyRemoved()
{
    // GIVEN
    addCompany(QStringLiteral("Acme"));
    const qint64 id = addCompany(QStringLiteral("Globex"));
    addValue(id, QStringLiteral("Speed"));
    clearSpies();

    // WHEN
    VERIFY_OK(m_session->store().removeCompany(id));

    // THEN
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(m_removeSpy->count(), 1);
    QCOMPARE(m_removeSpy->first().at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowForId(id), -1);
}

void TestCompanyListModel::shouldCountValuesAndCoveredValues()
{
    // GIVEN
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    const qint64 globex = addCompany(QStringLiteral("Globex"));
    const qint64 ownership = addValue(acme, QStringLiteral("Ownership"));
    const qint64 sub = addValue(acme, QStringLiteral("Long term"), ownership);
    addValue(acme, QStringLiteral("Frugality"));
    addValue(globex, QStringLiteral("Speed"));
    const qint64 story = addStory(QStringLiteral("Migration"));
    QCOMPARE(m_model->index(0).data(Model::ValueCountRole).toInt(), 3);
    QCOMPARE(m_model->index(0).data(Model::CoveredCountRole).toInt(), 0);
    clearSpies();

    // WHEN: a sub-principle gets a story
    VERIFY_OK(m_session->store().setLink({story, sub, QString()}));

    // THEN: just Acme's row, just the counts
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(m_changeSpy->first().at(0).toModelIndex(), m_model->index(0));
    const QList<int> roles = m_changeSpy->first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(Model::CoveredCountRole));
    QCOMPARE(m_model->index(0).data(Model::CoveredCountRole).toInt(), 1);
    QCOMPARE(m_model->index(1).data(Model::CoveredCountRole).toInt(), 0);

    // WHEN: a second story on the same value covers nothing new
    const qint64 other = addStory(QStringLiteral("Outage"));
    clearSpies();
    VERIFY_OK(m_session->store().setLink({other, sub, QString()}));
    // THEN
    QCOMPARE(m_changeSpy->count(), 0);

    // WHEN: the covered value's parent goes, taking it along
    VERIFY_OK(m_session->store().removeValue(ownership));
    // THEN
    QCOMPARE(m_model->index(0).data(Model::ValueCountRole).toInt(), 1);
    QCOMPARE(m_model->index(0).data(Model::CoveredCountRole).toInt(), 0);
    QCOMPARE(m_model->index(1).data(Model::ValueCountRole).toInt(), 1);
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestCompanyListModel::shouldLeaveCountsAloneWhenOnlyNamesOrNotesChange()
{
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    const qint64 value = addValue(acme, QStringLiteral("Ownership"));
    const qint64 story = addStory(QStringLiteral("Migration"));
    VERIFY_OK(m_session->store().setLink({story, value, QString()}));
    clearSpies();
    VERIFY_OK(m_session->store().setLink({story, value, QStringLiteral("notes")}));
    ValuePrinciple renamed = m_session->store().value(value).value();
    renamed.name = QStringLiteral("Owner");
    VERIFY_OK(m_session->store().updateValue(renamed, ValueField::Name));
    Company company = m_session->store().company(acme).value();
    company.notes = QStringLiteral("Loop of 4");
    VERIFY_OK(m_session->store().updateCompany(company, CompanyField::Notes));
    QCOMPARE(m_changeSpy->count(), 0);
    QCOMPARE(m_resetSpy->count(), 0);
    QCOMPARE(m_model->companyAt(0).notes, QStringLiteral("Loop of 4"));
}

void TestCompanyListModel::shouldDescribeCountdown_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no date") << QDate() << QString();
    QTest::newRow("today") << QDate(2030, 6, 10) << QStringLiteral("today");
    QTest::newRow("tomorrow") << QDate(2030, 6, 11) << QStringLiteral("tomorrow");
    QTest::newRow("in 5 days") << QDate(2030, 6, 15) << QStringLiteral("in 5 days");
    QTest::newRow("across a month") << QDate(2030, 7, 10) << QStringLiteral("in 30 days");
    QTest::newRow("yesterday") << QDate(2030, 6, 9) << QStringLiteral("yesterday");
    QTest::newRow("3 days ago") << QDate(2030, 6, 7) << QStringLiteral("3 days ago");
}

void TestCompanyListModel::shouldDescribeCountdown()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    addCompany(QStringLiteral("Acme"), date);
    QCOMPARE(m_model->index(0).data(Model::CountdownRole).toString(), expected);
    QCOMPARE(Model::countdown(date, QDate(2030, 6, 10)), expected);
}

void TestCompanyListModel::shouldRefreshCountdownWhenTodayChanges()
{
    // GIVEN
    addCompany(QStringLiteral("Undated"));
    addCompany(QStringLiteral("Acme"), QDate(2030, 6, 12));
    QCOMPARE(m_model->index(1).data(Model::CountdownRole).toString(), QStringLiteral("in 2 days"));
    clearSpies();

    // WHEN
    m_model->setToday(QDate(2030, 6, 11));

    // THEN: only the dated row
    QCOMPARE(m_changeSpy->count(), 1);
    QCOMPARE(m_changeSpy->first().at(0).toModelIndex(), m_model->index(1));
    QVERIFY(m_changeSpy->first().at(2).value<QList<int>>().contains(Model::CountdownRole));
    QCOMPARE(m_model->index(1).data(Model::CountdownRole).toString(), QStringLiteral("tomorrow"));
    QCOMPARE(m_model->today(), QDate(2030, 6, 11));

    // WHEN: back to following the clock
    m_model->setToday({});
    // THEN
    QCOMPARE(m_model->today(), QDate::currentDate());
}

void TestCompanyListModel::shouldFollowUndoOfCompanyDeletion()
{
    // GIVEN
    VaultCommands commands(*m_session);
    addCompany(QStringLiteral("Acme"));
    const qint64 id = addCompany(QStringLiteral("Globex"), QDate(2030, 6, 20));
    addCompany(QStringLiteral("Initech"));
    const qint64 value = addValue(id, QStringLiteral("Speed"));
    addValue(id, QStringLiteral("Craft"));
    VERIFY_OK(m_session->store().setLink({addStory(QStringLiteral("S")), value, QString()}));
    clearSpies();

    // WHEN
    VERIFY_OK(commands.deleteCompany(id));
    // THEN
    QCOMPARE(m_removeSpy->count(), 1);
    QCOMPARE(m_model->rowCount(), 2);

    // WHEN
    m_session->undoStack().undo();
    // THEN: back in its place, with its counts, without a reset
    QCOMPARE(m_insertSpy->count(), 1);
    QCOMPARE(m_insertSpy->first().at(1).toInt(), 1);
    QCOMPARE(m_model->index(1).data(Model::IdRole).toLongLong(), id);
    QCOMPARE(m_model->index(1).data(Model::ValueCountRole).toInt(), 2);
    QCOMPARE(m_model->index(1).data(Model::CoveredCountRole).toInt(), 1);
    QCOMPARE(m_model->index(1).data(Model::CountdownRole).toString(), QStringLiteral("in 10 days"));
    QCOMPARE(m_resetSpy->count(), 0);
}

void TestCompanyListModel::shouldResetWhenAnotherVaultOpens()
{
    addCompany(QStringLiteral("Acme"));
    clearSpies();
    const Status opened = m_session->open(m_dir->filePath(QStringLiteral("other.starling")));
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(m_resetSpy->count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestCompanyListModel::shouldEscapeNameInToolTip()
{
    addCompany(QStringLiteral("<b>Acme</b> & Co"), QDate(2030, 6, 10));
    const QString tip = m_model->index(0).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;Acme&lt;/b&gt; &amp; Co")));
    QVERIFY(tip.contains(QStringLiteral("today")));
}

void TestCompanyListModel::shouldFindIndexForId()
{
    addCompany(QStringLiteral("Acme"));
    const qint64 id = addCompany(QStringLiteral("Globex"));
    QCOMPARE(m_model->indexForId(id), m_model->index(1));
    QVERIFY(!m_model->indexForId(4242).isValid());
    QCOMPARE(m_model->companyAt(7).id, 0);
}

void TestCompanyListModel::shouldComputeReadinessOnLoad()
{
    // GIVEN: a company with two values (one covered) and a ready, complete answer in the vault
    VaultStore &store = m_session->store();
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    const qint64 ownership = addValue(acme, QStringLiteral("Ownership"));
    addValue(acme, QStringLiteral("Frugality"));
    const qint64 story = addStory(QStringLiteral("Outage"));
    QVERIFY(store.setLink({story, ownership, QStringLiteral("")}).ok());
    Answer answer;
    answer.companyId = acme;
    answer.valueId = ownership;
    answer.repeat = QStringLiteral("A time something broke?");
    answer.situation = answer.task = answer.action = QStringLiteral("I fixed it.");
    answer.result = QStringLiteral("Down 40%.");
    answer.linkBack = QStringLiteral("I own outcomes.");
    answer.status = AnswerStatus::Ready;
    QVERIFY(store.addAnswer(answer).ok());

    // WHEN: a model loads the vault
    Model model(*m_session);

    // THEN: the readiness is there at once, as numbers and as one line
    const QModelIndex row = model.indexForId(acme);
    const auto readiness = row.data(Model::ReadinessRole).value<CompanyReadiness>();
    QCOMPARE(readiness.values, 2);
    QCOMPARE(readiness.valuesCovered, 1);
    QCOMPARE(readiness.answers, 1);
    QCOMPARE(readiness.answersReady, 1);
    QCOMPARE(readiness.answersPassing, 1);
    QCOMPARE(row.data(Model::ReadinessTextRole).toString(),
             QStringLiteral("1 of 1 answer(s) ready · 1 of 1 pass the checks · none practised this week"));
}

void TestCompanyListModel::shouldRefreshReadinessOnceAfterABurstOfAnswerEdits()
{
    VaultStore &store = m_session->store();
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    const qint64 other = addCompany(QStringLiteral("Other"));
    m_model->flushReadiness(); // the new companies' own first readiness
    QCOMPARE(m_model->readiness(acme).answers, 0);
    clearSpies();

    Answer answer;
    answer.companyId = acme;
    answer.repeat = answer.situation = answer.task = answer.action = answer.result =
        answer.linkBack = QStringLiteral("");
    answer.id = store.addAnswer(answer).value();
    for (const QString &text : {QStringLiteral("I"), QStringLiteral("I did"), QStringLiteral("I did it")}) {
        answer.action = text;
        QVERIFY(store.updateAnswer(answer, AnswerField::Action).ok());
    }
    // Nothing yet: the recomputation waits for the burst to end
    QCOMPARE(m_changeSpy->size(), 0);
    QTRY_COMPARE(m_model->readiness(acme).answers, 1);
    QCOMPARE(m_changeSpy->size(), 1); // one row, once; the other company did not change
    QCOMPARE(m_changeSpy->first().at(0).toModelIndex().row(), m_model->rowForId(acme));
    QCOMPARE(m_model->readiness(other).answers, 0);
    QCOMPARE(m_model->readiness(acme).answersPassing, 0); // sections missing
}

void TestCompanyListModel::shouldCountPractiseOnlyWithinTheLastWeek()
{
    VaultStore &store = m_session->store();
    const qint64 acme = addCompany(QStringLiteral("Acme"));
    Answer answer;
    answer.companyId = acme;
    answer.repeat = answer.situation = answer.task = answer.action = answer.result =
        answer.linkBack = QStringLiteral("");
    const qint64 answerId = store.addAnswer(answer).value();
    PracticeRun run;
    run.answerId = answerId;
    run.seconds = 100;
    run.startedAt = QDateTime(QDate(2030, 6, 1), QTime(9, 0), Qt::UTC);
    QVERIFY(store.addPracticeRun(run).ok());

    m_model->setNow(QDateTime(QDate(2030, 6, 5), QTime(9, 0), Qt::UTC));
    QCOMPARE(m_model->readiness(acme).answersPractised, 1);
    m_model->setNow(QDateTime(QDate(2030, 6, 9), QTime(9, 0), Qt::UTC));
    QCOMPARE(m_model->readiness(acme).answersPractised, 0);
    QCOMPARE(m_model->readiness(acme).lastPractice, run.startedAt);
}

QTEST_GUILESS_MAIN(TestCompanyListModel)
#include "tst_companylistmodel.moc"
