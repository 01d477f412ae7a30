#include <QTest>

class TestPracticeDialog : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestPracticeDialog)
#include "tst_practicedialog.moc"
