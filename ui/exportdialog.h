#pragma once

#include "prepsheet.h"
#include "prepsheetexport.h"
#include "result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace starling {

class Preferences;
class VaultSession;

// Export the prep sheet: which company (or all), which sections, the paper and the file format;
// then Print Preview…, Print… or Export… to a file. Preview, print and PDF share one rendering
// routine (PrepSheetExport::print). The sections and the paper are the Export page of the
// Preferences: the dialog starts from them and writes the choices made here back, so both show
// one setting. The company, the format and the folder are remembered in the QSettings group
// "export".
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // On Preferences::instance().
    explicit ExportDialog(VaultSession &session, QWidget *parent = nullptr);
    ExportDialog(VaultSession &session, Preferences &preferences, QWidget *parent = nullptr);

    // Preselects a company, e.g. the one selected in the main window; 0 or an unknown id picks
    // all companies.
    void setCompany(qint64 companyId);

    PrepSheetOptions options() const;
    PrepSheetExport::Format format() const;

    // What Export… does once the file dialog has answered: writes the sheet to path in the
    // format its extension names, or appends the chosen format's extension when it names none.
    // Shows no message; returns why it failed. Accepts the dialog on success.
    Status exportTo(const QString &path);
    // The path exportTo() writes for path.
    QString targetPath(const QString &path) const;

private slots:
    void exportWithFileDialog();
    void printPreview();
    void print();

private:
    void loadCompanies();
    void restoreSettings();
    void saveSettings();
    void updateButtons();
    Result<PrepSheet> buildSheet();
    void showError(const QString &message);

    VaultSession &m_session;
    Preferences &m_preferences;
    QComboBox *m_company = nullptr;
    QCheckBox *m_cheatSheet = nullptr;
    QCheckBox *m_answers = nullptr;
    QCheckBox *m_backbone = nullptr;
    QCheckBox *m_openQuestions = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_format = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    bool m_restoring = false;
};

} // namespace starling
