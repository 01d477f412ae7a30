#pragma once

#include "vaultbackups.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace starling {

// Lists a vault's automatic backups, newest first, with date and size, and asks before
// replacing the vault with the chosen one. It only chooses; VaultSession does the restoring.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreBackupDialog(const QList<VaultBackup> &backups, QWidget *parent = nullptr);

    // The backup chosen and confirmed; empty until then.
    QString chosenBackup() const { return m_chosen; }

private:
    void confirmRestore();

    QList<VaultBackup> m_backups;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QString m_chosen;
};

} // namespace starling
