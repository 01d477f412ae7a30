#include <QTest>

class TestAnswerListModel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestAnswerListModel)
#include "tst_answerlistmodel.moc"
