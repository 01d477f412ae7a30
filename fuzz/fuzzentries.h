#pragma once

#include <QByteArray>
#include <QString>

namespace starling {

class VaultStore;

// The entry points the libFuzzer targets and tst_fuzzregressions share, so every crash the
// fuzzers find is replayed by the normal (GCC) test suite through exactly the same code.
//
// Each returns an empty string when the input was handled correctly (imported or rejected with
// an Error), or a description of the broken invariant otherwise. A crash, hang or leak is left
// for the sanitizers and the fuzzer's timeout to report.
namespace fuzz {

// Imports `data` into `store`, which must be open and empty, inside a transaction that is rolled
// back afterwards, so one store serves a whole fuzzing process and stays empty. Checks that an
// accepted document added exactly the rows its summary reports, that a rejected one added
// nothing, and that exporting what was imported imports again to the same export.
QString importVaultOnce(VaultStore &store, const QByteArray &data);

// Parses `data` as a paste (UTF-8, or UTF-16 when the first byte asks for it, so lone
// surrogates and odd code units are reachable too) and checks the parser's promises: at most
// MaxValues items, two levels, no empty names, deterministic output.
QString parsePasteOnce(const QByteArray &data);

} // namespace fuzz
} // namespace starling
