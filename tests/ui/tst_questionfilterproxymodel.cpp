#include <QTest>

class TestQuestionFilterProxyModel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestQuestionFilterProxyModel)
#include "tst_questionfilterproxymodel.moc"
