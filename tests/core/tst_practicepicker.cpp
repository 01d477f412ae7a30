#include <QTest>

class TestPracticePicker : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestPracticePicker)
#include "tst_practicepicker.moc"
