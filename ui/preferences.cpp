#include "preferences.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace starling {

namespace {

// Keys under the "preferences" group. Each page of the preferences dialog owns a sub-group, so
// a new page adds keys without renaming these.
const QString kGroup = QStringLiteral("preferences");
const QString kWordsPerMinute = QStringLiteral("practice/wordsPerMinute");
const QString kMinSeconds = QStringLiteral("practice/minSeconds");
const QString kMaxSeconds = QStringLiteral("practice/maxSeconds");
const QString kOrder = QStringLiteral("practice/order");
const QString kRevealStoryNotes = QStringLiteral("practice/revealStoryNotes");
const QString kSpellCheck = QStringLiteral("spelling/enabled");
const QString kSpellDictionary = QStringLiteral("spelling/dictionary");
const QString kLanguage = QStringLiteral("language/language");
const QString kExportPaper = QStringLiteral("export/paper");
const QString kExportCheatSheet = QStringLiteral("export/cheatSheet");
const QString kExportAnswers = QStringLiteral("export/answers");
const QString kExportBackboneStories = QStringLiteral("export/backboneStories");
const QString kExportOpenQuestions = QStringLiteral("export/openQuestions");

int readInt(const QSettings &settings, const QString &key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? value : fallback;
}

bool readBool(const QSettings &settings, const QString &key, bool fallback)
{
    const QVariant value = settings.value(key);
    // QVariant reads any string as true except "false"/"0"/empty; accept only what we write.
    const QString text = value.toString().toLower();
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return fallback;
}

} // namespace

QString paperChoiceKey(PaperChoice paper)
{
    switch (paper) {
    case PaperChoice::A4: return QStringLiteral("a4");
    case PaperChoice::Letter: return QStringLiteral("letter");
    case PaperChoice::Automatic: break;
    }
    return QStringLiteral("auto");
}

std::optional<PaperChoice> paperChoiceFromKey(const QString &key)
{
    for (PaperChoice paper : {PaperChoice::Automatic, PaperChoice::A4, PaperChoice::Letter}) {
        if (key == paperChoiceKey(paper))
            return paper;
    }
    return std::nullopt;
}

Preferences &Preferences::instance()
{
    static Preferences preferences;
    return preferences;
}

Preferences::Preferences(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    load();
}

Preferences::Preferences(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    load();
}

Preferences::~Preferences() = default;

SpeakingPace Preferences::clamped(const SpeakingPace &pace)
{
    SpeakingPace result;
    result.wordsPerMinute = std::clamp(pace.wordsPerMinute, SpeakingPace::MinWordsPerMinute,
                                       SpeakingPace::MaxWordsPerMinute);
    result.minSeconds = std::clamp(pace.minSeconds, MinTargetSeconds, MaxTargetMinSeconds);
    result.maxSeconds = std::clamp(pace.maxSeconds, result.minSeconds + MinTargetSpan,
                                   MaxTargetSeconds);
    return result;
}

PreferenceValues Preferences::clamped(PreferenceValues values)
{
    values.speakingPace = clamped(values.speakingPace);
    values.language = clampedLanguage(values.language);
    return values;
}

QString Preferences::clampedLanguage(const QString &language)
{
    // The shape of a catalogue suffix (starling_de.qm, starling_pt_BR.qm): anything else, such
    // as a path or a typo in a hand-edited file, means "follow the system".
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return code.match(language).hasMatch() ? language : QString();
}

void Preferences::setValues(const PreferenceValues &values)
{
    const PreferenceValues next = clamped(values);
    if (next == m_values)
        return;
    m_values = next;
    save();
    emit changed();
}

void Preferences::restoreDefaults()
{
    setValues(PreferenceValues{});
}

void Preferences::setSpeakingPace(const SpeakingPace &pace)
{
    PreferenceValues next = m_values;
    next.speakingPace = pace;
    setValues(next);
}

void Preferences::setPracticeOrder(PracticeOrder order)
{
    PreferenceValues next = m_values;
    next.practiceOrder = order;
    setValues(next);
}

void Preferences::setLanguage(const QString &language)
{
    PreferenceValues next = m_values;
    next.language = language;
    setValues(next);
}

void Preferences::setRevealStoryNotes(bool reveal)
{
    PreferenceValues next = m_values;
    next.revealStoryNotes = reveal;
    setValues(next);
}

void Preferences::load()
{
    const PreferenceValues defaults;
    PreferenceValues loaded;
    m_settings->beginGroup(kGroup);
    loaded.speakingPace.wordsPerMinute
        = readInt(*m_settings, kWordsPerMinute, defaults.speakingPace.wordsPerMinute);
    loaded.speakingPace.minSeconds = readInt(*m_settings, kMinSeconds, defaults.speakingPace.minSeconds);
    loaded.speakingPace.maxSeconds = readInt(*m_settings, kMaxSeconds, defaults.speakingPace.maxSeconds);
    loaded.practiceOrder = practiceOrderFromKey(m_settings->value(kOrder).toString())
                               .value_or(defaults.practiceOrder);
    loaded.revealStoryNotes = readBool(*m_settings, kRevealStoryNotes, defaults.revealStoryNotes);
    loaded.spellCheck = readBool(*m_settings, kSpellCheck, defaults.spellCheck);
    loaded.spellDictionary = m_settings->value(kSpellDictionary).toString();
    loaded.language = m_settings->value(kLanguage).toString();
    loaded.exportPaper = paperChoiceFromKey(m_settings->value(kExportPaper).toString())
                             .value_or(defaults.exportPaper);
    loaded.exportCheatSheet = readBool(*m_settings, kExportCheatSheet, defaults.exportCheatSheet);
    loaded.exportAnswers = readBool(*m_settings, kExportAnswers, defaults.exportAnswers);
    loaded.exportBackboneStories =
        readBool(*m_settings, kExportBackboneStories, defaults.exportBackboneStories);
    loaded.exportOpenQuestions =
        readBool(*m_settings, kExportOpenQuestions, defaults.exportOpenQuestions);
    m_settings->endGroup();
    adoptEarlierExportChoices(loaded);
    m_values = clamped(loaded);
}

void Preferences::adoptEarlierExportChoices(PreferenceValues &values) const
{
    // Before the Export page existed, the Export dialog kept its paper and sections in its own
    // group ("export/paper", …). Until the preferences hold them, those choices still count, so
    // an update does not reset the paper someone picked.
    const auto earlier = [this](const QString &key) {
        const QString newKey = kGroup + u'/' + key;
        const QString oldKey = QStringLiteral("export/") + key.section(u'/', 1);
        return m_settings->contains(newKey) || !m_settings->contains(oldKey) ? QVariant()
                                                                              : m_settings->value(oldKey);
    };
    if (const QVariant paper = earlier(kExportPaper); paper.isValid())
        values.exportPaper = paperChoiceFromKey(paper.toString()).value_or(values.exportPaper);
    const std::pair<const QString &, bool &> sections[] = {
        {kExportCheatSheet, values.exportCheatSheet},
        {kExportAnswers, values.exportAnswers},
        {kExportBackboneStories, values.exportBackboneStories},
        {kExportOpenQuestions, values.exportOpenQuestions},
    };
    for (const auto &[key, value] : sections) {
        if (const QVariant old = earlier(key); old.isValid()) {
            const QString text = old.toString().toLower();
            if (text == u"true" || text == u"false")
                value = text == u"true";
        }
    }
}

void Preferences::save()
{
    m_settings->beginGroup(kGroup);
    m_settings->setValue(kWordsPerMinute, m_values.speakingPace.wordsPerMinute);
    m_settings->setValue(kMinSeconds, m_values.speakingPace.minSeconds);
    m_settings->setValue(kMaxSeconds, m_values.speakingPace.maxSeconds);
    m_settings->setValue(kOrder, practiceOrderKey(m_values.practiceOrder));
    m_settings->setValue(kRevealStoryNotes, m_values.revealStoryNotes);
    m_settings->setValue(kSpellCheck, m_values.spellCheck);
    m_settings->setValue(kSpellDictionary, m_values.spellDictionary);
    m_settings->setValue(kLanguage, m_values.language);
    m_settings->setValue(kExportPaper, paperChoiceKey(m_values.exportPaper));
    m_settings->setValue(kExportCheatSheet, m_values.exportCheatSheet);
    m_settings->setValue(kExportAnswers, m_values.exportAnswers);
    m_settings->setValue(kExportBackboneStories, m_values.exportBackboneStories);
    m_settings->setValue(kExportOpenQuestions, m_values.exportOpenQuestions);
    m_settings->endGroup();
    // Written now rather than at exit, so a crash never loses a preference the user set.
    m_settings->sync();
}

} // namespace starling
