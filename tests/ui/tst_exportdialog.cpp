#include <QTest>

class TestExportDialog : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
