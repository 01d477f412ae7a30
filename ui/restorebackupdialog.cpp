#include "restorebackupdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace starling {

RestoreBackupDialog::RestoreBackupDialog(const QList<VaultBackup> &backups, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));

    auto *intro = new QLabel(tr("Starling keeps a copy of the vault from each of the last %n day(s) it was "
                                "opened. Choose the copy to go back to.",
                                nullptr, VaultBackups::KeepDays),
                             this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups, newest first"));
    m_list->setAccessibleDescription(tr("Choose the copy of the vault to go back to"));
    const QLocale locale;
    for (const VaultBackup &backup : backups) {
        QString when = locale.toString(backup.date, QLocale::LongFormat);
        if (backup.time.isValid())
            when = tr("%1, %2 (saved before a restore)").arg(when, locale.toString(backup.time, QLocale::ShortFormat));
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(when, locale.formattedDataSize(backup.size)), m_list);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(backup.path);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_restore->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &RestoreBackupDialog::confirmRestore);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::confirmRestore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!backups.isEmpty())
        m_list->setCurrentRow(0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(460, 320);
}

void RestoreBackupDialog::confirmRestore()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_backups.size())
        return;
    const VaultBackup &backup = m_backups.at(row);
    const QString day = QLocale().toString(backup.date, tr("d MMM", "backup date in the confirmation"));
    QMessageBox box(QMessageBox::Question, tr("Restore from Backup"),
                    tr("Replace the vault with the backup of %1? The current state is saved as a backup first.")
                        .arg(day),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("restoreConfirmation"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("confirmRestoreButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != replace)
        return;
    m_chosen = backup.path;
    accept();
}

} // namespace starling
