#include <QTest>

class TestPreferences : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
