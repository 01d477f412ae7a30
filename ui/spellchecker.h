#pragma once

#include <QHash>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QThread>

#include <map>
#include <memory>

namespace starling {

class Preferences;

struct SpellDictionary {
    QString code; // "en_US", "de_DE": the file name without .aff/.dic
    QString name; // "English (United States)": the language in its own words, then the territory
    QString affixPath;
    QString wordsPath;

    bool operator==(const SpellDictionary &) const = default;
};

// A stretch of a text, in UTF-16 code units.
struct WordRange {
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool operator==(const WordRange &) const = default;
};

// Spell checking with Hunspell, for every multi-line editor.
//
// Dictionaries are the .aff/.dic pairs of Debian's hunspell-* packages, found in the folders of
// searchPaths(). Each dictionary is loaded once, when it is first used, and remembers every word it
// has judged, so highlighting a long field again after a keystroke costs hash look-ups, not
// Hunspell calls. Words the user adds go to a personal word list, one word per line in UTF-8 beside
// the settings file; ignored words last until the app quits.
//
// The app uses instance(), which follows Preferences (on/off and the chosen dictionary). Tests
// build their own with explicit folders and word-list path.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    // Tokens longer than this are hashes, pasted identifiers or run-together text, never words.
    static constexpr qsizetype MaxWordLength = 40;
    // How many suggestions the context menu offers.
    static constexpr int MaxSuggestions = 6;

    // The process-wide checker, following Preferences::instance() and writing the personal word
    // list to defaultWordListPath().
    static SpellChecker &instance();

    enum class Loading { Now, InBackground };

    // A checker over the dictionaries in `searchPaths` with its personal word list in
    // `wordListPath` (read now; a missing file is an empty list). It starts enabled, with the
    // automatic dictionary, loaded now or, with Loading::InBackground, on a worker (see
    // setLoadInBackground()).
    SpellChecker(const QStringList &searchPaths, const QString &wordListPath,
                 Loading loading = Loading::Now, QObject *parent = nullptr);
    ~SpellChecker() override;

    // Where dictionaries are looked for, first match of a code wins: the folders in
    // $STARLING_HUNSPELL_PATH (colon-separated) when it is set, and nothing else; otherwise
    // $XDG_DATA_HOME/hunspell, then hunspell/ under each of $XDG_DATA_DIRS, then
    // /usr/share/hunspell.
    static QStringList defaultSearchPaths();
    // starling-words.txt in the folder of the application's settings file.
    static QString defaultWordListPath();

    // Every dictionary with both files readable in `searchPaths`, sorted by name.
    static QList<SpellDictionary> findDictionaries(const QStringList &searchPaths);
    static QList<SpellDictionary> availableDictionaries(); // in defaultSearchPaths()
    // "Deutsch (Deutschland)" for "de_DE"; the code itself when it names no known language.
    static QString displayName(const QString &code);
    // The dictionary that suits `locale` best: the same language and territory, then the same
    // language (its main territory first), then American English, any English, then the first.
    // Empty when there is none.
    static QString automaticCode(const QList<SpellDictionary> &dictionaries,
                                 const QLocale &locale = QLocale());

    QStringList searchPaths() const { return m_searchPaths; }
    QList<SpellDictionary> dictionaries() const { return m_dictionaries; }
    // Looks at the folders again (after a dictionary was installed); keeps the current choice.
    void refreshDictionaries();

    // Loads a dictionary on a worker thread instead of in the call that first needs it. Until it
    // is in, isActive() is false and nothing is underlined; then changed() is emitted. The app's
    // instance() does this, so no window waits for Hunspell to read its files.
    void setLoadInBackground(bool background) { m_loadInBackground = background; }
    bool isLoading() const { return m_loader != nullptr; }
    // Blocks until a dictionary loading in the background is in (tests).
    void waitForLoading();

    // Follow the user's choice; each emits changed() when the outcome differs.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // A dictionary code, or empty for automaticCode().
    void setRequestedDictionary(const QString &code);
    QString requestedDictionary() const { return m_requested; }
    // Takes both values from `preferences` now and whenever they change.
    void followPreferences(Preferences &preferences);

    // The dictionary in use: the requested one when installed and loadable, else the automatic
    // one. Empty when there is none.
    QString activeDictionary() const { return m_activeCode; }
    // Enabled and a dictionary loaded: the editors underline misspellings.
    bool isActive() const { return m_enabled && m_active != nullptr; }
    // Why spell checking is off or not what was asked for, in a sentence; empty when all is well.
    QString statusMessage() const;

    // The words of `text` worth checking: Unicode words (apostrophes inside them kept, as in
    // "don't"), without words that contain digits or underscores, parts of dotted names
    // ("node.js", "e.g."), ALL-CAPS acronyms, camelCase names, single letters, over-long tokens,
    // and anything inside a URL or an e-mail address.
    static QList<WordRange> checkableWords(QStringView text);
    // The checkable word at `position` (a cursor position: inside the word or at either end).
    static WordRange wordAt(QStringView text, qsizetype position);

    // True when the word is spelled correctly, in the personal list or ignored — and whenever the
    // checker is not active, so callers never underline without a dictionary.
    bool isCorrect(const QString &word);
    // The misspelled words of `text` (an empty list when inactive).
    QList<WordRange> misspelledWords(QStringView text);
    // Hunspell's suggestions, best first, at most `max`.
    QStringList suggestions(const QString &word, int max = MaxSuggestions);

    // The personal word list, in the order the words were added.
    QStringList personalWords() const { return m_personalWords; }
    QString wordListPath() const { return m_wordListPath; }
    // Adds `word` and saves the list. On failure the word is still accepted until the app quits,
    // and `error` says why it could not be kept. Emits changed() either way.
    bool addToPersonalWords(const QString &word, QString *error = nullptr);
    // Removes `word` and saves the list; on failure nothing changes and `error` says why.
    bool removeFromPersonalWords(const QString &word, QString *error = nullptr);
    // Accepts `word` until the app quits.
    void ignoreWord(const QString &word);
    // The problem met when the word list was read, if any (the file is then never overwritten).
    QString wordListError() const { return m_wordListError; }

signals:
    // What counts as misspelled changed: highlighters rehighlight.
    void changed();
    // The personal word list changed (added, removed).
    void personalWordsChanged();

private:
    struct Loaded;

    void activate();
    Loaded *load(const SpellDictionary &dictionary);
    // The dictionary's files as loaded already, under this name or another (es_MX links to
    // es_ES); null when they are not.
    Loaded *loadedFiles(const SpellDictionary &dictionary) const;
    static std::unique_ptr<Loaded> loadDictionary(const SpellDictionary &dictionary, QString *error);
    void startLoading(const SpellDictionary &dictionary);
    void finishLoading();
    void readWordList();
    bool writeWordList(const QStringList &words, QString *error) const;
    bool isAccepted(const QString &word) const;

    QStringList m_searchPaths;
    QList<SpellDictionary> m_dictionaries;
    bool m_enabled = true;
    QString m_requested;
    QString m_activeCode;
    QString m_loadError;
    // Keyed by the canonical path of the .aff file, so the symlinked regional variants
    // (es_MX → es_ES) share one Hunspell.
    std::map<QString, std::unique_ptr<Loaded>> m_loaded;
    Loaded *m_active = nullptr;
    bool m_loadInBackground = false;
    std::unique_ptr<QThread> m_loader;
    SpellDictionary m_loaderDictionary;     // what m_loader reads
    std::unique_ptr<Loaded> m_loaderResult; // written by m_loader, read once it has finished
    QString m_loaderError;

    QString m_wordListPath;
    QString m_wordListError;
    bool m_wordListWritable = true;
    QStringList m_personalWords;
    QSet<QString> m_accepted; // personal words and ignored words
};

} // namespace starling
