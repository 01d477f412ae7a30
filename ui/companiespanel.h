#pragma once

#include "change.h"
#include "company.h"
#include "valuedraft.h"
#include "valueprinciple.h"
#include "valueslibrary.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace starling {

class CompanyListModel;
class ValueTreeModel;
class VaultCommands;
class VaultSession;

// The "Companies and Values" dock's content: the target companies (role, level, interview date
// with a countdown), the selected company's details, the tree of its values and sub-principles
// (drag to reorder or re-parent, drop stories from the vault to map them), and an editor for the
// selected value: its name, what it really means, the key words a link-back should slip in, and
// its themes with live suggestions.
//
// There is no Save: every edit goes through VaultCommands shortly after the user stops typing
// (and at once when focus leaves the field or another company or value is shown), so it lands on
// the undo stack. Changes made elsewhere (undo, redo, another view) flow back in through the
// change notifier without moving the user's cursor.
class CompaniesPanel : public QWidget {
    Q_OBJECT
public:
    // session and commands must outlive the panel's use; if either is destroyed first, pending
    // edits are dropped rather than written through a dangling reference.
    CompaniesPanel(VaultSession &session, VaultCommands &commands, QWidget *parent = nullptr);
    ~CompaniesPanel() override;

    qint64 currentCompanyId() const { return m_companyId; }
    void selectCompany(qint64 id);
    qint64 currentValueId() const { return m_valueId; }
    // A value of the current company; selects nothing when the id is not one of them.
    void selectValue(qint64 id);
    // Saves every edit still waiting for the typing pause. Call before closing the vault.
    void flushPendingEdits();

    CompanyListModel *companyModel() const { return m_companyModel; }
    ValueTreeModel *valueModel() const { return m_valueModel; }

    // Pause between the last keystroke and the save.
    static constexpr int SaveDelayMs = 300;
    // Wider than this, companies and values sit side by side instead of one above the other.
    static constexpr int SideBySideWidth = 760;

public slots:
    // Adds "New company" (or "New company 2"...), selects it and puts the cursor in its name.
    void newCompany();
    // Lets the user pick a company from the values library and adds an editable copy of it,
    // values included, as one undo step.
    void addFromLibrary();
    // Opens the paste-to-import dialog for the current company; what it returns is appended to
    // the company's values as one undo step.
    void pasteValues();
    void addValue();
    // A sub-principle under the current value (under its parent when it is a sub-principle).
    void addSubPrinciple();
    void deleteCurrentValue();
    // Asks first when the company has values, questions or answers. Undoable.
    void deleteCurrentCompany();

signals:
    void currentCompanyChanged(qint64 companyId);
    void currentValueChanged(qint64 valueId);
    // Stories dropped from the vault onto a value are now mapped to it; the window may open
    // the notes of these links.
    void storiesMapped(const QList<qint64> &storyIds, qint64 valueId);
    // A change the vault refused; a person can act on the message.
    void errorOccurred(const QString &message);

protected:
    // The dialogs, as hooks so tests (and other front ends) can answer without a modal loop.
    // nullopt: the user cancelled.
    virtual std::optional<QList<ValueDraft>> askForPastedValues(const QString &companyName);
    virtual std::optional<LibraryCompany> askForLibraryCompany();
    // true: go ahead. `text` says what would be lost; plain text.
    virtual bool confirmDeleteCompany(const QString &text, const QString &details);

    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // One auto-saved text field of the company or value form.
    struct TextField {
        quint32 field = 0;
        QWidget *edit = nullptr; // QLineEdit or QPlainTextEdit
        QTimer *timer = nullptr;
    };

    void buildUi();
    QWidget *buildCompanyList();
    QWidget *buildCompanyForm();
    QWidget *buildValueTree();
    QWidget *buildValueEditor();
    void addTextField(QList<TextField> &fields, quint32 field, QWidget *edit,
                      const std::function<void(quint32)> &save);
    QTimer *makeSaveTimer(std::function<void()> save);
    void updateOrientation();

    void onSessionChanged();
    void onChanges(const QList<Change> &changes);
    void onCompanyListCurrentChanged();
    void onValueTreeCurrentChanged();
    void ensureCompanySelection();
    void updateCompanyPages();
    void updateValuePages();
    void updateActions();

    void setCompanyId(qint64 id);
    void loadCompany(quint32 fields, bool fresh);
    void saveCompanyField(quint32 field);
    void saveInterviewDate();
    void updateCountdown();
    bool checkCompanyName(const QString &name);

    void setValueId(qint64 id);
    void loadValue(quint32 fields, bool fresh);
    void saveValueField(quint32 field);
    void saveThemes();
    void applySuggestedThemes();
    void updateSuggestions();
    QStringList checkedThemes() const;
    QStringList keywordsFromEdit() const;

    void showError(const QString &message);
    bool flushField(const QObject *edit);
    TextField *fieldFor(const QObject *edit);
    static QString fieldText(const QWidget *edit);
    static void setFieldText(QWidget *edit, const QString &text, bool fresh);
    QString uniqueCompanyName(const QString &base) const;
    void addValueUnder(qint64 parentId);

    QPointer<VaultSession> m_session;
    QPointer<VaultCommands> m_commands;
    qint64 m_companyId = 0;
    qint64 m_valueId = 0;
    bool m_nameInvalid = false;

    CompanyListModel *m_companyModel = nullptr;
    QSortFilterProxyModel *m_companyProxy = nullptr;
    ValueTreeModel *m_valueModel = nullptr;

    QSplitter *m_outerSplitter = nullptr;
    QSplitter *m_companySplitter = nullptr;
    QSplitter *m_valueSplitter = nullptr;

    QStackedWidget *m_companyPages = nullptr;
    QListView *m_companyList = nullptr;
    QToolButton *m_addCompanyButton = nullptr;
    QToolButton *m_deleteCompanyButton = nullptr;

    QStackedWidget *m_companyFormPages = nullptr;
    QScrollArea *m_companyScroll = nullptr;
    QLineEdit *m_companyName = nullptr;
    QLabel *m_companyError = nullptr;
    QLineEdit *m_companyRole = nullptr;
    QLineEdit *m_companyLevel = nullptr;
    QCheckBox *m_interviewScheduled = nullptr;
    QDateEdit *m_interviewDate = nullptr;
    QLabel *m_countdown = nullptr;
    QLineEdit *m_companySource = nullptr;
    QPlainTextEdit *m_companyNotes = nullptr;
    QTimer *m_dateTimer = nullptr;
    QList<TextField> m_companyFields;

    QWidget *m_valuesSection = nullptr;
    QLabel *m_valuesHeading = nullptr;
    QStackedWidget *m_valuePages = nullptr;
    QTreeView *m_valueTree = nullptr;
    QToolButton *m_addValueButton = nullptr;
    QToolButton *m_addSubPrincipleButton = nullptr;
    QToolButton *m_deleteValueButton = nullptr;
    QToolButton *m_pasteValuesButton = nullptr;

    QStackedWidget *m_valueFormPages = nullptr;
    QScrollArea *m_valueScroll = nullptr;
    QLineEdit *m_valueName = nullptr;
    QLabel *m_valueError = nullptr;
    QPlainTextEdit *m_valueMeaning = nullptr;
    QLineEdit *m_valueKeywords = nullptr;
    QListWidget *m_themesList = nullptr;
    int m_themeCellWidth = 0;
    QLabel *m_suggestionLabel = nullptr;
    QPushButton *m_applySuggestions = nullptr;
    QList<TextField> m_valueFields;
    QStringList m_suggested;

    QLabel *m_saveError = nullptr;
};

} // namespace starling
