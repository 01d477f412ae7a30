#include <QTest>

class TestQuestionBank : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestQuestionBank)
#include "tst_questionbank.moc"
