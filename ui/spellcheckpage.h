#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace starling {

class SpellChecker;

// The "Spelling" page of the Preferences dialog: spell checking on or off, the dictionary
// (Automatic, or any installed Hunspell dictionary), and the personal word list with Remove.
//
// The dialog reads and writes the first two through setValues() and its getters, and saves them
// on OK. Removing a personal word takes effect at once, like adding one from an editor's context
// menu. Without any dictionary the controls are disabled and the page says why and how to
// install one.
class SpellCheckPage : public QWidget
{
    Q_OBJECT
public:
    // On SpellChecker::instance().
    explicit SpellCheckPage(QWidget *parent = nullptr);
    SpellCheckPage(SpellChecker &checker, QWidget *parent = nullptr);

    // `dictionary` empty: automatic. A dictionary that is not installed stays selected, marked
    // so, and is returned unchanged by dictionary().
    void setValues(bool enabled, const QString &dictionary);
    bool spellCheckEnabled() const;
    QString dictionary() const; // empty: automatic

private:
    void fillDictionaries();
    void updateState();
    void updateWords();
    void removeSelectedWords();

    SpellChecker &m_checker;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_dictionary = nullptr;
    QLabel *m_dictionaryLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_wordCount = nullptr;
    QListWidget *m_words = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_wordError = nullptr;
};

} // namespace starling
