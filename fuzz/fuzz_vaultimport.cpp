// libFuzzer target: VaultExchange::importVault. Every input must be imported or rejected with an
// Error, never crash, hang or leak; see fuzz::importVaultOnce for the invariants checked.
#include "fuzzentries.h"
#include "vaultstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace starling;

namespace {

// One store for the whole process: opening a vault (migrations, probes, WAL) costs far more than
// an import, and each import is rolled back so the store stays empty.
VaultStore *g_store = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    // Quiet Qt: its warnings on every rejected input would drown the fuzzer's output.
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    // Qt Sql finds its SQLite driver plugin through the application object.
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "fuzz_vaultimport: cannot create a temporary folder\n");
        std::abort();
    }
    // Never destroyed: a static VaultStore would close its connection after Qt Sql's own
    // globals are gone (they are created later, so destroyed first) and crash at exit. The
    // pointer stays reachable, so LeakSanitizer does not count it.
    g_store = new VaultStore;
    const Status opened = g_store->open(dir.filePath(QStringLiteral("fuzz.starling")));
    if (!opened) {
        std::fprintf(stderr, "fuzz_vaultimport: %s\n", qPrintable(opened.error()));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString problem = fuzz::importVaultOnce(*g_store, input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_vaultimport: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
