#include <QTest>

class TestPracticeTimer : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestPracticeTimer)
#include "tst_practicetimer.moc"
