#include "storysuggestions.h"

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
                     const QStringList &keywords, const QStringList &themes, qint64 parentId = 0)
{
    ValuePrinciple v;
    v.id = id;
    v.companyId = companyId;
    v.parentId = parentId;
    v.name = name;
    v.meaning = meaning;
    v.keywords = keywords;
    v.themes = themes;
    return v;
}

Company company(qint64 id, const QString &name)
{
    Company c;
    c.id = id;
    c.name = name;
    return c;
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
        story(4, u"Launch with moving requirements"_s,
              u"The goals were unclear and requirements kept changing, so I adapted the plan "
              "weekly."_s),
    };
}

constexpr qint64 Northwind = 1;
constexpr qint64 Acme = 2;

QList<Company> companies()
{
    return {company(Northwind, u"Northwind Analytics"_s), company(Acme, u"Acme"_s)};
}

QList<ValuePrinciple> allValues()
{
    return {
        value(11, Northwind, u"Own the outcome"_s, u"The result is yours end to end."_s,
              {u"own"_s}, {u"ownership"_s}),
        value(12, Northwind, u"Say it when it breaks"_s, u"Raise problems first."_s,
              {u"transparent"_s}, {u"ownership"_s, u"integrity"_s, u"resilience"_s}, 11),
        value(13, Northwind, u"Decide with data"_s, u"Decisions rest on evidence."_s,
              {u"evidence"_s}, {u"data-driven"_s}),
        value(14, Northwind, u"One team"_s, u"Help other teams succeed."_s, {u"together"_s},
              {u"collaboration"_s}),
        value(21, Acme, u"Act like an owner"_s, u"Treat problems as yours and meet the deadline."_s,
              {u"owner"_s, u"deadline"_s}, {u"ownership"_s}),
        value(22, Acme, u"Be candid"_s, u"Say what you think."_s, {}, {u"integrity"_s}),
        // No themes set: StorySuggestions falls back to Themes::suggest().
        value(23, Acme, u"Customers first"_s, u"Start from what users need."_s, {}, {}),
    };
}

ValuePrinciple valueById(qint64 id)
{
    for (const ValuePrinciple &v : allValues()) {
        if (v.id == id)
            return v;
    }
    return {};
}

QList<qint64> ids(const QList<StorySuggestion> &suggestions)
{
    QList<qint64> list;
    for (const StorySuggestion &s : suggestions)
        list.append(s.storyId);
    return list;
}

} // namespace

class TestStorySuggestions : public QObject
{
    Q_OBJECT

private slots:
    void shouldUseSuggestedThemesWhenValueHasNone();
    void shouldRankStories_data();
    void shouldRankStories();
    void shouldExplainSharedThemeWithLinkedValueAndCompany();
    void shouldExplainWithoutCompanyNames();
    void shouldExplainWordOverlap();
    void shouldRankSharedThemesAboveWordOverlap();
    void shouldBreakTiesByStoryId();
    void shouldRespectMax_data();
    void shouldRespectMax();
    void shouldIgnoreStopWordsInOverlap();
    void shouldOfferReusableMappings_data();
    void shouldOfferReusableMappings();
    void shouldPreferMappingWithMoreThemesThenNotes();
    void shouldExplainReusableMapping();
    void shouldCapReusableMappings();
    void shouldRankProfiledStoriesLikeTheirText();
    void shouldFollowAProfileReplacedOrRemoved();
};

void TestStorySuggestions::shouldUseSuggestedThemesWhenValueHasNone()
{
    QCOMPARE(StorySuggestions::themesOf(valueById(23)), QStringList{u"customer-focus"_s});
    QCOMPARE(StorySuggestions::themesOf(valueById(12)),
             (QStringList{u"ownership"_s, u"integrity"_s, u"resilience"_s}));
}

void TestStorySuggestions::shouldRankStories_data()
{
    QTest::addColumn<qint64>("valueId");
    QTest::addColumn<QList<StoryValueLink>>("links");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("theme from the story's own text")
        << qint64(21) << QList<StoryValueLink>{} << QList<qint64>{1};
    QTest::newRow("theme from a link at another company")
        << qint64(21) << QList<StoryValueLink>{{4, 11, {}}} << QList<qint64>{1, 4};
    QTest::newRow("theme from a sub-principle link")
        << qint64(21) << QList<StoryValueLink>{{2, 12, {}}} << QList<qint64>{1, 2};
    QTest::newRow("already linked stories are left out")
        << qint64(21) << QList<StoryValueLink>{{1, 21, {}}, {4, 11, {}}} << QList<qint64>{4};
    // Story 2 is about metric definitions, which reads as data work too; story 3 also says "data".
    QTest::newRow("data stories for a data value")
        << qint64(13) << QList<StoryValueLink>{} << QList<qint64>{3, 2};
    QTest::newRow("nothing in common")
        << qint64(22) << QList<StoryValueLink>{} << QList<qint64>{};
}

void TestStorySuggestions::shouldRankStories()
{
    QFETCH(qint64, valueId);
    QFETCH(QList<StoryValueLink>, links);
    QFETCH(QList<qint64>, expected);

    const QList<StorySuggestion> suggestions =
        StorySuggestions::forValue(valueById(valueId), stories(), links, allValues(), companies());
    QCOMPARE(ids(suggestions), expected);
    for (const StorySuggestion &s : suggestions) {
        QVERIFY(s.score > 0);
        QVERIFY(!s.reason.isEmpty());
    }
}

void TestStorySuggestions::shouldExplainSharedThemeWithLinkedValueAndCompany()
{
    const QList<StorySuggestion> suggestions = StorySuggestions::forValue(
        valueById(21), stories(), {{4, 11, {}}}, allValues(), companies());
    QCOMPARE(suggestions.size(), 2);
    QCOMPARE(suggestions.at(1).storyId, qint64(4));
    QCOMPARE(suggestions.at(1).score, StorySuggestions::ThemeWeight);
    QCOMPARE(suggestions.at(1).reason,
             u"Shares the theme Ownership with \u201cOwn the outcome\u201d at Northwind Analytics"_s);
}

void TestStorySuggestions::shouldExplainWithoutCompanyNames()
{
    const QList<StorySuggestion> suggestions =
        StorySuggestions::forValue(valueById(21), stories(), {{4, 11, {}}}, allValues());
    QCOMPARE(suggestions.size(), 2);
    QCOMPARE(suggestions.at(1).reason,
             u"Shares the theme Ownership with \u201cOwn the outcome\u201d"_s);
}

void TestStorySuggestions::shouldExplainWordOverlap()
{
    const QList<StorySuggestion> suggestions =
        StorySuggestions::forValue(valueById(21), stories(), {}, allValues(), companies());
    QCOMPARE(suggestions.size(), 1);
    // "ownership" and "owned" share a stem with "owner": the first form is quoted, once.
    QCOMPARE(suggestions.first().reason, u"Reads like Ownership; Mentions: ownership, deadline"_s);
    QCOMPARE(suggestions.first().score, StorySuggestions::ThemeWeight + 2);
}

void TestStorySuggestions::shouldRankSharedThemesAboveWordOverlap()
{
    // Story 2 shares words with the value but no theme; story 4 shares a theme but no words.
    const ValuePrinciple v = value(30, Acme, u"Own every dashboard"_s,
                                   u"Agree definitions before you build."_s, {}, {u"ownership"_s});
    const QList<StorySuggestion> suggestions = StorySuggestions::forValue(
        v, stories(), {{4, 11, {}}}, allValues(), companies(), 10);
    QCOMPARE(ids(suggestions), (QList<qint64>{1, 4, 2}));
    QVERIFY(suggestions.at(1).score > suggestions.at(2).score);
    QCOMPARE(suggestions.at(2).reason, u"Mentions: definitions, agree, dashboards"_s);
}

void TestStorySuggestions::shouldBreakTiesByStoryId()
{
    const ValuePrinciple v = value(31, Acme, u"Zorp"_s, QString(),
                                   {u"holdout"_s, u"definition"_s}, {u"learning"_s});
    QList<Story> reversed = stories();
    std::reverse(reversed.begin(), reversed.end());
    const QList<StorySuggestion> suggestions =
        StorySuggestions::forValue(v, reversed, {}, allValues(), companies());
    QCOMPARE(ids(suggestions), (QList<qint64>{2, 3}));
    QCOMPARE(suggestions.at(0).score, suggestions.at(1).score);
}

void TestStorySuggestions::shouldRespectMax_data()
{
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("expected");

    QTest::newRow("zero") << 0 << 0;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("default") << 3 << 3;
    QTest::newRow("more than there are") << 10 << 4;
}

void TestStorySuggestions::shouldRespectMax()
{
    QFETCH(int, max);
    QFETCH(int, expected);

    // Every story is linked to an ownership value elsewhere.
    const QList<StoryValueLink> links{{1, 11, {}}, {2, 11, {}}, {3, 12, {}}, {4, 12, {}}};
    const QList<StorySuggestion> suggestions =
        StorySuggestions::forValue(valueById(21), stories(), links, allValues(), companies(), max);
    QCOMPARE(suggestions.size(), expected);
}

void TestStorySuggestions::shouldIgnoreStopWordsInOverlap()
{
    const ValuePrinciple v = value(32, Acme, u"The and with"_s, u"I the a so and to of"_s, {},
                                   {u"learning"_s});
    QCOMPARE(StorySuggestions::forValue(v, stories(), {}, allValues(), companies()),
             QList<StorySuggestion>{});
}

void TestStorySuggestions::shouldOfferReusableMappings_data()
{
    QTest::addColumn<qint64>("valueId");
    QTest::addColumn<QList<StoryValueLink>>("links");
    QTest::addColumn<QList<qint64>>("storyIds");
    QTest::addColumn<QList<qint64>>("fromValueIds");

    const QList<StoryValueLink> northwind{{1, 11, u"- fixed the join myself"_s},
                                          {2, 13, u"- tests on the metrics"_s},
                                          {3, 14, u"- paired with each team"_s},
                                          {4, 12, u"- told ops the same morning"_s}};
    QTest::newRow("same theme at another company")
        << qint64(21) << northwind << QList<qint64>{1, 4} << QList<qint64>{11, 12};
    QTest::newRow("already linked story is left out")
        << qint64(21) << (northwind + QList<StoryValueLink>{{1, 21, {}}}) << QList<qint64>{4}
        << QList<qint64>{12};
    QTest::newRow("integrity matches the sub-principle only")
        << qint64(22) << northwind << QList<qint64>{4} << QList<qint64>{12};
    QTest::newRow("same company is not a reuse")
        << qint64(11) << (northwind + QList<StoryValueLink>{{2, 12, {}}}) << QList<qint64>{}
        << QList<qint64>{};
    QTest::newRow("reuse from Acme into Northwind")
        << qint64(13) << QList<StoryValueLink>{{3, 21, {}}, {2, 23, u"n"_s}} << QList<qint64>{}
        << QList<qint64>{};
}

void TestStorySuggestions::shouldOfferReusableMappings()
{
    QFETCH(qint64, valueId);
    QFETCH(QList<StoryValueLink>, links);
    QFETCH(QList<qint64>, storyIds);
    QFETCH(QList<qint64>, fromValueIds);

    const QList<ReuseSuggestion> reuse =
        StorySuggestions::reusableMappings(valueById(valueId), links, allValues(), companies());
    QList<qint64> gotStories;
    QList<qint64> gotValues;
    for (const ReuseSuggestion &r : reuse) {
        gotStories.append(r.storyId);
        gotValues.append(r.fromValueId);
        QVERIFY(r.fromCompanyId != valueById(valueId).companyId);
        QVERIFY(!r.reason.isEmpty());
    }
    QCOMPARE(gotStories, storyIds);
    QCOMPARE(gotValues, fromValueIds);
}

void TestStorySuggestions::shouldPreferMappingWithMoreThemesThenNotes()
{
    // Story 4 is mapped to both Northwind ownership values; the target shares two themes with
    // "Say it when it breaks" and one with "Own the outcome".
    const ValuePrinciple target = value(40, Acme, u"Own it, honestly"_s, QString(), {},
                                        {u"ownership"_s, u"integrity"_s});
    const QList<StoryValueLink> links{{4, 11, u"- notes on the outcome"_s},
                                      {4, 12, {}},
                                      {1, 11, {}},
                                      {1, 12, {}}};
    QList<ReuseSuggestion> reuse =
        StorySuggestions::reusableMappings(target, links, allValues(), companies());
    QCOMPARE(reuse.size(), 2);
    QCOMPARE(reuse.at(0).storyId, qint64(1)); // ties on two themes: story id decides
    QCOMPARE(reuse.at(0).fromValueId, qint64(12));
    QCOMPARE(reuse.at(1).storyId, qint64(4));
    QCOMPARE(reuse.at(1).fromValueId, qint64(12));

    // With one theme only, both mappings tie and the one with notes wins.
    const ValuePrinciple ownOnly = value(41, Acme, u"Owner"_s, QString(), {}, {u"ownership"_s});
    reuse = StorySuggestions::reusableMappings(ownOnly, links, allValues(), companies());
    QCOMPARE(reuse.size(), 2);
    QCOMPARE(reuse.at(0).storyId, qint64(1));
    QCOMPARE(reuse.at(0).fromValueId, qint64(11)); // no notes either way: lowest value id
    QCOMPARE(reuse.at(1).storyId, qint64(4));
    QCOMPARE(reuse.at(1).fromValueId, qint64(11));
    QCOMPARE(reuse.at(1).notes, u"- notes on the outcome"_s);
}

void TestStorySuggestions::shouldExplainReusableMapping()
{
    const QList<StoryValueLink> links{{1, 11, u"- fixed the join myself"_s}};
    QList<ReuseSuggestion> reuse =
        StorySuggestions::reusableMappings(valueById(21), links, allValues(), companies());
    QCOMPARE(reuse.size(), 1);
    const ReuseSuggestion expected{
        1, 11, Northwind, u"- fixed the join myself"_s,
        u"Mapped to \u201cOwn the outcome\u201d at Northwind Analytics \u2014 same theme: Ownership"_s};
    QCOMPARE(reuse.first(), expected);

    reuse = StorySuggestions::reusableMappings(valueById(21), links, allValues());
    QCOMPARE(reuse.first().reason,
             u"Mapped to \u201cOwn the outcome\u201d \u2014 same theme: Ownership"_s);
}

void TestStorySuggestions::shouldCapReusableMappings()
{
    // GIVEN two stories mapped to ownership values at Northwind
    const QList<StoryValueLink> links{{1, 11, {}}, {4, 12, {}}};
    const QList<ReuseSuggestion> all =
        StorySuggestions::reusableMappings(valueById(21), links, allValues(), companies());
    QCOMPARE(all.size(), 2);

    // WHEN at most one is asked for THEN it is the best of them; zero gives none
    QCOMPARE(StorySuggestions::reusableMappings(valueById(21), links, allValues(), companies(), 1),
             all.mid(0, 1));
    QVERIFY(StorySuggestions::reusableMappings(valueById(21), links, allValues(), companies(), 0)
                .isEmpty());
}

void TestStorySuggestions::shouldRankProfiledStoriesLikeTheirText()
{
    // GIVEN the stories profiled once
    const StoryProfiles profiles = StoryProfiles::of(stories());
    QCOMPARE(profiles.size(), stories().size());
    const QList<StoryValueLink> links{{1, 11, {}}, {3, 13, {}}};

    // THEN every value gets the same suggestions, reasons included, as from the stories' text
    for (const ValuePrinciple &v : allValues()) {
        const QList<StorySuggestion> fromText =
            StorySuggestions::forValue(v, stories(), links, allValues(), companies(), 4);
        QCOMPARE(StorySuggestions::forValue(v, profiles, links, allValues(), companies(), 4),
                 fromText);
    }
}

void TestStorySuggestions::shouldFollowAProfileReplacedOrRemoved()
{
    // GIVEN profiled stories, and a value about experiments that the pricing test (3) fits
    StoryProfiles profiles = StoryProfiles::of(stories());
    const ValuePrinciple v = value(50, Acme, u"Experiment often"_s, u"Test ideas with an "
                                   "experiment and a holdout."_s, {}, {u"data-driven"_s});
    QVERIFY(ids(StorySuggestions::forValue(v, profiles, {}, allValues(), companies())).contains(3));

    // WHEN story 3 is rewritten to be about something else, and story 4 is removed
    profiles.add(story(3, u"Team lunch"_s, u"I booked a table for everyone."_s));
    profiles.remove(4);

    // THEN suggestions follow the new text, and the removed story is never offered
    const QList<qint64> now =
        ids(StorySuggestions::forValue(v, profiles, {}, allValues(), companies(), 10));
    QVERIFY(!now.contains(3));
    QVERIFY(!now.contains(4));
    QCOMPARE(profiles.size(), stories().size() - 1);
}

QTEST_GUILESS_MAIN(TestStorySuggestions)
#include "tst_storysuggestions.moc"
