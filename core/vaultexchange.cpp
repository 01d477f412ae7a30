#include "vaultexchange.h"

#include "vaultstore.h"

namespace starling {

Result<QByteArray> VaultExchange::exportVault(const VaultStore &)
{
    return Error{tr("Export is not available yet.")};
}

Status VaultExchange::exportToFile(const VaultStore &, const QString &)
{
    return Error{tr("Export is not available yet.")};
}

Result<ImportSummary> VaultExchange::importVault(VaultStore &, const QByteArray &)
{
    return Error{tr("Import is not available yet.")};
}

Result<ImportSummary> VaultExchange::importFromFile(VaultStore &, const QString &)
{
    return Error{tr("Import is not available yet.")};
}

} // namespace starling
