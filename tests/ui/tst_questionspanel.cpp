#include <QTest>

class TestQuestionsPanel : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestQuestionsPanel)
#include "tst_questionspanel.moc"
