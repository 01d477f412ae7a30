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

// Edits the Preferences: one tab per page (Answers and practice, Language, Spelling, Export),
// only written on OK. "Restore Defaults" fills every page with the defaults, still to be
// confirmed with OK. A new page is one more create…Page(), read in editedValues() and filled in
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
    // Whether the controls hold values OK accepts (the target range is the right way round, and
    // the prep sheet has at least one section).
    bool isInputValid() const;

    // Writes the values through Preferences, then closes; refused while the input is invalid.
    void accept() override;

private:
    QWidget *createPracticePage();
    QWidget *createLanguagePage();
    QWidget *createExportPage();
    void updateValidity();

    Preferences &m_preferences;
    QTabWidget *m_pages = nullptr;
    QSpinBox *m_wordsPerMinute = nullptr;
    QTimeEdit *m_minTarget = nullptr;
    QTimeEdit *m_maxTarget = nullptr;
    QLabel *m_rangeHint = nullptr;
    QComboBox *m_order = nullptr;
    QCheckBox *m_revealStoryNotes = nullptr;
    QComboBox *m_language = nullptr;
    SpellCheckPage *m_spelling = nullptr;
    QComboBox *m_exportPaper = nullptr;
    QCheckBox *m_exportCheatSheet = nullptr;
    QCheckBox *m_exportAnswers = nullptr;
    QCheckBox *m_exportBackbone = nullptr;
    QCheckBox *m_exportOpenQuestions = nullptr;
    QLabel *m_exportHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace starling
