// Skeleton: replaced by the helper that owns this test.
#include <QtTest>

class TstLocalizedui : public QObject
{
    Q_OBJECT
private slots:
    void skeleton() { QSKIP("not written yet"); }
};

QTEST_MAIN(TstLocalizedui)
#include "tst_localizedui.moc"
