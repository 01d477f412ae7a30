// libFuzzer target: ValuesPasteParser. It promises to accept any input; see
// fuzz::parsePasteOnce for the invariants checked on the tree it returns.
#include "fuzzentries.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString problem = starling::fuzz::parsePasteOnce(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_pasteparser: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
