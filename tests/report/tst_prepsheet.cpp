#include <QTest>

class TestPrepSheet : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestPrepSheet)
#include "tst_prepsheet.moc"
