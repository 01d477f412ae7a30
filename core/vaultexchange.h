#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace starling {

class VaultStore;

// How many rows an import added.
struct ImportSummary {
    int stories = 0;
    int companies = 0;
    int values = 0;
    int links = 0;
    int questions = 0;
    int answers = 0;
    int practiceRuns = 0;
};

// The "starling-vault" JSON exchange format, version 1 (docs/exchange-format.md).
// Export is deterministic: exporting, importing into an empty vault and exporting again gives
// an identical file. Import validates the whole document before writing anything and then
// writes it in one transaction: it lands completely or not at all.
class VaultExchange
{
    Q_DECLARE_TR_FUNCTIONS(VaultExchange)
public:
    static constexpr int FormatVersion = 1;

    static Result<QByteArray> exportVault(const VaultStore &store);
    // Writes atomically (QSaveFile): on failure no partial file is left behind.
    static Status exportToFile(const VaultStore &store, const QString &path);

    // Errors name the place in the document as a JSON path, e.g. "stories[3].title".
    static Result<ImportSummary> importVault(VaultStore &store, const QByteArray &json);
    static Result<ImportSummary> importFromFile(VaultStore &store, const QString &path);
};

} // namespace starling
