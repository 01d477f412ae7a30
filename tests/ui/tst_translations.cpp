// Skeleton: replaced by the helper that owns this test.
#include <QtTest>

class TstTranslations : public QObject
{
    Q_OBJECT
private slots:
    void skeleton() { QSKIP("not written yet"); }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
