// Skeleton: replaced by the helper that owns this test.
#include <QtTest>

class TstSpellchecker : public QObject
{
    Q_OBJECT
private slots:
    void skeleton() { QSKIP("not written yet"); }
};

QTEST_MAIN(TstSpellchecker)
#include "tst_spellchecker.moc"
