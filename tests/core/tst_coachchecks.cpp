#include <QTest>

class TestCoachChecks : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestCoachChecks)
#include "tst_coachchecks.moc"
