#include <QTest>

class TestAnswerEditor : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestAnswerEditor)
#include "tst_answereditor.moc"
