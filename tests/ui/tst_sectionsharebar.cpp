#include "sectionsharebar.h"

#include <QImage>
#include <QTest>

using namespace starling;

class TestSectionShareBar : public QObject
{
    Q_OBJECT

private slots:
    void shouldComputeRoundedShares_data();
    void shouldComputeRoundedShares();
    void shouldDescribeTheSplitInText();
    void shouldPaintWithoutWords();
};

void TestSectionShareBar::shouldComputeRoundedShares_data()
{
    QTest::addColumn<QList<int>>("words");
    QTest::addColumn<QList<int>>("percents");
    QTest::newRow("empty") << QList<int>{0, 0, 0} << QList<int>{0, 0, 0};
    QTest::newRow("even") << QList<int>{10, 10} << QList<int>{50, 50};
    QTest::newRow("thirds") << QList<int>{1, 1, 1} << QList<int>{33, 33, 33};
    QTest::newRow("action heavy") << QList<int>{5, 10, 15, 50, 15, 5}
                                  << QList<int>{5, 10, 15, 50, 15, 5};
}

void TestSectionShareBar::shouldComputeRoundedShares()
{
    QFETCH(QList<int>, words);
    QFETCH(QList<int>, percents);
    SectionShareBar bar;
    QStringList names;
    for (int i = 0; i < words.size(); ++i)
        names.append(QStringLiteral("S%1").arg(i));
    bar.setSections(names, words);
    for (int i = 0; i < words.size(); ++i)
        QCOMPARE(bar.percent(i), percents.at(i));
    QCOMPARE(bar.percent(-1), 0);
    QCOMPARE(bar.percent(int(words.size())), 0);
}

void TestSectionShareBar::shouldDescribeTheSplitInText()
{
    SectionShareBar bar;
    bar.setSections({QStringLiteral("Situation"), QStringLiteral("Action")}, {25, 75}, 1);
    QCOMPARE(bar.accessibleDescription(), QStringLiteral("Situation 25%, Action 75%"));
    QVERIFY(!bar.accessibleName().isEmpty());
}

void TestSectionShareBar::shouldPaintWithoutWords()
{
    SectionShareBar bar;
    bar.resize(bar.sizeHint());
    bar.setSections({QStringLiteral("Repeat")}, {0});
    QVERIFY(!bar.grab().isNull());
    bar.setSections({QStringLiteral("Repeat"), QStringLiteral("Action")}, {1, 400}, 1);
    QVERIFY(!bar.grab().isNull());
}

QTEST_MAIN(TestSectionShareBar)
#include "tst_sectionsharebar.moc"
