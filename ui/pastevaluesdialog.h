#pragma once

#include "valuedraft.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace starling {

// "Paste to import values": the user pastes a values list copied from a careers page on the
// left; a preview tree of values and sub-principles follows on the right as they type. They fix
// the guess in the tree (rename, edit the meaning, remove, indent to make a sub-principle,
// outdent to make a value) and accept. The dialog never writes to the vault: the caller reads
// values() and pushes one undoable command.
//
// Editing the pasted text again re-reads it, replacing fixes made in the preview.
class PasteValuesDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { NameColumn, MeaningColumn, ColumnCount };

    explicit PasteValuesDialog(const QString &companyName, QWidget *parent = nullptr);
    ~PasteValuesDialog() override;

    // The tree as the user corrected it. Items left without a name are skipped (the children
    // of a value without a name become values).
    QList<ValueDraft> values() const;

    // Pause between the last keystroke in the pasted text and the preview update.
    static constexpr int ParseDelayMs = 200;

public slots:
    void indentCurrent();
    void outdentCurrent();
    void removeCurrent();

private:
    void buildUi(const QString &companyName);
    void prefillFromClipboard();
    void reparse();
    void showValues(const QList<ValueDraft> &values);
    QTreeWidgetItem *makeItem(const ValueDraft &value) const;
    void updateState();

    QPlainTextEdit *m_pasteEdit = nullptr;
    QStackedWidget *m_previewPages = nullptr;
    QLabel *m_emptyPreview = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_indentButton = nullptr;
    QPushButton *m_outdentButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
    QTimer *m_parseTimer = nullptr;
    bool m_capped = false;
};

} // namespace starling
