#pragma once

#include "practicepicker.h"
#include "speakingpace.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace starling {

// The paper a prep sheet is laid out on by default: Automatic follows the locale (Letter in the
// Americas that use it, A4 elsewhere; see defaultPaperSize() in core/report).
enum class PaperChoice { Automatic, A4, Letter };

// The key a PaperChoice is stored under ("auto", "a4", "letter"), and back; nullopt for anything
// else.
QString paperChoiceKey(PaperChoice paper);
std::optional<PaperChoice> paperChoiceFromKey(const QString &key);

// Every preference at once, as plain values: what the preferences dialog edits and writes back
// in one go. Each page adds its fields here and its keys in preferences.cpp; the defaults are
// the member initialisers.
struct PreferenceValues {
    // Language: a language code Starling ships a translation for ("en", "de", "es"), or empty to
    // follow the system. Read once at start-up (installTranslations()), so a change applies the
    // next time Starling starts.
    QString language;

    // Answers and practice
    SpeakingPace speakingPace;
    PracticeOrder practiceOrder = PracticeOrder::WeakestFirst;
    // Reveal also shows the bullet notes of the answer's story (its value-map notes), so
    // practice can check the details were not forgotten, not just the wording.
    bool revealStoryNotes = true;

    // Spelling: checked as you type in every multi-line editor. The dictionary is a Hunspell
    // code such as "de_DE"; empty picks the one that matches the interface language.
    bool spellCheck = true;
    QString spellDictionary;

    // Export: what the Export dialog starts from. The dialog writes the choices made there back,
    // so the dialog and this page are one setting.
    PaperChoice exportPaper = PaperChoice::Automatic;
    bool exportCheatSheet = true;
    bool exportAnswers = true;
    bool exportBackboneStories = true;
    bool exportOpenQuestions = true;

    bool operator==(const PreferenceValues &) const = default;
};

// The user's preferences, stored with QSettings under the group "preferences". One instance per
// process (instance()): every widget that depends on a preference listens to changed(). Values
// are clamped to sensible ranges both when set and when read back, so a hand-edited settings
// file cannot break the app.
//
// There is deliberately no "stop the practice clock at the maximum" preference: running over is
// exactly what practice should show, and the saved run must record how long the answer really
// took. The practice view warns instead.
class Preferences : public QObject
{
    Q_OBJECT
public:
    // Bounds of the answer target range, in seconds.
    static constexpr int MinTargetSeconds = 30;
    static constexpr int MaxTargetMinSeconds = 600;
    static constexpr int MaxTargetSeconds = 900;
    static constexpr int MinTargetSpan = 10; // the range is at least this wide

    // The process-wide instance, on the application's QSettings (organisation and application
    // name from QCoreApplication).
    static Preferences &instance();

    // Preferences on the application's QSettings. Several instances over the same settings see
    // each other's values only when constructed after the write; use instance() in the app.
    explicit Preferences(QObject *parent = nullptr);
    // Preferences in an INI file of their own, for tests and tools that must not touch the
    // user's settings.
    explicit Preferences(const QString &iniFile, QObject *parent = nullptr);
    ~Preferences() override;

    PreferenceValues values() const { return m_values; }
    // Writes every value (clamped); emits changed() once when anything actually changed.
    void setValues(const PreferenceValues &values);
    // Back to the defaults: setValues(PreferenceValues{}).
    void restoreDefaults();

    // Answers and practice
    SpeakingPace speakingPace() const { return m_values.speakingPace; }
    void setSpeakingPace(const SpeakingPace &pace);
    PracticeOrder practiceOrder() const { return m_values.practiceOrder; }
    void setPracticeOrder(PracticeOrder order);
    bool revealStoryNotes() const { return m_values.revealStoryNotes; }
    void setRevealStoryNotes(bool reveal);

    // Language
    QString language() const { return m_values.language; }
    void setLanguage(const QString &language);

    // Spelling
    bool spellCheck() const { return m_values.spellCheck; }
    QString spellDictionary() const { return m_values.spellDictionary; }

    // Export
    PaperChoice exportPaper() const { return m_values.exportPaper; }

    // The pace with words per minute in 60–300, minSeconds in 30–600 and maxSeconds at least
    // minSeconds + 10 and at most 900.
    static SpeakingPace clamped(const SpeakingPace &pace);
    // Also drops a language that is not a plain language code ("de", "pt_BR"); whether Starling
    // ships it is decided when the translations are installed.
    static PreferenceValues clamped(PreferenceValues values);
    static QString clampedLanguage(const QString &language);

signals:
    // Something actually changed (setting the same values again stays silent).
    void changed();

private:
    void load();
    void adoptEarlierExportChoices(PreferenceValues &values) const;
    void save();

    std::unique_ptr<QSettings> m_settings;
    PreferenceValues m_values;
};

} // namespace starling
