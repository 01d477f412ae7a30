#include <QTest>

class TestQuestionListModel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestQuestionListModel)
#include "tst_questionlistmodel.moc"
