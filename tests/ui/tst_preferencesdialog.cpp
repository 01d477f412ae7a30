#include <QTest>

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
