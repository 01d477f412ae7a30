#include "fuzzentries.h"
#include "vaultstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace starling;

// Replays every input the fuzzers keep — the seed corpora and the regressions (inputs that once
// crashed or broke an invariant) — through the fuzzers' own entry points, so the normal GCC
// build (and its ASan/UBSan run) catches a regression without Clang or libFuzzer.
class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void shouldImportOrRejectEveryVaultInput_data() { addInputs(QStringLiteral("vaultimport")); }
    void shouldImportOrRejectEveryVaultInput();
    void shouldParseEveryPasteInput_data() { addInputs(QStringLiteral("pasteparser")); }
    void shouldParseEveryPasteInput();

private:
    static void addInputs(const QString &target);
};

void TestFuzzRegressions::addInputs(const QString &target) {
    QTest::addColumn<QString>("path");
    const QDir fuzzDir(QStringLiteral(STARLING_FUZZ_DIR));
    int found = 0;
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        QDirIterator it(fuzzDir.filePath(kind + u'/' + target), QDir::Files);
        QStringList paths;
        while (it.hasNext())
            paths << it.next();
        paths.sort(); // a stable order, so a failure names the same row every run
        for (const QString &path : std::as_const(paths)) {
            const QString row = kind + u'/' + QFileInfo(path).fileName();
            QTest::newRow(qPrintable(row)) << path;
            ++found;
        }
    }
    // An empty corpus would pass silently; the seeds are checked in, so this is a broken path.
    QVERIFY2(found > 0,
             qPrintable(QStringLiteral("no inputs for %1 under %2").arg(target, fuzzDir.path())));
}

void TestFuzzRegressions::shouldImportOrRejectEveryVaultInput() {
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();

    // GIVEN an empty vault
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    VaultStore store;
    const Status opened = store.open(dir.filePath(QStringLiteral("vault.starling")));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error()));

    // WHEN the input is imported THEN it lands or is rejected, and every invariant holds
    const QString problem = fuzz::importVaultOnce(store, input);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFuzzRegressions::shouldParseEveryPasteInput() {
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QString problem = fuzz::parsePasteOnce(file.readAll());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
