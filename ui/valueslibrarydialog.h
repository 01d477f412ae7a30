#pragma once

#include "result.h"
#include "valueslibrary.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace starling {

// "Add company from the values library": a searchable list of the bundled companies and a
// read-only preview of the chosen one's values and sub-principles, with where they come from
// and when. The dialog never writes to the vault: the caller reads selectedCompany() and adds an
// editable copy as one undoable command.
class ValuesLibraryDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { NameColumn, MeaningColumn, ColumnCount };

    // Shows the bundled library (ValuesLibrary::load()).
    explicit ValuesLibraryDialog(QWidget *parent = nullptr);
    // Shows `library`, or its error: for tests and other sources of value sets.
    explicit ValuesLibraryDialog(const Result<QList<LibraryCompany>> &library,
                                 QWidget *parent = nullptr);
    ~ValuesLibraryDialog() override;

    // The company chosen in the list; a default LibraryCompany when none is.
    LibraryCompany selectedCompany() const;
    // Chooses the company with this name (case-insensitively); false when there is none.
    bool selectCompany(const QString &name);

    QList<LibraryCompany> companies() const { return m_companies; }
    // Why the library could not be read; empty when it was.
    QString errorMessage() const { return m_error; }

private:
    void buildUi();
    void setLibrary(const Result<QList<LibraryCompany>> &library);
    void applySearch();
    void showPreview();
    bool matches(const LibraryCompany &company, const QString &needle) const;

    QList<LibraryCompany> m_companies;
    QString m_error;

    QLabel *m_errorLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_noMatch = nullptr;
    QStackedWidget *m_previewPages = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_note = nullptr;
    QTreeWidget *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace starling
