#include <QTest>

class TestQuestionSuggestions : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestQuestionSuggestions)
#include "tst_questionsuggestions.moc"
