// Skeleton: replaced by the helper that owns this test.
#include <QtTest>

class TstSpellhighlighter : public QObject
{
    Q_OBJECT
private slots:
    void skeleton() { QSKIP("not written yet"); }
};

QTEST_MAIN(TstSpellhighlighter)
#include "tst_spellhighlighter.moc"
