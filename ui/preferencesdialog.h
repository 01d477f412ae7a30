#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace starling {

class SpellCheckPage;

// Edits the Preferences: one tab per page, only written on OK. "Restore Defaults" fills every
// page with the defaults, still to be confirmed with OK. Pages to come (Language, Spelling,
// Export) are one more create…Page() each, read in editedValues() and filled in
// setEditedValues().
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // Edits Preferences::instance().
    explicit PreferencesDialog(QWidget *parent = nullptr);
    explicit PreferencesDialog(Preferences &preferences, QWidget *parent = nullptr);

    // What OK would write (before clamping), and filling the controls from values.
    PreferenceValues editedValues() const;
    void setEditedValues(const PreferenceValues &values);
    // Whether the controls hold values OK accepts (the target range is the right way round).
    bool isInputValid() const;

    // Writes the values through Preferences, then closes; refused while the input is invalid.
    void accept() override;

private:
    QWidget *createPracticePage();
    void updateValidity();

    Preferences &m_preferences;
    QTabWidget *m_pages = nullptr;
    QSpinBox *m_wordsPerMinute = nullptr;
    QTimeEdit *m_minTarget = nullptr;
    QTimeEdit *m_maxTarget = nullptr;
    QLabel *m_rangeHint = nullptr;
    QComboBox *m_order = nullptr;
    QCheckBox *m_revealStoryNotes = nullptr;
    SpellCheckPage *m_spelling = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace starling
