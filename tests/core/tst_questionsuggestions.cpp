#include "questionsuggestions.h"
#include "themes.h"

#include <QTest>

using namespace starling;
using namespace Qt::StringLiterals;

namespace {

Story story(qint64 id, const QString &title, const QString &action)
{
    Story s;
    s.id = id;
    s.title = title;
    s.action = action;
    return s;
}

ValuePrinciple value(qint64 id, qint64 companyId, const QString &name, const QString &meaning,
                     const QStringList &keywords = {}, const QStringList &themes = {})
{
    ValuePrinciple v;
    v.id = id;
    v.companyId = companyId;
    v.name = name;
    v.meaning = meaning;
    v.keywords = keywords;
    v.themes = themes;
    return v;
}

// Four short stories, each clearly about one thing.
QList<Story> stories()
{
    return {
        story(1, u"Rebuilt the churn pipeline"_s,
              u"I took ownership of the broken pipeline, owned the deadline and rebuilt it end "
              "to end."_s),
        story(2, u"Shared metric definitions"_s,
              u"I brought three teams together to agree on one definition and moved their "
              "dashboards."_s),
        story(3, u"Pricing test"_s,
              u"I designed an experiment with a holdout and measured the uplift; the data showed "
              "a 3 % gain."_s),
        story(4, u"Churn model failure"_s,
              u"Our churn model failed after launch; I owned the mistake, recovered the "
              "forecast and wrote down what we changed."_s),
    };
}

constexpr qint64 Acme = 7;

QList<qint64> ids(const QList<QuestionFit> &fits)
{
    QList<qint64> list;
    for (const QuestionFit &fit : fits)
        list.append(fit.id);
    return list;
}

} // namespace

class TestQuestionSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void shouldUseTheQuestionsOwnThemesFirst();
    void shouldSuggestThemesForAQuestionWithout();
    void shouldIgnoreFramingWordsWhenComparingWords_data();
    void shouldIgnoreFramingWordsWhenComparingWords();
    void shouldRankStoriesBySharedThemesThenWords();
    void shouldTakeAStorysThemesFromTheValuesItIsLinkedTo();
    void shouldNameTheLinkedValueAndCompanyInTheReason();
    void shouldLetWordsBreakTiesBetweenStories();
    void shouldLeaveOutStoriesWithNothingInCommon();
    void shouldCapTheNumberOfSuggestions_data();
    void shouldCapTheNumberOfSuggestions();
    void shouldRankValuesByThemesThenWords();
    void shouldSuggestThemesForAValueWithout();
    void shouldKeepTheCompanysOrderForEqualValues();
    void shouldBeDeterministic();
};

void TestQuestionSuggestions::shouldUseTheQuestionsOwnThemesFirst()
{
    QCOMPARE(QuestionSuggestions::themesOf(u"Tell me about a failure."_s, {u"learning"_s}),
             QStringList{u"learning"_s});
}

void TestQuestionSuggestions::shouldSuggestThemesForAQuestionWithout()
{
    // GIVEN a question without themes WHEN its themes are asked for
    const QStringList themes =
        QuestionSuggestions::themesOf(u"Tell me about a time you failed and recovered."_s, {});

    // THEN they are read from its words
    QVERIFY2(themes.contains(u"resilience"_s), qPrintable(themes.join(u',')));
}

void TestQuestionSuggestions::shouldIgnoreFramingWordsWhenComparingWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("stems");
    QTest::newRow("framing only")
        << u"Tell me about a time... give a specific example."_s << QStringList();
    QTest::newRow("content kept, stemmed, once")
        << u"Describe a pipeline you owned; the pipelines failed."_s
        << QStringList{u"pipelin"_s, Themes::stem(u"owned"), Themes::stem(u"failed")};
    QTest::newRow("numbers dropped") << u"In 2023, 42 dashboards"_s
                                     << QStringList{Themes::stem(u"dashboards")};
}

void TestQuestionSuggestions::shouldIgnoreFramingWordsWhenComparingWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, stems);
    QCOMPARE(QuestionSuggestions::contentStems(text), stems);
}

void TestQuestionSuggestions::shouldRankStoriesBySharedThemesThenWords()
{
    // GIVEN a question about a model that failed
    const QString question = u"Tell me about a model of yours that failed in production."_s;
    const QStringList themes{u"resilience"_s, u"ownership"_s};

    // WHEN stories are suggested
    const QList<QuestionFit> fits =
        QuestionSuggestions::stories(question, themes, stories(), {}, {});

    // THEN the failure story comes first (a theme and shared words), the ownership one next
    QCOMPARE(ids(fits).mid(0, 2), (QList<qint64>{4, 1}));
    QCOMPARE(fits.at(0).score, QuestionSuggestions::ThemeWeight + 2);
    QCOMPARE(fits.at(1).score, QuestionSuggestions::ThemeWeight);
    QVERIFY2(fits.first().reason.contains(u"Reads like"_s), qPrintable(fits.first().reason));
    QVERIFY2(fits.first().reason.contains(u"Mentions: model, failed"_s),
             qPrintable(fits.first().reason));
}

void TestQuestionSuggestions::shouldTakeAStorysThemesFromTheValuesItIsLinkedTo()
{
    // GIVEN the pricing story, which reads like data, linked to a customer value
    const QList<ValuePrinciple> values{
        value(11, Acme, u"Users first"_s, u"Start from the people who use it."_s, {},
              {u"customer-focus"_s})};
    const QList<StoryValueLink> links{{3, 11, {}}};

    // WHEN a customer question is asked
    const QList<QuestionFit> fits = QuestionSuggestions::stories(
        u"Describe a time you went beyond for a client."_s, {u"customer-focus"_s}, stories(),
        links, values);

    // THEN the linked story fits through the value's theme
    QCOMPARE(ids(fits), QList<qint64>{3});
    QCOMPARE(fits.first().score, QuestionSuggestions::ThemeWeight);
}

void TestQuestionSuggestions::shouldNameTheLinkedValueAndCompanyInTheReason()
{
    const QList<ValuePrinciple> values{
        value(11, Acme, u"Users  first"_s, {}, {}, {u"customer-focus"_s})};
    const QList<StoryValueLink> links{{3, 11, {}}};
    Company acme;
    acme.id = Acme;
    acme.name = u"Acme"_s;

    const QList<QuestionFit> withCompany = QuestionSuggestions::stories(
        u"A difficult customer?"_s, {u"customer-focus"_s}, stories(), links, values, {acme});
    const QList<QuestionFit> without = QuestionSuggestions::stories(
        u"A difficult customer?"_s, {u"customer-focus"_s}, stories(), links, values);

    QCOMPARE(withCompany.first().reason,
             u"Shares the theme Customer focus with \u201cUsers first\u201d at Acme"_s);
    QCOMPARE(without.first().reason,
             u"Shares the theme Customer focus with \u201cUsers first\u201d"_s);
}

void TestQuestionSuggestions::shouldLetWordsBreakTiesBetweenStories()
{
    // GIVEN two stories of the same theme, one sharing a word with the question
    const QList<Story> list{story(5, u"Owned the release"_s, u"I owned it end to end."_s),
                            story(6, u"Owned the dashboards"_s, u"I owned them end to end."_s)};

    const QList<QuestionFit> fits = QuestionSuggestions::stories(
        u"Tell me about dashboards nobody owned."_s, {u"ownership"_s}, list, {}, {});

    // THEN the one mentioning dashboards wins; otherwise the lower id would
    QCOMPARE(ids(fits), (QList<qint64>{6, 5}));
    QCOMPARE(fits.at(0).score - fits.at(1).score, 1);
}

void TestQuestionSuggestions::shouldLeaveOutStoriesWithNothingInCommon()
{
    const QList<QuestionFit> fits = QuestionSuggestions::stories(
        u"Describe a time you mentored a junior colleague."_s, {u"people-development"_s},
        stories(), {}, {});
    QVERIFY2(fits.isEmpty(), qPrintable(fits.isEmpty() ? QString() : fits.first().reason));
}

void TestQuestionSuggestions::shouldCapTheNumberOfSuggestions_data()
{
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("negative") << -1 << 0;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("more than there are") << 50 << 4;
}

void TestQuestionSuggestions::shouldCapTheNumberOfSuggestions()
{
    QFETCH(int, max);
    QFETCH(int, expected);
    // Every story shares a word ("churn", "pipeline", "metric", "test") with this question.
    const QString question = u"Churn pipeline metric test definitions failure"_s;
    QCOMPARE(QuestionSuggestions::stories(question, {u"integrity"_s}, stories(), {}, {}, {}, max)
                 .size(),
             expected);
    QCOMPARE(QuestionSuggestions::values(question, {u"integrity"_s},
                                         {value(1, Acme, u"Honest metrics"_s, {}),
                                          value(2, Acme, u"Test everything"_s, {})},
                                         max)
                 .size(),
             std::min(expected, 2));
}

void TestQuestionSuggestions::shouldRankValuesByThemesThenWords()
{
    // GIVEN a company's values
    const QList<ValuePrinciple> values{
        value(1, Acme, u"Customers first"_s, u"Work backwards from the user."_s, {},
              {u"customer-focus"_s}),
        value(2, Acme, u"Own it"_s, u"No task is beneath you."_s, {u"owner"_s},
              {u"ownership"_s}),
        value(3, Acme, u"Be resilient owners"_s, u"Bounce back."_s, {},
              {u"resilience"_s, u"ownership"_s}),
    };

    // WHEN a failure question is asked
    const QList<QuestionFit> fits = QuestionSuggestions::values(
        u"Tell me about a failure you owned."_s, {u"resilience"_s, u"ownership"_s}, values);

    // THEN the value sharing both themes leads, then the one sharing one; the rest are left out
    QCOMPARE(ids(fits), (QList<qint64>{3, 2}));
    QCOMPARE(fits.at(0).reason,
             u"Same theme: Resilience after failure, Ownership; Mentions: owners"_s);
    QCOMPARE(fits.at(1).reason, u"Same theme: Ownership; Mentions: own"_s);
}

void TestQuestionSuggestions::shouldSuggestThemesForAValueWithout()
{
    // GIVEN a value without themes whose words read like ownership
    const QList<ValuePrinciple> values{
        value(4, Acme, u"Act like an owner"_s, u"Take responsibility end to end."_s)};

    const QList<QuestionFit> fits = QuestionSuggestions::values(
        u"A problem that was not your job?"_s, {u"ownership"_s}, values);

    QCOMPARE(ids(fits), QList<qint64>{4});
    QCOMPARE(fits.first().score, QuestionSuggestions::ThemeWeight);
}

void TestQuestionSuggestions::shouldKeepTheCompanysOrderForEqualValues()
{
    const QList<ValuePrinciple> values{
        value(9, Acme, u"Learn"_s, {}, {}, {u"learning"_s}),
        value(2, Acme, u"Grow"_s, {}, {}, {u"learning"_s}),
    };
    const QList<QuestionFit> fits =
        QuestionSuggestions::values(u"What did you study?"_s, {u"learning"_s}, values);
    QCOMPARE(ids(fits), (QList<qint64>{9, 2}));
}

void TestQuestionSuggestions::shouldBeDeterministic()
{
    const QString question = u"Describe a churn experiment whose data surprised you."_s;
    const QList<QuestionFit> first =
        QuestionSuggestions::stories(question, {}, stories(), {}, {}, {}, 10);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(QuestionSuggestions::stories(question, {}, stories(), {}, {}, {}, 10), first);
    QVERIFY(!first.isEmpty());
}

QTEST_GUILESS_MAIN(TestQuestionSuggestions)
#include "tst_questionsuggestions.moc"
