#include "themes.h"

#include <QTest>

using namespace starling;
using namespace Qt::StringLiterals;

class TestThemes : public QObject
{
    Q_OBJECT

private slots:
    void shouldListExactlyTheStableKeys();
    void shouldFindEveryThemeByKey_data();
    void shouldFindEveryThemeByKey();
    void shouldFallBackToKeyForUnknownTheme();
    void shouldStemInflectionsTogether_data();
    void shouldStemInflectionsTogether();
    void shouldKeepDifferentWordsApart_data();
    void shouldKeepDifferentWordsApart();
    void shouldSplitTextIntoWords_data();
    void shouldSplitTextIntoWords();
    void shouldLeaveNonAsciiWordsUnstemmed();
    void shouldRecogniseStopWords_data();
    void shouldRecogniseStopWords();
    void shouldSuggestThemesForRealValues_data();
    void shouldSuggestThemesForRealValues();
    void shouldSuggestItsOwnThemeForEveryCue_data();
    void shouldSuggestItsOwnThemeForEveryCue();
    void shouldWeighNameAboveKeywordsAboveMeaning();
    void shouldRespectMax_data();
    void shouldRespectMax();
    void shouldSuggestDeterministically();
};

void TestThemes::shouldListExactlyTheStableKeys()
{
    const QStringList expected{
        QStringLiteral("ownership"),     QStringLiteral("bias-for-action"),
        QStringLiteral("learning"),      QStringLiteral("collaboration"),
        QStringLiteral("customer-focus"), QStringLiteral("high-standards"),
        QStringLiteral("data-driven"),   QStringLiteral("integrity"),
        QStringLiteral("innovation"),    QStringLiteral("ambiguity"),
        QStringLiteral("resilience"),    QStringLiteral("influence"),
        QStringLiteral("results"),       QStringLiteral("people-development"),
    };
    QCOMPARE(Themes::keys(), expected);
    QStringList fromAll;
    for (const Theme &theme : Themes::all())
        fromAll.append(theme.key);
    QCOMPARE(fromAll, expected);
}

void TestThemes::shouldFindEveryThemeByKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");

    QTest::newRow("ownership") << "ownership" << "Ownership";
    QTest::newRow("bias-for-action") << "bias-for-action" << "Bias for action";
    QTest::newRow("learning") << "learning" << "Learning and growth";
    QTest::newRow("collaboration") << "collaboration" << "Collaboration / one team";
    QTest::newRow("customer-focus") << "customer-focus" << "Customer focus";
    QTest::newRow("high-standards") << "high-standards" << "High standards";
    QTest::newRow("data-driven") << "data-driven" << "Data-driven judgement";
    QTest::newRow("integrity") << "integrity" << "Integrity and trust";
    QTest::newRow("innovation") << "innovation" << "Innovation";
    QTest::newRow("ambiguity") << "ambiguity" << "Dealing with ambiguity";
    QTest::newRow("resilience") << "resilience" << "Resilience after failure";
    QTest::newRow("influence") << "influence" << "Influence and communication";
    QTest::newRow("results") << "results" << "Delivering results";
    QTest::newRow("people-development") << "people-development" << "Developing people";
}

void TestThemes::shouldFindEveryThemeByKey()
{
    QFETCH(QString, key);
    QFETCH(QString, name);

    const std::optional<Theme> theme = Themes::find(key);
    QVERIFY(theme);
    QCOMPARE(theme->key, key);
    QCOMPARE(theme->name, name);
    QVERIFY(!theme->description.trimmed().isEmpty());
    QVERIFY(!theme->cues.isEmpty());
    QCOMPARE(Themes::displayName(key), name);
    QVERIFY(Themes::isKnown(key));
}

void TestThemes::shouldFallBackToKeyForUnknownTheme()
{
    QVERIFY(!Themes::find(u"made-up"));
    QVERIFY(!Themes::isKnown(u"made-up"));
    QCOMPARE(Themes::displayName(u"made-up"), QStringLiteral("made-up"));
    QVERIFY(!Themes::find(u"Ownership")); // keys are exact
}

void TestThemes::shouldStemInflectionsTogether_data()
{
    QTest::addColumn<QStringList>("words");

    QTest::newRow("own") << QStringList{u"own"_s, u"owns"_s, u"owned"_s, u"owning"_s, u"owner"_s, u"owners"_s,
                                        u"ownership"_s, u"Ownership"_s, u"OWNERSHIPS"_s};
    QTest::newRow("decide") << QStringList{u"decide"_s, u"decides"_s, u"decided"_s, u"deciding"_s, u"decision"_s,
                                           u"decisions"_s, u"decisive"_s, u"decisively"_s, u"decisiveness"_s};
    QTest::newRow("customer") << QStringList{u"customer"_s, u"customers"_s, u"Customer"_s};
    QTest::newRow("client") << QStringList{u"client"_s, u"clients"_s};
    QTest::newRow("user") << QStringList{u"user"_s, u"users"_s};
    QTest::newRow("learn") << QStringList{u"learn"_s, u"learns"_s, u"learned"_s, u"learning"_s, u"learner"_s};
    QTest::newRow("innovate") << QStringList{u"innovate"_s, u"innovation"_s, u"innovative"_s, u"innovating"_s,
                                             u"innovations"_s};
    QTest::newRow("collaborate") << QStringList{u"collaborate"_s, u"collaboration"_s, u"collaborative"_s,
                                                u"collaborating"_s, u"collaboratively"_s};
    QTest::newRow("deliver") << QStringList{u"deliver"_s, u"delivers"_s, u"delivered"_s, u"delivering"_s,
                                            u"delivery"_s, u"deliveries"_s};
    QTest::newRow("measure") << QStringList{u"measure"_s, u"measured"_s, u"measuring"_s, u"measurement"_s};
    QTest::newRow("ambiguity") << QStringList{u"ambiguity"_s, u"ambiguous"_s};
    QTest::newRow("curious") << QStringList{u"curious"_s, u"curiosity"_s};
    QTest::newRow("accountable") << QStringList{u"accountable"_s, u"accountability"_s};
    QTest::newRow("responsible") << QStringList{u"responsible"_s, u"responsibility"_s, u"responsibilities"_s};
    QTest::newRow("influence") << QStringList{u"influence"_s, u"influenced"_s, u"influencing"_s, u"influences"_s};
    QTest::newRow("persevere") << QStringList{u"persevere"_s, u"persevering"_s, u"perseverance"_s};
    QTest::newRow("experiment") << QStringList{u"experiment"_s, u"experiments"_s, u"experimentation"_s,
                                               u"experimenting"_s};
    QTest::newRow("plan") << QStringList{u"plan"_s, u"plans"_s, u"planned"_s, u"planning"_s};
    QTest::newRow("develop") << QStringList{u"develop"_s, u"development"_s, u"developing"_s, u"developed"_s};
    QTest::newRow("persuade") << QStringList{u"persuade"_s, u"persuasive"_s, u"persuasion"_s, u"persuading"_s};
    QTest::newRow("excellence") << QStringList{u"excel"_s, u"excellence"_s, u"excellent"_s};
    QTest::newRow("success") << QStringList{u"success"_s, u"successful"_s};
    QTest::newRow("efficient") << QStringList{u"efficient"_s, u"efficiency"_s};
    QTest::newRow("act") << QStringList{u"act"_s, u"action"_s, u"actions"_s, u"active"_s};
}

void TestThemes::shouldStemInflectionsTogether()
{
    QFETCH(QStringList, words);

    const QString expected = Themes::stem(words.first());
    QVERIFY(!expected.isEmpty());
    for (const QString &word : std::as_const(words))
        QCOMPARE(Themes::stem(word), expected);
}

void TestThemes::shouldKeepDifferentWordsApart_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::newRow("experiment/experience") << "experiment" << "experience";
    QTest::newRow("user/use") << "user" << "use";
    QTest::newRow("data/date") << "data" << "date";
    QTest::newRow("act/impact") << "act" << "impact";
    QTest::newRow("success/succeed") << "process" << "proceed";
    QTest::newRow("passion/pass") << "passion" << "pass";
    QTest::newRow("focus/focal") << "focus" << "fox";
}

void TestThemes::shouldKeepDifferentWordsApart()
{
    QFETCH(QString, a);
    QFETCH(QString, b);

    QVERIFY2(Themes::stem(a) != Themes::stem(b), qPrintable(Themes::stem(a)));
}

void TestThemes::shouldSplitTextIntoWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("punctuation") << "Own the outcome!" << QStringList{u"own"_s, u"the"_s, u"outcome"_s};
    QTest::newRow("hyphens") << "end-to-end, data-driven"
                             << QStringList{u"end"_s, u"to"_s, u"end"_s, u"data"_s, u"driven"_s};
    QTest::newRow("apostrophe") << QStringLiteral("don't stop; customer\u2019s needs")
                                << QStringList{u"dont"_s, u"stop"_s, u"customers"_s, u"needs"_s};
    QTest::newRow("trailing apostrophe") << "teams' goals" << QStringList{u"teams"_s, u"goals"_s};
    QTest::newRow("digits") << "A/B test v2 at 3.1 pts"
                            << QStringList{u"a"_s, u"b"_s, u"test"_s, u"v2"_s, u"at"_s, u"3"_s, u"1"_s, u"pts"_s};
    QTest::newRow("case folding") << QStringLiteral("ÉQUIPE Über STRASSE")
                                  << QStringList{QStringLiteral("équipe"), QStringLiteral("über"),
                                                 u"strasse"_s};
    QTest::newRow("decomposed accent") << QStringLiteral("cafe\u0301 naïve")
                                       << QStringList{QStringLiteral("café"),
                                                      QStringLiteral("naïve")};
    QTest::newRow("ligature") << QStringLiteral("\uFB01nd") << QStringList{u"find"_s};
    QTest::newRow("cjk") << QStringLiteral("数据驱动 decisions")
                         << QStringList{QStringLiteral("数据驱动"), u"decisions"_s};
    QTest::newRow("outside the BMP") << QStringLiteral("\U00010330\U00010331 ok")
                                     << QStringList{QStringLiteral("\U00010330\U00010331"), u"ok"_s};
    QTest::newRow("emoji dropped") << QStringLiteral("\U0001F642 ship it")
                                   << QStringList{u"ship"_s, u"it"_s};
    QTest::newRow("empty") << "" << QStringList{};
    QTest::newRow("only punctuation") << " -- ... !" << QStringList{};
}

void TestThemes::shouldSplitTextIntoWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    QCOMPARE(Themes::words(text), expected);
}

void TestThemes::shouldLeaveNonAsciiWordsUnstemmed()
{
    QCOMPARE(Themes::stem(u"Équipes"), QStringLiteral("équipes"));
    QCOMPARE(Themes::stem(u"数据"), QStringLiteral("数据"));
    QCOMPARE(Themes::stem(u""), QString());
}

void TestThemes::shouldRecogniseStopWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("stop");

    QTest::newRow("the") << "the" << true;
    QTest::newRow("with") << "with" << true;
    QTest::newRow("we") << "we" << true;
    QTest::newRow("owner") << "owner" << false;
    QTest::newRow("own") << "own" << false;
    QTest::newRow("deadline") << "deadline" << false;
}

void TestThemes::shouldRecogniseStopWords()
{
    QFETCH(QString, word);
    QFETCH(bool, stop);

    QCOMPARE(Themes::isStopWord(word), stop);
}

void TestThemes::shouldSuggestThemesForRealValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("meaning");
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QStringList>("alsoExpected");

    QTest::newRow("Amazon: Customer Obsession")
        << "Customer Obsession" << "Start with what the customer needs and work backwards."
        << QStringList{} << "customer-focus" << QStringList{};
    QTest::newRow("Amazon: Ownership")
        << "Ownership" << "Think long term and never say that's not my job." << QStringList{}
        << "ownership" << QStringList{};
    QTest::newRow("Amazon: Bias for Action")
        << "Bias for Action" << "Speed matters; most decisions can be reversed."
        << QStringList{} << "bias-for-action" << QStringList{};
    QTest::newRow("Amazon: Learn and Be Curious")
        << "Learn and Be Curious" << "" << QStringList{} << "learning" << QStringList{};
    QTest::newRow("Amazon: Hire and Develop the Best")
        << "Hire and Develop the Best" << "Raise the bar with every hire and coach people."
        << QStringList{} << "people-development" << QStringList{};
    QTest::newRow("Amazon: Insist on the Highest Standards")
        << "Insist on the Highest Standards" << "Fix problems at the root." << QStringList{}
        << "high-standards" << QStringList{};
    QTest::newRow("Amazon: Dive Deep")
        << "Dive Deep" << "Stay close to the details and audit the metrics." << QStringList{}
        << "data-driven" << QStringList{};
    QTest::newRow("Amazon: Have Backbone")
        << "Have Backbone; Disagree and Commit" << "" << QStringList{} << "influence"
        << QStringList{};
    QTest::newRow("Amazon: Deliver Results")
        << "Deliver Results" << "" << QStringList{} << "results" << QStringList{};
    QTest::newRow("Amazon: Think Big")
        << "Think Big" << "Set a bold direction." << QStringList{} << "innovation"
        << QStringList{};
    QTest::newRow("Stripe: Users first")
        << "Users first" << "Keep users' needs at the centre of every decision." << QStringList{}
        << "customer-focus" << QStringList{};
    QTest::newRow("Stripe: Move with urgency and focus")
        << "Move with urgency and focus" << "" << QStringList{} << "bias-for-action"
        << QStringList{u"results"_s};
    QTest::newRow("Airbnb: Be a Host")
        << "Be a Host" << "Care for guests the way a good host does." << QStringList{}
        << "customer-focus" << QStringList{};
    QTest::newRow("Airbnb: Embrace the Adventure")
        << "Embrace the Adventure" << "Be curious and enjoy the unknown." << QStringList{}
        << "ambiguity" << QStringList{};
    QTest::newRow("Uber: We persevere")
        << "We persevere" << "Keep going after setbacks and failures." << QStringList{}
        << "resilience" << QStringList{};
    QTest::newRow("Uber: We act like owners")
        << "We act like owners" << "" << QStringList{} << "ownership"
        << QStringList{u"bias-for-action"_s};
    QTest::newRow("Netflix: Judgment")
        << "Judgment" << "Make wise decisions when things are ambiguous." << QStringList{}
        << "data-driven" << QStringList{};
    QTest::newRow("Spotify: Sincere by keywords")
        << "Sincere" << "" << QStringList{u"honest"_s, u"transparent"_s} << "integrity"
        << QStringList{};
    QTest::newRow("Microsoft: One Microsoft")
        << "One Microsoft" << "Work across teams and collaborate as one company."
        << QStringList{} << "collaboration" << QStringList{};
    QTest::newRow("Northwind: Decide with data")
        << "Decide with data" << "Decisions rest on evidence." << QStringList{}
        << "data-driven" << QStringList{};
    QTest::newRow("inflection: Owning the outcome")
        << "Owning the outcome" << "" << QStringList{} << "ownership" << QStringList{};
    QTest::newRow("inflection: Decisiveness")
        << "Decisiveness" << "" << QStringList{} << "bias-for-action"
        << QStringList{u"data-driven"_s};
    QTest::newRow("inflection: clients")
        << "Our clients come first" << "" << QStringList{} << "customer-focus" << QStringList{};
    QTest::newRow("upper case")
        << "CUSTOMER OBSESSION" << "" << QStringList{} << "customer-focus" << QStringList{};
}

void TestThemes::shouldSuggestThemesForRealValues()
{
    QFETCH(QString, name);
    QFETCH(QString, meaning);
    QFETCH(QStringList, keywords);
    QFETCH(QString, first);
    QFETCH(QStringList, alsoExpected);

    const QStringList suggested = Themes::suggest(name, meaning, keywords);
    QVERIFY2(!suggested.isEmpty(), "no suggestion");
    QCOMPARE(suggested.first(), first);
    for (const QString &key : std::as_const(alsoExpected))
        QVERIFY2(suggested.contains(key), qPrintable(suggested.join(u", ")));
    QVERIFY(suggested.size() <= 3);
    for (const QString &key : suggested)
        QVERIFY(Themes::isKnown(key));
}

void TestThemes::shouldSuggestItsOwnThemeForEveryCue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("cue");

    for (const Theme &theme : Themes::all()) {
        for (const QString &cue : theme.cues)
            QTest::addRow("%s: %s", qPrintable(theme.key), qPrintable(cue)) << theme.key << cue;
    }
}

void TestThemes::shouldSuggestItsOwnThemeForEveryCue()
{
    QFETCH(QString, key);
    QFETCH(QString, cue);

    const QStringList suggested = Themes::suggest(cue, QString(), {}, int(Themes::keys().size()));
    QVERIFY2(suggested.contains(key), qPrintable(suggested.join(u", ")));
}

void TestThemes::shouldWeighNameAboveKeywordsAboveMeaning()
{
    // One cue each: customer in the name, learning in a keyword, integrity in the meaning.
    const QStringList all = Themes::suggest(QStringLiteral("Customer"), QStringLiteral("honest"),
                                            {QStringLiteral("curious")}, 14);
    QCOMPARE(all.value(0), QStringLiteral("customer-focus"));
    QCOMPARE(all.value(1), QStringLiteral("learning"));
    // A meaning-only hit is under half the best score: left out as noise.
    QVERIFY(!all.contains(QStringLiteral("integrity")));

    const QStringList keywordFirst = Themes::suggest(
        QStringLiteral("Stay hungry"), QStringLiteral("We want people who are honest"),
        {QStringLiteral("customer")});
    QCOMPARE(keywordFirst.value(0), QStringLiteral("customer-focus"));
    QVERIFY(keywordFirst.contains(QStringLiteral("integrity")));

    QCOMPARE(Themes::suggest(QStringLiteral("Zorp"), QStringLiteral("blargh quux"), {}),
             QStringList());
}

void TestThemes::shouldRespectMax_data()
{
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("expected");

    QTest::newRow("zero") << 0 << 0;
    QTest::newRow("negative") << -1 << 0;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("two") << 2 << 2;
}

void TestThemes::shouldRespectMax()
{
    QFETCH(int, max);
    QFETCH(int, expected);

    // Three themes with equal weight in the name.
    const QStringList suggested = Themes::suggest(
        QStringLiteral("Customer trust and teamwork"), QString(), {}, max);
    QCOMPARE(suggested.size(), expected);
}

void TestThemes::shouldSuggestDeterministically()
{
    const QString name = QStringLiteral("Customer trust and teamwork");
    const QStringList first = Themes::suggest(name, QString(), {}, 14);
    QCOMPARE(first, (QStringList{u"collaboration"_s, u"customer-focus"_s, u"integrity"_s}));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(Themes::suggest(name, QString(), {}, 14), first);
}

QTEST_GUILESS_MAIN(TestThemes)
#include "tst_themes.moc"
