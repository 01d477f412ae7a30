#include <QTest>

class TestPracticeHistoryChart : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestPracticeHistoryChart)
#include "tst_practicehistorychart.moc"
