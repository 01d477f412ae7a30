#include "readiness.h"

#include <QTest>

using namespace starling;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

ValuePrinciple value(qint64 id, qint64 companyId, qint64 parentId = 0)
{
    ValuePrinciple v;
    v.id = id;
    v.companyId = companyId;
    v.parentId = parentId;
    v.name = QStringLiteral("Value %1").arg(id);
    return v;
}

// Every section written: no coach error, whatever warnings it may have.
Answer complete(qint64 id, qint64 companyId, AnswerStatus status)
{
    Answer a;
    a.id = id;
    a.companyId = companyId;
    a.repeat = QStringLiteral("So you want to hear about a time things went wrong.");
    a.situation = QStringLiteral("Our churn model drifted after a pricing change.");
    a.task = QStringLiteral("I had to restore its precision before the renewal season.");
    a.action = QStringLiteral("I rebuilt the features and I retrained it weekly.");
    a.result = QStringLiteral("Precision went back up by 12 points in three weeks.");
    a.linkBack = QStringLiteral("Owning the model end to end is how I like to work.");
    a.status = status;
    return a;
}

PracticeRun run(qint64 id, qint64 answerId, const QDateTime &at)
{
    PracticeRun r;
    r.id = id;
    r.answerId = answerId;
    r.startedAt = at;
    r.seconds = 110;
    r.rating = 3;
    return r;
}

} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

private slots:
    void shouldReportNothingForAnEmptyCompany();
    void shouldCountCoveredValuesIncludingSubPrinciples();
    void shouldCountReadyAndPassingAnswers();
    void shouldCountAnswersPractisedInTheLastWeekOnly();
    void shouldIgnoreOtherCompanies();
    void shouldComputeEveryCompanyInOnePassAsEachAlone();
    // Core has no translator installed: plural forms show as "(s)"; the app's English .qm
    // turns them into "1 value" / "8 values".
    void shouldSummariseInOneLine_data();
    void shouldSummariseInOneLine();
};

void TestReadiness::shouldReportNothingForAnEmptyCompany()
{
    ReadinessInput input;
    input.now = kNow;
    const CompanyReadiness r = Readiness::forCompany(1, input);
    QCOMPARE(r, CompanyReadiness{});
    QCOMPARE(Readiness::summaryText(r), QStringLiteral("No values yet · No answers yet"));
}

void TestReadiness::shouldCountCoveredValuesIncludingSubPrinciples()
{
    // GIVEN: two values and a sub-principle; one story on the sub-principle, two on one value
    ReadinessInput input;
    input.now = kNow;
    input.values = {value(1, 7), value(2, 7, 1), value(3, 7)};
    input.links = {{10, 2, {}}, {10, 3, {}}, {11, 3, {}}};

    // WHEN / THEN: each value counts once, the sub-principle counts as a value
    const CompanyReadiness r = Readiness::forCompany(7, input);
    QCOMPARE(r.values, 3);
    QCOMPARE(r.valuesCovered, 2);
}

void TestReadiness::shouldCountReadyAndPassingAnswers()
{
    // GIVEN: a complete ready answer, a complete draft, and a ready answer missing its result
    ReadinessInput input;
    input.now = kNow;
    Answer missing = complete(3, 7, AnswerStatus::Ready);
    missing.result.clear();
    input.answers = {complete(1, 7, AnswerStatus::Ready), complete(2, 7, AnswerStatus::Draft),
                     missing};

    const CompanyReadiness r = Readiness::forCompany(7, input);

    // THEN: ready counts what the user marked; passing counts answers without a coach error
    QCOMPARE(r.answers, 3);
    QCOMPARE(r.answersReady, 2);
    QCOMPARE(r.answersPassing, 2);
}

void TestReadiness::shouldCountAnswersPractisedInTheLastWeekOnly()
{
    ReadinessInput input;
    input.now = kNow;
    input.answers = {complete(1, 7, AnswerStatus::Ready), complete(2, 7, AnswerStatus::Ready),
                     complete(3, 7, AnswerStatus::Ready)};
    input.runs = {run(1, 1, kNow.addDays(-2)), run(2, 1, kNow.addDays(-1)),
                  run(3, 2, kNow.addDays(-8)), // too long ago
                  run(4, 3, kNow.addSecs(-60))};
    PracticeRun bare; // a bare question's run belongs to no answer
    bare.id = 5;
    bare.questionId = 9;
    bare.startedAt = kNow;
    input.runs.append(bare);

    const CompanyReadiness r = Readiness::forCompany(7, input);
    QCOMPARE(r.answersPractised, 2);
    QCOMPARE(r.lastPractice, kNow.addSecs(-60));
}

void TestReadiness::shouldIgnoreOtherCompanies()
{
    ReadinessInput input;
    input.now = kNow;
    input.values = {value(1, 7), value(2, 8)};
    input.links = {{10, 2, {}}};
    input.answers = {complete(1, 8, AnswerStatus::Ready)};
    input.runs = {run(1, 1, kNow)};
    const CompanyReadiness r = Readiness::forCompany(7, input);
    QCOMPARE(r.values, 1);
    QCOMPARE(r.valuesCovered, 0);
    QCOMPARE(r.answers, 0);
    QCOMPARE(r.answersPractised, 0);
    QVERIFY(!r.lastPractice.isValid());
}

void TestReadiness::shouldComputeEveryCompanyInOnePassAsEachAlone()
{
    // GIVEN: three companies sharing stories, with answers, runs and a company with nothing
    ReadinessInput input;
    input.now = kNow;
    input.values = {value(1, 7), value(2, 7, 1), value(3, 8), value(4, 8), value(5, 9)};
    input.links = {{10, 1, {}}, {11, 1, {}}, {10, 3, {}}, {12, 2, {}}};
    Answer missing = complete(4, 8, AnswerStatus::Ready);
    missing.linkBack = QStringLiteral("  ");
    Answer noCompany = complete(5, 0, AnswerStatus::Ready);
    input.answers = {complete(1, 7, AnswerStatus::Ready), complete(2, 7, AnswerStatus::Draft),
                     complete(3, 8, AnswerStatus::Ready), missing, noCompany};
    input.runs = {run(1, 1, kNow.addDays(-1)), run(2, 3, kNow.addDays(-30)),
                  run(3, 5, kNow.addSecs(-5))};

    // WHEN: every company is computed at once
    const QHash<qint64, CompanyReadiness> all = Readiness::forCompanies(input);

    // THEN: each company has what forCompany() gives it alone; an empty one is absent (zero)
    for (const qint64 company : {7, 8, 9, 10})
        QCOMPARE(all.value(company), Readiness::forCompany(company, input));
    QVERIFY(!all.contains(10));
    QCOMPARE(all.value(7).valuesCovered, 2);
    QCOMPARE(all.value(8).answersPassing, 1);
}

void TestReadiness::shouldSummariseInOneLine_data()
{
    QTest::addColumn<CompanyReadiness>("readiness");
    QTest::addColumn<QString>("expected");
    CompanyReadiness some;
    some.values = 8;
    some.valuesCovered = 5;
    some.answers = 3;
    some.answersReady = 2;
    some.answersPassing = 3;
    some.answersPractised = 1;
    QTest::newRow("some") << some
                          << QStringLiteral("5 of 8 value(s) covered · 2 of 3 answer(s) ready · "
                                            "3 of 3 pass the checks · 1 practised this week");
    CompanyReadiness one;
    one.values = 1;
    one.answers = 1;
    QTest::newRow("singular") << one
                              << QStringLiteral("0 of 1 value(s) covered · 0 of 1 answer(s) ready · "
                                                "0 of 1 pass the checks · none practised this week");
    CompanyReadiness valuesOnly;
    valuesOnly.values = 4;
    valuesOnly.valuesCovered = 4;
    QTest::newRow("no answers") << valuesOnly
                                << QStringLiteral("4 of 4 value(s) covered · No answers yet");
}

void TestReadiness::shouldSummariseInOneLine()
{
    QFETCH(CompanyReadiness, readiness);
    QFETCH(QString, expected);
    QCOMPARE(Readiness::summaryText(readiness), expected);
}

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
