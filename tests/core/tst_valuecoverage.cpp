#include "valuecoverage.h"

#include <QTest>

using namespace starling;
using namespace Qt::StringLiterals;

namespace {

ValuePrinciple value(qint64 id, qint64 parentId, const QString &name)
{
    ValuePrinciple v;
    v.id = id;
    v.companyId = 1;
    v.parentId = parentId;
    v.name = name;
    return v;
}

// Tree order, as the store returns it:
//   1 Own the outcome
//     2 Say it when it breaks
//     3 Finish what you start
//   4 Decide with data
//   5 One team
//     6 Disagree, then commit
//       7 Write it down
QList<ValuePrinciple> fixture()
{
    return {value(1, 0, u"Own the outcome"_s),   value(2, 1, u"Say it when it breaks"_s),
            value(3, 1, u"Finish what you start"_s), value(4, 0, u"Decide with data"_s),
            value(5, 0, u"One team"_s),          value(6, 5, u"Disagree, then commit"_s),
            value(7, 6, u"Write it down"_s)};
}

StoryValueLink link(qint64 storyId, qint64 valueId)
{
    return {storyId, valueId, QString()};
}

using Level = ValueCoverage::Level;

} // namespace

class TestValueCoverage : public QObject
{
    Q_OBJECT

private slots:
    void shouldRateLevelByStoryCount_data();
    void shouldRateLevelByStoryCount();
    void shouldCountOnlyEachRowsOwnLinks_data();
    void shouldCountOnlyEachRowsOwnLinks();
    void shouldGiveTreeDepthInTreeOrder();
    void shouldSummarizeEveryValueAndSubPrinciple_data();
    void shouldSummarizeEveryValueAndSubPrinciple();
    void shouldWriteSummaryText_data();
    void shouldWriteSummaryText();
    void shouldNameEveryLevel();
    void shouldWriteStoryCountText_data();
    void shouldWriteStoryCountText();
};

void TestValueCoverage::shouldRateLevelByStoryCount_data()
{
    QTest::addColumn<int>("stories");
    QTest::addColumn<Level>("level");

    QTest::newRow("none") << 0 << Level::Gap;
    QTest::newRow("one") << 1 << Level::Minimum;
    QTest::newRow("two") << 2 << Level::Ideal;
    QTest::newRow("five") << 5 << Level::Ideal;
}

void TestValueCoverage::shouldRateLevelByStoryCount()
{
    QFETCH(int, stories);
    QFETCH(Level, level);

    QCOMPARE(ValueCoverage::levelFor(stories), level);
}

void TestValueCoverage::shouldCountOnlyEachRowsOwnLinks_data()
{
    QTest::addColumn<QList<StoryValueLink>>("links");
    QTest::addColumn<QList<int>>("counts"); // per value 1..7

    QTest::newRow("no links") << QList<StoryValueLink>{} << QList<int>{0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("sub-principle links do not cover the parent")
        << QList<StoryValueLink>{link(10, 2), link(11, 3), link(10, 7)}
        << QList<int>{0, 1, 1, 0, 0, 0, 1};
    QTest::newRow("parent links do not cover sub-principles")
        << QList<StoryValueLink>{link(10, 1), link(11, 1), link(12, 5)}
        << QList<int>{2, 0, 0, 0, 1, 0, 0};
    QTest::newRow("a story counts once per value")
        << QList<StoryValueLink>{link(10, 4), link(10, 4), link(11, 4)}
        << QList<int>{0, 0, 0, 2, 0, 0, 0};
    QTest::newRow("links to other companies' values are ignored")
        << QList<StoryValueLink>{link(10, 99), link(11, 4), link(12, 100)}
        << QList<int>{0, 0, 0, 1, 0, 0, 0};
    QTest::newRow("one story on many values")
        << QList<StoryValueLink>{link(10, 1), link(10, 2), link(10, 6), link(11, 6)}
        << QList<int>{1, 1, 0, 0, 0, 2, 0};
}

void TestValueCoverage::shouldCountOnlyEachRowsOwnLinks()
{
    QFETCH(QList<StoryValueLink>, links);
    QFETCH(QList<int>, counts);

    const QList<ValueCoverage::Row> rows = ValueCoverage::rows(fixture(), links);
    QCOMPARE(rows.size(), counts.size());
    const QHash<qint64, int> byId = ValueCoverage::storyCounts(fixture(), links);
    QCOMPARE(byId.size(), counts.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).valueId, qint64(i + 1));
        QCOMPARE(rows.at(i).stories, counts.at(i));
        QCOMPARE(rows.at(i).level, ValueCoverage::levelFor(counts.at(i)));
        QCOMPARE(byId.value(i + 1), counts.at(i));
    }
}

void TestValueCoverage::shouldGiveTreeDepthInTreeOrder()
{
    const QList<ValueCoverage::Row> rows = ValueCoverage::rows(fixture(), {});
    QList<int> depths;
    QList<qint64> parents;
    for (const ValueCoverage::Row &row : rows) {
        depths.append(row.depth);
        parents.append(row.parentId);
    }
    QCOMPARE(depths, (QList<int>{0, 1, 1, 0, 0, 1, 2}));
    QCOMPARE(parents, (QList<qint64>{0, 1, 1, 0, 0, 5, 6}));
}

void TestValueCoverage::shouldSummarizeEveryValueAndSubPrinciple_data()
{
    QTest::addColumn<QList<StoryValueLink>>("links");
    QTest::addColumn<int>("covered");
    QTest::addColumn<int>("withTwo");

    QTest::newRow("empty matrix") << QList<StoryValueLink>{} << 0 << 0;
    QTest::newRow("sub-principles count as values")
        << QList<StoryValueLink>{link(10, 2), link(11, 2), link(10, 7)} << 2 << 1;
    QTest::newRow("everything twice")
        << QList<StoryValueLink>{link(10, 1), link(11, 1), link(10, 2), link(11, 2),
                                 link(10, 3), link(11, 3), link(10, 4), link(11, 4),
                                 link(10, 5), link(11, 5), link(10, 6), link(11, 6),
                                 link(10, 7), link(11, 7)}
        << 7 << 7;
}

void TestValueCoverage::shouldSummarizeEveryValueAndSubPrinciple()
{
    QFETCH(QList<StoryValueLink>, links);
    QFETCH(int, covered);
    QFETCH(int, withTwo);

    const ValueCoverage::Summary expected{7, covered, withTwo};
    QCOMPARE(ValueCoverage::summarize(fixture(), links), expected);
    QCOMPARE(ValueCoverage::summarize(ValueCoverage::rows(fixture(), links)), expected);
}

void TestValueCoverage::shouldWriteSummaryText_data()
{
    QTest::addColumn<int>("values");
    QTest::addColumn<int>("covered");
    QTest::addColumn<int>("withTwo");
    QTest::addColumn<QString>("text");

    QTest::newRow("Amazon half done") << 16 << 12 << 5 << u"12 of 16 values covered, 5 with two stories"_s;
    QTest::newRow("nothing covered") << 7 << 0 << 0 << u"0 of 7 values covered, 0 with two stories"_s;
    QTest::newRow("no values") << 0 << 0 << 0 << u"No values yet"_s;
}

void TestValueCoverage::shouldWriteSummaryText()
{
    QFETCH(int, values);
    QFETCH(int, covered);
    QFETCH(int, withTwo);
    QFETCH(QString, text);

    QCOMPARE(ValueCoverage::summaryText({values, covered, withTwo}), text);
}

void TestValueCoverage::shouldNameEveryLevel()
{
    QSet<QString> names;
    for (Level level : {Level::Gap, Level::Minimum, Level::Ideal}) {
        const QString name = ValueCoverage::levelName(level);
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), 3);
}

void TestValueCoverage::shouldWriteStoryCountText_data()
{
    QTest::addColumn<int>("stories");
    QTest::addColumn<QString>("text");

    // Source text: the English translation turns "(s)" into the right plural.
    QTest::newRow("none is a gap") << 0 << u"Gap"_s;
    QTest::newRow("one") << 1 << u"1 story(s)"_s;
    QTest::newRow("three") << 3 << u"3 story(s)"_s;
}

void TestValueCoverage::shouldWriteStoryCountText()
{
    QFETCH(int, stories);
    QFETCH(QString, text);

    QCOMPARE(ValueCoverage::storyCountText(stories), text);
}

QTEST_GUILESS_MAIN(TestValueCoverage)
#include "tst_valuecoverage.moc"
