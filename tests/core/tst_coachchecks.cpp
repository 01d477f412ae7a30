// Tests the R-STAR-L coach checks: each code fires where it should and stays quiet where a
// careful candidate would be annoyed by it, findings come in a stable order, and huge answers
// are checked in one go.
#include "coachchecks.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace starling;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 CompanyId = 1;
constexpr qint64 OtherCompanyId = 2;
constexpr qint64 AnswerId = 10;
constexpr qint64 OwnershipId = 100;

QList<ValuePrinciple> companyValues()
{
    ValuePrinciple ownership;
    ownership.id = OwnershipId;
    ownership.companyId = CompanyId;
    ownership.name = u"Ownership"_s;
    ownership.keywords = {u"owner"_s, u"end to end"_s};
    ValuePrinciple customer;
    customer.id = 101;
    customer.companyId = CompanyId;
    customer.name = u"Customer Obsession"_s;
    customer.keywords = {u"work backwards"_s};
    customer.position = 1;
    ValuePrinciple dive;
    dive.id = 102;
    dive.companyId = CompanyId;
    dive.parentId = 101;
    dive.name = u"Dive Deep"_s;
    return {ownership, customer, dive};
}

// An answer no check complains about; each test spoils one part of it. The pace is wide open so
// only the length test has to count words.
CoachInput goodInput()
{
    CoachInput input;
    input.answer.id = AnswerId;
    input.answer.questionId = 5;
    input.answer.companyId = CompanyId;
    input.answer.valueId = OwnershipId;
    input.answer.repeat =
        u"So you\u2019d like to hear about a moment when I picked up something nobody owned."_s;
    input.answer.situation =
        u"Our churn model retrained every night and cost more than the cloud budget."_s;
    input.answer.task = u"Nobody was in charge of the cost, so I made it my job."_s;
    input.answer.action =
        u"I profiled the pipeline, I moved feature extraction to incremental updates and I "
        "convinced two teams to share one feature store."_s;
    input.answer.result = u"Training got 60% cheaper and accuracy stayed the same."_s;
    input.answer.linkBack = u"Being the owner of a problem nobody had claimed is what I enjoy."_s;
    input.question = Question{5, u"Tell me about a time you took ownership of a problem that "
                                 "was not yours."_s,
                              {}, 0};
    input.companyValues = companyValues();
    input.pace.minSeconds = 0;
    input.pace.maxSeconds = 100000;
    return input;
}

QStringList codesOf(const QList<CoachFinding> &findings)
{
    QStringList codes;
    for (const CoachFinding &f : findings)
        codes.append(f.code);
    return codes;
}

bool hasCode(const CoachInput &input, const QString &code)
{
    return codesOf(CoachChecks::run(input)).contains(code);
}

QString words(int n)
{
    QStringList list;
    for (int i = 0; i < n; ++i)
        list.append(u"word"_s);
    return list.join(u' ');
}

// About `chars` characters of ordinary prose, with numbers, pronouns and value words in it.
QString hugeText(qsizetype chars)
{
    const QString sentence =
        u"We reviewed 12 dashboards, I rewrote the owner\u2019s runbook and the team shipped "
        "it end to end in three weeks while customers kept working. "_s;
    QString text;
    text.reserve(chars + sentence.size());
    while (text.size() < chars)
        text += sentence;
    text.truncate(chars);
    return text;
}

} // namespace

class TestCoachChecks : public QObject
{
    Q_OBJECT

private slots:
    void shouldListEveryCodeInReportOrder();
    void shouldPassAWellWrittenAnswer();
    void shouldFlagEmptySections_data();
    void shouldFlagEmptySections();
    void shouldFlagAVerbatimRepeat_data();
    void shouldFlagAVerbatimRepeat();
    void shouldFlagAGenericLinkBack_data();
    void shouldFlagAGenericLinkBack();
    void shouldSuggestTheTargetValuesKeyword();
    void shouldFlagAnExplicitLinkBack_data();
    void shouldFlagAnExplicitLinkBack();
    void shouldFlagAResultWithoutAMetric_data();
    void shouldFlagAResultWithoutAMetric();
    void shouldFlagAnActionSayingWeOverI_data();
    void shouldFlagAnActionSayingWeOverI();
    void shouldFlagTheSpeakingTime_data();
    void shouldFlagTheSpeakingTime();
    void shouldFlagAMissingTargetValue();
    void shouldFlagALinkBackReusedForAnotherCompany_data();
    void shouldFlagALinkBackReusedForAnotherCompany();
    void shouldOrderFindingsBySectionThenCode();
    void shouldWriteActionablePlainTextMessages();
    void shouldPassOnlyWithoutErrors_data();
    void shouldPassOnlyWithoutErrors();
    void shouldGiveTheSameVerdictWithoutRunningTheChecks_data();
    void shouldGiveTheSameVerdictWithoutRunningTheChecks();
    void shouldCheckHugeSectionsInOneGo();
    void shouldRoundTripSectionKeys_data();
    void shouldRoundTripSectionKeys();
    void shouldRejectUnknownSectionKeys_data();
    void shouldRejectUnknownSectionKeys();
    void shouldDescribeEverySection();
    void shouldNameSeverities();
};

void TestCoachChecks::shouldListEveryCodeInReportOrder()
{
    const QStringList expected{
        u"repeat-missing"_s,   u"repeat-verbatim"_s,        u"section-missing"_s,
        u"link-back-missing"_s, u"link-back-generic"_s,     u"link-back-too-explicit"_s,
        u"result-no-metric"_s, u"action-we-not-i"_s,        u"too-long"_s,
        u"too-short"_s,        u"no-target-value"_s,        u"same-link-back-elsewhere"_s,
    };
    QCOMPARE(CoachChecks::codes(), expected);
}

void TestCoachChecks::shouldPassAWellWrittenAnswer()
{
    // GIVEN a complete answer WHEN it is checked THEN the coach has nothing to say
    const QList<CoachFinding> findings = CoachChecks::run(goodInput());
    QVERIFY2(findings.isEmpty(), qPrintable(codesOf(findings).join(u", ")));
    QVERIFY(CoachChecks::passes(findings));
}

void TestCoachChecks::shouldFlagEmptySections_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code"); // empty: nothing fires for the section

    const auto row = [](const char *name, AnswerSection section, const QString &text,
                        const QString &code) {
        QTest::newRow(name) << int(section) << text << code;
    };
    row("repeat empty", AnswerSection::Repeat, QString(), u"repeat-missing"_s);
    row("repeat whitespace", AnswerSection::Repeat, u" \n\t "_s, u"repeat-missing"_s);
    row("situation empty", AnswerSection::Situation, QString(), u"section-missing"_s);
    row("situation placeholder dash", AnswerSection::Situation, u" \u2014 "_s,
        u"section-missing"_s);
    row("task whitespace", AnswerSection::Task, u"\u00a0\u2003"_s, u"section-missing"_s);
    row("action empty", AnswerSection::Action, QString(), u"section-missing"_s);
    row("result empty", AnswerSection::Result, QString(), u"section-missing"_s);
    row("link back empty", AnswerSection::LinkBack, QString(), u"link-back-missing"_s);
    row("link back whitespace", AnswerSection::LinkBack, u"   "_s, u"link-back-missing"_s);
    row("situation one word", AnswerSection::Situation, u"Churn."_s, QString());
    row("task a number", AnswerSection::Task, u"42"_s, QString());
}

void TestCoachChecks::shouldFlagEmptySections()
{
    QFETCH(int, section);
    QFETCH(QString, text);
    QFETCH(QString, code);

    // GIVEN a good answer with one section emptied
    CoachInput input = goodInput();
    const auto s = AnswerSection(section);
    switch (s) {
    case AnswerSection::Repeat: input.answer.repeat = text; break;
    case AnswerSection::Situation: input.answer.situation = text; break;
    case AnswerSection::Task: input.answer.task = text; break;
    case AnswerSection::Action: input.answer.action = text; break;
    case AnswerSection::Result: input.answer.result = text; break;
    case AnswerSection::LinkBack: input.answer.linkBack = text; break;
    case AnswerSection::None: break;
    }
    // WHEN it is checked
    const QList<CoachFinding> findings = CoachChecks::run(input);
    // THEN exactly one error names that section, or nothing fires at all
    if (code.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(codesOf(findings).join(u", ")));
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, code);
    QCOMPARE(findings.first().section, s);
    QCOMPARE(findings.first().severity, Severity::Error);
    QVERIFY(!CoachChecks::passes(findings));
}

void TestCoachChecks::shouldFlagAVerbatimRepeat_data()
{
    QTest::addColumn<QString>("question"); // "-": the answer has no question
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<bool>("fires");

    const QString q = u"Tell me about a time you disagreed with your manager."_s;
    QTest::newRow("exact copy") << q << q << true;
    QTest::newRow("copy with a lead-in") << q << u"So: tell me about a time you disagreed with your manager?"_s << true;
    QTest::newRow("case and punctuation differ") << q << u"TELL me, about a time... you disagreed with your MANAGER"_s << true;
    QTest::newRow("inflections differ") << q << u"Telling me about a time you disagree with your managers."_s << true;
    QTest::newRow("one word changed") << q << u"Tell me about a time you disagreed with your boss."_s << true;
    QTest::newRow("rephrased") << q << u"You\u2019d like to hear about a moment when my manager and I did not agree."_s << false;
    QTest::newRow("rephrased, same key words") << q << u"So, a time I disagreed with a manager of mine."_s << false;
    QTest::newRow("words shuffled") << q << u"Your manager, you disagreed with: a time about me, tell."_s << false;
    QTest::newRow("short question copied") << u"Why us?"_s << u"Why us?"_s << false;
    QTest::newRow("three-word question copied") << u"Why this company?"_s << u"Why this company?"_s << false;
    QTest::newRow("four-word question copied") << u"Why do you leave?"_s << u"Why do you leave?"_s << true;
    QTest::newRow("no question") << u"-"_s << q << false;
}

void TestCoachChecks::shouldFlagAVerbatimRepeat()
{
    QFETCH(QString, question);
    QFETCH(QString, repeat);
    QFETCH(bool, fires);

    CoachInput input = goodInput();
    if (question == u"-")
        input.question.reset();
    else
        input.question->text = question;
    input.answer.repeat = repeat;
    const QList<CoachFinding> findings = CoachChecks::run(input);
    QCOMPARE(codesOf(findings).contains(u"repeat-verbatim"_s), fires);
    if (fires) {
        QCOMPARE(findings.first().section, AnswerSection::Repeat);
        QCOMPARE(findings.first().severity, Severity::Warning);
    }
}

void TestCoachChecks::shouldFlagAGenericLinkBack_data()
{
    QTest::addColumn<QString>("linkBack");
    QTest::addColumn<bool>("withValues");
    QTest::addColumn<bool>("fires");

    QTest::newRow("no value word") << u"It was a great experience and I learned a lot."_s << true << true;
    QTest::newRow("a lone half of a phrase keyword") << u"In the end, it worked out."_s << true << true;
    QTest::newRow("keyword") << u"I acted like an owner."_s << true << false;
    QTest::newRow("owner matches Ownership") << u"That is what being an owner means."_s << true << false;
    QTest::newRow("inflected verb") << u"I owned it until it was done."_s << true << false;
    QTest::newRow("name word of a multi-word value") << u"It was all about the customer."_s << true << false;
    QTest::newRow("sub-principle name word") << u"I had to go deep into the logs."_s << true << false;
    QTest::newRow("phrase keyword, gaps allowed") << u"I carried it from one end to the other end."_s << true << false;
    QTest::newRow("phrase keyword, inflected") << u"I worked backwards from what they needed."_s << true << false;
    QTest::newRow("phrase keyword out of order") << u"Backwards is how I work."_s << true << true;
    QTest::newRow("case and accents of typing") << u"OWNERSHIP, plain and simple."_s << true << false;
    QTest::newRow("company without values") << u"It was a great experience."_s << false << false;
}

void TestCoachChecks::shouldFlagAGenericLinkBack()
{
    QFETCH(QString, linkBack);
    QFETCH(bool, withValues);
    QFETCH(bool, fires);

    CoachInput input = goodInput();
    input.answer.linkBack = linkBack;
    if (!withValues)
        input.companyValues.clear();
    QCOMPARE(hasCode(input, u"link-back-generic"_s), fires);
}

void TestCoachChecks::shouldSuggestTheTargetValuesKeyword()
{
    // GIVEN a link back that touches nothing, for an answer targeting "Customer Obsession"
    CoachInput input = goodInput();
    input.answer.linkBack = u"It was a fun project."_s;
    input.answer.valueId = 101;
    // WHEN it is checked THEN the message suggests that value's keyword
    const QList<CoachFinding> findings = CoachChecks::run(input);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, u"link-back-generic"_s);
    QVERIFY2(findings.first().message.contains(u"\u201cwork backwards\u201d"_s),
             qPrintable(findings.first().message));

    // AND a company whose values are only stop words gives nothing to aim at, so nothing fires
    input.companyValues = {ValuePrinciple{1, CompanyId, 0, u"We"_s, {}, {}, {}, 0}};
    QVERIFY(!hasCode(input, u"link-back-generic"_s));
}

void TestCoachChecks::shouldFlagAnExplicitLinkBack_data()
{
    QTest::addColumn<QString>("linkBack");
    QTest::addColumn<bool>("fires");

    QTest::newRow("your value of") << u"This shows your value of ownership."_s << true;
    QTest::newRow("your values") << u"That is exactly what your values are about, being an owner."_s << true;
    QTest::newRow("leadership principles") << u"It fits your leadership principles: I was the owner."_s << true;
    QTest::newRow("a principle") << u"Owning it is a principle I live by."_s << true;
    QTest::newRow("culture") << u"Your culture of ownership is why I want this job."_s << true;
    QTest::newRow("the name value") << u"That is the Ownership value in action."_s << true;
    QTest::newRow("core value") << u"Owning outcomes is a core value for me."_s << true;
    QTest::newRow("multi-word name") << u"That is Customer Obsession in practice."_s << true;
    QTest::newRow("multi-word name lower case") << u"that is customer obsession in practice"_s << true;
    QTest::newRow("name in curly quotes") << u"That is \u201cOwnership\u201d for me."_s << true;
    QTest::newRow("name in straight quotes") << u"That is \"Ownership\" for me."_s << true;
    QTest::newRow("name in single quotes") << u"That is 'ownership' for me."_s << true;
    QTest::newRow("name in curly single quotes") << u"That is \u2018Ownership\u2019 for me."_s << true;

    QTest::newRow("valuable") << u"Being an owner there was valuable to me."_s << false;
    QTest::newRow("I valued") << u"I valued owning it end to end."_s << false;
    QTest::newRow("added value") << u"As the owner I added real value for our users."_s << false;
    QTest::newRow("I value") << u"I value owning a problem to the end."_s << false;
    QTest::newRow("name word alone") << u"I took ownership and saw it through."_s << false;
    QTest::newRow("inflected name") << u"I was customer obsessed, and an owner."_s << false;
    QTest::newRow("apostrophes are not quotes") << u"It wasn't the owner's job, but I didn't wait."_s << false;
    QTest::newRow("quotes around something else") << u"I called it \u201cthe cleanup\u201d, as its owner."_s << false;
    QTest::newRow("cultured") << u"The owner in me is cultured enough to wait."_s << false;
}

void TestCoachChecks::shouldFlagAnExplicitLinkBack()
{
    QFETCH(QString, linkBack);
    QFETCH(bool, fires);

    CoachInput input = goodInput();
    input.answer.linkBack = linkBack;
    const QList<CoachFinding> findings = CoachChecks::run(input);
    QVERIFY2(codesOf(findings).contains(u"link-back-too-explicit"_s) == fires,
             qPrintable(codesOf(findings).join(u", ")));
}

void TestCoachChecks::shouldFlagAResultWithoutAMetric_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<bool>("fires");

    QTest::newRow("percentage") << u"Churn fell by 30%."_s << false;
    QTest::newRow("money") << u"It saved $2M a year."_s << false;
    QTest::newRow("euro sign") << u"Costs dropped by \u20ac300k."_s << false;
    QTest::newRow("currency code") << u"We saved thousands in EUR."_s << false;
    QTest::newRow("code alone") << u"Savings were counted in USD."_s << false;
    QTest::newRow("number word time") << u"We shipped it in two weeks."_s << false;
    QTest::newRow("halved") << u"Review time halved."_s << false;
    QTest::newRow("doubled") << u"Sign-ups doubled."_s << false;
    QTest::newRow("twice") << u"It ran twice as fast."_s << false;
    QTest::newRow("dozen") << u"A dozen teams adopted it."_s << false;
    QTest::newRow("fraction") << u"It cut the backlog by a third."_s << false;
    QTest::newRow("multiplier") << u"Throughput went up 3x."_s << false;
    QTest::newRow("a week") << u"The fix landed within a week."_s << false;
    QTest::newRow("within days") << u"Customers saw it within days."_s << false;
    QTest::newRow("a few months") << u"Adoption spread in a few months."_s << false;
    QTest::newRow("overnight") << u"The backlog cleared overnight."_s << false;
    QTest::newRow("deadline weekday") << u"It was live by Friday."_s << false;
    QTest::newRow("deadline month") << u"The model shipped before March."_s << false;
    QTest::newRow("zero") << u"Zero incidents since."_s << false;
    QTest::newRow("other digits") << u"\u0663 teams use it."_s << false;

    QTest::newRow("vague") << u"Customers were much happier and the team was proud."_s << true;
    QTest::newRow("one is not a metric") << u"One of the teams adopted it."_s << true;
    QTest::newRow("on time") << u"We delivered on time and on budget."_s << true;
    QTest::newRow("time without size") << u"It took weeks of work."_s << true;
    QTest::newRow("month name as a verb") << u"People may march on."_s << true;
}

void TestCoachChecks::shouldFlagAResultWithoutAMetric()
{
    QFETCH(QString, result);
    QFETCH(bool, fires);

    CoachInput input = goodInput();
    input.answer.result = result;
    const QList<CoachFinding> findings = CoachChecks::run(input);
    QVERIFY2(codesOf(findings).contains(u"result-no-metric"_s) == fires,
             qPrintable(codesOf(findings).join(u", ")));
}

void TestCoachChecks::shouldFlagAnActionSayingWeOverI_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("fires");

    QTest::newRow("all we") << u"We profiled the pipeline and we shipped the fix."_s << true;
    QTest::newRow("us and our") << u"Our lead asked us to fix it, so I looked."_s << true;
    QTest::newRow("contractions of we") << u"We\u2019re the ones who fixed it; we've done it before. I helped."_s << true;
    QTest::newRow("more I than we") << u"I profiled the pipeline, I built the fix, and we shipped it."_s << false;
    QTest::newRow("tie") << u"I built it and we shipped it."_s << false;
    QTest::newRow("contractions of I") << u"We agreed. I'm the one who built it; I've tested it."_s << false;
    QTest::newRow("I'd and myself") << u"We met, we planned, I'd built it myself before."_s << false;
    QTest::newRow("me and my") << u"Our manager gave me my first project."_s << false;
    QTest::newRow("no pronouns") << u"Profiled the pipeline, rebuilt the features."_s << false;
    QTest::newRow("words that contain we") << u"Weekly reviews were answered; I owned them."_s << false;
}

void TestCoachChecks::shouldFlagAnActionSayingWeOverI()
{
    QFETCH(QString, action);
    QFETCH(bool, fires);

    CoachInput input = goodInput();
    input.answer.action = action;
    const QList<CoachFinding> findings = CoachChecks::run(input);
    QVERIFY2(codesOf(findings).contains(u"action-we-not-i"_s) == fires,
             qPrintable(codesOf(findings).join(u", ")));
}

void TestCoachChecks::shouldFlagTheSpeakingTime_data()
{
    QTest::addColumn<int>("situationWords");
    QTest::addColumn<int>("actionWords");
    QTest::addColumn<int>("wordsPerMinute");
    QTest::addColumn<QString>("code"); // empty: neither fires

    // Default pace: 150 words a minute, 90 to 150 seconds, so 225 to 375 words.
    QTest::newRow("no words at all") << 0 << 0 << 150 << QString();
    QTest::newRow("ten words") << 4 << 6 << 150 << u"too-short"_s;
    QTest::newRow("just under the minimum") << 100 << 123 << 150 << u"too-short"_s;
    QTest::newRow("at the minimum") << 100 << 125 << 150 << QString();
    QTest::newRow("comfortable") << 100 << 200 << 150 << QString();
    QTest::newRow("at the maximum") << 100 << 275 << 150 << QString();
    QTest::newRow("rounds to the maximum") << 100 << 276 << 150 << QString();
    QTest::newRow("over the maximum") << 100 << 278 << 150 << u"too-long"_s;
    QTest::newRow("slow speaker") << 100 << 200 << 100 << u"too-long"_s;
    QTest::newRow("fast speaker") << 100 << 200 << 300 << u"too-short"_s;
}

void TestCoachChecks::shouldFlagTheSpeakingTime()
{
    QFETCH(int, situationWords);
    QFETCH(int, actionWords);
    QFETCH(int, wordsPerMinute);
    QFETCH(QString, code);

    // GIVEN an answer whose words are spread over two sections
    CoachInput input;
    input.answer.id = AnswerId;
    input.answer.valueId = OwnershipId;
    input.answer.situation = words(situationWords);
    input.answer.action = words(actionWords);
    input.pace.wordsPerMinute = wordsPerMinute;
    // WHEN it is checked
    const QStringList codes = codesOf(CoachChecks::run(input));
    // THEN the length warning is the expected one
    QCOMPARE(codes.contains(u"too-long"_s), code == u"too-long");
    QCOMPARE(codes.contains(u"too-short"_s), code == u"too-short");
}

void TestCoachChecks::shouldFlagAMissingTargetValue()
{
    CoachInput input = goodInput();
    QVERIFY(!hasCode(input, u"no-target-value"_s));
    input.answer.valueId = 0;
    const QList<CoachFinding> findings = CoachChecks::run(input);
    QCOMPARE(codesOf(findings), QStringList{u"no-target-value"_s});
    QCOMPARE(findings.first().section, AnswerSection::None);
    QCOMPARE(findings.first().severity, Severity::Warning);
}

void TestCoachChecks::shouldFlagALinkBackReusedForAnotherCompany_data()
{
    QTest::addColumn<QString>("mine");
    QTest::addColumn<qint64>("myCompany");
    QTest::addColumn<qint64>("otherId");
    QTest::addColumn<qint64>("otherCompany");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<bool>("fires");

    const QString text = u"Being an owner is what I enjoy."_s;
    QTest::newRow("same text, other company") << text << CompanyId << qint64(11) << OtherCompanyId << text << true;
    QTest::newRow("case, spacing, punctuation differ")
        << text << CompanyId << qint64(11) << OtherCompanyId << u"  being an OWNER \u2014 is what I enjoy!"_s << true;
    QTest::newRow("same company") << text << CompanyId << qint64(11) << CompanyId << text << false;
    QTest::newRow("other answer has no company") << text << CompanyId << qint64(11) << qint64(0) << text << false;
    QTest::newRow("this answer has no company") << text << qint64(0) << qint64(11) << OtherCompanyId << text << false;
    QTest::newRow("the answer itself") << text << CompanyId << AnswerId << OtherCompanyId << text << false;
    QTest::newRow("different words") << text << CompanyId << qint64(11) << OtherCompanyId
                                     << u"Being an owner is what I like."_s << false;
    QTest::newRow("punctuation only") << u"\u2014"_s << CompanyId << qint64(11) << OtherCompanyId << u"!"_s << false;
}

void TestCoachChecks::shouldFlagALinkBackReusedForAnotherCompany()
{
    QFETCH(QString, mine);
    QFETCH(qint64, myCompany);
    QFETCH(qint64, otherId);
    QFETCH(qint64, otherCompany);
    QFETCH(QString, theirs);
    QFETCH(bool, fires);

    CoachInput input = goodInput();
    input.answer.linkBack = mine;
    input.answer.companyId = myCompany;
    Answer unrelated;
    unrelated.id = 12;
    unrelated.companyId = OtherCompanyId;
    unrelated.linkBack = u"Something else entirely."_s;
    Answer other;
    other.id = otherId;
    other.companyId = otherCompany;
    other.linkBack = theirs;
    input.otherAnswers = {unrelated, other};
    const QList<CoachFinding> findings = CoachChecks::run(input);
    QCOMPARE(codesOf(findings).count(u"same-link-back-elsewhere"_s), fires ? 1 : 0);
}

void TestCoachChecks::shouldOrderFindingsBySectionThenCode()
{
    // GIVEN an answer with problems everywhere
    CoachInput input = goodInput();
    input.pace = SpeakingPace{};
    input.answer.valueId = 0;
    input.answer.repeat = input.question->text;
    input.answer.situation.clear();
    input.answer.task = u"  "_s;
    input.answer.action = u"We did it, we shipped it."_s;
    input.answer.result = u"Everyone was happy."_s;
    input.answer.linkBack = u"This reflects your values."_s;
    Answer other;
    other.id = 11;
    other.companyId = OtherCompanyId;
    other.linkBack = u"this reflects your values"_s;
    input.otherAnswers = {other};

    // WHEN it is checked
    const QList<CoachFinding> findings = CoachChecks::run(input);

    // THEN findings follow the speaking order of sections, whole-answer ones last
    QStringList got;
    for (const CoachFinding &f : findings)
        got.append(CoachChecks::sectionKey(f.section) + u':' + f.code);
    const QStringList expected{
        u"repeat:repeat-verbatim"_s,          u"situation:section-missing"_s,
        u"task:section-missing"_s,            u"action:action-we-not-i"_s,
        u"result:result-no-metric"_s,         u"link-back:link-back-generic"_s,
        u"link-back:link-back-too-explicit"_s, u"link-back:same-link-back-elsewhere"_s,
        u":too-short"_s,                      u":no-target-value"_s,
    };
    QCOMPARE(got, expected);
}

void TestCoachChecks::shouldWriteActionablePlainTextMessages()
{
    // GIVEN answers that between them trigger every code
    CoachInput broken = goodInput();
    broken.pace = SpeakingPace{};
    broken.answer.valueId = 0;
    broken.answer.repeat = broken.question->text;
    broken.answer.action = u"We did it."_s;
    broken.answer.result = u"Good."_s;
    broken.answer.linkBack = u"This reflects your values."_s;
    Answer other;
    other.id = 11;
    other.companyId = OtherCompanyId;
    other.linkBack = broken.answer.linkBack;
    broken.otherAnswers = {other};
    CoachInput empty;
    empty.answer.valueId = OwnershipId;
    empty.answer.situation = words(400);

    QSet<QString> seen;
    for (const CoachInput &input : {broken, empty}) {
        for (const CoachFinding &f : CoachChecks::run(input)) {
            seen.insert(f.code);
            // THEN each message is plain text with something to do
            QVERIFY2(f.message.size() > 20, qPrintable(f.code));
            QVERIFY2(!f.message.contains(u'<') && !f.message.contains(u'&'), qPrintable(f.message));
            QVERIFY2(!f.message.contains(u'%'), qPrintable(f.message)); // every argument filled in
            QVERIFY(CoachChecks::codes().contains(f.code));
        }
    }
    CoachInput longAnswer = goodInput();
    longAnswer.pace = SpeakingPace{};
    longAnswer.answer.action = words(600);
    for (const CoachFinding &f : CoachChecks::run(longAnswer)) {
        seen.insert(f.code);
        if (f.code == u"too-long")
            QVERIFY2(f.message.contains(u"2 min 30 s"_s), qPrintable(f.message));
    }
    const QStringList all = CoachChecks::codes();
    QCOMPARE(seen, QSet<QString>(all.begin(), all.end()));
}

void TestCoachChecks::shouldPassOnlyWithoutErrors_data()
{
    QTest::addColumn<QList<int>>("severities");
    QTest::addColumn<bool>("passes");

    QTest::newRow("nothing") << QList<int>{} << true;
    QTest::newRow("warnings and info") << QList<int>{int(Severity::Warning), int(Severity::Info)} << true;
    QTest::newRow("one error") << QList<int>{int(Severity::Warning), int(Severity::Error)} << false;
}

void TestCoachChecks::shouldPassOnlyWithoutErrors()
{
    QFETCH(QList<int>, severities);
    QFETCH(bool, passes);

    QList<CoachFinding> findings;
    for (int s : severities)
        findings.append({u"x"_s, Severity(s), AnswerSection::None, u"m"_s});
    QCOMPARE(CoachChecks::passes(findings), passes);
}

void TestCoachChecks::shouldGiveTheSameVerdictWithoutRunningTheChecks_data()
{
    QTest::addColumn<int>("section"); // the section to overwrite; None keeps the good answer
    QTest::addColumn<QString>("text");

    QTest::newRow("good answer") << int(AnswerSection::None) << QString();
    for (const AnswerSection section : AnswerSections) {
        const QByteArray key = CoachChecks::sectionKey(section).toUtf8();
        QTest::newRow((key + " empty").constData()) << int(section) << QString();
        QTest::newRow((key + " blank").constData()) << int(section) << u"  \n\t "_s;
        QTest::newRow((key + " punctuation").constData()) << int(section) << u"\u2026 ?!"_s;
        QTest::newRow((key + " one letter").constData()) << int(section) << u"\u00e9"_s;
    }
    // Warnings only: no metric, "we" over "I", a link back that touches no value.
    QTest::newRow("result without a number") << int(AnswerSection::Result) << u"It went well."_s;
    QTest::newRow("we not I") << int(AnswerSection::Action) << u"We did it, we shipped."_s;
    QTest::newRow("generic link back") << int(AnswerSection::LinkBack) << u"Thanks."_s;
}

void TestCoachChecks::shouldGiveTheSameVerdictWithoutRunningTheChecks()
{
    QFETCH(int, section);
    QFETCH(QString, text);

    // GIVEN a good answer with one section rewritten
    CoachInput input = goodInput();
    switch (AnswerSection(section)) {
    case AnswerSection::Repeat: input.answer.repeat = text; break;
    case AnswerSection::Situation: input.answer.situation = text; break;
    case AnswerSection::Task: input.answer.task = text; break;
    case AnswerSection::Action: input.answer.action = text; break;
    case AnswerSection::Result: input.answer.result = text; break;
    case AnswerSection::LinkBack: input.answer.linkBack = text; break;
    case AnswerSection::None: break;
    }

    // WHEN / THEN the quick verdict is the full run's
    QCOMPARE(CoachChecks::passes(input.answer), CoachChecks::passes(CoachChecks::run(input)));
}

void TestCoachChecks::shouldCheckHugeSectionsInOneGo()
{
    // GIVEN an answer with 100 000 characters in every section, and 200 other answers as long
    CoachInput input = goodInput();
    input.pace = SpeakingPace{};
    const QString huge = hugeText(100000);
    input.answer.repeat = huge;
    input.answer.situation = huge;
    input.answer.task = huge;
    input.answer.action = huge;
    input.answer.result = huge;
    input.answer.linkBack = huge;
    for (int i = 0; i < 200; ++i) {
        Answer other;
        other.id = 1000 + i;
        other.companyId = OtherCompanyId;
        other.linkBack = i < 199 ? QString::number(i) + huge : huge; // the last one is the same
        input.otherAnswers.append(other);
    }

    // WHEN it is checked (timing belongs in a benchmark; this only proves it finishes)
    QElapsedTimer timer;
    timer.start();
    const QList<CoachFinding> findings = CoachChecks::run(input);
    qInfo("checked 6 x 100 000 characters and 200 other answers in %lld ms", timer.elapsed());

    // THEN the findings still make sense
    const QStringList codes = codesOf(findings);
    QVERIFY(codes.contains(u"too-long"_s));
    QVERIFY(codes.contains(u"same-link-back-elsewhere"_s));
    QVERIFY(!codes.contains(u"section-missing"_s));
    QVERIFY(!codes.contains(u"result-no-metric"_s));
    QVERIFY(!codes.contains(u"link-back-generic"_s));
}

void TestCoachChecks::shouldRoundTripSectionKeys_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("key");

    QTest::newRow("repeat") << int(AnswerSection::Repeat) << u"repeat"_s;
    QTest::newRow("situation") << int(AnswerSection::Situation) << u"situation"_s;
    QTest::newRow("task") << int(AnswerSection::Task) << u"task"_s;
    QTest::newRow("action") << int(AnswerSection::Action) << u"action"_s;
    QTest::newRow("result") << int(AnswerSection::Result) << u"result"_s;
    QTest::newRow("link back") << int(AnswerSection::LinkBack) << u"link-back"_s;
    QTest::newRow("whole answer") << int(AnswerSection::None) << QString();
}

void TestCoachChecks::shouldRoundTripSectionKeys()
{
    QFETCH(int, section);
    QFETCH(QString, key);

    const auto s = AnswerSection(section);
    QCOMPARE(CoachChecks::sectionKey(s), key);
    QCOMPARE(CoachChecks::sectionFromKey(key), std::optional<AnswerSection>(s));
}

void TestCoachChecks::shouldRejectUnknownSectionKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("upper case") << u"Repeat"_s;
    QTest::newRow("display name") << u"Link back"_s;
    QTest::newRow("no dash") << u"linkback"_s;
    QTest::newRow("none") << u"none"_s;
    QTest::newRow("space") << u" "_s;
}

void TestCoachChecks::shouldRejectUnknownSectionKeys()
{
    QFETCH(QString, key);
    QVERIFY(!CoachChecks::sectionFromKey(key).has_value());
}

void TestCoachChecks::shouldDescribeEverySection()
{
    Answer answer;
    answer.repeat = u"R"_s;
    answer.situation = u"S"_s;
    answer.task = u"T"_s;
    answer.action = u"A"_s;
    answer.result = u"Res"_s;
    answer.linkBack = u"L"_s;
    const QStringList texts{u"R"_s, u"S"_s, u"T"_s, u"A"_s, u"Res"_s, u"L"_s};
    const QList<quint32> fields{AnswerField::Repeat, AnswerField::Situation, AnswerField::Task,
                                AnswerField::Action, AnswerField::Result, AnswerField::LinkBack};

    QSet<QString> names, hints;
    for (size_t i = 0; i < AnswerSections.size(); ++i) {
        const AnswerSection s = AnswerSections.at(i);
        QCOMPARE(CoachChecks::sectionText(answer, s), texts.at(qsizetype(i)));
        QCOMPARE(CoachChecks::sectionField(s), fields.at(qsizetype(i)));
        names.insert(CoachChecks::sectionName(s));
        hints.insert(CoachChecks::sectionHint(s));
    }
    QCOMPARE(CoachChecks::sectionName(AnswerSection::LinkBack), u"Link back"_s);
    QCOMPARE(CoachChecks::sectionName(AnswerSection::None), u"Whole answer"_s);
    QCOMPARE(CoachChecks::sectionField(AnswerSection::None), 0u);
    QCOMPARE(CoachChecks::sectionText(answer, AnswerSection::None), QString());
    QCOMPARE(names.size(), 6);
    QCOMPARE(hints.size(), 6);
    QVERIFY(!names.contains(QString()) && !hints.contains(QString()));
    QVERIFY(CoachChecks::sectionHint(AnswerSection::Action).contains(u"\u201cI\u201d"_s));
}

void TestCoachChecks::shouldNameSeverities()
{
    QCOMPARE(CoachChecks::severityKey(Severity::Error), u"error"_s);
    QCOMPARE(CoachChecks::severityKey(Severity::Warning), u"warning"_s);
    QCOMPARE(CoachChecks::severityKey(Severity::Info), u"info"_s);
    QCOMPARE(CoachChecks::severityName(Severity::Error), u"Error"_s);
    QCOMPARE(CoachChecks::severityName(Severity::Warning), u"Warning"_s);
    QCOMPARE(CoachChecks::severityName(Severity::Info), u"Info"_s);
}

QTEST_GUILESS_MAIN(TestCoachChecks)
#include "tst_coachchecks.moc"
