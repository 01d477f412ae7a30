// Skeleton: replaced by the helper that owns this test.
#include <QtTest>

class TstSpellcheckpage : public QObject
{
    Q_OBJECT
private slots:
    void skeleton() { QSKIP("not written yet"); }
};

QTEST_MAIN(TstSpellcheckpage)
#include "tst_spellcheckpage.moc"
