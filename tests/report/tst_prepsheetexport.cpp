#include <QTest>

class TestPrepSheetExport : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestPrepSheetExport)
#include "tst_prepsheetexport.moc"
