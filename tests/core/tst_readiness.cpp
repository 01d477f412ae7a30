#include <QTest>

class TestReadiness : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestReadiness)
#include "tst_readiness.moc"
